import type { Table } from '../workbook/table';
import { remainingMailQuota, sendMail, type OutgoingMail } from '../services/mail';
import type { ComposedMail } from '../core/mail';
import { backoffMs, classifyFailure, type Failure } from '../core/failure-kind';
import { t } from '../core/i18n';
import { dateInZone } from '../core/dates';
import { emailKey } from '../core/email';
import type { Lang } from '../core/types';
import { coachCap, type CapGate } from './coach-mail-cap';
import { fatesOf, orderMark, orderOf, readProgress, writeProgress } from './ledger-progress';
import {
  appendClaims,
  entryOf,
  settleClaims,
  type ClaimRows,
  type LedgerEntry,
} from './ledger-sheet';

export type { LedgerEntry, LedgerStatus } from './ledger-sheet';

/** What MailApp gets of a composed mail; a client's mail is answered by their coach (Reply-To). */
function outgoing(mail: ComposedMail): OutgoingMail {
  const { to, subject, text, html, replyTo } = mail;
  return replyTo ? { to, subject, text, html, replyTo } : { to, subject, text, html };
}

/**
 * The send ledger (the send log sheet): exactly-once delivery over MailApp.
 *
 * A key (`kind|clientId|week-or-meeting`) has claims numbered by `attempts`; its state is the
 * row with the highest claim, a final status beating 'sending'. A claim's outcome is written
 * over its own row (ledger-sheet.ts), so a mail sent at the first try is one row.
 * A run does, under the script lock:
 *   1. read the log once; resolve the claims a dead run left 'sending' (ledger-progress.ts);
 *   2. append ONE batch: the resolutions plus a 'sending' claim for every mail it will send,
 *      each with its place in the send order;
 *   3. send the mails in that order, recording after each how far the batch got (one script
 *      property); a refused address parks that mail and the batch goes on;
 *   4. write ONE batch over the claim rows: 'sent', 'parked' (refused for good: shown to the
 *      coach with a plain reason, tried again once the address changes), or 'released' (not
 *      sent: tried again by the next run, with the reason when it failed) for each claim.
 * A crash costs at most one mail marked 'uncertain' (never resent silently; the coach decides
 * with the client card's resend) and never a second copy.
 */

