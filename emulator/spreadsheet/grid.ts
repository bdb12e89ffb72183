import { isDate, makeDate } from '../runtime/clock';
import { appsScriptError } from '../runtime/errors';
import type { GridRect } from './a1';
import { evaluateCell, formulaNotEmulated, type FormulaHost } from './formulas/evaluate';
import { quoteSheetName, rectA1 } from './a1';
import { TEXT_FORMAT, dateTimePattern, displayValue, parseTyped } from './locale';
import {
  cellAt,
  cellFor,
  pruneCell,
  type CellValue,
  type StoredCell,
  type StoredSheet,
  type StoredSpreadsheet,
} from './store';

/**
 * Cell-level operations shared by the API handles and the harness (a coach's edits): writing a
 * value as Sheets stores it, reading it back, inserting, deleting and sorting rows.
 */

/** Google's cap on cells per spreadsheet. https://support.google.com/drive/answer/37603 */
export const MAX_CELLS = 10_000_000;
export const MAX_COLUMNS = 18_278;

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

export function totalCells(book: StoredSpreadsheet): number {
  return book.sheets.reduce((sum, s) => sum + s.maxRows * s.maxColumns, 0);
}

/** Writing past the grid adds rows and columns, as Sheets does for script writes. */
export function growTo(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  rows: number,
  columns: number,
): void {
  const newRows = Math.max(sheet.maxRows, rows);
  const newColumns = Math.max(sheet.maxColumns, columns);
  if (newRows === sheet.maxRows && newColumns === sheet.maxColumns) return;
  const after = totalCells(book) - sheet.maxRows * sheet.maxColumns + newRows * newColumns;
  if (after > MAX_CELLS || newColumns > MAX_COLUMNS) {
    throw appsScriptError(
      `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS.toLocaleString('en-US')} cells.`,
    );
  }
  sheet.maxRows = newRows;
  sheet.maxColumns = newColumns;
}

/**
 * The value `getValues()` gives for a cell: '' for blanks; a formula is evaluated
 * (formulas/evaluate.ts), which needs the cell's place and surroundings.
 */
export function readValue(
  cell: StoredCell | null,
  host?: FormulaHost,
  sheet?: StoredSheet,
  row = 0,
  column = 0,
): CellValue {
  if (!cell) return '';
  if (cell.f) return formulaAt(cell.f, host, sheet, row, column);
  const v = cell.v;
  if (v === undefined) return '';
  // Only objects can be Dates; most cells are strings and numbers (this runs per cell read).
  return typeof v === 'object' && v !== null && isDate(v) ? makeDate(v.getTime()) : v;
}

export function readDisplay(
  book: StoredSpreadsheet,
  cell: StoredCell | null,
  host?: FormulaHost,
  sheet?: StoredSheet,
  row = 0,
  column = 0,
): string {
  if (!cell) return '';
  const value = cell.f ? formulaAt(cell.f, host, sheet, row, column) : cell.v;
  return displayValue(value, cell.fmt, book.locale, book.timeZone);
}

function formulaAt(
  formula: string,
  host: FormulaHost | undefined,
  sheet: StoredSheet | undefined,
  row: number,
  column: number,
): CellValue {
  // Never '' for a formula: a caller that cannot say where the cell is must not guess.
  if (!host || !sheet) throw new Error('Internal: a formula cell read without its place');
  return evaluateCell(host, sheet, row, column, formula);
}

/**
 * Stores a value in a cell as Sheets would. Strings are read as typed input in the spreadsheet's
 * locale (unless the cell is plain text `@`); numbers, booleans and Dates are kept as they are.
 */
