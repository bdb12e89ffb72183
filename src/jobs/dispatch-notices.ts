import { addDays, dateInZone, datesOfIsoWeek, formatDate } from '../core/dates';
import { classifyFailure } from '../core/failure-kind';
import { t } from '../core/i18n';
import { composeMail } from '../core/mail/compose';
import type { SummaryLine } from '../core/mail';
import type { Lang, Problem } from '../core/types';
import type { MailClient } from './dispatch-data';
import { noteKey, sendKey, type LedgerRun, type SendOutcome } from './dispatch-ledger';

/**
 * What the weekly dispatch tells each coach, and when (issue 14, docs/reliability.md):
 * - the week's summary, once per coach and week (key `coach-alert|<coach>|<week>#summary`),
 *   from the first run that is not a continuation;
 * - after it, an alert only for problems the coach has not been told about today: each
 *   problem has an id (`parked:weekly:A0007`, `late:weekly:A0007`, `waiting:<reason>:`), and a
 *   sent notice leaves a `coach-note` row per problem in the send log (dispatch-ledger.ts), so
 *   a rerun a minute or an hour later says nothing new. Dedupe is by what went wrong, for whom
 *   and the day — never by the run's start time.
 * Every notice also passes the daily cap (coach-mail-cap.ts).
 */

export interface CoachProblem {
  id: string;
  line: SummaryLine;
}

export function summaryKey(coach: string, week: string): string {
  return sendKey('coach-alert', coach, `${week}#summary`);
}

export function alertKey(coach: string, day: string, startedAt: number): string {
  return sendKey('coach-alert', coach, `alert@${day}#${startedAt}`);
}

/** The date the week's mails were due to go: the send weekday of the week before. */
export function dueDate(week: string, sendWeekday: number): string {
  const monday = datesOfIsoWeek(week)[0];
  return addDays(monday, sendWeekday - 8);
}

function line(client: MailClient | undefined, reason: Problem): SummaryLine {
  return { clientId: client?.id ?? '', name: client?.name ?? '', reason };
}

export interface ProblemContext {
  lang: Lang;
  week: string;
  today: string;
  byId: Map<string, MailClient>;
  /** The state of each weekly key before this run claimed it (why a late mail was late). */
  before: Map<string, string>;
  plannedNow: Set<string>;
  sendWeekday: number;
  followUp: string;
}

/** Every problem of this run, with its id (the coach's filter comes later). */
export function problemsOf(outcome: SendOutcome, ctx: ProblemContext): CoachProblem[] {
  const problems: CoachProblem[] = [];
  const { lang } = ctx;
  // Problems of clients not in ctx.byId belong to another coach's notice (line() would have
  // made them lines without a client, which no filter after this can tell apart).
  for (const p of outcome.parked) {
    const c = ctx.byId.get(p.send.mail.clientId);
    if (p.send.mail.clientId && !c) continue;
    const reason = `${t(lang, p.failure.reason)} (${p.failure.detail})`;
    problems.push({
      id: `parked:${p.send.mail.kind}:${p.send.mail.clientId}`,
      line: line(c, {
        key: 'failure.alert.parked',
        params: { kind: t(lang, `failure.kind.${p.send.mail.kind}`), reason },
      }),
    });
  }
  for (const r of outcome.resolved.filter((e) => e.status === 'uncertain')) {
    if (r.clientId && !ctx.byId.has(r.clientId)) continue;
    problems.push({
      id: `uncertain:${r.kind}:${r.clientId}`,
      line: line(ctx.byId.get(r.clientId), {
        key: 'failure.alert.uncertain',
        params: { kind: t(lang, `failure.kind.${r.kind}`) },
      }),
    });
  }
  const waiting = outcome.failed.length + outcome.deferred.length;
  if (waiting > 0 && outcome.stoppedFor !== 'time') {
    const reason =
      outcome.stoppedFor === 'quota'
        ? 'failure.quota'
        : outcome.failed.length > 0
          ? classifyFailure(outcome.failed[0].error).reason
          : 'failure.transient.unavailable';
    const when = ctx.followUp ? ` ${t(lang, 'mail.summary.followUp', { when: ctx.followUp })}` : '';
    problems.push({
      id: `waiting:${reason}:`,
      line: {
        clientId: '',
        name: '',
        reason: {
          key: 'failure.alert.waiting',
          params: { count: waiting, reason: t(lang, reason) + when },
        },
      },
    });
  }
  // Late by the mail's own week: a Monday-to-Wednesday run sends the week in progress while its
  // target is next week, and judging by the target hid every late letter of those days.
  for (const s of outcome.sent.filter((x) => x.mail.kind === 'weekly')) {
    const week = s.mail.week || ctx.week;
    if (ctx.byId.has(s.mail.clientId) && ctx.today > dueDate(week, ctx.sendWeekday)) {
      const id = s.mail.clientId;
      const earlier = ctx.before.get(s.key) ?? '';
      const reason = ctx.plannedNow.has(id)
        ? t(lang, 'failure.late.planned')
        : earlier || t(lang, 'failure.late.noRun');
      problems.push({
        id: `late:weekly:${id}`,
        line: line(ctx.byId.get(id), {
          key: 'failure.alert.late',
          params: { week, date: formatDate(ctx.today), reason },
        }),
      });
    }
  }
  return problems;
}

/** Problems the coach has not been told about today. */
export function newToday(
  ledger: LedgerRun,
  coach: string,
  problems: CoachProblem[],
  now: number,
): CoachProblem[] {
  const day = dateInZone(now, ledger.timeZone);
  return problems.filter((p) => !ledger.latest.has(noteKey(coach, p.id, day)));
}

/** An alert listing the day's new problems for one coach. */
export function composeAlert(
  coach: string,
  lang: Lang,
  day: string,
  problems: CoachProblem[],
): ReturnType<typeof composeMail> & { notes: string[] } {
  const items = problems.map((p) => ({
    text: `${p.line.clientId} ${p.line.name}`.trim() || t(lang, 'failure.alert.all'),
    detail: p.line.reason ? t(lang, p.line.reason.key, p.line.reason.params) : undefined,
  }));
  const mail = composeMail(
    {
      kind: 'coach-alert',
      clientId: '',
      week: day,
      lang,
      to: coach,
      subject: t(lang, 'failure.alert.subject', { count: problems.length, date: formatDate(day) }),
    },
    [
      { type: 'p', text: t(lang, 'failure.alert.intro') },
      { type: 'list', items },
    ],
  );
  return { ...mail, notes: problems.map((p) => p.id) };
}
