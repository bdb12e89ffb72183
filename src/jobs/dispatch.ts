import { coachScope } from '../core/coach-scope';
import { addDays, dateInZone, datesOfIsoWeek, isoWeekOf, weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import {
  composeCoachSummary,
  type ComposedMail,
  type PhoneNotice,
  type SummaryLine,
} from '../core/mail';
import type { IsoDate, Problem, Settings } from '../core/types';
import { zonedParts } from '../core/time-zone';
import { withScriptLock } from '../services/lock';
import { isTransient } from '../services/retry';
import { WORKBOOK_TIME_ZONE } from '../core/dates';
import { scheduleDispatchFollowUp, setCurrentTrigger } from './dispatch-follow-up';
import {
  alertKey,
  composeAlert,
  newToday,
  problemsOf,
  summaryKey,
  type CoachProblem,
} from './dispatch-notices';
import { planMissing } from './plan-missing';
import { groupOf, readMailData, type MailClient, type MailData } from './dispatch-data';
import {
  clientMeetings,
  composeLetter,
  letterDays,
  periodsEnding,
  phoneNoticeFor,
} from './weekly-letter';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type LateSend,
  type LedgerRun,
  type PlannedSend,
  type SendOutcome,
  type StopReason,
} from './dispatch-ledger';
import { syncGroupMeetings } from './meetings';
import { prepareNewClients, welcomeSends } from './welcome';

/** The week a dispatch run prepares: the ISO week after the run's date in the workbook's zone. */
export function targetWeek(nowMs: number, timeZone: string): string {
  return isoWeekOf(addDays(dateInZone(nowMs, timeZone), 7));
}

export function coachOf(client: MailClient, data: MailData): string {
  return (
    client.coach || groupOf(data.groups, client.group)?.coach || data.settings.coaches[0] || ''
  );
}

/** The dates of an ISO week, made once per week rather than once per client. */
const weekDateSets = new Map<string, Set<string>>();
function weekDatesOf(week: string): Set<string> {
  let dates = weekDateSets.get(week);
  if (!dates) {
    dates = new Set(datesOfIsoWeek(week));
    weekDateSets.set(week, dates);
  }
  return dates;
}

/**
 * The plan rows of one client, from an index made once per plans array: filtering the whole
 * plans sheet for every client made a 10,000-client dispatch quadratic (`etapaja bench`).
 */
const plansByClient = new WeakMap<MailData['plans'], Map<string, MailData['plans']>>();
function plansOf(data: MailData, clientId: string): MailData['plans'] {
  let index = plansByClient.get(data.plans);
  if (!index) {
    index = new Map();
    for (const plan of data.plans) {
      const list = index.get(plan.clientId);
      if (list) list.push(plan);
      else index.set(plan.clientId, [plan]);
    }
    plansByClient.set(data.plans, index);
  }
  return index.get(clientId) ?? [];
}

export interface WeeklyDecision {
  client: MailClient;
  mail?: ComposedMail;
  skip?: Problem;
  /** The coach's ready text message, for clients who use the phone. */
  notice?: PhoneNotice | null;
  /** Plan days with more tasks than the letter shows. */
  trimmed?: Problem[];
}

/**
 * The weekly mail of one client, or why there is none (pure over the data read). With `from`,
 * the week has begun: the late letter shows only the days and meetings from that date on.
 */
export function weeklyFor(
  client: MailClient,
  data: MailData,
  week: string,
  links: Map<string, string>,
  from?: IsoDate,
): WeeklyDecision {
  const settings: Settings = data.settings;
  const weekDates = weekDatesOf(week);
  const rows = plansOf(data, client.id).filter(
    (p) => weekDates.has(p.date) && (!from || p.date >= from),
  );
  if (rows.length === 0) return { client, skip: { key: 'mail.skip.noPlan' } };
  // No mail, task or meeting after the period (and any continuation) has ended.
  const planned = letterDays(client, data, rows);
  if (planned.days.length === 0) return { client, skip: { key: 'mail.skip.periodEnded' } };
  if (settings.plansNeedApproval && rows.some((d) => !d.approved))
    return { client, skip: { key: 'mail.skip.notApproved' } };
  const meetings = clientMeetings(client, data, week, links).filter((m) => !from || m.date >= from);
  const coach = coachOf(client, data);
  const notice = phoneNoticeFor(client, data, planned, meetings, coach);
  if (!client.email) return { client, skip: { key: 'mail.skip.noEmail' }, notice };
  return {
    client,
    notice,
    trimmed: planned.trimmed,
    mail: lazyMail(
      { to: client.email, kind: 'weekly', clientId: client.id, week, replyTo: coach },
      () => composeLetter(client, data, week, planned, meetings, coach, Boolean(from)),
    ),
  };
}