export function writeValue(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  row: number,
  column: number,
  value: unknown,
  nowMs: number,
): void {
  const existing = cellAt(sheet, row, column);
  if (value === null || value === undefined || value === '') {
    if (existing) {
      delete existing.v;
      delete existing.f;
      pruneCell(sheet, row, column);
    }
    return;
  }
  const cell = cellFor(sheet, row, column);
  delete cell.f;
  if (typeof value === 'number') {
    cell.v = Number.isFinite(value) ? value : String(value);
  } else if (typeof value === 'boolean') {
    cell.v = value;
  } else if (isDate(value)) {
    cell.v = makeDate(value.getTime());
    // A Date written by a script is a date-time to Sheets: an unformatted cell takes the locale's
    // date-time format, so midnight shows as "5.1.2026 0.00.00" (fi_FI), not as a bare date.
    if (!cell.fmt) cell.fmt = dateTimePattern(book.locale);
  } else {
    const text = String(value);
    if (cell.fmt === TEXT_FORMAT) {
      cell.v = text;
    } else {
      const typed = parseTyped(text, book.locale, book.timeZone, nowMs);
      if (typed.formula) {
        delete cell.v;
        cell.f = typed.formula;
      } else {
        cell.v = typed.value;
        if (typed.impliedFormat && !cell.fmt) cell.fmt = typed.impliedFormat;
      }
    }
  }
  pruneCell(sheet, row, column);
}

export function writeFormula(
  sheet: StoredSheet,
  row: number,
  column: number,
  formula: string,
): void {
  if (!formula) {
    const cell = cellAt(sheet, row, column);
    if (cell) {
      delete cell.f;
      delete cell.v;
      pruneCell(sheet, row, column);
    }
    return;
  }
  const cell = cellFor(sheet, row, column);
  delete cell.v;
  cell.f = formula.startsWith('=') ? formula : `=${formula}`;
}

/** Inserts blank rows before `position` (1-based); they take formats and rules from `inheritFrom`. */
export function insertRows(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  position: number,
  count: number,
  inheritFrom?: number,
): void {
  growTo(book, sheet, sheet.maxRows + count, sheet.maxColumns);
  const template = inheritFrom ? sheet.rows[inheritFrom - 1] : null;
  const fresh: Array<Array<StoredCell | null> | null> = [];
  for (let i = 0; i < count; i++) {
    // New rows copy the neighbouring row's number formats and validation, not its content.
    const cells = template
      ? template.map((c) => {
          if (!c || (c.fmt === undefined && c.dv === undefined)) return null;
          const copy: StoredCell = {};
          if (c.fmt !== undefined) copy.fmt = c.fmt;
          if (c.dv !== undefined) copy.dv = c.dv;
          return copy;
        })
      : null;
    fresh.push(cells && cells.some(Boolean) ? cells : null);
  }
  while (sheet.rows.length < position - 1) sheet.rows.push(null);
  sheet.rows.splice(position - 1, 0, ...fresh);
  shiftRecords(book, sheet, position, count);
}

export function deleteRows(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  position: number,
  count: number,
): void {
  if (position < 1 || position + count - 1 > sheet.maxRows) {
    throw appsScriptError('Those rows are out of bounds.');
  }
  if (count >= sheet.maxRows - sheet.frozenRows && position > sheet.frozenRows) {
    throw appsScriptError('Sorry, it is not possible to delete all non-frozen rows.');
  }
  sheet.rows.splice(position - 1, count);
  sheet.maxRows -= count;
  shiftRecords(book, sheet, position, -count);
}

/** Moves range protections and formatting records below an insertion or deletion. */
function shiftRecords(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  position: number,
  delta: number,
): void {
  const shift = (rect: GridRect | undefined) => {
    if (!rect) return;
    if (rect.row >= position) rect.row = Math.max(position, rect.row + delta);
    else if (rect.row + rect.numRows - 1 >= position)
      rect.numRows = Math.max(1, rect.numRows + delta);
  };
  for (const p of book.protections) {
    if (p.sheetId !== sheet.sheetId) continue;
    shift(p.range);
    p.unprotected.forEach(shift);
  }
  sheet.formatting.forEach(shift);
}

function sortKey(value: CellValue): [number, number | string] {
  if (typeof value === 'number') return [0, value];
  if (isDate(value)) return [0, value.getTime() / 86_400_000 + 25569];
  if (typeof value === 'string') return [1, value];
  return [2, value ? 1 : 0];
}

/**
 * Sorts rows `firstRow..lastRow` by a column. Sheets orders numbers and dates, then text
 * (case-insensitively), then booleans; blank cells always go last.
 */
