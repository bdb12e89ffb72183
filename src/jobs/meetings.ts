import { addDays, dateInZone, datesOfIsoWeek, isoWeekOf } from '../core/dates';
import { t } from '../core/i18n';
import { isHoliday } from '../core/holidays';
import { isMeetingUrl, planMeetingLink } from '../core/meeting-platform';
import { eventIdFor } from '../core/reminders';
import { parseNumber, parseTime } from '../core/settings';
import { zonedToEpoch } from '../core/time-zone';
import type { Problem } from '../core/types';
import { ensureEvent } from '../services/calendar';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { GROUPS, MEETINGS } from '../workbook/schema';
import { updateByKey, type Table } from '../workbook/table';
import { readMailData, type MailData } from './dispatch-data';

const CALENDAR = 'primary';

/**
 * Next week's group meetings as Calendar events with Meet. Each group keeps one Meet link for
 * all its weeks (clients learn one link); each week's event has an id made from (group, date),
 * so a second run finds the event instead of making another. A group with its own link (Teams,
 * Zoom) gets an event with that link as location and no Meet; with the `meetingPlatform`
 * setting at `own-link`, a group without one gets nothing and the coach is told (core/
 * meeting-platform.ts). Events have no guests.
 */
export function syncGroupMeetings(
  data: MailData,
  week: string,
): { links: Map<string, string>; problems: Problem[] } {
  const links = new Map<string, string>();
  const problems: Problem[] = [];
  const updates = new Map<string, Record<string, unknown>>();
  const tz = data.settings.timeZone;
  const used = new Set(
    data.clients.filter((c) => c.status === 'active').map((c) => c.group.toLowerCase()),
  );
  for (const group of data.groups) {
    if (!group.meetingWeekday || !group.meetingTime) continue;
    if (!used.has(group.id.toLowerCase()) && !used.has(group.name.toLowerCase())) continue;
    const date = datesOfIsoWeek(week)[group.meetingWeekday - 1];
    if (isHoliday(date) || data.settings.closedDates.includes(date)) continue;
    if (group.badOwnLink)
      problems.push({
        key: 'meeting.problem.badOwnLink',
        params: { meeting: group.name, link: group.badOwnLink },
      });
    const plan = planMeetingLink({
      platform: data.settings.meetingPlatform,
      ownLink: group.ownLink,
      storedMeetLink: group.meetLink,
    });
    // Own links only (the setting) and none for this group: no Meet is made; the coach is told.
    if (plan.kind === 'missing' || plan.kind === 'invalid') {
      if (!group.badOwnLink)
        problems.push({ key: 'meeting.problem.noOwnLink', params: { meeting: group.name } });
      continue;
    }
    const eventId = eventIdFor('group', group.id, date);
    // Made already (the nightly run on the days before, or an earlier execution of this
    // dispatch): no Calendar call and no sheet write, so a dispatch execution reads and writes
    // the workbook only for its mails (docs/performance.md).
    const known = group.ownLink || group.meetLink;
    if (group.calendarEventId === eventId && known) {
      links.set(group.id, known);
      continue;
    }
    const start = zonedToEpoch(date, group.meetingTime, tz);
    try {
      const { link } = ensureEvent(CALENDAR, {
        id: eventId,
        summary: t(data.settings.lang, 'mail.meeting.group', { name: group.name }),
        description: t(data.settings.lang, 'app.name'),
        startIso: new Date(start).toISOString(),
        endIso: new Date(start + group.meetingMinutes * 60_000).toISOString(),
        timeZone: tz,
        ownLink: group.ownLink,
        existingMeetLink: group.ownLink ? '' : group.meetLink,
      });
      if (link) links.set(group.id, link);
      else problems.push({ key: 'mail.problem.noMeetLink', params: { group: group.name } });
      if (link && !group.ownLink && link !== group.meetLink) {
        updates.set(group.id, { meetLink: link, calendarEventId: eventId });
        group.meetLink = link;
        group.calendarEventId = eventId;
      } else if (link && group.calendarEventId !== eventId) {
        // Remembered so that the dispatch finds this week's event without asking Calendar.
        updates.set(group.id, { calendarEventId: eventId });
        group.calendarEventId = eventId;
      }
    } catch (error) {
      problems.push({
        key: 'mail.problem.noMeetLink',
        params: { group: `${group.name} (${(error as Error).message})` },
      });
    }
  }
  if (updates.size > 0 && data.groupsTable)
    updateByKey(data.groupsTable.sheet, GROUPS, updates, ['meetLink', 'calendarEventId']);
  return { links, problems };
}

