import { cellText } from '../workbook/cells';
import { appendBelow, type Table } from '../workbook/table';
import { isQuotaError } from '../services/retry';
import { remainingMailQuota, sendMail } from '../services/mail';
import type { ComposedMail } from '../core/mail';
import { dateInZone } from '../core/dates';

/**
 * The send ledger (the send log sheet): exactly-once delivery over MailApp.
 *
 * The log is append-only. A key (`kind|clientId|week-or-meeting`) has claims numbered by
 * `attempts`; its state is the row with the highest claim, a final status beating 'sending'.
 * A run does, under the script lock:
 *   1. read the log once; find keys whose last claim is still 'sending' (a run died mid-way);
 *   2. read MailApp's remaining daily quota once, and resolve those claims (below);
 *   3. append ONE batch: the resolutions plus a 'sending' claim for every mail it will send,
 *      each marked with the quota before the batch and its place in the send order;
 *   4. send the mails in that order;
 *   5. append ONE batch: 'sent', 'failed' or 'released' (not attempted) for each claim.
 *
 * Why a crash at any call never duplicates or loses a mail: MailApp returns no message id, but
 * every successful sendEmail lowers the day's remaining quota by its recipients. A dead run's
 * claims say "quota was Q0 before the first of these mails, mail i had r_i recipients before
 * it". The next run reads the quota Q1 before sending anything itself (every mail job resolves
 * first, under the same lock), so exactly the mails whose recipients before them fit in Q0−Q1
 * left: they become 'sent', the rest 'released' and are sent again. If the day changed (the
 * quota was reset) or the numbers do not add up (another script of the same user sent mail),
 * the claims become 'uncertain': never sent again, and the coach is told to check — a mail may
 * be lost, but none is ever sent twice.
 */

export type LedgerStatus = 'sending' | 'sent' | 'failed' | 'released' | 'uncertain';
const FINAL: LedgerStatus[] = ['sent', 'failed', 'released', 'uncertain'];

export interface LedgerEntry {
  sendKey: string;
  kind: string;
  clientId: string;
  week: string;
  to: string;
  status: LedgerStatus;
  attempts: number;
  claimedAt: string;
  sentAt: string;
  messageId: string;
  error: string;
}

export function sendKey(kind: string, clientId: string, scope: string): string {
  return `${kind}|${clientId}|${scope}`;
}

function entryOf(values: Record<string, unknown>): LedgerEntry | null {
  const key = cellText(values.sendKey);
  if (!key) return null;
  const status = cellText(values.status) as LedgerStatus;
  return {
    sendKey: key,
    kind: cellText(values.kind),
    clientId: cellText(values.clientId),
    week: cellText(values.week),
    to: cellText(values.to),
    status: FINAL.includes(status) || status === 'sending' ? status : 'sent',
    attempts: Number(values.attempts) || 0,
    claimedAt: cellText(values.claimedAt),
    sentAt: cellText(values.sentAt),
    messageId: cellText(values.messageId),
    error: cellText(values.error),
  };
}

/** The current state of each key: its highest claim, a final row beating 'sending'. */
export function latestByKey(rows: Record<string, unknown>[]): Map<string, LedgerEntry> {
  const latest = new Map<string, LedgerEntry>();
  for (const values of rows) {
    const entry = entryOf(values);
    if (!entry) continue;
    const seen = latest.get(entry.sendKey);
    const rank = (e: LedgerEntry) => e.attempts * 2 + (e.status === 'sending' ? 0 : 1);
    if (!seen || rank(entry) >= rank(seen)) latest.set(entry.sendKey, entry);
  }
  return latest;
}

/** The quota mark of a claim: `quota:<remaining before the batch>/<recipients before this mail>`. */
export function quotaMark(before: number, offset: number): string {
  return `quota:${before}/${offset}`;
}

function parseMark(mark: string): { before: number; offset: number } | null {
  const m = /^quota:(\d+)\/(\d+)$/.exec(mark);
  return m ? { before: Number(m[1]), offset: Number(m[2]) } : null;
}

function recipients(to: string): number {
  return to.split(',').filter((s) => s.trim() !== '').length || 1;
}

/**
 * Decides what happened to the claims of a dead run (pure). `quotaNow` is read before this run
 * sends anything; `today` is the quota's day now, in the script's zone.
 */
