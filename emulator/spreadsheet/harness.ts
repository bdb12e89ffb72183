import { getClock } from '../runtime/clock';
import { parseA1 } from './a1';
import { valuesOfRef } from './api';
import { addSheetToBook, createBook } from './books';
import {
  canEditRect,
  deleteRows,
  insertRows,
  readDisplay,
  readValue,
  sortRows,
  writeValue,
} from './grid';
import { TEXT_FORMAT, parseTyped } from './locale';
import {
  cellAt,
  lastColumnOf,
  lastRowOf,
  resolveStore,
  runtimeOf,
  type CellValue,
  type QueuedUiResponse,
  type StoreSource,
  type StoredSheet,
  type StoredSpreadsheet,
  type UiRecord,
} from './store';
import { satisfies } from './validation';
import { formulaHost } from './formulas/host';
import { formulaFromLocale } from './formulas/syntax';

/**
 * The inspection and "person at the keyboard" API for tests and the CLI. None of these count as
 * service calls: they are what a coach does in the browser, or what a test looks at.
 */

function bookIn(source: StoreSource, spreadsheetId: string): StoredSpreadsheet {
  const book = resolveStore(source).spreadsheets[spreadsheetId];
  if (!book) throw new Error(`No spreadsheet "${spreadsheetId}" in this workspace`);
  return book;
}

