import { dateInZone } from '../core/dates';
import { t } from '../core/i18n';
import { composeMail } from '../core/mail/compose';
import type { ComposedMail } from '../core/mail';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { LedgerRun } from './dispatch-ledger';

/**
 * A hard cap on Etäpaja's notices to one coach a day (setting `coachMailsPerDay`, default 6):
 * summaries, alerts, the digest and quota warnings all count (kind `coach-alert`). The last
 * mail the cap allows is one "too many problems today, open the workbook" note; after it,
 * nothing more that day — what was held back is in the send log and tomorrow's digest.
 * Counted from the send log itself (claims made today in the workbook's zone), so every job
 * and every execution sees the same count.
 */

const COUNTED = new Set(['sent', 'sending', 'uncertain']);

export function capNoteKey(coach: string, day: string): string {
  return `coach-alert|${coach.toLowerCase()}|cap@${day}`;
}

/** Coach notices claimed today per coach (lower-case address). */
export function coachMailsToday(ledger: LedgerRun, day: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of ledger.latest.values()) {
    if (entry.kind !== 'coach-alert' || !COUNTED.has(entry.status) || !entry.claimedAt) continue;
    if (dateInZone(Date.parse(entry.claimedAt), ledger.timeZone) !== day) continue;
    const to = entry.to.toLowerCase();
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  return counts;
}

export interface CapGate {
  /** 'send' as planned, 'note' send the cap note instead, 'drop' send nothing. */
  admit(coach: string): 'send' | 'note' | 'drop';
  note(coach: string): { key: string; mail: ComposedMail };
}

export function coachCap(ledger: LedgerRun, now: number = Date.now()): CapGate {
  const day = dateInZone(now, ledger.timeZone);
  const cap = ledger.coachCap ?? DEFAULT_SETTINGS.coachMailsPerDay ?? 6;
  const counts = coachMailsToday(ledger, day);
  return {
    admit(coach) {
      const to = coach.toLowerCase();
      const used = counts.get(to) ?? 0;
      if (used >= cap || ledger.latest.has(capNoteKey(to, day))) return 'drop';
      counts.set(to, used + 1);
      return used + 1 >= cap ? 'note' : 'send';
    },
    note(coach) {
      const lang = ledger.lang;
      return {
        key: capNoteKey(coach, day),
        mail: composeMail(
          {
            kind: 'coach-alert',
            clientId: '',
            week: day,
            lang,
            to: coach,
            subject: t(lang, 'failure.cap.subject', { date: day }),
          },
          [{ type: 'p', text: t(lang, 'failure.cap.text', { count: cap - 1 }) }],
        ),
      };
    },
  };
}
