import type { IsoDate } from './types';
import { addDays, makeDate, weekdayOf } from './dates';

/**
 * Finnish public holidays (Act 1991/1057 and church holidays). Values are message keys. The eves
 * juhannusaatto and jouluaatto are not statutory holidays, but workplaces and workshops are shut
 * on them by custom and collective agreements, so Etäpaja treats them as non-working days too.
 */

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fixed(year, month, day);
}

function fixed(year: number, month: number, day: number): IsoDate {
  const date = makeDate(year, month, day);
  if (!date) throw new RangeError(`Bad holiday date ${year}-${month}-${day}`);
  return date;
}

/** The first date from `from` on (inclusive) that falls on the ISO weekday. */
function firstWeekdayFrom(from: IsoDate, weekday: number): IsoDate {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

const cache = new Map<number, Map<IsoDate, string>>();

/** Holidays and non-working eves of a year, date → message key, in date order. */
export function finnishHolidays(year: number): Map<IsoDate, string> {
  return new Map(cachedHolidays(year)); // a copy: callers may not change the cache
}

function cachedHolidays(year: number): Map<IsoDate, string> {
  const hit = cache.get(year);
  if (hit) return hit;
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(fixed(year, 6, 19), 5); // Friday 19–25 June
  const list: [IsoDate, string][] = [
    [fixed(year, 1, 1), 'roster.holiday.newYear'],
    [fixed(year, 1, 6), 'roster.holiday.epiphany'],
    [addDays(easter, -2), 'roster.holiday.goodFriday'],
    [easter, 'roster.holiday.easterSunday'],
    [addDays(easter, 1), 'roster.holiday.easterMonday'],
    [fixed(year, 5, 1), 'roster.holiday.mayDay'],
    [addDays(easter, 39), 'roster.holiday.ascension'],
    [addDays(easter, 49), 'roster.holiday.pentecost'],
    [midsummerEve, 'roster.holiday.midsummerEve'],
    [addDays(midsummerEve, 1), 'roster.holiday.midsummerDay'],
    [firstWeekdayFrom(fixed(year, 10, 31), 6), 'roster.holiday.allSaints'],
    [fixed(year, 12, 6), 'roster.holiday.independenceDay'],
    [fixed(year, 12, 24), 'roster.holiday.christmasEve'],
    [fixed(year, 12, 25), 'roster.holiday.christmasDay'],
    [fixed(year, 12, 26), 'roster.holiday.stStephensDay'],
  ];
  list.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  // Ascension can fall on May Day (2008): the later entry (helatorstai) names the date.
  const map = new Map(list);
  cache.set(year, map);
  return map;
}

/** The holiday's message key, or null on an ordinary day. */
export function holidayOf(date: IsoDate): string | null {
  return cachedHolidays(Number(date.slice(0, 4))).get(date) ?? null;
}

export function isHoliday(date: IsoDate): boolean {
  return holidayOf(date) !== null;
}
