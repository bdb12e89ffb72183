import { coachScope } from '../core/coach-scope';
import { addDays, dateInZone, datesOfIsoWeek, isoWeekOf } from '../core/dates';
import { t } from '../core/i18n';
import {
  composeCoachSummary,
  composeWeekly,
  type ComposedMail,
  type MeetingInfo,
  type SummaryLine,
} from '../core/mail';
import { taskInstructions, taskTitle } from '../core/task-bank';
import type { Problem, Settings } from '../core/types';
import { whatsappLink } from '../core/whatsapp';
import { zonedParts } from '../core/time-zone';
import { withScriptLock } from '../services/lock';
import { isTransient } from '../services/retry';
import {
  folderLink,
  groupOf,
  readMailData,
  reflectionFormLink,
  uploadPageLink,
  type MailClient,
  type MailData,
} from './dispatch-data';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type PlannedSend,
  type SendOutcome,
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
}

/** The weekly mail of one client, or why there is none (pure over the data read). */
export function weeklyFor(
  client: MailClient,
  data: MailData,
  week: string,
  links: Map<string, string>,
): WeeklyDecision {
  const settings: Settings = data.settings;
  if (!client.email) return { client, skip: { key: 'mail.skip.noEmail' } };
  const weekDates = weekDatesOf(week);
  const days = plansOf(data, client.id).filter((p) => weekDates.has(p.date));
  if (days.length === 0) return { client, skip: { key: 'mail.skip.noPlan' } };
  if (settings.plansNeedApproval && days.some((d) => !d.approved))
    return { client, skip: { key: 'mail.skip.notApproved' } };
  const lang = client.lang;
  const meetings: MeetingInfo[] = [];
  const group = groupOf(data.groups, client.group);
  if (group && group.meetingWeekday && group.meetingTime) {
    const date = [...weekDatesOf(week)][group.meetingWeekday - 1];
    if (!settings.closedDates.includes(date)) {
      meetings.push({
        title: t(lang, 'mail.meeting.group', { name: group.name }),
        date,
        time: group.meetingTime,
        minutes: group.meetingMinutes,
        link: group.ownLink || links.get(group.id) || group.meetLink,
      });
    }
  }
  return {
    client,
    mail: lazyMail({ to: client.email, kind: 'weekly', clientId: client.id, week }, () =>
      composeWeekly({
        client: { id: client.id, name: client.name, email: client.email, lang },
        week,
        days: days.map((d) => ({
          date: d.date,
          mode: d.mode ?? 'remote',
          hours: d.hours ?? 0,
          note: '',
          reflectionLink: reflectionFormLink(client, data, d.date),
          tasks: d.taskIds
            .map((id) => data.tasks.get(id))
            .filter((task): task is NonNullable<typeof task> => Boolean(task))
            .map((task) => ({
              title: taskTitle(task, lang),
              instructions: taskInstructions(task, lang),
              materialLink: task.materialLink,
            })),
        })),
        meetings,
        // Each day carries its own prefilled link (composeWeekly); no extra undated one.
        reflectionLink: '',
        folderLink: folderLink(client.folderId),
        uploadLink: uploadPageLink(client, data),
        coach: coachOf(client, data),
        organisation: settings.organisation,
      }),
    ),
  };
}

/**
 * A mail whose subject and body are composed on first use. A roster of thousands goes out over
 * several executions, and each would otherwise compose every mail still to send, of which it
 * sends only ~450: composing all of them each time made the 10,000-client dispatch quadratic.
 */