function sheetIn(book: StoredSpreadsheet, sheetName: string): StoredSheet {
  const sheet = book.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet "${sheetName}" in spreadsheet "${book.name}"`);
  return sheet;
}

export interface CreateSpreadsheetOptions {
  name: string;
  owner: string;
  timeZone?: string;
  locale?: string;
  /** Names of the sheets to make (the first replaces the default "Taulukko1"/"Sheet1"). */
  sheets?: string[];
  editors?: string[];
}

/** Makes a spreadsheet owned by `owner`; returns its id. Ids are seeded when a runtime is given. */
export function createSpreadsheet(source: StoreSource, options: CreateSpreadsheetOptions): string {
  const store = resolveStore(source);
  const rt = runtimeOf(source);
  const id = createBook(store, rt, {
    name: options.name,
    owner: options.owner,
    timeZone: options.timeZone ?? 'Europe/Helsinki',
    locale: options.locale ?? 'fi_FI',
  });
  const book = store.spreadsheets[id];
  book.editors = [...(options.editors ?? [])];
  const [first, ...rest] = options.sheets ?? [];
  if (first !== undefined) book.sheets[0].name = first;
  for (const name of rest) addSheetToBook(book, rt, name);
  return id;
}

/** Adds a sheet as a person would; returns its sheet id (gid). */
export function addSheet(source: StoreSource, spreadsheetId: string, sheetName: string): number {
  const result = addSheetToBook(bookIn(source, spreadsheetId), runtimeOf(source), sheetName);
  if (!result.ok) throw new Error(result.error);
  return result.sheet.sheetId;
}

export interface SheetSummary {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  lastRow: number;
  lastColumn: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
}

export function listSheets(source: StoreSource, spreadsheetId: string): SheetSummary[] {
  return bookIn(source, spreadsheetId).sheets.map((s, i) => ({
    name: s.name,
    sheetId: s.sheetId,
    index: i + 1,
    hidden: s.hidden,
    lastRow: lastRowOf(s),
    lastColumn: lastColumnOf(s),
    maxRows: s.maxRows,
    maxColumns: s.maxColumns,
    frozenRows: s.frozenRows,
  }));
}

function dataGrid<T>(sheet: StoredSheet, read: (r: number, c: number) => T): T[][] {
  const rows = lastRowOf(sheet);
  const columns = lastColumnOf(sheet);
  const out: T[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: T[] = [];
    for (let c = 1; c <= columns; c++) line.push(read(r, c));
    out.push(line);
  }
  return out;
}

/** The sheet's data region as `getDataRange().getValues()` would give it ([] when empty). */
export function readSheetValues(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
): CellValue[][] {
  const book = bookIn(source, spreadsheetId);
  const sheet = sheetIn(book, sheetName);
  // Formulas are evaluated, as getValues() would (a read outside any execution, at the clock).
  const host = formulaHost(resolveStore(source), book, runtimeOf(source));
  return dataGrid(sheet, (r, c) => readValue(cellAt(sheet, r, c), host, sheet, r, c));
}

/** The data region as the cells show it (`getDisplayValues`), in the spreadsheet's locale. */
export function readSheetDisplayValues(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
): string[][] {
  const book = bookIn(source, spreadsheetId);
  const sheet = sheetIn(book, sheetName);
  const host = formulaHost(resolveStore(source), book, runtimeOf(source));
  return dataGrid(sheet, (r, c) => readDisplay(book, cellAt(sheet, r, c), host, sheet, r, c));
}

/** Formulas of the data region ('' where a cell has none). */
export function readSheetFormulas(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
): string[][] {
  const sheet = sheetIn(bookIn(source, spreadsheetId), sheetName);
  return dataGrid(sheet, (r, c) => cellAt(sheet, r, c)?.f ?? '');
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The sheet as "File > Download > CSV" gives it: displayed values of the data region, RFC 4180
 * (comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted).
 */
export function exportSheetCsv(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
): string {
  return readSheetDisplayValues(source, spreadsheetId, sheetName)
    .map((line) => line.map(csvField).join(','))
    .join('\r\n');
}

/** What the coach has selected: `SpreadsheetApp.getActiveRange()` returns it. */
export function setActiveRange(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
  a1: string,
): void {
  const book = bookIn(source, spreadsheetId);
  const sheet = sheetIn(book, sheetName);
  const parsed = parseA1(a1);
  if (!parsed) throw new Error(`Bad A1 notation: ${a1}`);
  book.activeSheetId = sheet.sheetId;
  book.activeRange = { sheetId: sheet.sheetId, ...parsed.resolve(sheet.maxRows, sheet.maxColumns) };
}

/** Menus, alerts, prompts, sidebars, dialogs and toasts the scripts showed, oldest first. */
export function uiLog(source: StoreSource): UiRecord[] {
  return resolveStore(source).ui;
}

/** The answer the person will give to the next alert or prompt (default: OK, or the first button). */
export function queueUiResponse(source: StoreSource, response: QueuedUiResponse): void {
  resolveStore(source).uiResponses.push(response);
}

export type UserEdit =
  | { kind: 'set'; a1: string; value: unknown }
  | { kind: 'insertRowsAfter'; row: number; count: number }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'sortByColumn'; column: number; ascending: boolean; headerRows: number };

export interface UserEditResult {
  applied: boolean;
  /** Why Sheets refused it: a data validation that rejects input, or a protection. */
  reason?: 'validation' | 'protected';
  helpText?: string | null;
}

/**
 * A person editing the sheet in the browser while scripts run. Typed text is read in the
 * spreadsheet's locale exactly as `setValue` reads it; unlike a script, a person's input is
 * rejected by a data validation that does not allow invalid data, and by a protection when
 * `options.user` is given and may not edit.
 */
export function applyUserEdit(
  source: StoreSource,
  spreadsheetId: string,
  sheetName: string,
  edit: UserEdit,
  options: { user?: string } = {},
): UserEditResult {
  const store = resolveStore(source);
  const book = bookIn(source, spreadsheetId);
  const sheet = sheetIn(book, sheetName);
  const now = runtimeOf(source)?.clock.now() ?? getClock().now();
  const whole = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  // A formula typed in the UI is in the locale's syntax (`;` between arguments in fi_FI).
  const typedValue = (value: unknown, fmt: string | undefined) =>
    typeof value === 'string' && value.startsWith('=') && fmt !== TEXT_FORMAT
      ? formulaFromLocale(value, book.locale)
      : value;
  const allowed = (rect: typeof whole) =>
    options.user === undefined || canEditRect(book, sheet, rect, options.user);
  switch (edit.kind) {
    case 'set': {
      const parsed = parseA1(edit.a1);
      if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName !== sheetName)) {
        throw new Error(`Bad A1 notation: ${edit.a1}`);
      }
      const rect = parsed.resolve(sheet.maxRows, sheet.maxColumns);
      if (!allowed(rect)) return { applied: false, reason: 'protected' };
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
          const cell = cellAt(sheet, r, c);
          if (cell?.dv === undefined) continue;
          const rule = sheet.validations[cell.dv];
          if (rule.allowInvalid) continue;
          const typed =
            typeof edit.value === 'string' && cell.fmt !== TEXT_FORMAT
              ? parseTyped(edit.value, book.locale, book.timeZone, now)
              : { value: edit.value as CellValue };
          if (typed.formula) continue;
          const host = {
            toRef: () => {
              throw new Error('unused');
            },
            toRange: () => undefined,
            valuesOf: valuesOfRef.bind(null, store),
          };
          if (!satisfies(rule, typed.value, host))
            return { applied: false, reason: 'validation', helpText: rule.helpText };
        }
      }
      for (let r = rect.row; r < rect.row + rect.numRows; r++) {
        for (let c = rect.column; c < rect.column + rect.numColumns; c++)
          writeValue(book, sheet, r, c, typedValue(edit.value, cellAt(sheet, r, c)?.fmt), now);
      }
      return { applied: true };
    }
    case 'insertRowsAfter':
      if (!allowed(whole)) return { applied: false, reason: 'protected' };
      insertRows(book, sheet, edit.row + 1, edit.count, edit.row);
      return { applied: true };
    case 'deleteRow':
      if (!allowed(whole)) return { applied: false, reason: 'protected' };
      deleteRows(book, sheet, edit.row, 1);
      return { applied: true };
    case 'sortByColumn': {
      if (!allowed(whole)) return { applied: false, reason: 'protected' };
      sortRows(book, sheet, edit.headerRows + 1, lastRowOf(sheet), [
        { column: edit.column, ascending: edit.ascending },
      ]);
      return { applied: true };
    }
    default:
      throw new Error(`Unknown user edit ${(edit as { kind: string }).kind}`);
  }
}
