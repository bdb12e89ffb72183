import { addDays, weekdayOf } from './dates';
import { DEFAULT_WINDOWS, type Occurrence, type ReminderWindows } from './reminders';
import { zonedToEpoch } from './time-zone';
import type { IsoDate, Weekday } from './types';

/**
 * Quota planning (pure): will the account's daily mail quota carry the weekly dispatch, and if
 * not, how its sends spread over the next days. It follows what the send ledger does
 * (src/jobs/dispatch-ledger.ts): each dispatch execution keeps one recipient back per coach for
 * their summary and sends client mails into the rest; what does not fit waits for the follow-up
 * run at 08:00 the next day, every day until all have gone.
 */

export interface QuotaDemand {
  /** The dispatch day, in the workbook's zone. */
  dispatchDate: IsoDate;
  /** Recipients the account may mail in a day (the largest remaining quota seen). */
  dailyQuota: number;
  /** Weekly mails still to go (plans awaiting approval included: they go once approved). */
  weekly: number;
  /** Welcome mails of clients not welcomed yet (the dispatch sends them first). */
  welcome: number;
  /** Coaches getting a summary: the ledger keeps one recipient each back, every run. */
  coaches: number;
  /** The dispatch day's meeting reminders, which use the same quota. */
  reminders: number;
}

export interface QuotaDay {
  date: IsoDate;
  /** Client mails (welcome and weekly) sent that day. */
  mails: number;
}

export interface QuotaForecast {
  fits: boolean;
  /** Every recipient the dispatch day would need if nothing waited. */
  needed: number;
  /** Client mails per day from the dispatch day on; only days that send something. */
  days: QuotaDay[];
  /** Client mails that wait past the dispatch day. */
  waiting: number;
  /** Client mails no day can carry: the quota is no larger than what is kept back. */
  stuck: number;
}

/** A forecast never lists more days than this; the rest count as stuck. */
export const MAX_FORECAST_DAYS = 14;

export function forecastQuota(demand: QuotaDemand): QuotaForecast {
  const clientMails = Math.max(0, demand.weekly) + Math.max(0, demand.welcome);
  const reminders = Math.max(0, demand.reminders);
  const coaches = Math.max(0, demand.coaches);
  const needed = clientMails + reminders + coaches;
  const days: QuotaDay[] = [];
  let left = clientMails;
  for (let i = 0; i < MAX_FORECAST_DAYS && left > 0; i++) {
    // Reminders are counted on the dispatch day only; later days carry their own, unknown here.
    const capacity = demand.dailyQuota - coaches - (i === 0 ? reminders : 0);
    if (capacity <= 0 && i > 0) break;
    const mails = Math.min(left, Math.max(0, capacity));
    if (mails > 0) days.push({ date: addDays(demand.dispatchDate, i), mails });
    left -= mails;
  }
  const first = days[0]?.date === demand.dispatchDate ? days[0].mails : 0;
  return {
    fits: needed <= demand.dailyQuota,
    needed,
    days,
    waiting: clientMails - first,
    stuck: left,
  };
}

/**
 * The weekly dispatch day a night run should look ahead to: tomorrow when it is the send day,
 * or today while the send time is still ahead (a catch-up when last night's run did not warn).
 * '' on every other day.
 */
export function dispatchDayAhead(
  today: IsoDate,
  nowMs: number,
  schedule: { sendWeekday: Weekday; sendTime: string; timeZone: string },
): IsoDate | '' {
  const tomorrow = addDays(today, 1);
  if (weekdayOf(tomorrow) === schedule.sendWeekday) return tomorrow;
  if (
    weekdayOf(today) === schedule.sendWeekday &&
    nowMs < zonedToEpoch(today, schedule.sendTime, schedule.timeZone)
  )
    return today;
  return '';
}

/**
 * How many reminders each participant of a meeting gets (src/core/reminders.ts): the
 * morning-of one only when the morning window opens before the "starting soon" one, then that.
 */
export function remindersPerParticipant(
  occurrence: Pick<Occurrence, 'date' | 'startMs'>,
  timeZone: string,
  windows: ReminderWindows = DEFAULT_WINDOWS,
): number {
  const soonFrom = occurrence.startMs - windows.soonLeadMinutes * 60_000;
  const morningFrom = zonedToEpoch(occurrence.date, windows.morningFrom, timeZone);
  return morningFrom < soonFrom ? 2 : 1;
}
