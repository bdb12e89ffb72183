import { DAYS, MONTHS } from '../utilities/format-date';
import { isDate, makeDate } from '../runtime/clock';
import { utcOfWall, wallClock as zonedWallClock, wallToEpoch } from '../runtime/time-zone';
import type { WallClock } from '../runtime/time-zone';
import { formatCustom, formatCustomText } from './number-format';
import type { CellValue } from './store';

/**
 * How Sheets reads what a person types and how it shows values, per spreadsheet locale and time
 * zone. A string written with `setValue(s)` is read exactly as if typed: `'0401234567'` becomes
 * the number 401234567, `1.3.2026` a Date in fi_FI, `TRUE` a boolean; a leading apostrophe or the
 * plain-text format `@` keeps the text. https://support.google.com/docs/answer/56470
 */

interface LocaleRules {
  decimal: string;
  /** Thousands separators accepted when typing. */
  groups: string[];
  /** Separator used when a format asks for grouping (`#,##0`). */
  group: string;
  dateOrder: 'DMY' | 'MDY' | 'YMD';
  dateSeparators: string[];
  /** Default patterns when a date cell has no number format of its own. */
  datePattern: string;
  timePattern: string;
}

const NBSP = '\u00a0';

const LOCALES: Record<string, LocaleRules> = {
  fi: {
    decimal: ',',
    groups: [' ', NBSP, '\u202f'],
    group: NBSP,
    dateOrder: 'DMY',
    dateSeparators: ['.'],
    datePattern: 'd.M.yyyy',
    timePattern: 'H.mm.ss',
  },
  sv: {
    decimal: ',',
    groups: [' ', NBSP, '\u202f'],
    group: NBSP,
    dateOrder: 'YMD',
    dateSeparators: ['-'],
    datePattern: 'yyyy-MM-dd',
    timePattern: 'HH:mm:ss',
  },
  de: {
    decimal: ',',
    groups: ['.'],
    group: '.',
    dateOrder: 'DMY',
    dateSeparators: ['.'],
    datePattern: 'd.M.yyyy',
    timePattern: 'HH:mm:ss',
  },
  en_GB: {
    decimal: '.',
    groups: [','],
    group: ',',
    dateOrder: 'DMY',
    dateSeparators: ['/'],
    datePattern: 'dd/MM/yyyy',
    timePattern: 'HH:mm:ss',
  },
  en: {
    decimal: '.',
    groups: [','],
    group: ',',
    dateOrder: 'MDY',
    dateSeparators: ['/'],
    datePattern: 'M/d/yyyy',
    timePattern: 'H:mm:ss',
  },
};

const rulesOfLocale = new Map<string, LocaleRules>();

export function rulesFor(locale: string): LocaleRules {
  // Looked up per cell written; `fi_FI` would otherwise be split on every lookup.
  let rules = rulesOfLocale.get(locale);
  if (!rules) {
    rules = LOCALES[locale] ?? LOCALES[locale.split('_')[0]] ?? LOCALES.en;
    rulesOfLocale.set(locale, rules);
  }
  return rules;
}

/** The locale's date-time format, which a cell takes when a script writes a Date into it. */
export function dateTimePattern(locale: string): string {
  const rules = rulesFor(locale);
  return `${rules.datePattern} ${rules.timePattern}`;
}

/** The default number format of a fresh cell, as `Range.getNumberFormat()` reports it. */
export const AUTOMATIC_FORMAT = '0.###############';
export const TEXT_FORMAT = '@';

// ---- wall-clock time in a zone: the runtime's Intl arithmetic (runtime/time-zone.ts) ----

interface Wall extends WallClock {
  millisecond: number;
  weekday: number; // 0 = Sunday
}

function wallClock(epochMs: number, tz: string): Wall {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const w = zonedWallClock(whole, tz);
  const weekday = new Date(utcOfWall(w.year, w.month, w.day)).getUTCDay();
  return { ...w, millisecond: epochMs - whole, weekday };
}

// ---- typed input ----

export interface TypedInput {
  value?: CellValue;
  formula?: string;
  /** A number format Sheets gives the cell when it recognises a date, time or percentage. */
  impliedFormat?: string;
}

