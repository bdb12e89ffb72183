import { workbookProperties } from '../services/properties';
import { t } from '../core/i18n';
import { classifyFailure } from '../core/failure-kind';
import { composeMail, type Block } from '../core/mail/compose';
import { isFatal, isTransient } from '../services/retry';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { openLedger, sendExactlyOnce, sendKey, type PlannedSend } from './dispatch-ledger';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * The coach's daily digest: every warning and error a job wrote to the log sheet since the last
 * digest, and every mail the send ledger marked `uncertain`, in one mail per coach (kind
 * `coach-alert`), sent through the ledger so a rerun of the night never sends it twice. Nothing
 * a job catches stays silent.
 */

export const DIGEST_PROPERTY = 'digestUpTo';
/**
 * The uncertain and parked mails a digest has told (`key|status`). A send becomes uncertain
 * only when a later run finds its claim unfinished, long after the claim's time, so "since the
 * last digest" cannot be read from the claim's time (found by test/chaos, outage seed 148: a
 * crash's uncertain letter was never told).
 */
export const TOLD_PROPERTY = 'digestToldMails';
const MAX_LINES = 60;

/** Runs a nightly step; an error it throws becomes a log row (a kill still ends the run). */
export function guarded<T>(
  wb: WorkbookContext,
  step: string,
  log: Record<string, unknown>[],
  work: () => T,
): T | undefined {
  try {
    return work();
  } catch (first) {
    // A transient backend error gets one more try after a pause: a step that fails night after
    // night on a passing error (trigger health, say) would leave its repairs undone. Found by
    // test/chaos (seed 12).
    let error: unknown = first;
    if (isTransient(first)) {
      try {
        Utilities.sleep(2_000);
        return work();
      } catch (second) {
        error = second;
      }
    }
    if (isFatal(error)) throw error;
    // The coach reads the plain reason first (a mail outage is not "quota"), Google's text after.
    const failure = classifyFailure(error);
    // The permanent reasons are about one mail; a step's own error is told as Google gave it.
    const message =
      failure.kind === 'permanent'
        ? failure.detail
        : `${t(wb.lang, failure.reason)} (${failure.detail})`;
    log.push(
      logRow(step, 'error', t(wb.lang, 'reliability.step.failed', { step, error: message })),
    );
    return undefined;
  }
}

export function sendDailyDigest(wb: WorkbookContext): number {
  const props = workbookProperties();
  const upTo = props.getProperty(DIGEST_PROPERTY) ?? '';
  const log = openTable(wb.spreadsheet, 'log');
  const lines: { time: string; text: string }[] = [];
  for (const row of log.rows) {
    const level = cellText(row.values.level);
    const time = cellText(row.values.time);
    if ((level !== 'warning' && level !== 'error') || time <= upTo) continue;
    const client = cellText(row.values.clientId);
    lines.push({
      time,
      text: `${time.slice(0, 16).replace('T', ' ')} ${cellText(row.values.job)}${client ? ` ${client}` : ''}: ${cellText(row.values.message)}`,
    });
  }
  const sendlog = openTable(wb.spreadsheet, 'sendlog');
  const ledger = openLedger(sendlog, wb.settings.timeZone, wb.now, undefined, wb.lang);
  ledger.coachCap = wb.settings.coachMailsPerDay;
  const mailProblems = untoldMailProblems(wb, ledger, props.getProperty(TOLD_PROPERTY), upTo);
  lines.push(...mailProblems.lines);
  if (lines.length === 0) return 0;
  lines.sort((a, b) => (a.time < b.time ? -1 : 1));
  const newest = lines[lines.length - 1].time;
  const coaches = wb.settings.coaches.length
    ? wb.settings.coaches
    : [Session.getEffectiveUser().getEmail()];
  const subject = t(wb.lang, 'reliability.digest.subject', { count: lines.length, date: wb.today });
  const blocks: Block[] = [
    { type: 'p', text: t(wb.lang, 'reliability.digest.intro') },
    { type: 'list', items: lines.slice(-MAX_LINES).map((l) => ({ text: l.text })) },
  ];
  // One digest per coach per day, keyed by the day (issue 14: a daily digest). When today's has
  // gone already (the night ran twice), the newer lines wait for tomorrow's: `upTo` stays put.
  const keyOf = (coach: string) => sendKey('coach-alert', coach, `digest-${wb.today}`);
  if (coaches.every((coach) => ledger.latest.get(keyOf(coach))?.status === 'sent')) return 0;
  const planned: PlannedSend[] = coaches.map((coach) => ({
    key: keyOf(coach),
    mail: composeMail(
      { kind: 'coach-alert', clientId: '', week: wb.today, lang: wb.lang, to: coach, subject },
      blocks,
    ),
  }));
  const outcome = sendExactlyOnce(ledger, planned);
  // Only when every coach has it does the digest move on; otherwise tomorrow's repeats it.
  if (planned.every((p) => ledger.latest.get(p.key)?.status === 'sent')) {
    props.setProperty(DIGEST_PROPERTY, newest > upTo ? newest : upTo);
    props.setProperty(TOLD_PROPERTY, JSON.stringify(mailProblems.told));
  }
  return outcome.sent.length;
}

/** Every uncertain or parked mail of the ledger that no digest has told yet, and the new list. */
function untoldMailProblems(
  wb: WorkbookContext,
  ledger: ReturnType<typeof openLedger>,
  toldText: string | null,
  upTo: string,
): { lines: { time: string; text: string }[]; told: string[] } {
  // Before this list was kept, the digest went by claim time: what was older counts as told.
  const told = new Set<string>(toldText ? (JSON.parse(toldText) as string[]) : []);
  const lines: { time: string; text: string }[] = [];
  const stillOpen: string[] = [];
  for (const [key, entry] of ledger.latest) {
    if (entry.status !== 'uncertain' && entry.status !== 'parked') continue;
    // The report job logs its own uncertain mail in plain words (reports.ts): one line, not two.
    if (entry.kind === 'report' && entry.status === 'uncertain') continue;
    const id = shortId(`${key}|${entry.status}`);
    stillOpen.push(id);
    if (told.has(id) || (toldText === null && entry.claimedAt <= upTo)) continue;
    // Parked: refused for good, with the plain reason the send log shows (failure-kind.ts). A
    // mail to a coach (no client) is theirs to look for, not a client's to ask.
    const uncertainKey = entry.clientId
      ? 'mail.problem.uncertain'
      : 'mail.problem.uncertainToCoach';
    const reason = entry.status === 'parked' ? entry.error : t(wb.lang, uncertainKey);
    const text = `${entry.clientId} ${entry.kind} ${entry.week}: ${reason}`;
    lines.push({ time: entry.claimedAt, text });
  }
  // A property value holds 9 KB: the newest ids that fit (an older one told again is the cost).
  return { lines, told: stillOpen.slice(-MAX_TOLD) };
}

/** Ids of 7 characters or fewer (FNV-1a in base 36): about 900 fit in one property value. */
const MAX_TOLD = 900;
function shortId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