/**
 * A mail whose subject and body are composed on first use. A roster of thousands goes out over
 * several executions, and each would otherwise compose every mail still to send, of which it
 * sends only ~450: composing all of them each time made the 10,000-client dispatch quadratic.
 */
function lazyMail(
  head: Pick<ComposedMail, 'to' | 'kind' | 'clientId' | 'week' | 'replyTo'>,
  compose: () => ComposedMail,
): ComposedMail {
  let full: ComposedMail | undefined;
  const body = (): ComposedMail => {
    if (!full) full = compose();
    return full;
  };
  return {
    ...head,
    get subject() {
      return body().subject;
    },
    get html() {
      return body().html;
    },
    get text() {
      return body().text;
    },
  };
}

function line(client: MailClient, reason?: Problem): SummaryLine {
  return { clientId: client.id, name: client.name, reason };
}

function followUpText(whenMs: number, timeZone: string): string {
  const parts = zonedParts(whenMs, timeZone);
  return `${parts.date} ${parts.time}`;
}

export interface DispatchReport {
  week: string;
  ran: boolean;
  sent: string[];
  skipped: { clientId: string; reason: string }[];
  problems: { clientId: string; reason: string }[];
  followUpAt: string;
}

/**
 * The weekly dispatch (a time-driven trigger, Thursday 12:00 by default). One mail per active
 * client with plan days next week, then what each coach needs to know (dispatch-notices.ts).
 * Safe to run any number of times: the send ledger makes every mail go exactly once
 * (dispatch-ledger.ts). A failure is handled by its kind (src/core/failure-kind.ts).
 */
export function weeklyDispatch(event?: unknown): DispatchReport {
  const startedAt = Date.now();
  // The trigger that fired this execution ('' when run by hand): not a follow-up still waiting.
  const triggerUid = String((event as { triggerUid?: unknown } | undefined)?.triggerUid ?? '');
  setCurrentTrigger(triggerUid);
  let locked: ReturnType<typeof withScriptLock<DispatchReport>>;
  try {
    locked = withScriptLock(() => runDispatch(startedAt, triggerUid !== ''));
  } catch (error) {
    // A transient service error must not cost the week its mails: the next run, with backoff
    // (the ledger makes the rerun send only what did not go). Found by test/chaos.
    if (isTransient(error)) scheduleDispatchFollowUp('transient', WORKBOOK_TIME_ZONE);
    throw error;
  }
  if (!locked.ran) {
    // Another run holds the lock (another coach's, with mail per coach): try again later, or
    // this account's clients would wait for the nightly catch-up.
    scheduleDispatchFollowUp('transient', WORKBOOK_TIME_ZONE);
    return { week: '', ran: false, sent: [], skipped: [], problems: [], followUpAt: '' };
  }
  return locked.value;
}

/**
 * The letters of the week in progress that never went: the week began while the mail quota
 * was spent or the dispatch kept failing (chaos seeds 7 and 12). Late is better than never, so
 * they go now, with only the days still ahead; a client with no days left gets none.
 * `withLinks` false only counts them (the nightly catch-up): no calendar call.
 */
export function lateLetters(
  data: MailData,
  active: MailClient[],
  ledger: LedgerRun,
  today: IsoDate,
  withLinks = true,
): WeeklyDecision[] {
  const week = isoWeekOf(today);
  const dates = weekDatesOf(week);
  const owed = active.filter(
    (c) =>
      !isDone(ledger, sendKey('weekly', c.id, week), c.email) &&
      plansOf(data, c.id).some((p) => dates.has(p.date) && p.date >= today),
  );
  if (owed.length === 0) return [];
  // The week's Meet links were made last week: found again here, never made twice.
  const links = withLinks ? syncGroupMeetings(data, week).links : new Map<string, string>();
  return owed.map((c) => weeklyFor(c, data, week, links, today)).filter((d) => d.mail);
}

