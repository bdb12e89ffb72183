import { datesOfIsoWeek } from '../core/dates';
import {
  coachLine,
  composePhoneNotice,
  composeWeekly,
  LETTER_TASKS_PER_DAY,
  type ComposedMail,
  type MailTask,
  type MeetingInfo,
  type PhoneNotice,
  type WeeklyDay,
} from '../core/mail';
import { groupMeetingDates } from '../core/reminders';
import { taskInstructions, taskTitle } from '../core/task-bank';
import type { IsoDate, Problem, Task } from '../core/types';
import {
  folderLink,
  groupOf,
  inPeriod,
  reflectionFormLink,
  uploadPageLink,
  type MailClient,
  type MailData,
} from './dispatch-data';
import type { PlanRowView } from '../workbook/plans-sheet';

/**
 * What a client's weekly letter is made of, from the rows the dispatch read: the planned days
 * inside the client's period with their start and place, at most three tasks a day, the
 * whole-week tasks once, the group meeting on its real day, the coach's name and phone. Also the
 * coach's ready text message for clients who use the phone (phone-notice.ts).
 */

/** The group meetings of a client in a week: inside the period, not on holidays or closed days. */
export function clientMeetings(
  client: MailClient,
  data: MailData,
  week: string,
  links: Map<string, string>,
): MeetingInfo[] {
  const group = groupOf(data.groups, client.group);
  if (!group || !group.meetingWeekday || !group.meetingTime) return [];
  const dates = datesOfIsoWeek(week);
  return groupMeetingDates(
    { ...group, meetingWeekday: group.meetingWeekday },
    dates[0],
    dates[6],
    data.settings.closedDates,
  )
    .filter((date) => inPeriod(client, date))
    .map((date) => ({
      kind: 'group',
      date,
      time: group.meetingTime,
      minutes: group.meetingMinutes,
      link: group.ownLink || links.get(group.id) || group.meetLink,
    }));
}

function mailTask(task: Task, lang: MailClient['lang']): MailTask {
  return {
    id: task.id,
    title: taskTitle(task, lang),
    instructions: taskInstructions(task, lang),
    materialLink: task.materialLink,
    returnFormat: task.returnFormat,
  };
}

export interface LetterDays {
  days: WeeklyDay[];
  weekTasks: MailTask[];
  /** Days whose plan holds more tasks than the letter shows (the coach is told). */
  trimmed: Problem[];
}

/** The planned days as the letter shows them; a day outside the period is left out. */
export function letterDays(client: MailClient, data: MailData, plans: PlanRowView[]): LetterDays {
  const { settings } = data;
  const weekTasks: MailTask[] = [];
  const trimmed: Problem[] = [];
  const days = plans
    .filter((p) => inPeriod(client, p.date))
    .map((p): WeeklyDay => {
      const tasks = p.taskIds
        .map((id) => data.tasks.get(id))
        .filter((task): task is Task => Boolean(task));
      const daily = tasks.filter((task) => !task.weekLong);
      weekTasks.push(...tasks.filter((task) => task.weekLong).map((t) => mailTask(t, client.lang)));
      if (daily.length > LETTER_TASKS_PER_DAY)
        trimmed.push({
          key: 'mail.problem.tooManyTasks',
          params: { date: p.date, count: daily.length, shown: LETTER_TASKS_PER_DAY },
        });
      const mode = p.mode ?? 'remote';
      return {
        date: p.date,
        mode,
        hours: p.hours ?? 0,
        start: (mode === 'in-person' ? settings.siteDayStart : settings.remoteDayStart) ?? '09:00',
        tasks: daily.map((task) => mailTask(task, client.lang)),
        reflectionLink: reflectionFormLink(client, data, p.date),
      };
    });
  return { days, weekTasks, trimmed };
}

/** The weekly letter of a client with planned days (see letterDays). */
export function composeLetter(
  client: MailClient,
  data: MailData,
  week: string,
  planned: LetterDays,
  meetings: MeetingInfo[],
  coachEmail: string,
  late = false,
): ComposedMail {
  const dates = datesOfIsoWeek(week);
  const endsThisWeek =
    client.lastDay && client.lastDay >= dates[0] && client.lastDay <= dates[6]
      ? client.lastDay
      : '';
  return composeWeekly({
    client: { id: client.id, name: client.name, email: client.email, lang: client.lang },
    week,
    days: planned.days,
    weekTasks: planned.weekTasks,
    meetings,
    uploadLink: uploadPageLink(client, data),
    folderLink: folderLink(client.folderId),
    siteAddress: data.settings.siteAddress ?? '',
    coach: coachLine(data.settings, coachEmail),
    organisation: data.settings.organisation,
    periodEnds: endsThisWeek,
    late,
  });
}

/** The coach's ready message for a client who uses text messages, the phone or WhatsApp. */
export function phoneNoticeFor(
  client: MailClient,
  data: MailData,
  planned: LetterDays,
  meetings: MeetingInfo[],
  coachEmail: string,
): PhoneNotice | null {
  if (client.contact === 'email' || planned.days.length === 0) return null;
  const coach = coachLine(data.settings, coachEmail);
  return composePhoneNotice({
    client: {
      id: client.id,
      name: client.name,
      lang: client.lang,
      phone: client.phone,
      contact: client.contact,
      hasEmail: client.email !== '',
    },
    days: planned.days,
    meetings,
    siteAddress: data.settings.siteAddress ?? '',
    coachName: coach.name || coach.email,
  });
}

/**
 * Active clients whose last day falls from `today` to `until` (the end of the letter's week): on
 * the Thursday of the dispatch that tells the coach at least a week ahead.
 */
export function periodsEnding(
  clients: MailClient[],
  today: IsoDate,
  until: IsoDate,
): { clientId: string; name: string; end: IsoDate }[] {
  return clients
    .filter((c) => c.status === 'active' && c.lastDay && c.lastDay >= today && c.lastDay <= until)
    .sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.id.localeCompare(b.id))
    .map((c) => ({ clientId: c.id, name: c.name, end: c.lastDay }));
}
