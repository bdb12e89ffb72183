import { SHEETS_MAX_CELL_CHARS, cutText } from '../core/limits';

/**
 * How values go into cells. Sheets reads a written string as if a person typed it: `040 123`
 * loses its leading zero as a number, `1.3.2026` becomes a date, `=HYPERLINK(...)` a formula.
 * Text from people is written with a leading apostrophe whenever it would be reinterpreted, which
 * both keeps it as typed and neutralises formula injection (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^\s*[-+]?[\d\s]*[.,]?\d+\s*%?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\.?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;

export type Cell = string | number | boolean | Date;

/**
 * The last guard before Sheets' 50,000-character cell limit (src/core/limits.ts): over it, Sheets
 * refuses the whole write, which would stop a job for everyone. Edges cut or refuse long text
 * well before this (with a message); here it is only cut, visibly, so one value can never do that.
 */
const CELL_MAX = SHEETS_MAX_CELL_CHARS - 1;

export function textCell(input: string): string {
  if (input === '') return '';
  const text = input.length > CELL_MAX ? cutText(input, CELL_MAX) : input;
  if (
    FORMULA_START.test(text) ||
    NUMBER_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text)
  ) {
    return `'${text}`;
  }
  return text;
}

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return value as Date;
  if (Array.isArray(value)) return textCell(value.join(', '));
  return textCell(String(value));
}

/** A cell as text, whatever type Sheets gave it. */
export function cellText(value: unknown): string {
  // Strings first: nearly every cell is one, and this runs for every cell of every read.
  if (typeof value === 'string') return value.trim();
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]')
    return (value as Date).toISOString();
  return String(value).trim();
}
