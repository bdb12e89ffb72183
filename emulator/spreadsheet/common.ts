import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError, signatureError } from '../runtime/errors';
import { parseA1, type GridRect } from './a1';
import { readValue } from './grid';
import { formulaHost } from './formulas/host';
import {
  MAX_UI_LOG,
  SPREADSHEET_STORE,
  cellAt,
  lastColumnOf,
  lastRowOf,
  pruneCell,
  type CellValue,
  type SpreadsheetStore,
  type StoredProtection,
  type StoredSheet,
  type StoredSpreadsheet,
  type UiRecord,
} from './store';
import { type RangeRef } from './validation';

export { signatureError };

/**
 * What the SpreadsheetApp classes share: the enums, Google's error texts, store lookups and cell
 * helpers. https://developers.google.com/apps-script/reference/spreadsheet
 */

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export const RANGE_NOT_FOUND = 'Range not found';
export const OPEN_BY_ID_FAILED =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';
export const NO_PERMISSION = 'You do not have permission to access the requested document.';

export function storeOf(ctx: ScriptContext): SpreadsheetStore {
  return ctx.rt.store<SpreadsheetStore>(SPREADSHEET_STORE);
}

export function bookOf(ctx: ScriptContext, id: string): StoredSpreadsheet {
  const book = storeOf(ctx).spreadsheets[id];
  if (!book)
    throw appsScriptError(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  return book;
}

export function sheetOf(book: StoredSpreadsheet, sheetId: number): StoredSheet {
  const sheet = book.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw appsScriptError(RANGE_NOT_FOUND);
  return sheet;
}

export function mayOpen(book: StoredSpreadsheet, user: string): boolean {
  return book.owner === user || book.editors.includes(user) || book.viewers.includes(user);
}

export function recordUi(ctx: ScriptContext, entry: Omit<UiRecord, 'at'>): void {
  const log = storeOf(ctx).ui;
  log.push({ ...entry, at: ctx.rt.clock.now() } as UiRecord);
  if (log.length > MAX_UI_LOG) log.splice(0, log.length - MAX_UI_LOG);
}

/**
 * The shape check of Range.setValues and its kin (setFormulas, setFormulasR1C1,
 * setRichTextValues …): a 2-D array exactly the range's size, with Google's messages.
 */
export function checkGridShape(data: unknown, area: GridRect, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((line) => !Array.isArray(line)))
    throw signatureError([data], `SpreadsheetApp.Range.${method}`);
  if (data.length !== area.numRows)
    throw appsScriptError(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${area.numRows}.`,
    );
  for (const line of data as unknown[][])
    if (line.length !== area.numColumns)
      throw appsScriptError(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${area.numColumns}.`,
      );
  return data as unknown[][];
}

export function userHandle(email: string) {
  return withCoverage(
    {
      getEmail: () => email,
      getUsername: () => email.split('@')[0],
      toString: () => email,
    },
    'User',
    'Base',
  );
}

export const emailOf = (u: unknown): string =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { getEmail?: unknown }).getEmail === 'function'
    ? (u as { getEmail(): string }).getEmail()
    : String(u);

export function checkRect(row: number, column: number, numRows: number, numColumns: number): void {
  if (row < 1) throw appsScriptError('The starting row of the range is too small.');
  if (column < 1) throw appsScriptError('The starting column of the range is too small.');
  if (numRows < 1) throw appsScriptError('The number of rows in the range must be at least 1.');
  if (numColumns < 1)
    throw appsScriptError('The number of columns in the range must be at least 1.');
}

/** All the handles of one script context, sharing the store. */
// ---------------------------------------------------------------- helpers

export function activeSheetOf(book: StoredSpreadsheet): StoredSheet {
  return book.sheets.find((s) => s.sheetId === book.activeSheetId) ?? book.sheets[0];
}

export function rectOf(range: unknown, method: string): GridRect {
  const rect = (range as { __rect?: GridRect } | null)?.__rect;
  if (!rect) throw signatureError([range], method);
  return rect;
}

export function dataRect(sheet: StoredSheet): GridRect {
  return {
    row: 1,
    column: 1,
    numRows: Math.max(1, lastRowOf(sheet)),
    numColumns: Math.max(1, lastColumnOf(sheet)),
  };
}

export function newProtection(
  book: StoredSpreadsheet,
  user: string,
  type: 'SHEET' | 'RANGE',
  sheetId: number,
  range?: GridRect,
): StoredProtection {
  book.nextProtection += 1;
  // A new protection mirrors the spreadsheet's permissions until the script changes its editors.
  const editors = [book.owner, ...book.editors, user].filter((e, i, all) => all.indexOf(e) === i);
  const protection: StoredProtection = {
    id: `protection-${book.nextProtection}`,
    type,
    sheetId,
    range: range ? { ...range } : undefined,
    description: '',
    warningOnly: false,
    editors,
    domainEdit: false,
    unprotected: [],
  };
  book.protections.push(protection);
  return protection;
}

export interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

export function clearWhat(options?: Record<string, boolean>): ClearWhat {
  if (!options || Object.keys(options).length === 0) return { contents: true, formats: true };
  return {
    contents: !!options.contentsOnly,
    formats: !!options.formatOnly,
    notes: !!options.commentsOnly,
    validations: !!options.validationsOnly,
  };
}

export function clearCells(sheet: StoredSheet, rect: GridRect, what: ClearWhat): void {
  const lastRow = Math.min(sheet.rows.length, rect.row + rect.numRows - 1);
  for (let r = rect.row; r <= lastRow; r++) {
    const cells = sheet.rows[r - 1];
    if (!cells) continue;
    const lastColumn = Math.min(cells.length, rect.column + rect.numColumns - 1);
    for (let c = rect.column; c <= lastColumn; c++) {
      const cell = cells[c - 1];
      if (!cell) continue;
      if (what.contents) {
        delete cell.v;
        delete cell.f;
        delete cell.rt;
      }
      if (what.formats) delete cell.fmt;
      if (what.notes) delete cell.note;
      if (what.validations) delete cell.dv;
      pruneCell(sheet, r, c);
    }
  }
}

export function recordFormat(
  sheet: StoredSheet,
  rect: GridRect,
  property: string,
  value: unknown,
): void {
  sheet.formatting.push({ ...rect, property, value: JSON.parse(JSON.stringify(value ?? null)) });
}

export function lastFormat(
  sheet: StoredSheet,
  row: number,
  column: number,
  property: string,
): unknown {
  for (let i = sheet.formatting.length - 1; i >= 0; i--) {
    const f = sheet.formatting[i];
    if (
      f.property === property &&
      row >= f.row &&
      row < f.row + f.numRows &&
      column >= f.column &&
      column < f.column + f.numColumns
    ) {
      return f.value;
    }
  }
  return undefined;
}

export function valuesOfRef(store: SpreadsheetStore, ref: RangeRef): CellValue[] {
  const book = store.spreadsheets[ref.$range.spreadsheetId];
  const sheet = book?.sheets.find((s) => s.name === ref.$range.sheetName);
  const parsed = parseA1(ref.$range.a1);
  if (!sheet || !parsed) return [];
  const rect = parsed.resolve(sheet.maxRows, sheet.maxColumns);
  const host = formulaHost(store, book);
  const out: CellValue[] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      const v = readValue(cellAt(sheet, r, c), host, sheet, r, c);
      if (v !== '') out.push(v);
    }
  }
  return out;
}
