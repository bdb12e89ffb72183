import { isDate, makeDate } from '../../runtime/clock';
import { utcOfWall, wallClock, wallToEpoch } from '../../runtime/time-zone';
import type { GridRect } from '../a1';
import { parseTyped, rulesFor } from '../locale';
import type { StoredSheet } from '../store';

/**
 * The values a formula works with, as Sheets types them: numbers, text, booleans, dates (kept as
 * Dates so a cell showing a date stays one), blank (`null`, an empty cell) and error values.
 * A reference evaluates to a `RangeValue` until a function or an operator reads it.
 */

export type ErrorCode =
  '#DIV/0!' | '#REF!' | '#VALUE!' | '#N/A' | '#NAME?' | '#NUM!' | '#NULL!' | '#ERROR!';

/** An error value; `getValue()` of the cell gives its code as a string (`'#DIV/0!'`). */
export class FormulaError {
  constructor(
    readonly code: ErrorCode,
    readonly detail = '',
  ) {}
}

export type Scalar = number | string | boolean | Date | null | FormulaError;

export interface RangeValue {
  kind: 'range';
  sheet: StoredSheet;
  rect: GridRect;
  /** Reads one cell of the range (evaluating a formula cell). */
  cell(row: number, column: number): Scalar;
}

export type Value = Scalar | RangeValue;

/** What a formula needs from the spreadsheet around it: its locale, zone and "now". */
export interface Locale {
  locale: string;
  timeZone: string;
  nowMs: number;
}

export const isError = (v: unknown): v is FormulaError => v instanceof FormulaError;
export const isRange = (v: Value): v is RangeValue =>
  typeof v === 'object' && v !== null && (v as RangeValue).kind === 'range';

export const err = (code: ErrorCode, detail = ''): FormulaError => new FormulaError(code, detail);

// ---- dates: serial numbers count days from 30.12.1899 in the spreadsheet's zone ----

const DAY_MS = 86_400_000;
const EPOCH_1899 = Date.UTC(1899, 11, 30);

export function dateToSerial(date: Date, tz: string): number {
  const ms = date.getTime();
  const whole = Math.floor(ms / 1000) * 1000;
  const w = wallClock(whole, tz);
  const wall = utcOfWall(w.year, w.month, w.day, w.hour, w.minute, w.second) + (ms - whole);
  return (wall - EPOCH_1899) / DAY_MS;
}

export function serialToDate(serial: number, tz: string): Date {
  const days = Math.floor(serial);
  const ms = Math.round((serial - days) * DAY_MS);
  const base = new Date(EPOCH_1899 + days * DAY_MS);
  return makeDate(
    wallToEpoch(tz, base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate()) + ms,
  );
}

/** Year, month (1–12), day and weekday (0 = Sunday) of a serial number. */
export function serialParts(serial: number): { y: number; m: number; d: number; wd: number } {
  const date = new Date(EPOCH_1899 + Math.floor(serial) * DAY_MS);
  return {
    y: date.getUTCFullYear(),
    m: date.getUTCMonth() + 1,
    d: date.getUTCDate(),
    wd: date.getUTCDay(),
  };
}

// ---- coercion, as Sheets converts operands ----

/** A number from a scalar; text is read as typed input in the spreadsheet's locale. */
export function toNumber(v: Scalar, loc: Locale): number | FormulaError {
  if (v === null || v === '') return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isError(v)) return v;
  if (isDate(v)) return dateToSerial(v, loc.timeZone);
  const typed = parseTyped(v, loc.locale, loc.timeZone, loc.nowMs).value;
  if (typeof typed === 'number') return typed;
  if (typed !== undefined && isDate(typed)) return dateToSerial(typed, loc.timeZone);
  return err('#VALUE!', `Function expects a number value, but "${v}" is a text.`);
}

/** Text from a scalar: numbers as Sheets writes them (up to 15 significant digits). */
export function toText(v: Scalar, loc: Locale): string | FormulaError {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isError(v)) return v;
  const n = isDate(v) ? dateToSerial(v, loc.timeZone) : v;
  const text = String(Number(n.toPrecision(15)));
  const decimal = rulesFor(loc.locale).decimal;
  return decimal === '.' ? text : text.replace('.', decimal);
}

export function toBool(v: Scalar): boolean | FormulaError {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (isError(v)) return v;
  if (isDate(v)) return v.getTime() !== 0;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return err('#VALUE!', `Function expects a boolean value, but "${v}" is a text.`);
}

/** Sheets' type order for comparisons: numbers (and dates) < text < booleans. */
function rank(v: Scalar): number {
  if (typeof v === 'string') return 1;
  if (typeof v === 'boolean') return 2;
  return 0;
}

/**
 * Compares two scalars as the comparison operators do: blank is 0, '' or FALSE as the other side
 * needs; text compares case-insensitively. Returns <0, 0 or >0.
 */
export function compare(a: Scalar, b: Scalar, loc: Locale): number {
  const x = blankAs(a, b);
  const y = blankAs(b, a);
  const rx = rank(x);
  const ry = rank(y);
  if (rx !== ry) return rx - ry;
  if (rx === 1) {
    const sx = (x as string).toLowerCase();
    const sy = (y as string).toLowerCase();
    return sx < sy ? -1 : sx > sy ? 1 : 0;
  }
  if (rx === 2) return Number(x) - Number(y);
  return (toNumber(x, loc) as number) - (toNumber(y, loc) as number);
}

function blankAs(v: Scalar, other: Scalar): Scalar {
  if (v !== null) return v;
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}

/** Every scalar of the arguments, ranges read cell by cell (row by row). */
export function* flatten(
  values: Value[],
  everyCell = false,
): Generator<{ v: Scalar; fromRange: boolean }> {
  for (const value of values) {
    if (!isRange(value)) {
      yield { v: value, fromRange: false };
      continue;
    }
    const { row, column, numRows, numColumns } = value.rect;
    // Rows past the stored ones are blank: a whole column need not visit 1000 empty rows,
    // unless the caller counts blanks.
    const end = row + numRows - 1;
    const lastRow = everyCell ? end : Math.min(end, Math.max(value.sheet.rows.length, row));
    for (let r = row; r <= lastRow; r++) {
      for (let c = column; c < column + numColumns; c++) {
        yield { v: value.cell(r, c), fromRange: true };
      }
    }
  }
}
