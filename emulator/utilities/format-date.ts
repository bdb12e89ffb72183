import { isValidTimeZone, offsetAt } from '../runtime/time-zone';
import { appsScriptError } from '../runtime/errors';

/**
 * Utilities.formatDate: Java SimpleDateFormat patterns, as Apps Script formats them.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 * Zone arithmetic is the runtime's own (runtime/time-zone.ts: Intl, IANA data, DST-correct);
 * names are English (Locale.US), as Apps Script gives them. Week fields use the US rules (weeks
 * start on Sunday, week 1 holds Jan 1).
 */

/** English month and day names, as Java's default locale gives them; also the Sheets display. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Zone {
  /** IANA id for Intl, or undefined for a fixed offset. */
  iana?: string;
  fixedOffsetMin?: number;
  /** The id Java prints for `z` when it has no better name ("GMT" stays "GMT"). */
  label?: string;
}

// Java's custom zone ids are "GMT+h", "GMT+hh:mm" or "GMT+hhmm" only: "UTC+9" is an unknown id.
const FIXED = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/;

/**
 * Java's short zone names (TimeZone.getDisplayName(daylight, SHORT, Locale.US)) where the
 * CLDR data behind Intl has none and prints "GMT+09:00": [standard, daylight].
 */
const JAVA_SHORT_NAMES: Record<string, readonly [string, string]> = {
  'Asia/Tokyo': ['JST', 'JDT'],
  'Asia/Seoul': ['KST', 'KDT'],
  'Asia/Kolkata': ['IST', 'IST'],
  'Asia/Calcutta': ['IST', 'IST'],
  'Asia/Shanghai': ['CST', 'CDT'],
  'Asia/Taipei': ['CST', 'CDT'],
  'Asia/Hong_Kong': ['HKT', 'HKST'],
  'Asia/Singapore': ['SGT', 'SGT'],
  'Asia/Bangkok': ['ICT', 'ICT'],
  'Asia/Jakarta': ['WIB', 'WIB'],
  'Asia/Manila': ['PHT', 'PHST'],
  'Asia/Karachi': ['PKT', 'PKST'],
  'Asia/Dhaka': ['BDT', 'BDST'],
  'Asia/Dubai': ['GST', 'GST'],
  'Asia/Jerusalem': ['IST', 'IDT'],
  'Europe/Istanbul': ['TRT', 'TRT'],
  'Europe/Moscow': ['MSK', 'MSK'],
  'Australia/Sydney': ['AEST', 'AEDT'],
  'Australia/Melbourne': ['AEST', 'AEDT'],
  'Australia/Brisbane': ['AEST', 'AEDT'],
  'Australia/Adelaide': ['ACST', 'ACDT'],
  'Australia/Perth': ['AWST', 'AWDT'],
  'Pacific/Auckland': ['NZST', 'NZDT'],
  'America/Sao_Paulo': ['BRT', 'BRST'],
  'America/Argentina/Buenos_Aires': ['ART', 'ARST'],
  'America/Bogota': ['COT', 'COST'],
  'America/Lima': ['PET', 'PEST'],
  'America/Santiago': ['CLT', 'CLST'],
  'Africa/Johannesburg': ['SAST', 'SAST'],
  'Africa/Nairobi': ['EAT', 'EAT'],
  'Africa/Lagos': ['WAT', 'WAST'],
  'Africa/Cairo': ['EET', 'EEST'],
};

/** Java's TimeZone.getTimeZone: an unknown id silently becomes GMT. */
function resolveZone(timeZone: string): Zone {
  const id = String(timeZone ?? '').trim();
  const fixed = FIXED.exec(id);
  if (fixed) {
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return { fixedOffsetMin: fixed[1] === '-' ? -minutes : minutes };
  }
  if (id === 'UTC') return { iana: 'UTC', label: 'UTC' };
  if (id === 'GMT') return { iana: 'UTC', label: 'GMT' };
  return isValidTimeZone(id) ? { iana: id } : { fixedOffsetMin: 0 };
}

interface Fields {
  year: number; // proleptic: 0 = 1 BC
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
  offsetMin: number;
}