export function sendKey(kind: string, clientId: string, scope: string): string {
  return `${kind}|${clientId}|${scope}`;
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

export interface PlannedSend {
  key: string;
  mail: ComposedMail;
}

export type StopReason = '' | 'quota' | 'time' | 'transient';

export interface SendOutcome {
  sent: PlannedSend[];
  /** Refused for good (an address or a value Google refuses): parked until the address changes. */
  parked: { send: PlannedSend; failure: Failure }[];
  /** Tried and failed for a passing reason: the next scheduled run tries again. */
  failed: { send: PlannedSend; error: string }[];
  /** Not attempted: quota or time ran out, or the service kept failing. */
  deferred: PlannedSend[];
  resolved: LedgerEntry[];
  stoppedFor: StopReason;
}

/** Apps Script's limit for one execution. https://developers.google.com/apps-script/guides/services/quotas */
const EXECUTION_LIMIT_MS = 6 * 60_000;
/** The quickest MailApp.sendEmail we plan for (observed 0.4–1 s; emulator/runtime/latency.ts). */
const FASTEST_SEND_MS = 400;
/** Tries of one sendEmail that failed for a transient reason, within one execution. */
const SEND_ATTEMPTS = 2;
/** Mails in a row failing for a transient reason before the batch stops (the service is down). */
const TRANSIENT_STREAK = 3;

export interface LedgerRun {
  sendlog: Table;
  latest: Map<string, LedgerEntry>;
  timeZone: string;
  startedAt: number;
  /** Stop sending when this much of the 6-minute budget is gone (leave time to write). */
  budgetMs: number;
  /** Mails kept back from the quota for the coach's notices. */
  reserve: number;
  /** Language of the reasons written to the send log. */
  lang: Lang;
  /** Notices to one coach a day (setting coachMailsPerDay; coach-mail-cap.ts). */
  coachCap?: number;
}

export function openLedger(
  sendlog: Table,
  timeZone: string,
  startedAt: number,
  // Of the 6 minutes, 330 s may go to sending (one sendEmail is ~0.7 s, so 400+ mails fit);
  // the rest covers the reads before, the ledger write and the coach summary after.
  budgetMs = 330_000,
  lang: Lang = 'fi',
): LedgerRun {
  return {
    sendlog,
    latest: latestByKey(sendlog.rows.map((r) => r.values)),
    timeZone,
    startedAt,
    budgetMs,
    reserve: 0,
    lang,
  };
}

/**
 * True if the key needs no more sending: sent, uncertain (never retried silently), or parked
 * for the same address (`to` given) — a parked mail is tried again once the address changes.
 */
export function isDone(ledger: LedgerRun, key: string, to?: string): boolean {
  const entry = ledger.latest.get(key);
  if (!entry) return false;
  if (entry.status === 'sent' || entry.status === 'uncertain') return true;
  return entry.status === 'parked' && (to === undefined || sameAddress(entry.to, to));
}

function sameAddress(a: string, b: string): boolean {
  // One mailbox however typed (case, IDN); text that is no address compares as typed.
  const key = (text: string) => emailKey(text) || text.trim().toLowerCase();
  return key(a) === key(b);
}

function recipients(to: string): number {
  return to.split(',').filter((s) => s.trim() !== '').length || 1;
}

/** Claims of dead runs, resolved from the progress property (ledger-progress.ts). */
function resolvePending(ledger: LedgerRun): LedgerEntry[] {
  const pending = [...ledger.latest.values()].filter((e) => e.status === 'sending');
  if (pending.length === 0) return [];
  const progress = readProgress();
  const byBatch = new Map<string, LedgerEntry[]>();
  for (const entry of pending)
    byBatch.set(entry.claimedAt, [...(byBatch.get(entry.claimedAt) ?? []), entry]);
  const resolved: LedgerEntry[] = [];
  for (const [batch, entries] of byBatch) {
    const fates = fatesOf(
      entries.map((e) => ({ order: orderOf(e.messageId) })),
      batch,
      progress,
    );
    entries.forEach((entry, i) => {
      const status = fates[i];
      resolved.push({
        ...entry,
        status,
        sentAt: status === 'sent' ? entry.claimedAt : '',
        error: status === 'uncertain' ? t(ledger.lang, 'mail.problem.uncertain') : '',
      });
    });
  }
  for (const entry of resolved) ledger.latest.set(entry.sendKey, entry);
  return resolved;
}

/** A coach notice; `notes` are the problems it tells about (recorded once it is sent). */
export type NoticeMail = ComposedMail & { notes?: string[] };

export interface LateSend {
  key: string;
  to: string;
  kind: string;
  week: string;
  compose: (outcome: SendOutcome) => NoticeMail | null;
}

/** The send log row that records "the coach was told about this problem today". */
export function noteKey(coach: string, problem: string, day: string): string {
  return sendKey('coach-note', coach.toLowerCase(), `${problem}@${day}`);
}

/** Which of `todo` this execution sends: as many as time and quota allow, in order. */
function choose(
  ledger: LedgerRun,
  todo: PlannedSend[],
  quota: number,
  lateCount: number,
): { chosen: PlannedSend[]; deferred: PlannedSend[]; stoppedFor: StopReason; stopAfter: number } {
  let budget = Math.max(0, quota - ledger.reserve - lateCount);
  // What comes after the sends (closing the batch in the log, the coaches' notices, the
  // follow-up trigger) costs about what came before them (reading the log and the tables), and
  // both grow with the workbook: keep that much, and 15 s more, of the 6 minutes. Found by
  // `etapaja bench` at 10,000 clients, whose executions otherwise ran out of time at the end.
  const stopAfter = Math.min(
    ledger.budgetMs,
    EXECUTION_LIMIT_MS - 15_000 - (Date.now() - ledger.startedAt),
  );
  // Claim only what can go before then, at the fastest a sendEmail goes: every claim not sent
  // costs two log rows ('sending', then 'released').
  const sendable = Math.max(
    1,
    Math.floor((stopAfter - (Date.now() - ledger.startedAt)) / FASTEST_SEND_MS),
  );
  const chosen: PlannedSend[] = [];
  const deferred: PlannedSend[] = [];
  let forTime = 0;
  let forQuota = 0;
  for (const p of todo) {
    const n = recipients(p.mail.to);
    if (chosen.length >= sendable) {
      deferred.push(p);
      forTime += 1;
    } else if (n <= budget) {
      chosen.push(p);
      budget -= n;
    } else {
      deferred.push(p);
      forQuota += 1;
    }
  }
  // Time first: a follow-up a minute later sends what the quota still allows.
  const stoppedFor: StopReason = forTime > 0 ? 'time' : forQuota > 0 ? 'quota' : '';
  return { chosen, deferred, stoppedFor, stopAfter };
}

type TryResult =
  | { status: 'sent' }
  | { status: 'parked'; failure: Failure }
  | { status: 'failed'; failure: Failure };

/**
 * One sendEmail, decided by the error's kind (src/core/failure-kind.ts): a transient failure
 * gets one more try after a pause (a failed send stores nothing, so the retry cannot double
 * it); a refused address or value is parked at once; quota and anything else end here.
 */
function trySend(mail: ComposedMail): TryResult {
  for (let attempt = 1; ; attempt++) {
    try {
      sendMail(outgoing(mail));
      return { status: 'sent' };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'fatal') throw error;
      if (failure.kind === 'permanent') return { status: 'parked', failure };
      if (failure.kind === 'transient' && attempt < SEND_ATTEMPTS) {
        Utilities.sleep(backoffMs(attempt));
        continue;
      }
      return { status: 'failed', failure };
    }
  }
}