export function resolveClaims(
  pending: LedgerEntry[],
  quotaNow: number,
  today: string,
  dayOf: (iso: string) => string,
): LedgerEntry[] {
  const byBatch = new Map<string, LedgerEntry[]>();
  for (const entry of pending) {
    const batch = `${entry.claimedAt}|${parseMark(entry.messageId)?.before ?? '?'}`;
    byBatch.set(batch, [...(byBatch.get(batch) ?? []), entry]);
  }
  const resolved: LedgerEntry[] = [];
  const batches = [...byBatch.values()];
  for (const entries of batches) {
    const marks = entries.map((e) => parseMark(e.messageId));
    const before = marks[0]?.before;
    const sameDay = entries.every((e) => e.claimedAt !== '' && dayOf(e.claimedAt) === today);
    // Only one batch can be open at a time; more than one means something we cannot explain.
    const trustworthy =
      batches.length === 1 &&
      sameDay &&
      before !== undefined &&
      marks.every((m) => m && m.before === before);
    const used = before !== undefined ? before - quotaNow : -1;
    const total = entries.reduce((sum, e) => sum + recipients(e.to), 0);
    const explainable =
      trustworthy &&
      used >= 0 &&
      used <= total &&
      marks.some((m, i) => m!.offset + recipients(entries[i].to) === used || used === 0);
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      const mark = marks[i];
      let status: LedgerStatus;
      if (!explainable || !mark) status = 'uncertain';
      else status = mark.offset + recipients(entry.to) <= used ? 'sent' : 'released';
      resolved.push({
        ...entry,
        status,
        sentAt: status === 'sent' ? entry.claimedAt : '',
        error: status === 'uncertain' ? 'mail.problem.uncertain' : '',
      });
    }
  }
  return resolved;
}

export interface PlannedSend {
  key: string;
  mail: ComposedMail;
}

export interface SendOutcome {
  sent: PlannedSend[];
  failed: { send: PlannedSend; error: string }[];
  /** Not attempted: quota or time ran out. */
  deferred: PlannedSend[];
  resolved: LedgerEntry[];
  stoppedFor: '' | 'quota' | 'time';
}

/** Apps Script's limit for one execution. https://developers.google.com/apps-script/guides/services/quotas */
const EXECUTION_LIMIT_MS = 6 * 60_000;
/** The quickest MailApp.sendEmail we plan for (observed 0.4–1 s; emulator/runtime/latency.ts). */
const FASTEST_SEND_MS = 400;

export interface LedgerRun {
  sendlog: Table;
  latest: Map<string, LedgerEntry>;
  timeZone: string;
  startedAt: number;
  /** Stop sending when this much of the 6-minute budget is gone (leave time to write). */
  budgetMs: number;
  /** Mails kept back from the quota for the coach's notices. */
  reserve: number;
}

export function openLedger(
  sendlog: Table,
  timeZone: string,
  startedAt: number,
  // Of the 6 minutes, 330 s may go to sending (one sendEmail is ~0.7 s, so 400+ mails fit);
  // the rest covers the reads before, the ledger write and the coach summary after.
  budgetMs = 330_000,
): LedgerRun {
  return {
    sendlog,
    latest: latestByKey(sendlog.rows.map((r) => r.values)),
    timeZone,
    startedAt,
    budgetMs,
    reserve: 0,
  };
}

/** True if the key is done: sent, or uncertain (never retried). */
export function isDone(ledger: LedgerRun, key: string): boolean {
  const state = ledger.latest.get(key)?.status;
  return state === 'sent' || state === 'uncertain';
}

function row(entry: LedgerEntry): Record<string, unknown> {
  return { ...entry };
}

/**
 * Sends the planned mails exactly once (see the file comment). `late` are mails composed after
 * the first ones went (the coach's summary), given a claim in the same batch up front.
 */