/** Reads a string as Sheets reads typed input in the spreadsheet's locale. */
export function parseTyped(text: string, locale: string, tz: string, nowMs: number): TypedInput {
  if (text === '') return {};
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const trimmed = text.trim();
  const rules = rulesFor(locale);
  if (!mayBeTyped(trimmed, rules)) return { value: text };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  const number = parseNumber(trimmed, rules);
  if (number !== undefined) return { value: number };
  if (/%$/.test(trimmed)) {
    const percent = parseNumber(trimmed.slice(0, -1).trim(), rules);
    if (percent !== undefined) return { value: percent / 100, impliedFormat: '0%' };
  }
  const date = parseDateTime(trimmed, rules, tz, nowMs);
  if (date) return date;
  return { value: text };
}

/**
 * Whether trimmed input may be a boolean, number, percentage, date or time: each of them starts
 * with a digit, a sign, the locale's decimal separator or the t/f of TRUE/FALSE. Most text
 * written to a sheet (names, addresses, keys) does not, and is kept as text without trying them.
 */
function mayBeTyped(trimmed: string, rules: LocaleRules): boolean {
  const c = trimmed.charCodeAt(0);
  return (
    (c >= 48 && c <= 57) || // 0-9
    c === 43 || // +
    c === 45 || // -
    c === 84 || // T
    c === 116 || // t
    c === 70 || // F
    c === 102 || // f
    trimmed.startsWith(rules.decimal)
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The number patterns of each locale's rules, made once (typed input is parsed per cell). */
const numberPatterns = new WeakMap<LocaleRules, { re: RegExp; group: RegExp }>();

function numberPattern(rules: LocaleRules): { re: RegExp; group: RegExp } {
  let made = numberPatterns.get(rules);
  if (!made) {
    const group = rules.groups.map(escapeRe).join('|');
    const decimal = escapeRe(rules.decimal);
    made = {
      re: new RegExp(
        `^([+-]?)(\\d{1,3}(?:(?:${group})\\d{3})+|\\d+)?(?:${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`,
      ),
      group: new RegExp(group, 'g'),
    };
    numberPatterns.set(rules, made);
  }
  return made;
}

function parseNumber(text: string, rules: LocaleRules): number | undefined {
  const { re, group } = numberPattern(rules);
  const m = re.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const integer = (m[2] ?? '0').replace(group, '');
  const n = Number(`${m[1]}${integer}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
  return Number.isFinite(n) ? n : undefined;
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  // Sheets reads two-digit years 00–29 as 20xx and 30–99 as 19xx.
  return n < 30 ? 2000 + n : 1900 + n;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const TIME = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

function parseDateTime(
  text: string,
  rules: LocaleRules,
  tz: string,
  nowMs: number,
): TypedInput | undefined {
  const [datePart, ...rest] = text.split(/\s+/);
  const timeText = rest.join(' ');
  // A time alone: "8:30" is a time of day (date part 30.12.1899, Sheets' day zero).
  if (!timeText && /^\d{1,2}:\d{2}(:\d{2})?$/.test(datePart)) {
    const t = TIME.exec(datePart) as RegExpExecArray;
    const [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return undefined;
    return {
      value: makeDate(wallToEpoch(tz, 1899, 12, 30, h, mi, s)),
      impliedFormat: rules.timePattern,
    };
  }
  const ymd = parseDate(datePart, rules, tz, nowMs);
  if (!ymd) return undefined;
  let [h, mi, s] = [0, 0, 0];
  if (timeText) {
    const t = TIME.exec(timeText.replace(/^klo\s*/i, ''));
    if (!t) return undefined;
    [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return undefined;
  }
  const epoch = wallToEpoch(tz, ymd[0], ymd[1], ymd[2], h, mi, s);
  return {
    value: makeDate(epoch),
    impliedFormat: timeText ? `${rules.datePattern} ${rules.timePattern}` : rules.datePattern,
  };
}

/** The date patterns of each locale's rules, made once (typed input is parsed per cell). */
const datePatternsOf = new WeakMap<LocaleRules, RegExp[]>();

function datePatterns(rules: LocaleRules): RegExp[] {
  let made = datePatternsOf.get(rules);
  if (!made) {
    made = rules.dateSeparators.map((sep) => {
      const s = escapeRe(sep);
      // "1.3.2026", "1.3.26", "1.3." and "1.3" (this year) — the last is why "12.5" typed in
      // fi_FI is the 12th of May, not twelve and a half.
      return new RegExp(`^(\\d{1,4})${s}(\\d{1,2})(?:${s}(\\d{2}|\\d{4})?)?$`);
    });
    datePatternsOf.set(rules, made);
  }
  return made;
}

function parseDate(
  text: string,
  rules: LocaleRules,
  tz: string,
  nowMs: number,
): [number, number, number] | undefined {
  // ISO dates are understood in every locale.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(y, m, d) ? [y, m, d] : undefined;
  }
  for (const re of datePatterns(rules)) {
    const m = re.exec(text);
    if (!m) continue;
    const thisYear = wallClock(nowMs, tz).year;
    let y: number;
    let mo: number;
    let d: number;
    if (rules.dateOrder === 'YMD') {
      if (m[1].length !== 4 || m[3] === undefined) return undefined;
      [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    } else {
      if (m[1].length > 2) return undefined;
      const first = Number(m[1]);
      const second = Number(m[2]);
      [d, mo] = rules.dateOrder === 'DMY' ? [first, second] : [second, first];
      y = m[3] ? fullYear(m[3]) : thisYear;
    }
    return validDay(y, mo, d) ? [y, mo, d] : undefined;
  }
  return undefined;
}

// ---- display ----

const MONTHS_FI = [
  'tammikuuta',
  'helmikuuta',
  'maaliskuuta',
  'huhtikuuta',
  'toukokuuta',
  'kesäkuuta',
  'heinäkuuta',
  'elokuuta',
  'syyskuuta',
  'lokakuuta',
  'marraskuuta',
  'joulukuuta',
];
const DAYS_FI = [
  'sunnuntai',
  'maanantai',
  'tiistai',
  'keskiviikko',
  'torstai',
  'perjantai',
  'lauantai',
];

/** A value as the cell shows it (`getDisplayValue`), in the spreadsheet's locale and zone. */
export function displayValue(
  value: CellValue | undefined,
  format: string | undefined,
  locale: string,
  tz: string,
): string {
  if (value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const custom = format && format !== TEXT_FORMAT && format !== AUTOMATIC_FORMAT ? format : '';
  if (typeof value === 'string') return custom ? formatCustomText(value, custom) : value;
  const rules = rulesFor(locale);
  if (isDate(value)) {
    if (!custom) return formatDate(value, defaultDatePattern(value, rules, tz), locale, tz);
    // A date is its serial number to Sheets: a number format shows the number, `[h]` the hours.
    const serial = dateToSerial(value, tz);
    return formatCustom(serial, custom, rules, (n, pattern) =>
      formatDate(n === serial ? value : serialToDate(n, tz), pattern, locale, tz),
    );
  }
  if (!custom) return automaticNumber(value, rules);
  return formatCustom(value, custom, rules, (n, pattern) =>
    formatDate(serialToDate(n, tz), pattern, locale, tz),
  );
}

function defaultDatePattern(value: Date, rules: LocaleRules, tz: string): string {
  const w = wallClock(value.getTime(), tz);
  if (w.year === 1899 && w.month === 12 && w.day === 30) return rules.timePattern;
  if (w.hour === 0 && w.minute === 0 && w.second === 0) return rules.datePattern;
  return `${rules.datePattern} ${rules.timePattern}`;
}

const DAY_MS = 86_400_000;
const SERIAL_ZERO = Date.UTC(1899, 11, 30);

/** Sheets' serial numbers count days from 30.12.1899 in the spreadsheet's zone. */
function serialToDate(serial: number, tz: string): Date {
  const wall = new Date(SERIAL_ZERO + Math.round(serial * DAY_MS));
  return makeDate(
    wallToEpoch(
      tz,
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
      wall.getUTCMilliseconds(),
    ),
  );
}

/** A date's serial number: its wall-clock reading in the zone, in days from 30.12.1899. */
function dateToSerial(date: Date, tz: string): number {
  const w = wallClock(date.getTime(), tz);
  const wall = utcOfWall(w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond);
  return (wall - SERIAL_ZERO) / DAY_MS;
}

function automaticNumber(value: number, rules: LocaleRules): string {
  let text: string;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) text = String(value);
  else if (Math.abs(value) >= 1e15 || (Math.abs(value) < 1e-9 && value !== 0)) {
    text = value.toExponential(2).replace(/e\+?/, 'E+').replace('E+-', 'E-');
  } else text = String(Number(value.toPrecision(10)));
  return rules.decimal === '.' ? text : text.replace('.', rules.decimal);
}

/**
 * Formats a Date with a Sheets date pattern (https://developers.google.com/sheets/api/guides/formats):
 * `d dd ddd dddd`, `m mm mmm mmmm` (minutes when next to h or s), `yy yyyy`, `h hh H HH`, `s ss`,
 * `am/pm`, quoted literals.
 */
export function formatDate(date: Date, pattern: string, locale: string, tz: string): string {
  const w = wallClock(date.getTime(), tz);
  const finnish = locale.startsWith('fi');
  const tokens =
    pattern.match(
      /"[^"]*"|yyyy|yy|mmmm|mmm|mm|m|MMMM|MMM|MM|M|dddd|ddd|dd|d|DD|D|hh|h|HH|H|ss|s|am\/pm|AM\/PM|./g,
    ) ?? [];
  const ampm = tokens.some((t) => /^am\/pm$/i.test(t));
  const pad = (n: number) => String(n).padStart(2, '0');
  const kinds = tokens.map((t) => {
    if (t.startsWith('"')) return 'lit';
    if (/^[mM]{1,2}$/.test(t)) return 'm?';
    if (/^[hH]+$/.test(t)) return 'h';
    if (/^s+$/.test(t)) return 's';
    return 'other';
  });
  // `m` is minutes right after an hour token or right before a seconds token.
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      if (kinds[j] === 'h') return true;
      if (kinds[j] !== 'lit' && /^[a-zA-Z]/.test(tokens[j])) break;
    }
    for (let j = i + 1; j < tokens.length; j++) {
      if (kinds[j] === 's') return true;
      if (kinds[j] !== 'lit' && /^[a-zA-Z]/.test(tokens[j])) break;
    }
    return false;
  };
  return tokens
    .map((t, i) => {
      if (t.startsWith('"')) return t.slice(1, -1);
      switch (t) {
        case 'yyyy':
          return String(w.year);
        case 'yy':
          return pad(w.year % 100);
        case 'mmmm':
        case 'MMMM':
          return (finnish ? MONTHS_FI : MONTHS)[w.month - 1];
        case 'mmm':
        case 'MMM':
          return (finnish ? MONTHS_FI : MONTHS)[w.month - 1].slice(0, 3);
        case 'mm':
        case 'MM':
          return t === 'mm' && isMinute(i) ? pad(w.minute) : pad(w.month);
        case 'm':
        case 'M':
          return t === 'm' && isMinute(i) ? String(w.minute) : String(w.month);
        case 'dddd':
          return (finnish ? DAYS_FI : DAYS)[w.weekday];
        case 'ddd':
          return (finnish ? DAYS_FI : DAYS)[w.weekday].slice(0, finnish ? 2 : 3);
        case 'dd':
        case 'DD':
          return pad(w.day);
        case 'd':
        case 'D':
          return String(w.day);
        case 'hh':
        case 'HH':
          return pad(ampm ? ((w.hour + 11) % 12) + 1 : w.hour);
        case 'h':
        case 'H':
          return String(ampm ? ((w.hour + 11) % 12) + 1 : w.hour);
        case 'ss':
          return pad(w.second);
        case 's':
          return String(w.second);
        case 'am/pm':
          return w.hour < 12 ? 'am' : 'pm';
        case 'AM/PM':
          return w.hour < 12 ? 'AM' : 'PM';
        default:
          return t;
      }
    })
    .join('');
}

/** Moves a date to keep its wall-clock reading when the spreadsheet's zone changes, as Sheets does. */
export function rezone(date: Date, fromTz: string, toTz: string): Date {
  const w = wallClock(date.getTime(), fromTz);
  return makeDate(
    wallToEpoch(toTz, w.year, w.month, w.day, w.hour, w.minute, w.second, w.millisecond),
  );
}
