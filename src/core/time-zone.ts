import type { IsoDate, Weekday } from './types';

/**
 * Wall-clock conversions for any IANA zone with Intl only, so they are right across DST changes
 * in Apps Script V8 and in Node alike (no offset tables of our own).
 */

export interface ZonedParts {
  date: IsoDate;
  time: string; // HH:MM
  weekday: Weekday;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True if Intl knows the zone (e.g. "Europe/Helsinki"). */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock reading in a zone. `year` is proleptic: 0 is 1 BC, -1 is 2 BC. */
export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock of a zone at an instant, to the second (historical offsets included). */
export function wallClock(epochMs: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(tz).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = part.value;
  }
  const eraYear = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - eraYear : eraYear,
    month: Number(parts.month),
    day: Number(parts.day),
    // Some engines still print midnight as "24" despite h23.
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * Date.UTC for any proleptic year: Date.UTC itself reads years 0–99 as 1900–1999, so the year is
 * set afterwards on a date in a leap year (2000), which keeps 29 February.
 */
export function utcOfWall(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millisecond);
  return d.getTime();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function zonedParts(epochMs: number, tz: string): ZonedParts {
  const w = wallClock(epochMs, tz);
  const dow = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  return {
    date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    weekday: (dow === 0 ? 7 : dow) as Weekday,
    hour: w.hour,
    minute: w.minute,
  };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetAt(epochMs: number, tz: string): number {
  const w = wallClock(epochMs, tz);
  const asUtc = utcOfWall(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock date and time happen in a zone. Like Temporal's "compatible" rule:
 * a time that occurs twice (autumn change, 03:00–04:00 in Finland) gives the earlier instant; a
 * time that does not exist (spring change, 03:00–04:00) is moved forward by the gap (03:30 →
 * 04:30), so a meeting is never silently placed an hour early.
 */
export function zonedToEpoch(date: IsoDate, time: string, tz: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`zonedToEpoch: bad date or time ${date} ${time}`);
  return wallToEpoch(tz, +d[1], +d[2], +d[3], +t[1], +t[2]);
}

/** zonedToEpoch from numeric fields, to the millisecond (the emulator's Sheets and Utilities). */
export function wallToEpoch(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const local = utcOfWall(year, month, day, hour, minute, second, millisecond);
  const before = offsetAt(local - DAY_MS, tz);
  const after = offsetAt(local + DAY_MS, tz);
  const candidates = [local - before, local - after].filter(
    (epoch) => offsetAt(epoch, tz) === local - epoch,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before; // in the gap: the old offset lands after the jump
}