export function sendExactlyOnce(
  ledger: LedgerRun,
  planned: PlannedSend[],
  late: {
    key: string;
    to: string;
    kind: string;
    week: string;
    compose: (outcome: SendOutcome) => ComposedMail | null;
  }[] = [],
): SendOutcome {
  const quota = remainingMailQuota();
  const now = () => new Date().toISOString();
  const claimedAt = now();
  const today = dateInZone(Date.now(), ledger.timeZone);
  const pending = [...ledger.latest.values()].filter((e) => e.status === 'sending');
  const resolved = resolveClaims(pending, quota, today, (iso) =>
    dateInZone(Date.parse(iso), ledger.timeZone),
  );
  for (const entry of resolved) ledger.latest.set(entry.sendKey, entry);

  const todo = planned.filter((p) => !isDone(ledger, p.key));
  const capacity = Math.max(0, quota - ledger.reserve - late.length);
  let budget = capacity;
  // What comes after the sends (closing the batch in the log, the coaches' notices, the
  // follow-up trigger) costs about what came before them (reading the log and the tables), and
  // both grow with the workbook: keep that much, and 15 s more, of the 6 minutes. Found by
  // `etapaja bench` at 10,000 clients, whose executions otherwise ran out of time at the end.
  const stopAfter = Math.min(
    ledger.budgetMs,
    EXECUTION_LIMIT_MS - 15_000 - (Date.now() - ledger.startedAt),
  );
  // Claim only what can go before then, at the fastest a sendEmail goes: every claim not sent
  // costs two log rows ('sending', then 'released'), and claiming the whole roster made each
  // 10,000-client execution write and re-read ~20,000 rows to send ~460 (`etapaja bench`).
  const sendable = Math.max(
    1,
    Math.floor((stopAfter - (Date.now() - ledger.startedAt)) / FASTEST_SEND_MS),
  );
  const chosen: PlannedSend[] = [];
  const deferred: PlannedSend[] = [];
  let deferredForQuota = 0;
  let deferredForTime = 0;
  for (const p of todo) {
    const n = recipients(p.mail.to);
    if (chosen.length >= sendable) {
      deferred.push(p);
      deferredForTime += 1;
    } else if (n <= budget) {
      chosen.push(p);
      budget -= n;
    } else {
      deferred.push(p);
      deferredForQuota += 1;
    }
  }
  const claims: LedgerEntry[] = [];
  let offset = 0;
  const claim = (key: string, kind: string, clientId: string, week: string, to: string) => {
    const attempts = (ledger.latest.get(key)?.attempts ?? 0) + 1;
    const entry: LedgerEntry = {
      sendKey: key,
      kind,
      clientId,
      week,
      to,
      status: 'sending',
      attempts,
      claimedAt,
      sentAt: '',
      messageId: quotaMark(quota, offset),
      error: '',
    };
    offset += recipients(to);
    claims.push(entry);
    return entry;
  };
  for (const p of chosen) claim(p.key, p.mail.kind, p.mail.clientId, p.mail.week, p.mail.to);
  const lateClaims = late
    .filter(() => quota - offset >= 1)
    .map((l) => ({ late: l, entry: claim(l.key, l.kind, '', l.week, l.to) }));
  if (resolved.length + claims.length > 0)
    appendBelow(ledger.sendlog, [...resolved, ...claims].map(row));

  const outcome: SendOutcome = {
    sent: [],
    failed: [],
    deferred,
    resolved,
    // Time first: a follow-up a minute later sends what the quota still allows.
    stoppedFor: deferredForTime > 0 ? 'time' : deferredForQuota > 0 ? 'quota' : '',
  };
  const finals: LedgerEntry[] = [];
  let stopped = false;
  chosen.forEach((p, i) => {
    const entry = claims[i];
    if (stopped) {
      outcome.deferred.push(p);
      finals.push({ ...entry, status: 'released' });
      return;
    }
    if (Date.now() - ledger.startedAt > stopAfter) {
      stopped = true;
      outcome.stoppedFor = 'time';
      outcome.deferred.push(p);
      finals.push({ ...entry, status: 'released' });
      return;
    }
    try {
      sendMail({ to: p.mail.to, subject: p.mail.subject, text: p.mail.text, html: p.mail.html });
      outcome.sent.push(p);
      finals.push({ ...entry, status: 'sent', sentAt: now() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/killed|maximum execution time/i.test(message)) throw error;
      // After a failure the quota no longer tells which mails left, so this batch ends here.
      stopped = true;
      if (isQuotaError(error)) outcome.stoppedFor = 'quota';
      outcome.failed.push({ send: p, error: message });
      finals.push({ ...entry, status: 'failed', error: message });
    }
  });
  // The coach's notices go last in the batch, so the quota still counts a gap-free prefix.
  // If the batch stopped early there is a gap: then the batch is closed first and the notices
  // go after it, outside the ledger (at worst a coach gets a second notice, never a client).
  const afterBatch: ComposedMail[] = [];
  for (const { late: l, entry } of lateClaims) {
    const mail = l.compose(outcome);
    if (!mail || stopped) {
      finals.push({ ...entry, status: 'released' });
      if (mail) afterBatch.push(mail);
      continue;
    }
    try {
      sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
      finals.push({ ...entry, status: 'sent', sentAt: now() });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/killed|maximum execution time/i.test(message)) throw error;
      finals.push({ ...entry, status: 'failed', error: message });
    }
  }
  if (finals.length > 0) appendBelow(ledger.sendlog, finals.map(row));
  for (const entry of finals) ledger.latest.set(entry.sendKey, entry);
  for (const mail of afterBatch) {
    try {
      sendMail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
    } catch (error) {
      if (/killed|maximum execution time/i.test(String((error as Error).message))) throw error;
    }
  }
  return outcome;
}
