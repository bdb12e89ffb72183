import { weekdayOf } from './dates';
import { isHoliday } from './holidays';
import type { IsoDate, Weekday } from './types';

/**
 * Which days can carry attendance (issue 14: dates and repeats that make sense). A day is
 * refused — by the coach's mark, the diary intake and `etapaja respond` — when it is in the
 * future, outside the client's period (a continuation contract extends it), not one of the
 * client's work days, a Finnish public holiday or a day the settings close the service.
 * A day in the plans sheet counts as a work day even off the client's usual weekdays: a coach
 * may agree a swapped day with the client (Kela: a change of days needs no notice).
 */
export type DayRefusal =
  'future' | 'before-period' | 'after-period' | 'not-work-day' | 'holiday' | 'closed';

export interface ClientDays {
  periodStart: IsoDate | null;
  periodEnd: IsoDate | null;
  continuationUntil: IsoDate | null;
  workDays: readonly Weekday[];
}

export function dayRefusal(input: {
  client: ClientDays;
  date: IsoDate;
  today: IsoDate;
  planned: boolean;
  closedDates: readonly IsoDate[];
}): DayRefusal | null {
  const { client, date } = input;
  if (date > input.today) return 'future';
  if (client.periodStart && date < client.periodStart) return 'before-period';
  const end = [client.periodEnd, client.continuationUntil]
    .filter((d): d is IsoDate => Boolean(d))
    .sort()
    .pop();
  if (end && date > end) return 'after-period';
  if (isHoliday(date)) return 'holiday';
  if (input.closedDates.includes(date)) return 'closed';
  // Unknown work days (a blank cell): nothing to compare with, so not refused for that.
  if (!input.planned && client.workDays.length > 0 && !client.workDays.includes(weekdayOf(date)))
    return 'not-work-day';
  return null;
}

export type HoursFlag = 'hours-out-of-range' | 'hours-below-minimum';

/**
 * Reported hours against the settings: outside 0…maxHoursPerDay is out of range (a typo such as
 * 60), under minHoursPerDay is a short day (the law's 4 hours). Both are flagged for the coach,
 * never refused: the client's answer is kept as typed.
 */
export function hoursFlag(
  hours: number | null,
  limits: { minHoursPerDay: number; maxHoursPerDay: number },
): HoursFlag | null {
  if (hours === null) return null;
  if (!Number.isFinite(hours) || hours < 0 || hours > limits.maxHoursPerDay)
    return 'hours-out-of-range';
  if (hours < limits.minHoursPerDay) return 'hours-below-minimum';
  return null;
}
