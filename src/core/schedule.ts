import { addDays, dateInZone, isoWeekOf, weekdayOf } from './dates';
import { zonedParts } from './time-zone';
import type { Settings } from './types';

/**
 * The workbook's own schedule, for an install that has one hourly trigger per coach (an editor
 * add-on may hold only one time-driven trigger per user per document, at most hourly:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * Each hourly run asks what is due now; this decides it from the clock, the settings and what
 * this coach's runs already started. Pure: no Apps Script here.
 */
export interface ScheduleState {
  /** The workbook-zone date whose nightly work has started. */
  lastNightly?: string;
  /** The ISO week whose weekly dispatch has started. */
  lastDispatchWeek?: string;
  /** When an unfinished dispatch continues (epoch ms): the follow-up a bound script's one-off would run. */
  continueDispatchAt?: number;
}

export interface DueWork {
  nightly: boolean;
  dispatch: '' | 'weekly' | 'continuation';
  /** The ISO week a weekly dispatch started now prepares. */
  week: string;
  today: string;
}

/** The week a dispatch run prepares: the ISO week after the run's date (as jobs/dispatch.ts). */
function weekAfter(nowMs: number, timeZone: string): string {
  return isoWeekOf(addDays(dateInZone(nowMs, timeZone), 7));
}

/**
 * What the hourly run at `nowMs` should start. The nightly work is due from `nightlyHour` on, once
 * a day; the weekly dispatch from the send day's send hour on, once a week (a late run still
 * sends the same day, as the bound script's weekly trigger would); a continuation when its time
 * has come. At most one heavy job per run, nightly first: each needs most of six minutes.
 */
export function dueWork(
  nowMs: number,
  settings: Pick<Settings, 'timeZone' | 'sendWeekday' | 'sendTime'>,
  nightlyHour: number,
  state: ScheduleState,
): DueWork {
  const tz = settings.timeZone;
  const today = dateInZone(nowMs, tz);
  const hour = zonedParts(nowMs, tz).hour;
  const week = weekAfter(nowMs, tz);
  const nightly = hour >= nightlyHour && (state.lastNightly ?? '') < today;
  if (nightly) return { nightly, dispatch: '', week, today };
  const sendHour = Number(settings.sendTime.slice(0, 2));
  const sendDay = weekdayOf(today) === settings.sendWeekday && hour >= sendHour;
  if (sendDay && state.lastDispatchWeek !== week)
    return { nightly, dispatch: 'weekly', week, today };
  if (state.continueDispatchAt !== undefined && state.continueDispatchAt <= nowMs)
    return { nightly, dispatch: 'continuation', week, today };
  return { nightly, dispatch: '', week, today };
}
