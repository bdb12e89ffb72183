import { coachScope } from '../core/coach-scope';
import { addDays, dateInZone, isoWeekOf, weekdayOf } from '../core/dates';
import { coachLine, composeReminder, type MeetingKind } from '../core/mail';
import { clientMeetingLink } from '../core/meeting-platform';
import { dueReminders, eventIdFor, reminderWindows, type Occurrence } from '../core/reminders';
import { isHoliday } from '../core/holidays';
import { parseTime } from '../core/settings';
import { zonedToEpoch } from '../core/time-zone';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { groupOf, inPeriod, readMailData, type MailData } from './dispatch-data';
import { coachOf } from './dispatch';
import { openLedger, sendExactlyOnce, type PlannedSend } from './dispatch-ledger';
import { drainReflections } from './intake';
import { syncGroupMeetings, syncOneToOne } from './meetings';
import { recordHeartbeat } from './trigger-health';

/**
 * Today's and tomorrow's meetings with who is in each (a soon-window may start the day before).
 * A client not yet oriented (Perehdytetty = ei, no override) is in no group meeting: as the
 * weekly letter (src/jobs/dispatch-data.ts `oriented`), group work starts after orientation, and
 * the welcome mail says so. Their one-to-one sessions (the orientation itself) are reminded.
 */
export function upcomingOccurrences(data: MailData, today: string): Occurrence[] {
  const tz = data.settings.timeZone;
  const dates = [today, addDays(today, 1)];
  const active = data.clients.filter((c) => c.status === 'active' && c.email);
  // Who is in a meeting on a date: only clients whose period (or continuation) covers it.
  const within = (date: string) => active.filter((c) => inPeriod(c, date));
  const occurrences: Occurrence[] = [];
  for (const group of data.groups) {
    if (!group.meetingWeekday || !group.meetingTime) continue;
    for (const date of dates) {
      if (
        weekdayOf(date) !== group.meetingWeekday ||
        isHoliday(date) ||
        data.settings.closedDates.includes(date)
      )
        continue;
      const members = within(date).filter(
        (c) => c.oriented !== false && groupOf(data.groups, c.group)?.id === group.id,
      );
      if (members.length === 0) continue;
      occurrences.push({
        eventId: eventIdFor('group', group.id, date),
        title: 'group',
        date,
        time: group.meetingTime,
        startMs: zonedToEpoch(date, group.meetingTime, tz),
        minutes: group.meetingMinutes,
        link: group.ownLink || group.meetLink,
        clientIds: members.map((c) => c.id),
      });
    }
  }
  for (const row of data.meetings?.rows ?? []) {
    const v = row.values;
    const id = cellText(v.id);
    const date = cellText(v.date).slice(0, 10);
    const time = parseTime(v.start);
    const clientId = cellText(v.clientId);
    if (!id || !time || !clientId || !dates.includes(date)) continue;
    if (!within(date).some((c) => c.id === clientId)) continue;
    occurrences.push({
      eventId: eventIdFor('meeting', id, date),
      title: cellText(v.kind) || 'one-to-one',
      date,
      time,
      startMs: zonedToEpoch(date, time, tz),
      minutes: Number(v.minutes) || 45,
      // The session's own link (Teams, Zoom…) first, then the Meet made for it.
      link: clientMeetingLink({
        platform: data.settings.meetingPlatform,
        ownLink: cellText(v.meetingLink),
        storedMeetLink: cellText(v.meetLink),
      }),
      clientIds: [clientId],
    });
  }
  return occurrences;
}

/**
 * Hourly trigger. What is due is computed from the actual run time, since a trigger fires
 * anywhere inside its hour: a morning-of reminder and a "starting soon" one, each at most once
 * (the ledger), none after the start.
 */
export function reminders(_event?: unknown): { sent: number } {
  const startedAt = Date.now();
  const result = withScriptLock(() => {
    recordHeartbeat('reminders'); // trigger health tells a silent hourly trigger by this
    const data = readMailData(['settings', 'clients', 'groups', 'meetings']);
    const tz = data.settings.timeZone;
    const today = dateInZone(startedAt, tz);
    // Links made late (a session booked today, a group that had no Meet yet) are made now.
    if (data.groups.some((g) => !g.ownLink && !g.meetLink))
      syncGroupMeetings(data, isoWeekOf(today));
    syncOneToOne(data, data.meetings, today, 1);
    const ledger = openLedger(data.sendlog, tz, startedAt);
    const byId = new Map(data.clients.map((c) => [c.id, c]));
    const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
    const planned: PlannedSend[] = [];
    const windows = reminderWindows(data.settings);
    for (const due of dueReminders(upcomingOccurrences(data, today), Date.now(), tz, windows)) {
      const client = byId.get(due.clientId);
      if (!client || client.status !== 'active' || !client.email) continue;
      if (!inPeriod(client, due.occurrence.date)) continue; // the period has ended
      const coach = coachOf(client, data);
      if (!mine(coach)) continue; // another coach's run mails them
      planned.push({
        key: due.key,
        mail: composeReminder({
          client: { id: client.id, name: client.name, email: client.email, lang: client.lang },
          which: due.which,
          kind: due.occurrence.title as MeetingKind,
          time: due.occurrence.time,
          minutes: due.occurrence.minutes,
          link: due.occurrence.link,
          week: isoWeekOf(due.occurrence.date),
          coach: coachLine(data.settings, coach),
          organisation: data.settings.organisation,
        }),
      });
    }
    if (planned.length === 0) return { sent: 0 };
    return { sent: sendExactlyOnce(ledger, planned).sent.length };
  });
  // The reflections the form's trigger queued are recorded hourly, after the lock is released
  // (src/jobs/intake.ts). A failure leaves them queued for the next hour or the nightly sweep.
  try {
    drainReflections();
  } catch (_error) {
    // Recorded by the next run; the nightly's own step reports a failure that persists.
  }
  return result.ran ? result.value : { sent: 0 };
}