/** One-to-one sessions in the coming two weeks that have no event yet get one, with Meet. */
export function syncOneToOne(
  data: MailData,
  meetings: Table | null,
  fromDate: string,
  days = 14,
): Problem[] {
  const problems: Problem[] = [];
  if (!meetings) return problems;
  const tz = data.settings.timeZone;
  const until = addDays(fromDate, days);
  const updates = new Map<string, Record<string, unknown>>();
  for (const row of meetings.rows) {
    const v = row.values;
    const id = cellText(v.id);
    const date = cellText(v.date).slice(0, 10);
    const time = parseTime(v.start);
    if (!id || !time || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date < fromDate || date > until)
      continue;
    if (cellText(v.meetLink)) continue;
    const kind = cellText(v.kind) || 'one-to-one';
    const typed = cellText(v.meetingLink);
    // As for groups: a typed link that is no https address is reported and not used.
    if (typed && !isMeetingUrl(typed))
      problems.push({ key: 'meeting.problem.badOwnLink', params: { meeting: id, link: typed } });
    const plan = planMeetingLink({
      platform: data.settings.meetingPlatform,
      ownLink: isMeetingUrl(typed) ? typed : '',
      storedMeetLink: '',
    });
    // A session with its own link (Teams, Zoom…) needs nothing from Calendar: the link is in
    // the coach's row and goes to the client as it is (reminders read it there).
    if (plan.kind === 'own') continue;
    if (plan.kind !== 'meet') {
      problems.push({ key: 'meeting.problem.noOwnLink', params: { meeting: id } });
      continue;
    }
    const start = zonedToEpoch(date, time, tz);
    try {
      const eventId = eventIdFor('meeting', id, date);
      const { link } = ensureEvent(CALENDAR, {
        id: eventId,
        summary: t(data.settings.lang, `mail.meeting.${kind}`, { name: '' }),
        description: t(data.settings.lang, 'app.name'),
        startIso: new Date(start).toISOString(),
        endIso: new Date(start + (parseNumber(v.minutes) ?? 45) * 60_000).toISOString(),
        timeZone: tz,
        ownLink: '',
        existingMeetLink: '',
      });
      if (link) {
        updates.set(id, { meetLink: link, calendarEventId: eventId });
        v.meetLink = link;
        v.calendarEventId = eventId;
      }
    } catch (error) {
      problems.push({
        key: 'mail.problem.noMeetLink',
        params: { group: `${id} (${(error as Error).message})` },
      });
    }
  }
  if (updates.size > 0)
    updateByKey(meetings.sheet, MEETINGS, updates, ['meetLink', 'calendarEventId']);
  return problems;
}

export interface MeetingSync {
  week: string;
  groups: number;
  problems: number;
}

/**
 * Nightly step (under the nightly run's lock): next week's group events — so that the weekly
 * dispatch finds them made and writes nothing but its mails — and the one-to-one sessions of
 * the coming two weeks. Next week changes on Monday night, so the groups sheet is written about
 * once a week.
 */
export function prepareMeetings(
  nowMs: number,
  data: MailData = readMailData(['settings', 'clients', 'groups', 'meetings']),
): MeetingSync {
  const today = dateInZone(nowMs, data.settings.timeZone);
  const week = isoWeekOf(addDays(today, 7));
  const next = syncGroupMeetings(data, week);
  const oneToOne = syncOneToOne(data, data.meetings, today);
  return { week, groups: next.links.size, problems: next.problems.length + oneToOne.length };
}

/** Server function: this week's and next week's group events and upcoming one-to-one sessions. */
export function syncMeetings(): MeetingSync {
  const result = withScriptLock(() => {
    const data = readMailData(['settings', 'clients', 'groups', 'meetings']);
    const today = dateInZone(Date.now(), data.settings.timeZone);
    const current = syncGroupMeetings(data, isoWeekOf(today));
    // The same read: syncGroupMeetings keeps each group's event and link up to date in memory.
    const next = prepareMeetings(Date.now(), data);
    return { ...next, problems: next.problems + current.problems.length };
  });
  return result.ran ? result.value : { week: '', groups: 0, problems: 0 };
}
