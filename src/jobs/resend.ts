import { dateInZone, formatDate, isoWeekOf } from '../core/dates';
import { zonedParts } from '../core/time-zone';
import { forgetCards } from '../services/card-cache';
import { withScriptLock } from '../services/lock';
import { readMailData, type MailData } from './dispatch-data';
import { targetWeek, weeklyFor } from './dispatch';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type LedgerRun,
  type PlannedSend,
} from './dispatch-ledger';
import { syncGroupMeetings } from './meetings';

/**
 * A forced resend of a client's weekly mail from the client card (the client lost it, or the
 * coach changed the plan after Thursday). The send ledger decides, as for every mail: a resend
 * is its own key `weekly-resend|<client>|<week>|<n>`, numbered from 1, never the weekly key
 * again. The sidebar first asks `resendWeeklyInfo` which week and which number come next, shows
 * the coach a confirmation, and then calls `resendWeekly` with that number: a second press, or
 * google.script.run retrying the call, names a number that is already sent and sends nothing.
 */

export const RESEND_KIND = 'weekly-resend';

export function resendKey(clientId: string, week: string, n: number): string {
  return sendKey(RESEND_KIND, clientId, `${week}|${n}`);
}

/** The first resend number not yet done for the client's week (resends go one at a time). */
export function nextResend(ledger: LedgerRun, clientId: string, week: string): number {
  let n = 1;
  while (isDone(ledger, resendKey(clientId, week, n))) n += 1;
  return n;
}

/** The week whose weekly mail was sent last to the client: next week's, else this week's. */
function sentWeek(ledger: LedgerRun, clientId: string, nowMs: number, tz: string): string {
  const candidates = [targetWeek(nowMs, tz), isoWeekOf(dateInZone(nowMs, tz))];
  return (
    // An uncertain or parked weekly is the coach's to decide: the resend is how they act on it.
    candidates.find((w) =>
      ['sent', 'uncertain', 'parked'].includes(
        ledger.latest.get(sendKey('weekly', clientId, w))?.status ?? '',
      ),
    ) ?? ''
  );
}

/** An instant of the ledger as the coach reads it: `26.11.2026 12:04` in the workbook's zone. */
function when(iso: string, tz: string): string {
  const ms = Date.parse(iso);
  if (!iso || Number.isNaN(ms)) return '';
  const parts = zonedParts(ms, tz);
  return `${formatDate(parts.date)} ${parts.time}`;
}

export type ResendInfo =
  | { ok: true; week: string; to: string; sentAt: string; next: number }
  | { ok: false; reason: 'unknown-client' | 'not-sent' | 'no-email' | 'busy' };

function infoFrom(data: MailData, clientId: string, startedAt: number): ResendInfo {
  const client = data.clients.find((c) => c.id === clientId);
  if (!client) return { ok: false, reason: 'unknown-client' };
  if (!client.email) return { ok: false, reason: 'no-email' };
  const tz = data.settings.timeZone;
  const ledger = openLedger(data.sendlog, tz, startedAt);
  const week = sentWeek(ledger, client.id, startedAt, tz);
  if (!week) return { ok: false, reason: 'not-sent' };
  return {
    ok: true,
    week,
    to: client.email,
    sentAt: when(ledger.latest.get(sendKey('weekly', client.id, week))?.sentAt ?? '', tz),
    next: nextResend(ledger, client.id, week),
  };
}

/** Server function: what a resend would send (for the confirmation), sending nothing. */
export function resendWeeklyInfo(clientId: string): ResendInfo {
  const data = readMailData(['settings', 'clients']);
  return infoFrom(data, String(clientId ?? ''), Date.now());
}

export interface ResendResult {
  sent: boolean;
  /** '' when sent; else why not, or the send error. */
  reason: string;
  key: string;
}

/**
 * Server function: resends the weekly mail of `week` to the client, as resend number `n` (what
 * resendWeeklyInfo offered and the coach confirmed). Sends at most once per number.
 */
export function resendWeekly(clientId: string, week: string, n: number): ResendResult {
  const startedAt = Date.now();
  const id = String(clientId ?? '');
  const number = Math.trunc(Number(n));
  const locked = withScriptLock(() => {
    const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
    const info = infoFrom(data, id, startedAt);
    if (!info.ok) return { sent: false, reason: info.reason, key: '' };
    const tz = data.settings.timeZone;
    const ledger = openLedger(data.sendlog, tz, startedAt);
    const key = resendKey(id, String(week), number);
    if (isDone(ledger, key)) return { sent: false, reason: 'already-sent', key };
    if (info.week !== week || info.next !== number) return { sent: false, reason: 'stale', key };
    const client = data.clients.find((c) => c.id === id)!;
    const links = syncGroupMeetings(data, week);
    const decision = weeklyFor(client, data, week, links.links);
    if (!decision.mail) return { sent: false, reason: decision.skip?.key ?? 'no-plan', key };
    const planned: PlannedSend[] = [{ key, mail: decision.mail }];
    const outcome = sendExactlyOnce(ledger, planned);
    forgetCards([id]); // the sidebar's card is rebuilt after every sidebar action
    if (outcome.sent.length === 1) return { sent: true, reason: '', key };
    return {
      sent: false,
      reason: outcome.failed[0]?.error ?? (outcome.stoppedFor || 'not-sent'),
      key,
    };
  });
  return locked.ran ? locked.value : { sent: false, reason: 'busy', key: '' };
}
