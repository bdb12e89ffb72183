import { makeDate } from '../runtime/clock';
import { appsScriptError, notEmulated } from '../runtime/errors';
import { isValidTimeZone, localToEpoch, utcOfWall } from '../runtime/time-zone';
import { MONTHS, DAYS } from './format-date';

/**
 * Utilities.parseDate(date, timeZone, format): Java's SimpleDateFormat.parse, lenient, as Apps
 * Script runs it. https://developers.google.com/apps-script/reference/utilities/utilities#parseDate(String,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 *
 * As Java does: fields missing from the pattern are 1.1.1970 00:00:00.000; out-of-range values
 * roll over (lenient: 32.1. is 1.2.); a numeric field next to another numeric field (`yyyyMMdd`)
 * takes exactly its width, otherwise all its digits; `yy` with two digits is the year within
 * 80 years before and 20 after now; text after the pattern is ignored (DateFormat.parse); text
 * that does not fit throws. Names are English (Locale.US). Not emulated: week fields (w W Y u F
 * D), era G, and zone names other than GMT/UTC/Z and offsets.
 */

const NUMERIC = new Set(['y', 'M', 'd', 'H', 'k', 'K', 'h', 'm', 's', 'S']);

interface Token {
  letter: string; // '' for literal text
  count: number;
  text: string;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const end = pattern.indexOf("'", i + 1);
      const text = end === i + 1 ? "'" : pattern.slice(i + 1, end < 0 ? undefined : end);
      tokens.push({ letter: '', count: 0, text });
      i = end < 0 ? pattern.length : end + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let j = i;
      while (pattern[j] === c) j++;
      tokens.push({ letter: c, count: j - i, text: '' });
      i = j;
    } else {
      tokens.push({ letter: '', count: 0, text: c });
      i++;
    }
  }
  return tokens;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  pm: boolean | null;
  hour12: boolean;
  offsetMin: number | null;
}

function unparseable(text: string): never {
  // [unverified wording] Java's ParseException text, as scripts report it.
  throw appsScriptError(`Unparseable date: "${text}"`);
}

function matchName(rest: string, names: readonly string[]): { index: number; length: number } {
  for (const [index, name] of names.entries())
    for (const form of [name, name.slice(0, 3)])
      if (rest.slice(0, form.length).toLowerCase() === form.toLowerCase())
        return { index, length: form.length };
  return { index: -1, length: 0 };
}

function zoneOffset(rest: string): { minutes: number; length: number } {
  const named = /^(GMT|UTC|Z)(?![a-zA-Z])/.exec(rest);
  const offset = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?/.exec(rest);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    return { minutes: offset[1] === '-' ? -minutes : minutes, length: offset[0].length };
  }
  if (named) return { minutes: 0, length: named[0].length };
  return { minutes: NaN, length: 0 };
}

function setNumber(f: Fields, letter: string, n: number, digits: number, now: number): void {
  switch (letter) {
    case 'y':
      f.year = digits === 2 ? twoDigitYear(n, now) : n;
      return;
    case 'M':
      f.month = n;
      return;
    case 'd':
      f.day = n;
      return;
    case 'H':
      f.hour = n;
      return;
    case 'k':
      f.hour = n === 24 ? 0 : n;
      return;
    case 'K':
    case 'h':
      f.hour = letter === 'h' && n === 12 ? 0 : n;
      f.hour12 = true;
      return;
    case 'm':
      f.minute = n;
      return;
    case 's':
      f.second = n;
      return;
    default:
      f.ms = n;
  }
}

/** Java's default century: the two-digit year falls within 80 years before and 20 after now. */
function twoDigitYear(yy: number, now: number): number {
  const start = new Date(now).getUTCFullYear() - 80;
  let year = Math.floor(start / 100) * 100 + yy;
  if (year < start) year += 100;
  return year;
}

export function parseDate(text: string, timeZone: string, pattern: string, now: number): Date {
  const tokens = tokenize(pattern);
  const f: Fields = {
    year: 1970,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    ms: 0,
    pm: null,
    hour12: false,
    offsetMin: null,
  };
  let at = 0;
  for (const [i, token] of tokens.entries()) {
    const rest = text.slice(at);
    if (!token.letter) {
      if (!rest.startsWith(token.text)) unparseable(text);
      at += token.text.length;
      continue;
    }
    at += parseField(token, tokens[i + 1], rest, f, now, text);
  }
  let hour = f.hour;
  if (f.pm !== null) hour = (hour % 12) + (f.pm ? 12 : 0);
  const wall = utcOfWall(f.year, f.month, f.day, hour, f.minute, f.second, f.ms);
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const ms = f.offsetMin !== null ? wall - f.offsetMin * 60_000 : localToEpoch(wall, zone);
  return makeDate(ms);
}

/** Reads one field at the start of `rest`; returns the characters it took. */
function parseField(
  token: Token,
  next: Token | undefined,
  rest: string,
  f: Fields,
  now: number,
  whole: string,
): number {
  const { letter, count } = token;
  if (letter === 'M' && count >= 3) {
    const found = matchName(rest, MONTHS);
    if (found.index < 0) unparseable(whole);
    f.month = found.index + 1;
    return found.length;
  }
  if (letter === 'E') {
    const found = matchName(rest, DAYS);
    if (found.index < 0) unparseable(whole);
    return found.length;
  }
  if (letter === 'a') {
    const m = /^(AM|PM)/i.exec(rest);
    if (!m) unparseable(whole);
    f.pm = m[1].toUpperCase() === 'PM';
    return 2;
  }
  if (letter === 'z' || letter === 'Z' || letter === 'X') {
    const zone = zoneOffset(rest);
    if (Number.isNaN(zone.minutes)) unparseable(whole);
    f.offsetMin = zone.minutes;
    return zone.length;
  }
  if (!NUMERIC.has(letter))
    notEmulated(`Utilities.parseDate() with the pattern letter '${letter}'`);
  // Abutting numeric fields (yyyyMMdd) take exactly their width, as Java does.
  const abutting =
    next !== undefined && NUMERIC.has(next.letter) && !(next.letter === 'M' && next.count >= 3);
  const m = (abutting ? new RegExp(`^\\d{1,${count}}`) : /^-?\d+/).exec(rest);
  if (!m) unparseable(whole);
  setNumber(f, letter, Number(m[0]), m[0].replace('-', '').length, now);
  return m[0].length;
}