export function sortRows(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  firstRow: number,
  lastRow: number,
  specs: Array<{ column: number; ascending: boolean }>,
  firstColumn = 1,
  lastColumn?: number,
): void {
  const collator = new Intl.Collator(book.locale.replace('_', '-'), {
    sensitivity: 'base',
    numeric: false,
  });
  const rows: Array<Array<StoredCell | null>> = [];
  for (let r = firstRow; r <= lastRow; r++) rows.push([...(sheet.rows[r - 1] ?? [])]);
  const width = lastColumn ?? Math.max(0, ...rows.map((r) => r.length));
  refuseFormulas(sheet, rows, firstRow, firstColumn, width);
  const slices = rows.map((cells) => {
    const out: Array<StoredCell | null> = [];
    for (let c = firstColumn; c <= firstColumn + (width - firstColumn); c++)
      out.push(cells[c - 1] ?? null);
    return out;
  });
  const order = slices.map((cells, i) => ({ cells, i }));
  order.sort((x, y) => {
    for (const spec of specs) {
      const a = readValue(x.cells[spec.column - firstColumn]);
      const b = readValue(y.cells[spec.column - firstColumn]);
      if (a === '' && b === '') continue;
      if (a === '') return 1;
      if (b === '') return -1;
      const [ka, va] = sortKey(a);
      const [kb, vb] = sortKey(b);
      let cmp = ka - kb;
      if (cmp === 0) {
        cmp =
          typeof va === 'string'
            ? collator.compare(va, vb as string)
            : (va as number) - (vb as number);
      }
      if (cmp !== 0) return spec.ascending ? cmp : -cmp;
    }
    return x.i - y.i;
  });
  order.forEach(({ cells }, k) => {
    const r = firstRow + k;
    const target = [...(sheet.rows[r - 1] ?? [])];
    cells.forEach((cell, j) => {
      while (target.length < firstColumn + j) target.push(null);
      target[firstColumn + j - 1] = cell;
    });
    sheet.rows[r - 1] = target.some(Boolean) ? target : null;
  });
}

/**
 * Sheets re-points a sorted formula's references to its new row; the runtime does not, so rows
 * holding formulas are not sorted (throws rather than leaving formulas pointing at other rows).
 */
function refuseFormulas(
  sheet: StoredSheet,
  rows: Array<Array<StoredCell | null>>,
  firstRow: number,
  firstColumn: number,
  lastColumn: number,
): void {
  if (!rows.some((cells) => cells.some((c, i) => c?.f && i + 1 >= firstColumn && i < lastColumn)))
    return;
  const rect = {
    row: firstRow,
    column: firstColumn,
    numRows: rows.length,
    numColumns: Math.max(1, lastColumn - firstColumn + 1),
  };
  throw formulaNotEmulated(
    'sorting rows that hold formulas',
    `${quoteSheetName(sheet.name)}!${rectA1(rect)}`,
  );
}

export function overlaps(a: GridRect, b: GridRect): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.column <= b.column + b.numColumns - 1 &&
    b.column <= a.column + a.numColumns - 1
  );
}

function contains(outer: GridRect, inner: GridRect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/**
 * Whether `user` may change the cells of `rect`. The owner always may; a protection that only
 * warns does not stop a script. https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
export function canEditRect(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  rect: GridRect,
  user: string,
): boolean {
  if (user === book.owner) return true;
  for (const p of book.protections) {
    if (p.sheetId !== sheet.sheetId || p.warningOnly) continue;
    if (p.editors.includes(user)) continue;
    if (p.type === 'RANGE' && p.range && overlaps(p.range, rect)) return false;
    if (p.type === 'SHEET' && !p.unprotected.some((u) => contains(u, rect))) return false;
  }
  return true;
}

export function assertCanEdit(
  book: StoredSpreadsheet,
  sheet: StoredSheet,
  rect: GridRect,
  user: string,
): void {
  if (!canEditRect(book, sheet, rect, user)) throw appsScriptError(PROTECTED_MESSAGE);
}
