/**
 * Every failure a job meets, classified once, here (issue 14, docs/reliability.md):
 *
 * - `permanent`: trying the same item again cannot help — an address Google refuses, a value
 *   Google refuses (too large, wrong type), no recipient. The item is parked with a plain reason
 *   and the run goes on with everyone else.
 * - `transient`: the service had a bad moment — unavailable, a server error, timed out, a lock
 *   held too long, too many calls in a short time. Retried with backoff and a cap; after the cap
 *   the item waits for the next scheduled run.
 * - `quota`: a daily quota ran out ("Service invoked too many times for one day: email."). The
 *   run stops sending; the rest waits until Google restores the quota.
 * - `fatal`: the execution itself is ending (6-minute limit, killed): nothing may be caught.
 *
 * The texts are Google's: the troubleshooting page's common errors
 * (https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors),
 * the quotas page (https://developers.google.com/apps-script/guides/services/quotas), MailApp's
 * `Invalid email: <entry>` and LockService's `Lock timeout: …`. emulator/*\/LIMITATIONS.md
 * list the same texts for the runtime. An error we do not know is `permanent` for its item: a
 * retry loop on an unknown error is what made one bad address stop the week.
 */

export type FailureKind = 'permanent' | 'transient' | 'quota' | 'fatal';

export interface Failure {
  kind: FailureKind;
  /** i18n key of the plain reason a coach reads (src/core/i18n/messages/reliability-kinds.ts). */
  reason: string;
  /** Google's own text, for the coach to quote to support. */
  detail: string;
}

const FATAL = [/exceeded maximum execution time/i, /execution killed/i];

const QUOTA = [
  /service invoked too many times for one day/i,
  /too much computer time for one day/i,
];

const TRANSIENT: [RegExp, string][] = [
  [/service unavailable/i, 'failure.transient.unavailable'],
  [/server error occurred/i, 'failure.transient.unavailable'],
  [/failed while accessing/i, 'failure.transient.unavailable'],
  [/backend error/i, 'failure.transient.unavailable'],
  [/service error/i, 'failure.transient.unavailable'],
  [/lock timeout/i, 'failure.transient.lock'],
  [/could not obtain lock/i, 'failure.transient.lock'],
  [/timed out/i, 'failure.transient.timeout'],
  [/too many times in a short time/i, 'failure.transient.rate'],
  [/try again/i, 'failure.transient.unavailable'],
];

/** Etäpaja's own refusal (src/services/mail.ts): the recipient cell is not one plain address. */
export const NOT_ONE_ADDRESS = 'Not one plain email address';

const PERMANENT: [RegExp, string][] = [
  [new RegExp(NOT_ONE_ADDRESS, 'i'), 'failure.permanent.notOneAddress'],
  [/invalid email/i, 'failure.permanent.address'],
  [/no recipient/i, 'failure.permanent.noAddress'],
  [/recipients per message/i, 'failure.permanent.tooManyRecipients'],
  [/limit exceeded/i, 'failure.permanent.tooLarge'],
  [
    /too large|exceeds? the maximum|maximum (size|length)|50000 characters/i,
    'failure.permanent.tooLarge',
  ],
  [/invalid argument/i, 'failure.permanent.refused'],
];

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Classifies one error (or its message). */
export function classifyFailure(error: unknown): Failure {
  const detail = errorText(error).replace(/^Exception:\s*/, '');
  if (FATAL.some((p) => p.test(detail))) return { kind: 'fatal', reason: 'failure.fatal', detail };
  if (QUOTA.some((p) => p.test(detail))) return { kind: 'quota', reason: 'failure.quota', detail };
  for (const [pattern, reason] of TRANSIENT)
    if (pattern.test(detail)) return { kind: 'transient', reason, detail };
  for (const [pattern, reason] of PERMANENT)
    if (pattern.test(detail)) return { kind: 'permanent', reason, detail };
  return { kind: 'permanent', reason: 'failure.permanent.unknown', detail };
}

/** Backoff before the attempt after `attempt` (1-based): 1 s, 2 s, 4 s … capped at 8 s. */
export function backoffMs(attempt: number): number {
  return Math.min(8_000, 1_000 * 2 ** Math.max(0, attempt - 1));
}
