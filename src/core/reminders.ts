import { isHoliday } from './holidays';
import { addDays, weekdayOf } from './dates';
import { zonedToEpoch } from './time-zone';
import type { IsoDate, Settings, Weekday } from './types';

/**
 * Meetings as dated occurrences, their calendar event ids, and which reminders are due at a
 * given instant. Pure: the jobs pass the clock and the workbook's rows.
 */

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

function utf8Bytes(text: string): number[] {
  const bytes: number[] = [];
  const encoded = encodeURIComponent(text);
  for (let i = 0; i < encoded.length; i++) {
    if (encoded[i] === '%') {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(encoded.charCodeAt(i));
  }
  return bytes;
}

/**
 * A Calendar event id chosen by us from what the event is, so inserting it again (a retry, a
 * second run) hits "already exists" instead of making a second event. Google allows base32hex
 * characters (a–v, 0–9), 5–1024 long: https://developers.google.com/calendar/api/v3/reference/events/insert
 */
export function eventIdFor(kind: 'group' | 'meeting', id: string, date: IsoDate): string {
  let bits = 0;
  let value = 0;
  let out = 'etp';
  for (const byte of utf8Bytes(`${kind}|${id}|${date}`)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32HEX[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(value << (5 - bits)) & 31];
  return out;
}

export interface GroupSchedule {
  id: string;
  meetingWeekday: Weekday;
  meetingTime: string;
  meetingMinutes: number;
}

/** The dates a group meets between two dates (inclusive), without holidays and closed days. */
export function groupMeetingDates(
  group: GroupSchedule,
  from: IsoDate,
  to: IsoDate,
  closed: IsoDate[] = [],
): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (weekdayOf(date) === group.meetingWeekday && !isHoliday(date) && !closed.includes(date))
      dates.push(date);
  }
  return dates;
}

export interface Occurrence {
  eventId: string;
  /** What the meeting is: 'group', 'one-to-one', 'career' or 'consultation'. */
  title: string;
  date: IsoDate;
  time: string;
  startMs: number;
  minutes: number;
  link: string;
  clientIds: string[];
}

export type ReminderKind = 'morning' | 'soon';

export interface ReminderWindows {
  /** Local time from which the morning-of reminder may go. */
  morningFrom: string;
  /** The "starting soon" reminder goes at the first run in this many minutes before the start. */
  soonLeadMinutes: number;
}

/**
 * Hourly triggers fire anywhere inside their hour, so two runs can be almost two hours apart.
 * The soon-window is therefore at least two hours wide: at least one run falls inside it.
 */
export const DEFAULT_WINDOWS: ReminderWindows = { morningFrom: '07:00', soonLeadMinutes: 120 };

/**
 * The windows from the settings (reminderMorningTime, reminderSoonMinutes). What the client
 * guide promises: on a meeting day one reminder in the morning (in the first hourly run after
 * the morning time) and one "starting soon" in the last two hours before the start; when the
 * meeting starts within the soon window of the morning time, only the "soon" one goes.
 */
export function reminderWindows(
  settings: Partial<Pick<Settings, 'reminderMorningTime' | 'reminderSoonMinutes'>>,
): ReminderWindows {
  return {
    morningFrom: settings.reminderMorningTime ?? DEFAULT_WINDOWS.morningFrom,
    soonLeadMinutes: Math.max(120, settings.reminderSoonMinutes ?? DEFAULT_WINDOWS.soonLeadMinutes),
  };
}

export interface DueReminder {
  occurrence: Occurrence;
  clientId: string;
  which: ReminderKind;
  key: string;
}

export function reminderKey(clientId: string, eventId: string, which: ReminderKind): string {
  return `reminder|${clientId}|${eventId}-${which}`;
}

/**
 * The reminders due at `nowMs`: never after the start; the morning one only until the soon
 * window opens (then the soon one says everything), the soon one inside its window.
 */
export function dueReminders(
  occurrences: Occurrence[],
  nowMs: number,
  timeZone: string,
  windows: ReminderWindows = DEFAULT_WINDOWS,
): DueReminder[] {
  const due: DueReminder[] = [];
  for (const occurrence of occurrences) {
    if (nowMs >= occurrence.startMs) continue;
    const soonFrom = occurrence.startMs - windows.soonLeadMinutes * 60_000;
    const morningFrom = zonedToEpoch(occurrence.date, windows.morningFrom, timeZone);
    let which: ReminderKind | null = null;
    if (nowMs >= soonFrom) which = 'soon';
    else if (nowMs >= morningFrom) which = 'morning';
    if (!which) continue;
    for (const clientId of occurrence.clientIds) {
      due.push({
        occurrence,
        clientId,
        which,
        key: reminderKey(clientId, occurrence.eventId, which),
      });
    }
  }
  return due;
}