function lazyMail(
  head: Pick<ComposedMail, 'to' | 'kind' | 'clientId' | 'week'>,
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
 * client with plan days next week, then a summary to each coach. Safe to run any number of
 * times: the send ledger makes every mail go exactly once (see dispatch-ledger.ts).
 */
/** The trigger that fired this execution ('' when run by hand): not a follow-up still waiting. */
let firedByTrigger = '';

export function weeklyDispatch(event?: unknown): DispatchReport {
  const startedAt = Date.now();
  firedByTrigger = String((event as { triggerUid?: unknown } | undefined)?.triggerUid ?? '');
  let locked: ReturnType<typeof withScriptLock<DispatchReport>>;
  try {
    locked = withScriptLock(() => runDispatch(startedAt));
  } catch (error) {
    // A transient service error must not cost the week its mails: try again in 15 minutes
    // (the ledger makes the rerun send only what did not go). Found by test/chaos.
    if (isTransient(error)) retrySoon();
    throw error;
  }
  if (!locked.ran) {
    // Another run holds the lock (another coach's, with mail per coach): try again soon, or
    // this account's clients would wait for the nightly catch-up.
    retrySoon();
    return { week: '', ran: false, sent: [], skipped: [], problems: [], followUpAt: '' };
  }
  return locked.value;
}

function runDispatch(startedAt: number): DispatchReport {
  const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
  const tz = data.settings.timeZone;
  const week = targetWeek(startedAt, tz);
  const ledger = openLedger(data.sendlog, tz, startedAt);
  const links = syncGroupMeetings(data, week);

  // New clients get their folder (and token) before any mail names them.
  prepareNewClients(
    data,
    data.clients.filter((c) => c.status === 'active'),
  );
  // With mailPerCoach, only the clients of the coach this run is for (src/core/coach-scope.ts).
  const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
  const active = data.clients.filter((c) => c.status === 'active' && mine(coachOf(c, data)));
  // A client whose weekly mail already went (an earlier execution of this dispatch) is not
  // composed again: a continuation composes only what it may still send.
  const decisions: WeeklyDecision[] = active.map((c) =>
    isDone(ledger, sendKey('weekly', c.id, week))
      ? { client: c }
      : weeklyFor(c, data, week, links.links),
  );
  // New clients get their welcome mail first (once: it has its own ledger key).
  const planned: PlannedSend[] = welcomeSends(data, active, ledger, week);
  const skipped: { client: MailClient; reason: Problem }[] = [];
  for (const d of decisions) {
    if (d.mail) planned.push({ key: sendKey('weekly', d.client.id, week), mail: d.mail });
    else if (d.skip) skipped.push({ client: d.client, reason: d.skip });
  }
  const weekly = planned.filter((p) => p.mail.kind === 'weekly');
  const alreadyDone = weekly.filter((p) => isDone(ledger, p.key));
  const coaches = [...new Set(active.map((c) => coachOf(c, data)).filter(Boolean))];
  if (coaches.length === 0) coaches.push(Session.getEffectiveUser().getEmail());
  const needsSummary =
    weekly.length > alreadyDone.length ||
    !coaches.every((c) =>
      [...ledger.latest.keys()].some((k) => k.startsWith(`coach-alert|${c}|${week}`)),
    );
  const followUpAt = { ms: 0 };

  const summaries = needsSummary
    ? coaches.map((coach) => ({
        key: sendKey('coach-alert', coach, `${week}#${startedAt}`),
        to: coach,
        kind: 'coach-alert',
        week,
        compose: (outcome: SendOutcome) =>
          summaryFor(coach, data, week, decisions, skipped, outcome, links.problems, followUpAt),
      }))
    : [];
  const outcome = sendExactlyOnce(ledger, planned, summaries);
  return {
    week,
    ran: true,
    sent: outcome.sent.map((s) => s.mail.clientId),
    skipped: skipped.map((s) => ({ clientId: s.client.id, reason: s.reason.key })),
    problems: [
      ...outcome.failed.map((f) => ({ clientId: f.send.mail.clientId, reason: f.error })),
      ...outcome.deferred.map((d) => ({
        clientId: d.mail.clientId,
        reason: `deferred:${outcome.stoppedFor}`,
      })),
    ],
    followUpAt: followUpAt.ms ? new Date(followUpAt.ms).toISOString() : '',
  };
}

function retrySoon(): void {
  try {
    const waiting = ScriptApp.getProjectTriggers().filter(
      (tr) => tr.getHandlerFunction() === 'weeklyDispatch',
    ).length;
    // The weekly trigger, and this run's own one-off trigger (removed only after it ends).
    if (waiting < 3)
      ScriptApp.newTrigger('weeklyDispatch')
        .timeBased()
        .after(15 * 60_000)
        .create();
  } catch (_error) {
    // The nightly catch-up (trigger-health.ts) is the next safety net.
  }
}

/**
 * A one-off trigger to finish the job: soon when the time budget ran out, next morning when the
 * day's mail quota did (Google restores it over the next 24 hours).
 */
function scheduleFollowUp(reason: 'quota' | 'time' | '', tz: string): number {
  const now = Date.now();
  let at = now + 60_000;
  if (reason === 'quota') {
    const tomorrow = addDays(dateInZone(now, tz), 1);
    const parts = zonedParts(now, tz);
    const minutesToMidnight = 24 * 60 - (parts.hour * 60 + parts.minute);
    at = now + (minutesToMidnight + 8 * 60) * 60_000;
    void tomorrow;
  }
  // The trigger running now is gone after this run (a one-off), so it is not counted: without
  // this a continuation would never leave the next one, and a roster needing three or more
  // executions would stop after the second (found by `etapaja bench` at 2,500 clients).
  const existing = ScriptApp.getProjectTriggers().filter(
    (tr) => tr.getHandlerFunction() === 'weeklyDispatch' && tr.getUniqueId() !== firedByTrigger,
  ).length;
  // The weekly trigger itself is one; a second means a follow-up is already waiting.
  if (existing < 2)
    ScriptApp.newTrigger('weeklyDispatch')
      .timeBased()
      .after(at - now)
      .create();
  return at;
}

function summaryFor(
  coach: string,
  data: MailData,
  week: string,
  decisions: { client: MailClient }[],
  skipped: { client: MailClient; reason: Problem }[],
  outcome: SendOutcome,
  meetingProblems: Problem[],
  followUpAt: { ms: number },
): ComposedMail | null {
  const mine = (c: MailClient) =>
    coachOf(c, data) === coach ||
    (coachOf(c, data) === '' && coach === Session.getEffectiveUser().getEmail());
  const byId = new Map(decisions.map((d) => [d.client.id, d.client]));
  const sent = outcome.sent
    .filter((s) => s.mail.kind === 'weekly')
    .map((s) => byId.get(s.mail.clientId))
    .filter((c): c is MailClient => Boolean(c) && mine(c as MailClient));
  const problems: SummaryLine[] = [];
  for (const f of outcome.failed) {
    const c = byId.get(f.send.mail.clientId);
    if (c && mine(c))
      problems.push(line(c, { key: 'mail.problem.sendFailed', params: { error: f.error } }));
  }
  for (const d of outcome.deferred) {
    const c = byId.get(d.mail.clientId);
    if (c && mine(c))
      problems.push(
        line(c, {
          key: outcome.stoppedFor === 'time' ? 'mail.problem.time' : 'mail.problem.quota',
        }),
      );
  }
  for (const r of outcome.resolved.filter((e) => e.status === 'uncertain')) {
    const c = byId.get(r.clientId);
    if (c && mine(c)) problems.push(line(c, { key: 'mail.problem.uncertain' }));
  }
  for (const p of meetingProblems) problems.push({ clientId: '', name: '', reason: p });
  const lang = data.settings.lang;
  const whatsapp = sent
    .filter((c) => c.contact === 'whatsapp' && c.phone)
    .map((c) => ({
      clientId: c.id,
      name: c.name,
      url:
        whatsappLink(
          c.phone,
          t(c.lang, 'mail.whatsapp.text', { name: c.name.split(' ')[0], coach }),
        ) ?? '',
    }))
    .filter((w) => w.url);
  let followUp = '';
  if (outcome.deferred.length > 0 || outcome.failed.length > 0) {
    if (!followUpAt.ms)
      followUpAt.ms = scheduleFollowUp(outcome.stoppedFor, data.settings.timeZone);
    followUp = followUpText(followUpAt.ms, data.settings.timeZone);
  }
  return composeCoachSummary({
    coach,
    lang,
    week,
    sent: sent.map((c) => line(c)),
    skipped: skipped.filter((s) => mine(s.client)).map((s) => line(s.client, s.reason)),
    problems,
    whatsapp,
    followUp,
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
