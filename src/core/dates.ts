import type { IsoDate, Weekday } from './types';
import { zonedParts } from './time-zone';

/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`). Dates are days, not instants, so the maths is
 * done in UTC where no day is ever 23 or 25 hours long.
 */

const DAY_MS = 86_400_000;
/** The workbook's zone: Sheets hands dates over as instants at midnight there. */
export const WORKBOOK_TIME_ZONE = 'Europe/Helsinki';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Plain arithmetic, no Date objects: date math runs per row and per client in every job, and
// a Date is costly to make inside the Apps Script runtime (and its emulator).
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** Build an ISO date, or null if the day does not exist (31.2.). */
export function makeDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function isDateObject(value: unknown): value is Date {
  // Not instanceof: Sheets values may come from another JS realm (the emulator's vm context).
  return Object.prototype.toString.call(value) === '[object Date]';
}

const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\.?$/;
// A typed year outside these is a typo ("1.2.0026", "1.3.20266"), never a real contract date.
const TYPED_YEAR_MIN = 1900;
const TYPED_YEAR_MAX = 2199;

function typedDate(year: number, month: number, day: number): IsoDate | null {
  if (year < TYPED_YEAR_MIN || year > TYPED_YEAR_MAX) return null;
  return makeDate(year, month, day);
}
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * A date cell or typed date: `1.3.2026`, `01.03.26` (→ 2026), `1.3.2026.`, `2026-03-01`, or a
 * Date object from `getValues()` (read as a Helsinki calendar day). Null for anything else,
 * for days that do not exist (31.2.) and for typed years outside 1900–2199 (`1.2.0026`).
 */
export function parseDate(value: unknown): IsoDate | null {
  if (isDateObject(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? null : zonedParts(ms, WORKBOOK_TIME_ZONE).date;
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const fi = FINNISH.exec(text);
  if (fi) {
    const year = fi[3].length === 2 ? 2000 + Number(fi[3]) : Number(fi[3]);
    return typedDate(year, Number(fi[2]), Number(fi[1]));
  }
  const iso = ISO.exec(text);
  if (iso) return typedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}

function toUtcMs(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`Not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  // Days since 1970-01-01 to a civil date (H. Hinnant, "chrono-compatible low-level date
  // algorithms", civil_from_days), exact for the proleptic Gregorian calendar.
  const z = Math.floor(ms / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Calendar months; the day is clamped to the month's end (31.1. + 1 month = 28.2. or 29.2.). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(toUtcMs(date));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d.getUTCDate(), daysInMonth(year, month));
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days from `from` to `to` (positive when `to` is later). */
export function diffDays(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/**
 * Whole calendar months from `from` to `to` (negative when `to` is earlier): 15.1. → 14.4. is 2,
 * 15.1. → 15.4. is 3. A month-end start counts as reached on the shorter month's last day.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -monthsBetween(to, from);
  const a = new Date(toUtcMs(from));
  const b = new Date(toUtcMs(to));
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

export function weekdayOf(date: IsoDate): Weekday {
  const dow = new Date(toUtcMs(date)).getUTCDay();
  return (dow === 0 ? 7 : dow) as Weekday;
}

/** ISO 8601 week, e.g. "2026-W49"; the week belongs to the year of its Thursday. */
export function isoWeekOf(date: IsoDate): string {
  const thursday = addDays(date, 4 - weekdayOf(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(diffDays(`${pad(year, 4)}-01-01`, thursday) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export function mondayOfIsoWeek(isoWeek: string): IsoDate {
  const m = ISO_WEEK.exec(isoWeek);
  if (!m) throw new RangeError(`Not an ISO week: ${isoWeek}`);
  // 4 January is always in week 1.
  const jan4 = `${m[1]}-01-04`;
  const monday = addDays(addDays(jan4, 1 - weekdayOf(jan4)), (Number(m[2]) - 1) * 7);
  if (isoWeekOf(monday) !== isoWeek) throw new RangeError(`No such ISO week: ${isoWeek}`);
  return monday;
}

/** Monday … Sunday of the week. */
export function datesOfIsoWeek(isoWeek: string): IsoDate[] {
  const monday = mondayOfIsoWeek(isoWeek);
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

/** Today's date in a zone (the caller passes the clock, so core stays testable). */
export function dateInZone(epochMs: number, tz: string = WORKBOOK_TIME_ZONE): IsoDate {
  return zonedParts(epochMs, tz).date;
}

/** "1.3.2026": the day.month.year form read naturally in Finnish, Swedish and Finnish English. */
export function formatDate(date: IsoDate): string {
  const m = ISO.exec(date);
  if (!m) return date;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}
