import { workbookProperties } from '../services/properties';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { isFatal, isTransient } from '../services/retry';
import { logRow } from './workbook-context';

/**
 * The nightly job's time budget and its resumable per-client sweeps.
 *
 * Apps Script stops an execution after 6 minutes, and a killed nightly run never reaches its
 * later steps (attendance, reports, retention, trigger health, the digest). The per-client
 * Drive work (sharing checks, upload listings) grows with the roster, so it runs against a
 * deadline and keeps a cursor in a script property: the next run continues with the client
 * where this one stopped, and after the last client it starts again from the first. A roster
 * of a few hundred is checked whole every night; a larger one over a few nights (the figures are
 * in docs/scale.md).
 */

/** The execution limit of Apps Script (https://developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_MS = 6 * 60_000;
/** The whole nightly execution, planning included, should end by then (the rest is margin). */
export const END_BY_MS = 330_000;
/** Sharing checks of client folders stop at most this long into the nightly execution… */
export const FOLDERS_UNTIL_MS = 120_000;
/** …and never earlier than this, however long the later steps took last night. */
export const FOLDERS_AT_LEAST_MS = 45_000;
/** Upload listings stop at most this long into the execution… */
export const UPLOADS_UNTIL_MS = 180_000;
/** …and get at least this long after the sharing checks. */
export const UPLOADS_AT_LEAST_MS = 15_000;
/** What the steps after the uploads are assumed to take before a night has measured it. */
export const DEFAULT_TAIL_MS = 150_000;

export const TAIL_PROPERTY = 'nightlyTailMs';

/**
 * Deadlines (Date.now() values) of tonight's two Drive sweeps. The steps after them take time
 * that grows with the workbook (at 10,000 clients about 2.5 minutes): each night measures it
 * (`recordTail`) and the next leaves it, and a quarter more, before END_BY_MS.
 */
export function nightBudget(startedAt: number): { foldersUntil: number; uploadsUntil: number } {
  const raw = Number(workbookProperties().getProperty(TAIL_PROPERTY) ?? '');
  const tail = Number.isFinite(raw) && raw > 0 ? raw : DEFAULT_TAIL_MS;
  const latest = Math.min(UPLOADS_UNTIL_MS, END_BY_MS - Math.ceil(tail * 1.25));
  return {
    foldersUntil: startedAt + Math.max(FOLDERS_AT_LEAST_MS, Math.min(FOLDERS_UNTIL_MS, latest)),
    uploadsUntil: startedAt + latest,
  };
}

/** The uploads sweep's deadline once the sharing checks have ended (it gets some time anyway). */
export function uploadsDeadline(uploadsUntil: number): number {
  return Math.max(uploadsUntil, Date.now() + UPLOADS_AT_LEAST_MS);
}

/**
 * Remembers how long the steps after the sweeps took tonight. A heavier night (planning on
 * Monday, the quota forecast on the eve of the dispatch) is forgotten slowly, by a tenth a night.
 */
export function recordTail(tailMs: number): void {
  const props = workbookProperties();
  const before = Number(props.getProperty(TAIL_PROPERTY) ?? '');
  const kept = Number.isFinite(before) && before > 0 ? before * 0.9 : 0;
  props.setProperty(TAIL_PROPERTY, String(Math.round(Math.max(tailMs, kept))));
}

export const FOLDER_CURSOR_PROPERTY = 'nightlyFolderCursor';
export const UPLOAD_CURSOR_PROPERTY = 'nightlyUploadCursor';

export interface SweepFailure {
  key: string;
  message: string;
}

export interface SweepResult {
  /** Items visited in this run (failed ones included). */
  checked: number;
  total: number;
  /** Items passed over because their visit failed, with the message. */
  failures: SweepFailure[];
  /** The error that stopped the sweep when Drive seemed down (the cursor stays there). */
  stoppedBy?: unknown;
}

interface Cursor {
  next: string;
  at: number;
}

function readCursor(property: string): Cursor {
  const raw = workbookProperties().getProperty(property) ?? '';
  try {
    const parsed = JSON.parse(raw) as Partial<Cursor>;
    return {
      next: typeof parsed.next === 'string' ? parsed.next : '',
      at: typeof parsed.at === 'number' && parsed.at >= 0 ? Math.floor(parsed.at) : 0,
    };
  } catch (_error) {
    return { next: '', at: 0 };
  }
}

/** Where a sweep starts: the remembered item, or its old position if it has left the list. */
export function startIndex(keys: readonly string[], cursor: Cursor): number {
  if (keys.length === 0) return 0;
  const found = cursor.next ? keys.indexOf(cursor.next) : -1;
  if (found >= 0) return found;
  return cursor.at < keys.length ? cursor.at : 0;
}

function isKill(error: unknown): boolean {
  return isFatal(error);
}

/** Transient errors in a row that mean Drive itself is down: stop and let the step retry. */
const DOWN_AFTER = 3;

/**
 * Visits `items` in a circle from the cursor until all are visited or `deadline` (a Date.now()
 * value) has passed. `property` null: no cursor, start at the first. An item whose visit throws
 * is recorded in `failures` and passed over (one broken folder must not stop the rest night
 * after night; it is visited again on the next round). Three transient backend errors in a row
 * stop the sweep with the cursor on the first of them, so the caller can write what it has and
 * retry later; a time-out is rethrown untouched.
 */
export function sweep<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  property: string | null,
  deadline: number,
  visit: (item: T) => void,
): SweepResult {
  const keys = items.map(keyOf);
  const cursor = property ? readCursor(property) : { next: '', at: 0 };
  const start = startIndex(keys, cursor);
  const result: SweepResult = { checked: 0, total: items.length, failures: [] };
  let visited = 0;
  let down = 0;
  while (visited < items.length && Date.now() < deadline) {
    const index = (start + visited) % items.length;
    try {
      visit(items[index]);
      down = 0;
    } catch (error) {
      if (isKill(error)) throw error;
      down = isTransient(error) ? down + 1 : 0;
      if (down >= DOWN_AFTER) {
        result.stoppedBy = error;
        result.failures.splice(result.failures.length - (DOWN_AFTER - 1));
        visited -= DOWN_AFTER - 1;
        result.checked -= DOWN_AFTER - 1;
        break;
      }
      result.failures.push({
        key: keys[index],
        message: error instanceof Error ? error.message : String(error),
      });
    }
    visited += 1;
    result.checked += 1;
  }
  if (property && items.length > 0) {
    const at = (start + visited) % items.length;
    const next: Cursor = { next: keys[at], at };
    if (next.next !== cursor.next || next.at !== cursor.at)
      workbookProperties().setProperty(property, JSON.stringify(next));
  }
  return result;
}

/**
 * Log rows for a sweep's failures: one error row per distinct message (so the digest names it
 * once, not once per client), on the first client it hit; the details list how many and which.
 */
export function failureRows(
  wb: { lang: Lang },
  step: string,
  failures: readonly SweepFailure[],
): Record<string, unknown>[] {
  const byMessage = new Map<string, string[]>();
  for (const failure of failures) {
    const keys = byMessage.get(failure.message) ?? [];
    keys.push(failure.key);
    byMessage.set(failure.message, keys);
  }
  return [...byMessage].map(([message, keys]) => {
    const shown = keys.slice(0, 20).join(' ');
    const details = keys.length > 20 ? `${keys.length}: ${shown} …` : `${keys.length}: ${shown}`;
    return logRow(
      step,
      'error',
      t(wb.lang, 'reliability.step.failed', { step, error: message }),
      keys[0],
      details,
    );
  });
}
