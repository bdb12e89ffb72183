import { zonedParts, zonedToEpoch } from '../runtime/time-zone';
import type { ClockSchedule } from './store';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The nominal next firing of a time-driven trigger after `afterMs`. Apps Script runs a trigger
 * "at some time within the hour" given to atHour, or ±15 minutes around nearMinute
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder), so the
 * nominal time is the start of that window and `jitterMs` spreads the real firing inside it.
 */
export function nextNominal(
  schedule: ClockSchedule,
  afterMs: number,
  previousNominal?: number,
): number | undefined {
  switch (schedule.type) {
    case 'once':
      return previousNominal === undefined ? schedule.atMs : undefined;
    case 'minutes':
      return (previousNominal ?? afterMs) + schedule.every * MINUTE;
    case 'hours':
      return (previousNominal ?? afterMs) + schedule.every * HOUR;
    case 'days':
    case 'weeks': {
      const stepDays = schedule.type === 'days' ? schedule.every : 7 * schedule.every;
      const hour = schedule.atHour ?? zonedParts(afterMs, schedule.timeZone).hour;
      const time = `${String(hour).padStart(2, '0')}:00`;
      if (previousNominal !== undefined) {
        const previousDate = zonedParts(previousNominal, schedule.timeZone).date;
        return zonedToEpoch(addDaysIso(previousDate, stepDays), time, schedule.timeZone);
      }
      // First firing: the first matching day whose window has not started yet.
      let date = zonedParts(afterMs, schedule.timeZone).date;
      for (let i = 0; i < 8 + stepDays; i++) {
        const candidate = zonedToEpoch(date, time, schedule.timeZone);
        const weekdayOk =
          schedule.type === 'days' ||
          zonedParts(candidate, schedule.timeZone).weekday === (schedule.weekDay ?? 1);
        if (candidate > afterMs && weekdayOk) return candidate;
        date = addDaysIso(date, 1);
      }
      return undefined;
    }
  }
}

/** Where inside its window a trigger fires, from a seeded draw in [0, 1). */
export function jitterMs(schedule: ClockSchedule, draw: number): number {
  if (schedule.type === 'once') return Math.floor(draw * MINUTE);
  if (schedule.type === 'minutes') return Math.floor(draw * Math.min(schedule.every, 5) * 1000);
  if (schedule.nearMinute !== undefined) {
    // ±15 minutes around the requested minute.
    return Math.max(0, (schedule.nearMinute - 15) * MINUTE + Math.floor(draw * 30 * MINUTE));
  }
  return Math.floor(draw * HOUR);
}

function addDaysIso(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y, m - 1, d + days));
  return utc.toISOString().slice(0, 10);
}