/** The reason a coach reads in the send log for a parked or failed mail. */
export function plainReason(lang: Lang, failure: Failure): string {
  return `${t(lang, failure.reason)} (${failure.detail})`;
}

/**
 * Sends the planned mails exactly once (see the file comment and ledger-progress.ts). `late`
 * are mails composed after the first ones went (the coach's summary), claimed up front in the
 * same batch. A refused address parks that one mail and the batch goes on; quota, a service
 * that keeps failing, or the time budget stop it, and the rest waits for the next run.
 */
export function sendExactlyOnce(
  ledger: LedgerRun,
  planned: PlannedSend[],
  late: LateSend[] = [],
): SendOutcome {
  const resolved = resolvePending(ledger);
  // This execution's own reading, used only to plan this execution's sends.
  const quota = remainingMailQuota();
  const claimedAt = new Date().toISOString();
  const gate = coachCap(ledger);
  const todo = capped(
    gate,
    planned.filter((p) => !isDone(ledger, p.key, p.mail.to)),
  );
  const pick = choose(ledger, todo, quota, late.length);
  const claims: LedgerEntry[] = [];
  const claim = (key: string, kind: string, clientId: string, week: string, to: string) => {
    const entry: LedgerEntry = {
      sendKey: key,
      kind,
      clientId,
      week,
      to,
      status: 'sending',
      attempts: (ledger.latest.get(key)?.attempts ?? 0) + 1,
      claimedAt,
      sentAt: '',
      messageId: orderMark(claims.length),
      error: '',
    };
    claims.push(entry);
    return entry;
  };
  for (const p of pick.chosen) claim(p.key, p.mail.kind, p.mail.clientId, p.mail.week, p.mail.to);
  const lateClaims = cappedLate(gate, late)
    .slice(0, Math.max(0, quota - pick.chosen.length))
    .map((l) => ({ late: l, entry: claim(l.key, l.kind, '', l.week, l.to) }));
  const claimRows = appendClaims(ledger.sendlog, [...resolved, ...claims], claims);

  const outcome: SendOutcome = {
    sent: [],
    parked: [],
    failed: [],
    deferred: pick.deferred,
    resolved,
    stoppedFor: pick.stoppedFor,
  };
  const batch = new BatchRun(ledger, claimedAt, pick.stopAfter, outcome, claimRows);
  pick.chosen.forEach((p, i) => batch.send(p, claims[i]));
  for (const { late: l, entry } of lateClaims) {
    const mail = l.compose(outcome);
    if (mail) batch.send({ key: l.key, mail }, entry, true);
    else batch.release(entry);
  }
  batch.close();
  return outcome;
}