function fieldsOf(ms: number, zone: Zone): Fields {
  // Whole minutes, as Z and X print them (local mean time, Helsinki +1:39:49, is rounded).
  const offsetMin = zone.iana
    ? Math.round(offsetAt(ms, zone.iana) / 60000)
    : (zone.fixedOffsetMin ?? 0);
  const local = new Date(ms + offsetMin * 60000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offsetMin,
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function dayOfYear(f: Fields): number {
  const start = Date.UTC(2000, 0, 1);
  const d = new Date(start);
  d.setUTCFullYear(f.year, f.month - 1, f.day);
  const jan1 = new Date(start);
  jan1.setUTCFullYear(f.year, 0, 1);
  return Math.round((d.getTime() - jan1.getTime()) / 86400000) + 1;
}

/** US week of year: weeks start on Sunday; week 1 is the week holding January 1. */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const doy = dayOfYear(f);
  const jan1 = new Date(Date.UTC(2000, 0, 1));
  jan1.setUTCFullYear(f.year, 0, 1);
  const jan1Weekday = jan1.getUTCDay();
  // Days from the Sunday that starts week 1 to this day.
  const sinceWeek1 = doy - 1 + jan1Weekday;
  // The last days of December belong to week 1 of the next year when their week holds Jan 1.
  if (f.month === 12 && f.weekday + (31 - f.day) < 6) {
    return { week: 1, weekYear: f.year + 1 };
  }
  return { week: Math.floor(sinceWeek1 / 7) + 1, weekYear: f.year };
}

function weekOfMonth(f: Fields): number {
  const first = new Date(Date.UTC(2000, 0, 1));
  first.setUTCFullYear(f.year, f.month - 1, 1);
  return Math.floor((f.day - 1 + first.getUTCDay()) / 7) + 1;
}

function offsetText(offsetMin: number, colon: boolean, withMinutes = true): string {
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (!withMinutes) return `${sign}${hh}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

/** Daylight time: the offset is above the year's smaller one (January's or July's). */
function isDaylight(ms: number, iana: string): boolean {
  const year = new Date(ms).getUTCFullYear();
  const standard = Math.min(
    offsetAt(Date.UTC(year, 0, 1), iana),
    offsetAt(Date.UTC(year, 6, 1), iana),
  );
  return offsetAt(ms, iana) > standard;
}

function zoneName(ms: number, zone: Zone, f: Fields, long: boolean): string {
  if (zone.iana) {
    const name = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: zone.iana,
        timeZoneName: long ? 'long' : 'short',
      })
        .formatToParts(new Date(ms))
        .find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (long) return zone.label === 'GMT' ? 'Greenwich Mean Time' : name('en-US');
    if (zone.label) return zone.label;
    const java = JAVA_SHORT_NAMES[zone.iana];
    if (java) return java[isDaylight(ms, zone.iana) ? 1 : 0];
    for (const locale of ['en-US', 'en-GB']) {
      const short = name(locale);
      if (short && !/^GMT[+-]/.test(short)) return short;
    }
  }
  if (f.offsetMin === 0) return long ? 'Greenwich Mean Time' : 'GMT';
  return `GMT${offsetText(f.offsetMin, true)}`;
}

function field(letter: string, count: number, f: Fields, ms: number, zone: Zone): string {
  const num = (n: number) => pad(n, count);
  const text = (full: string) => (count >= 4 ? full : full.slice(0, 3));
  switch (letter) {
    case 'G':
      return f.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y': {
      const year = letter === 'Y' ? weekOfYear(f).weekYear : f.year;
      const y = year > 0 ? year : 1 - year;
      return count === 2 ? pad(y % 100, 2) : pad(y, count);
    }
    case 'M':
    case 'L':
      return count >= 3 ? text(MONTHS[f.month - 1]) : num(f.month);
    case 'w':
      return num(weekOfYear(f).week);
    case 'W':
      return num(weekOfMonth(f));
    case 'D':
      return num(dayOfYear(f));
    case 'd':
      return num(f.day);
    case 'F':
      return num(Math.floor((f.day - 1) / 7) + 1);
    case 'E':
      return text(DAYS[f.weekday]);
    case 'u':
      return num(f.weekday === 0 ? 7 : f.weekday);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return num(f.hour);
    case 'k':
      return num(f.hour === 0 ? 24 : f.hour);
    case 'K':
      return num(f.hour % 12);
    case 'h':
      return num(f.hour % 12 === 0 ? 12 : f.hour % 12);
    case 'm':
      return num(f.minute);
    case 's':
      return num(f.second);
    case 'S':
      return num(f.ms);
    case 'z':
      return zoneName(ms, zone, f, count >= 4);
    case 'Z':
      return offsetText(f.offsetMin, false);
    case 'X':
      if (f.offsetMin === 0) return 'Z';
      if (count === 1) return offsetText(f.offsetMin, false, false);
      return offsetText(f.offsetMin, count >= 3);
    default:
      throw appsScriptError(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `date` (a Date or epoch ms) in `timeZone` with a Java SimpleDateFormat pattern. */
export function formatDate(date: Date | number, timeZone: string, pattern: string): string {
  const ms = typeof date === 'number' ? date : date.getTime();
  if (typeof ms !== 'number') throw appsScriptError('Invalid argument: date');
  if (Number.isNaN(ms)) throw appsScriptError('Invalid argument: date');
  const zone = resolveZone(timeZone);
  const f = fieldsOf(ms, zone);
  const p = String(pattern);
  let out = '';
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === "'") {
      if (p[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let literal = '';
      while (j < p.length) {
        if (p[j] === "'") {
          if (p[j + 1] === "'") {
            literal += "'";
            j += 2;
            continue;
          }
          break;
        }
        literal += p[j];
        j += 1;
      }
      if (j >= p.length) throw appsScriptError('Unterminated quote');
      out += literal;
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < p.length && p[j] === c) j += 1;
      out += field(c, j - i, f, ms, zone);
      i = j;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}
