import { appsScriptError } from '../runtime/errors';

/**
 * Sheets holds at most 50,000 characters in one cell, and refuses the whole write (nothing is
 * written) when any cell of it would hold more, with this text:
 * https://support.google.com/drive/answer/37603 ("Google Sheets … 50,000 characters per cell");
 * the message is what Sheets gives scripts and the Sheets API alike (seen in public scripts
 * handling it). Counted in UTF-16 code units (JavaScript's length): an emoji counts twice, which
 * is stricter than, never kinder than, Sheets.
 *
 * Every write that puts text into cells (Range.setValue(s), setFormula(s), Sheet.appendRow)
 * calls this before writing anything.
 */
export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG_MESSAGE =
  'Your input contains more than the maximum of 50000 characters in a single cell.';

function tooLong(value: unknown): boolean {
  return typeof value === 'string' && value.length > MAX_CELL_CHARS;
}

/** Throws Sheets' error if any value of a grid (or a row, or one value) is too long for a cell. */
export function assertCellsFit(values: unknown): void {
  if (Array.isArray(values)) {
    for (const value of values) assertCellsFit(value);
    return;
  }
  if (tooLong(values)) throw appsScriptError(CELL_TOO_LONG_MESSAGE);
}