function runDispatch(startedAt: number, byTrigger: boolean): DispatchReport {
  const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
  const tz = data.settings.timeZone;
  const week = targetWeek(startedAt, tz);
  const today = dateInZone(startedAt, tz);
  // Before the send day, a run started by a trigger (a catch-up or a continuation) only finishes
  // the week in progress: next week's letters wait for the send day, while coaches edit the plans.
  const lateOnly = byTrigger && weekdayOf(today) < data.settings.sendWeekday;
  const ledger = openLedger(data.sendlog, tz, startedAt, undefined, data.settings.lang);
  ledger.coachCap = data.settings.coachMailsPerDay;
  const links = lateOnly
    ? { links: new Map<string, string>(), problems: [] }
    : syncGroupMeetings(data, week);

  // New clients get their folder (and token) before any mail names them.
  prepareNewClients(
    data,
    data.clients.filter((c) => c.status === 'active'),
  );
  // With mailPerCoach, only the clients of the coach this run is for (src/core/coach-scope.ts).
  const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
  const active = data.clients.filter((c) => c.status === 'active' && mine(coachOf(c, data)));
  const targets = lateOnly ? [] : active;
  // A client without a plan for the week is planned now, before "nothing to send" is decided:
  // a planning run that failed on Monday night must not cost the client the week.
  const plannedNow = planMissing(
    data,
    targets.filter((c) => !isDone(ledger, sendKey('weekly', c.id, week), c.email)),
    week,
  );
  const decisions: WeeklyDecision[] = targets.map((c) =>
    isDone(ledger, sendKey('weekly', c.id, week), c.email)
      ? { client: c }
      : weeklyFor(c, data, week, links.links),
  );
  const late = lateLetters(data, active, ledger, today);
  // New clients get their welcome mail first (once: it has its own ledger key), then the week
  // in progress, then next week.
  const planned: PlannedSend[] = welcomeSends(data, active, ledger, week);
  for (const d of late)
    if (d.mail) planned.push({ key: sendKey('weekly', d.client.id, d.mail.week), mail: d.mail });
  const skipped: { client: MailClient; reason: Problem }[] = [];
  for (const d of decisions) {
    if (d.mail) planned.push({ key: sendKey('weekly', d.client.id, week), mail: d.mail });
    else if (d.skip) skipped.push({ client: d.client, reason: d.skip });
  }
  const before = new Map(planned.map((p) => [p.key, ledger.latest.get(p.key)?.error ?? '']));
  const coaches = [...new Set(active.map((c) => coachOf(c, data)).filter(Boolean))];
  if (coaches.length === 0) coaches.push(Session.getEffectiveUser().getEmail());
  const run: RunContext = {
    data,
    week,
    decisions,
    late,
    lateOnly,
    skipped,
    meetingProblems: links.problems,
    followUpAt: { ms: 0 },
    startedAt,
    ledger,
    before,
    plannedNow,
  };
  // A notice is claimed only when this run may have something to tell: the week's summary is
  // still due, or there is something to send or to resolve. A rerun with nothing to do writes
  // nothing.
  const busy =
    planned.some((p) => !isDone(ledger, p.key, p.mail.to)) ||
    [...ledger.latest.values()].some((e) => e.status === 'sending');
  const notices = coaches
    .filter((coach) => busy || (!lateOnly && !isDone(ledger, summaryKey(coach, week))))
    .map((coach) => noticeFor(coach, run));
  const outcome = sendExactlyOnce(ledger, planned, notices);
  // The notices ask for the follow-up when they are composed; with no mail quota left at all no
  // notice is composed, and the mails still waiting must not wait for a run nobody asked for.
  if (outcome.failed.length + outcome.deferred.length > 0)
    followUpOnce(run, outcome.stoppedFor || 'transient');
  return {
    week,
    ran: true,
    sent: outcome.sent.map((s) => s.mail.clientId),
    skipped: skipped.map((s) => ({ clientId: s.client.id, reason: s.reason.key })),
    problems: [
      ...outcome.parked.map((p) => ({ clientId: p.send.mail.clientId, reason: p.failure.detail })),
      ...outcome.failed.map((f) => ({ clientId: f.send.mail.clientId, reason: f.error })),
      ...outcome.deferred.map((d) => ({
        clientId: d.mail.clientId,
        reason: `deferred:${outcome.stoppedFor}`,
      })),
    ],
    followUpAt: run.followUpAt.ms ? new Date(run.followUpAt.ms).toISOString() : '',
  };
}

interface RunContext {
  data: MailData;
  week: string;
  decisions: { client: MailClient }[];
  /** Letters of the week in progress, sent late (lateLetters). */
  late: WeeklyDecision[];
  /** Before the send day, by trigger: only the week in progress, and no summary. */
  lateOnly: boolean;
  skipped: { client: MailClient; reason: Problem }[];
  meetingProblems: Problem[];
  followUpAt: { ms: number };
  startedAt: number;
  ledger: LedgerRun;
  before: Map<string, string>;
  plannedNow: Set<string>;
}

/**
 * The one notice a coach gets from this run, claimed before the sends and composed after them:
 * the week's summary if the coach has not had it, else an alert for problems new today, else
 * nothing. A continuation (time ran out) says nothing: the next execution finishes the job.
 */
