import { workbookProperties } from '../services/properties';
import { withRetry } from '../services/retry';

/**
 * How a send batch that died half-way is resolved, without guessing from the mail quota.
 *
 * A batch is appended to the send log as claims ('sending') before its first mail, each with
 * its place in the batch (`order:<i>`). After each mail the batch has tried, one script
 * property records how far it got: `{"b": <batch>, "n": <mails tried>, "x": [<tried but not
 * sent>]}`. A run that finds a batch still 'sending' (the one before it died) reads that
 * property once:
 *   - a claim before `n` went (or, in `x`, did not): 'sent' or 'released';
 *   - the claim at `n` may or may not have gone (the crash fell between its sendEmail and the
 *     property write): 'uncertain' — never sent again, shown to the coach to decide;
 *   - the claims after it were never tried: 'released', and are sent by this run.
 * So a crash costs at most one uncertain mail and never a second copy.
 *
 * Why not the quota: MailApp.getRemainingDailyQuota() may differ between executions, is shared
 * by every script of the same user, and refreshes on Google's schedule, not at midnight in the
 * workbook's zone (https://developers.google.com/apps-script/reference/mail/mail-app
 * #getRemainingDailyQuota(), https://developers.google.com/apps-script/guides/services/quotas).
 * The property costs one setProperty (~50 ms, emulator/runtime/latency.ts) per mail.
 */

export const PROGRESS_PROPERTY = 'sendProgress';

export interface Progress {
  batch: string;
  tried: number;
  notSent: number[];
}

// One store handle per execution (script globals are fresh in each; the workbook's store as an
// add-on): the record is written after every mail, and a store lookup per write would double
// its price.
let store: GoogleAppsScript.Properties.Properties | null = null;
const scriptStore = (): GoogleAppsScript.Properties.Properties => (store ??= workbookProperties());

export function readProgress(): Progress | null {
  try {
    const raw = withRetry(() => scriptStore().getProperty(PROGRESS_PROPERTY));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { b?: unknown; n?: unknown; x?: unknown };
    if (typeof parsed.b !== 'string' || typeof parsed.n !== 'number') return null;
    const notSent = Array.isArray(parsed.x) ? parsed.x.filter((i) => typeof i === 'number') : [];
    return { batch: parsed.b, tried: parsed.n, notSent: notSent as number[] };
  } catch (_error) {
    // Unreadable progress: the batch resolves as if nothing was recorded (one uncertain mail).
    return null;
  }
}

/** Records how far the batch got; throws when it cannot (the caller then stops its batch). */
export function writeProgress(progress: Progress): void {
  const value = JSON.stringify({ b: progress.batch, n: progress.tried, x: progress.notSent });
  withRetry(() => scriptStore().setProperty(PROGRESS_PROPERTY, value));
}

export function orderMark(index: number): string {
  return `order:${index}`;
}

export function orderOf(mark: string): number | null {
  const m = /^order:(\d+)$/.exec(mark);
  return m ? Number(m[1]) : null;
}

export type ClaimFate = 'sent' | 'released' | 'uncertain';

/**
 * The fate of each claim of a dead batch (pure). `claims` are one batch's claims; `progress` is
 * what the property says, for whichever batch wrote it last. A claim without an order mark
 * (written by an older version) is uncertain.
 */
export function fatesOf(
  claims: { order: number | null }[],
  batch: string,
  progress: Progress | null,
): ClaimFate[] {
  const mine = progress && progress.batch === batch ? progress : null;
  const tried = mine ? mine.tried : 0;
  const notSent = new Set(mine?.notSent ?? []);
  return claims.map(({ order }) => {
    if (order === null) return 'uncertain';
    if (order < tried) return notSent.has(order) ? 'released' : 'sent';
    if (order === tried) return 'uncertain';
    return 'released';
  });
}