/** Coach notices over the day's cap become the one "too many problems" note, or nothing. */
function capped(gate: CapGate, planned: PlannedSend[]): PlannedSend[] {
  const kept: PlannedSend[] = [];
  for (const p of planned) {
    const verdict = p.mail.kind === 'coach-alert' ? gate.admit(p.mail.to) : 'send';
    if (verdict === 'send') kept.push(p);
    else if (verdict === 'note') kept.push(gate.note(p.mail.to));
  }
  return kept;
}

function cappedLate(gate: CapGate, late: LateSend[]): LateSend[] {
  const kept: LateSend[] = [];
  for (const l of late) {
    const verdict = l.kind === 'coach-alert' ? gate.admit(l.to) : 'send';
    if (verdict === 'send') kept.push(l);
    else if (verdict === 'note') {
      const note = gate.note(l.to);
      kept.push({ ...l, key: note.key, compose: (o) => (l.compose(o) ? note.mail : null) });
    }
  }
  return kept;
}

/** The sends of one batch, in claim order, with the progress property after each. */
class BatchRun {
  private readonly finals: LedgerEntry[] = [];
  private readonly notSent: number[] = [];
  private tried = 0;
  private streak = 0;
  private stopped = false;

  constructor(
    private readonly ledger: LedgerRun,
    private readonly batch: string,
    private readonly stopAfter: number,
    private readonly outcome: SendOutcome,
    private readonly claimRows: ClaimRows,
  ) {}

  release(entry: LedgerEntry, error = ''): void {
    this.finals.push({ ...entry, status: 'released', error });
  }

  send(p: PlannedSend, entry: LedgerEntry, notice = false): void {
    if (!this.stopped && Date.now() - this.ledger.startedAt > this.stopAfter) {
      this.stopped = true;
      this.outcome.stoppedFor = 'time';
    }
    if (this.stopped) {
      if (!notice) this.outcome.deferred.push(p);
      this.release(entry);
      return;
    }
    const result = trySend(p.mail);
    const index = this.tried;
    this.tried += 1;
    if (result.status === 'sent') {
      this.streak = 0;
      if (!notice) this.outcome.sent.push(p);
      const sentAt = new Date().toISOString();
      this.finals.push({ ...entry, status: 'sent', sentAt });
      if (notice) this.recordNotes(p.mail as NoticeMail, entry, sentAt);
    } else if (result.status === 'parked') {
      this.notSent.push(index);
      if (!notice) this.outcome.parked.push({ send: p, failure: result.failure });
      this.finals.push({
        ...entry,
        status: 'parked',
        error: plainReason(this.ledger.lang, result.failure),
      });
    } else {
      this.notSent.push(index);
      if (!notice) this.outcome.failed.push({ send: p, error: result.failure.detail });
      this.release(entry, plainReason(this.ledger.lang, result.failure));
      this.streak += 1;
      if (result.failure.kind === 'quota') this.stop('quota');
      else if (this.streak >= TRANSIENT_STREAK) this.stop('transient');
    }
    this.record();
  }

  private recordNotes(mail: NoticeMail, entry: LedgerEntry, sentAt: string): void {
    const day = dateInZone(Date.parse(sentAt), this.ledger.timeZone);
    for (const problem of mail.notes ?? []) {
      const key = noteKey(entry.to, problem, day);
      this.finals.push({
        ...entry,
        sendKey: key,
        kind: 'coach-note',
        clientId: problem.split(':')[2] ?? '',
        status: 'sent',
        attempts: 1,
        sentAt,
        messageId: '',
      });
    }
  }

  private stop(reason: StopReason): void {
    this.stopped = true;
    this.outcome.stoppedFor = reason;
  }

  private record(): void {
    try {
      writeProgress({ batch: this.batch, tried: this.tried, notSent: this.notSent });
    } catch (error) {
      if (classifyFailure(error).kind === 'fatal') throw error;
      // Without a record a later crash could not tell what went: send no more in this batch.
      this.stop('transient');
    }
  }

  close(): void {
    if (this.finals.length > 0) settleClaims(this.ledger.sendlog, this.claimRows, this.finals);
    for (const entry of this.finals) this.ledger.latest.set(entry.sendKey, entry);
  }
}