function noticeFor(coach: string, run: RunContext): LateSend {
  const tz = run.data.settings.timeZone;
  const today = dateInZone(run.startedAt, tz);
  const summaryDone = run.lateOnly || isDone(run.ledger, summaryKey(coach, run.week));
  const key = summaryDone ? alertKey(coach, today, run.startedAt) : summaryKey(coach, run.week);
  return {
    key,
    to: coach,
    kind: 'coach-alert',
    week: run.week,
    compose: (outcome) => {
      if (outcome.stoppedFor === 'time' && outcome.deferred.length > 0) {
        followUpOnce(run, 'time');
        return null;
      }
      const waiting = outcome.failed.length + outcome.deferred.length > 0;
      if (waiting) followUpOnce(run, outcome.stoppedFor || 'transient');
      const mine = (c: MailClient) =>
        coachOf(c, run.data) === coach ||
        (coachOf(c, run.data) === '' && coach === Session.getEffectiveUser().getEmail());
      // This coach's clients only: a problem of another coach's client is not told here.
      const byId = new Map(run.data.clients.filter(mine).map((c) => [c.id, c]));
      const problems = problemsOf(outcome, {
        lang: run.data.settings.lang,
        week: run.week,
        today,
        byId,
        before: run.before,
        plannedNow: run.plannedNow,
        sendWeekday: run.data.settings.sendWeekday,
        followUp: run.followUpAt.ms ? followUpText(run.followUpAt.ms, tz) : '',
      }).filter((p) => !p.line.clientId || byId.has(p.line.clientId));
      if (!summaryDone) {
        const mail = summaryFor(coach, run, outcome, problems, mine);
        return mail ? { ...mail, notes: problems.map((p) => p.id) } : null;
      }
      const fresh = newToday(run.ledger, coach, problems, run.startedAt);
      return fresh.length > 0 ? composeAlert(coach, run.data.settings.lang, today, fresh) : null;
    },
  };
}

function followUpOnce(run: RunContext, reason: StopReason): void {
  if (!run.followUpAt.ms)
    run.followUpAt.ms = scheduleDispatchFollowUp(reason, run.data.settings.timeZone) ?? 0;
}

function summaryFor(
  coach: string,
  run: RunContext,
  outcome: SendOutcome,
  problems: CoachProblem[],
  mine: (c: MailClient) => boolean,
): ComposedMail | null {
  const { data } = run;
  const byId = new Map(run.decisions.map((d) => [d.client.id, d.client]));
  const sent = outcome.sent
    .filter((s) => s.mail.kind === 'weekly' && s.mail.week === run.week)
    .map((s) => byId.get(s.mail.clientId))
    .filter((c): c is MailClient => Boolean(c) && mine(c as MailClient));
  const lines: SummaryLine[] = problems.map((p) => p.line);
  for (const p of run.meetingProblems) lines.push({ clientId: '', name: '', reason: p });
  for (const d of run.decisions as WeeklyDecision[])
    if (mine(d.client)) for (const p of d.trimmed ?? []) lines.push(line(d.client, p));
  const lang = data.settings.lang;
  const phoneNotices = (run.decisions as WeeklyDecision[])
    .filter((d) => d.notice && mine(d.client))
    .map((d) => d.notice as PhoneNotice);
  const today = dateInZone(run.startedAt, data.settings.timeZone);
  const periods = periodsEnding(data.clients.filter(mine), today, datesOfIsoWeek(run.week)[6]);
  return composeCoachSummary({
    coach,
    lang,
    week: run.week,
    sent: sent.map((c) => line(c)),
    skipped: run.skipped.filter((s) => mine(s.client)).map((s) => line(s.client, s.reason)),
    problems: lines,
    phoneNotices,
    periodsEnding: periods,
    followUp: run.followUpAt.ms ? followUpText(run.followUpAt.ms, data.settings.timeZone) : '',
  });
}

/**
 * Exactly the weekly mail a client would get next week (for the sidebar's preview): the same
 * preparation as the dispatch (the client's folder and token, the groups' Meet links, all
 * idempotent and made once) under the same lock, then the same composition.
 */
export function previewWeeklyMail(
  clientId: string,
): { to: string; subject: string; html: string; text: string } | { error: string } {
  const startedAt = Date.now();
  const locked = withScriptLock(() => {
    const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
    const lang = data.settings.lang;
    const week = targetWeek(startedAt, data.settings.timeZone);
    const known = data.clients.find((c) => c.id === clientId);
    if (!known) return { error: t(lang, 'mail.preview.unknownClient', { clientId }) };
    if (known.status === 'active') prepareNewClients(data, [known]);
    const client = data.clients.find((c) => c.id === clientId) ?? known;
    const links = syncGroupMeetings(data, week);
    const decision = weeklyFor(client, data, week, links.links);
    if (!decision.mail) {
      return {
        error: `${t(lang, 'mail.preview.noPlan', { clientId, week })} (${t(lang, decision.skip?.key ?? '')})`,
      };
    }
    const { to, subject, html, text } = decision.mail;
    return { to, subject, html, text };
  });
  return locked.ran
    ? locked.value
    : { error: t(readMailData(['settings']).settings.lang, 'mail.preview.busy') };
}
