/**
 * The runtime's own zone arithmetic (IANA zones through Intl, so DST and historical offsets come
 * from the same ICU data V8 uses). Apps Script runs every script in its project's zone
 * (appsscript.json `timeZone`): https://developers.google.com/apps-script/concepts/manifests
 * This module is the runtime's, not the product's: the runtime imports nothing of the product.
 */

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

/** The largest time value a Date holds (ECMA-262 TimeClip); Intl refuses instants beyond it. */
const MAX_TIME = 8.64e15;

/** The wall clock of a zone at an instant, to the second, read from Intl (slow: no cache). */
export function wallClock(epochMs: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  const clamped = Math.max(-MAX_TIME, Math.min(MAX_TIME, epochMs));
  for (const part of formatterFor(tz).formatToParts(new Date(clamped))) {
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

/** Offsets are read inside the range where the wall clock is a Date too (±8.64e15 less 2 days). */
const OFFSET_RANGE = MAX_TIME - 2 * 86_400_000;

function exactOffset(epochMs: number, tz: string): number {
  const clamped = Math.max(-OFFSET_RANGE, Math.min(OFFSET_RANGE, epochMs));
  const w = wallClock(clamped, tz);
  const asUtc = utcOfWall(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(clamped / 1000) * 1000;
}

/**
 * Offsets change at most once within a quarter of an hour, so a quarter whose two ends share an
 * offset has it throughout: cached per zone and quarter, which keeps `new Date(y, m, d)` per cell
 * fast. A quarter holding a change is computed exactly every time.
 */
const QUARTER_MS = 900_000;
const MIXED = 1e15; // marks a quarter with a change in it
const offsetCaches = new Map<string, Map<number, number>>();

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
export function offsetAt(epochMs: number, tz: string): number {
  if (Number.isNaN(epochMs)) throw new RangeError('offsetAt: not a time');
  let cache = offsetCaches.get(tz);
  if (!cache) {
    cache = new Map();
    offsetCaches.set(tz, cache);
  }
  const quarter = Math.floor(epochMs / QUARTER_MS);
  let offset = cache.get(quarter);
  if (offset === undefined) {
    const start = exactOffset(quarter * QUARTER_MS, tz);
    const end = exactOffset(quarter * QUARTER_MS + QUARTER_MS - 1, tz);
    offset = start === end ? start : MIXED;
    cache.set(quarter, offset);
  }
  return offset === MIXED ? exactOffset(epochMs, tz) : offset;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock reading (given as if it were UTC, in ms) happens in a zone, by
 * ECMA-262's UTC(t): a time that occurs twice (autumn change, 03:00–04:00 in Finland) gives the
 * earlier instant; a time that does not exist (spring change, 03:00–04:00) is read with the
 * offset before the change (03:30 → 04:30). https://tc39.es/ecma262/#sec-utc-t
 */
export function localToEpoch(local: number, tz: string): number {
  if (!Number.isFinite(local)) return NaN;
  const before = offsetAt(local - DAY_MS, tz);
  const after = offsetAt(local + DAY_MS, tz);
  if (before === after && offsetAt(local - before, tz) === before) return local - before;
  let best = NaN;
  for (const candidate of [local - before, local - after]) {
    if (offsetAt(candidate, tz) === local - candidate && !(candidate >= best)) best = candidate;
  }
  return Number.isNaN(best) ? local - before : best;
}

/** localToEpoch from numeric fields (month 1..12), to the millisecond. */
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
  return localToEpoch(utcOfWall(year, month, day, hour, minute, second, millisecond), tz);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export interface ZonedParts {
  date: string; // YYYY-MM-DD
  time: string; // HH:MM
  weekday: number; // 1 = Monday … 7 = Sunday
  hour: number;
  minute: number;
}

export function zonedParts(epochMs: number, tz: string): ZonedParts {
  const w = wallClock(epochMs, tz);
  const dow = new Date(utcOfWall(w.year, w.month, w.day)).getUTCDay();
  return {
    date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    weekday: dow === 0 ? 7 : dow,
    hour: w.hour,
    minute: w.minute,
  };
}

/** The instant of an ISO date and HH:MM in a zone (the rule of localToEpoch). */
export function zonedToEpoch(date: string, time: string, tz: string): number {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) throw new RangeError(`zonedToEpoch: bad date or time ${date} ${time}`);
  return wallToEpoch(tz, +d[1], +d[2], +d[3], +t[1], +t[2]);
}

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function intlZoneName(epochMs: number, tz: string): string {
  let f = zoneNameFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' });
    zoneNameFormatters.set(tz, f);
  }
  return f.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? tz;
}

/** V8's DateCache::EquivalentYear: a year in 2008–2037 with the same leap-ness and weekdays. */
function equivalentTime(epochMs: number): number {
  const d = new Date(epochMs);
  const year = d.getUTCFullYear();
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const weekday = new Date(utcOfWall(year, 1, 1)).getUTCDay();
  const recent = (leap ? 1956 : 1967) + ((weekday * 12) % 28);
  const equivalent = 2008 + ((recent + 3 * 28 - 2008) % 28);
  const dayOfYear = Math.floor((epochMs - utcOfWall(year, 1, 1)) / DAY_MS);
  return Date.UTC(equivalent, 0, 1) + dayOfYear * DAY_MS + (((epochMs % DAY_MS) + DAY_MS) % DAY_MS);
}

/** V8's kMaxEpochTimeInMs: the last second a 32-bit time_t holds (2038-01-19T03:14:07Z). */
const MAX_EPOCH_TIME_MS = 2_147_483_647_000;

/**
 * The zone's long English name at an instant, as V8 prints it in Date's toString: ICU's current
 * standard or daylight name of the zone ("Eastern European Summer Time"), chosen by whether the
 * instant is in summer time (its offset above the smaller of its year's January and July
 * offsets). Like V8, an instant before 1970 or after 2038 is judged at its equivalent time in
 * 2008–2037.
 */
export function longZoneName(epochMs: number, tz: string): string {
  const judged = epochMs < 0 || epochMs > MAX_EPOCH_TIME_MS ? equivalentTime(epochMs) : epochMs;
  const year = new Date(judged).getUTCFullYear();
  const yearMin = Math.min(offsetAt(Date.UTC(year, 0, 1), tz), offsetAt(Date.UTC(year, 6, 1), tz));
  const [january, july] = [Date.UTC(2026, 0, 15), Date.UTC(2026, 6, 15)];
  const [janOffset, julOffset] = [offsetAt(january, tz), offsetAt(july, tz)];
  const standardAt = julOffset < janOffset ? july : january;
  if (offsetAt(judged, tz) <= yearMin) return intlZoneName(standardAt, tz);
  // In summer time: the zone's current summer name, or if it keeps none today, the name then.
  if (janOffset !== julOffset) return intlZoneName(julOffset > janOffset ? july : january, tz);
  return intlZoneName(judged, tz);
}
