import type { IsoDate, Weekday } from './types';

/**
 * Small ISO-8601 calendar helpers for plans and groups. They work on `YYYY-MM-DD` strings with
 * UTC arithmetic only: a calendar date has no time zone, so DST can never shift a day here.
 * Named distinctly from the general date module (dates.ts) so the two never clash.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Epoch-day number of a valid ISO date, or NaN. */
function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Reject dates Date.UTC silently rolls over, such as 2026-02-30.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return NaN;
  }
  return ms / DAY_MS;
}

function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

export function isCalendarDate(date: string): boolean {
  return !Number.isNaN(dayNumber(date));
}

/** The date `days` later (or earlier, if negative). */
export function shiftIsoDate(date: IsoDate, days: number): IsoDate {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not an ISO date: ${date}`);
  return fromDayNumber(n + days);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOfDate(date: IsoDate): Weekday {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not an ISO date: ${date}`);
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((n + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** Monday of ISO week 1 of a year: the week that holds the year's first Thursday. */
function mondayOfWeekOne(year: number): number {
  const jan4 = Date.UTC(year, 0, 4) / DAY_MS;
  return jan4 - (isoWeekdayOfDate(fromDayNumber(jan4)) - 1);
}

/** `2026-W49` → its Monday, or null if the text is not a week that exists. */
export function mondayOfIsoWeek(isoWeek: string): IsoDate | null {
  const m = ISO_WEEK.exec(isoWeek);
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return null;
  const monday = mondayOfWeekOne(year) + (week - 1) * 7;
  // Week 53 exists only in some years; otherwise it would be week 1 of the next year.
  if (isoWeekOfDate(fromDayNumber(monday)) !== isoWeek) return null;
  return fromDayNumber(monday);
}

/** The seven dates, Monday first, of an ISO week; [] for a malformed week. */
export function datesOfIsoWeek(isoWeek: string): IsoDate[] {
  const monday = mondayOfIsoWeek(isoWeek);
  if (monday === null) return [];
  return [0, 1, 2, 3, 4, 5, 6].map((i) => shiftIsoDate(monday, i));
}

/** ISO week label (`2026-W49`) of a date; the ISO year may differ from the calendar year. */
export function isoWeekOfDate(date: IsoDate): string {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not an ISO date: ${date}`);
  const thursday = n - (isoWeekdayOfDate(date) - 1) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1) / DAY_MS) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Later of two ISO dates; '' counts as absent. ISO strings compare correctly as text. */
export function laterIsoDate(a: IsoDate | '', b: IsoDate | ''): IsoDate | '' {
  if (!a) return b;
  if (!b) return a;
  return a >= b ? a : b;
}
