import { offsetAt } from '../runtime/time-zone';
import { parseA1, quoteSheetName, rectA1, type GridRect } from '../spreadsheet/a1';
import { readDisplay, readValue } from '../spreadsheet/grid';
import { formulaHost } from '../spreadsheet/formulas/host';
import {
  cellAt,
  lastColumnOf,
  lastRowOf,
  type SpreadsheetStore,
  type StoredSheet,
  type StoredSpreadsheet,
} from '../spreadsheet/store';
import { applyMask, badRequest, notEmulated, notFound, parseFields } from './http';

/**
 * Sheets API v4 over the emulator's spreadsheets, read-only: spreadsheets.get and
 * spreadsheets.values.get. Formulas are stored, not evaluated, so a formula cell reads as
 * empty here as it does through SpreadsheetApp in the emulator.
 * https://developers.google.com/sheets/api/reference/rest
 */

function requireBook(store: SpreadsheetStore, spreadsheetId: string): StoredSpreadsheet {
  const book = store.spreadsheets[spreadsheetId];
  if (!book) throw notFound('Requested entity was not found.');
  return book;
}

function sheetResource(sheet: StoredSheet, index: number): Record<string, unknown> {
  return {
    properties: {
      sheetId: sheet.sheetId,
      title: sheet.name,
      index,
      sheetType: 'GRID',
      gridProperties: {
        rowCount: sheet.maxRows,
        columnCount: sheet.maxColumns,
        ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
        ...(sheet.frozenColumns ? { frozenColumnCount: sheet.frozenColumns } : {}),
      },
      ...(sheet.hidden ? { hidden: true } : {}),
    },
  };
}

/** GET v4/spreadsheets/{id} — https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get */
export function spreadsheetsGet(
  store: SpreadsheetStore,
  spreadsheetId: string,
  params: URLSearchParams,
): unknown {
  if (params.get('includeGridData') === 'true') {
    throw notEmulated('spreadsheets.get includeGridData=true');
  }
  if (params.getAll('ranges').length > 0) throw notEmulated('spreadsheets.get ranges');
  const book = requireBook(store, spreadsheetId);
  const body = {
    spreadsheetId: book.id,
    properties: {
      title: book.name,
      locale: book.locale,
      autoRecalc: 'ON_CHANGE',
      timeZone: book.timeZone,
    },
    sheets: book.sheets.map(sheetResource),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.id}/edit`,
  };
  return applyMask(body, parseFields(params.get('fields')));
}

/**
 * A1 range of the values API: `Sheet!A1:C3`, `'Sheet name'!A:C`, a sheet name alone (the whole
 * sheet), or cells without a sheet (the first sheet).
 * https://developers.google.com/sheets/api/guides/concepts#cell
 */
export function resolveRange(
  book: StoredSpreadsheet,
  range: string,
): { sheet: StoredSheet; rect: GridRect } {
  const unquote = (name: string) =>
    name.length >= 2 && name.startsWith("'") && name.endsWith("'")
      ? name.slice(1, -1).replace(/''/g, "'")
      : name;
  const byName = (name: string) => book.sheets.find((s) => s.name === name);
  const whole = (sheet: StoredSheet) => ({
    sheet,
    rect: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns },
  });
  const bad = () => badRequest(`Unable to parse range: ${range}`);
  if (!range.includes('!')) {
    const named = byName(unquote(range.trim()));
    if (named) return whole(named);
  }
  const parsed = parseA1(range);
  if (!parsed) throw bad();
  const sheet = parsed.sheetName === undefined ? book.sheets[0] : byName(parsed.sheetName);
  if (!sheet) throw bad();
  const rect = parsed.resolve(sheet.maxRows, sheet.maxColumns);
  // Sheets clips a range to the grid; a range wholly outside it is an error.
  if (rect.row > sheet.maxRows || rect.column > sheet.maxColumns) {
    throw badRequest(`Range ('${sheet.name}'!${rectA1(rect)}) exceeds grid limits.`);
  }
  rect.numRows = Math.min(rect.numRows, sheet.maxRows - rect.row + 1);
  rect.numColumns = Math.min(rect.numColumns, sheet.maxColumns - rect.column + 1);
  return { sheet, rect };
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell as Sheets' serial number: days since 30.12.1899, in the spreadsheet's zone. */
function serialOf(date: Date, timeZone: string): number {
  const wall = date.getTime() + offsetAt(date.getTime(), timeZone);
  return (wall - SERIAL_EPOCH) / 86_400_000;
}

/**
 * GET v4/spreadsheets/{id}/values/{range} —
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets.values/get
 */
export function valuesGet(
  store: SpreadsheetStore,
  spreadsheetId: string,
  range: string,
  params: URLSearchParams,
): unknown {
  const book = requireBook(store, spreadsheetId);
  const render = params.get('valueRenderOption') ?? 'FORMATTED_VALUE';
  const dates = params.get('dateTimeRenderOption') ?? 'SERIAL_NUMBER';
  const major = params.get('majorDimension') ?? 'ROWS';
  if (!['FORMATTED_VALUE', 'UNFORMATTED_VALUE', 'FORMULA'].includes(render)) {
    throw badRequest(`Invalid value at 'value_render_option' (${render})`);
  }
  if (!['SERIAL_NUMBER', 'FORMATTED_STRING'].includes(dates)) {
    throw badRequest(`Invalid value at 'date_time_render_option' (${dates})`);
  }
  if (major !== 'ROWS' && major !== 'COLUMNS') {
    throw badRequest(`Invalid value at 'major_dimension' (${major})`);
  }
  const { sheet, rect } = resolveRange(book, range);
  // Formulas are evaluated for FORMATTED_VALUE and UNFORMATTED_VALUE, as Sheets does.
  const host = formulaHost(store, book);
  const cell = (r: number, c: number): unknown => {
    const stored = cellAt(sheet, r, c);
    return render === 'FORMULA' && stored?.f ? stored.f : cellOf(r, c);
  };
  const cellOf = (r: number, c: number): unknown => {
    const stored = cellAt(sheet, r, c);
    if (render === 'FORMATTED_VALUE') return readDisplay(book, stored, host, sheet, r, c);
    const value = readValue(stored, host, sheet, r, c);
    if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
      return dates === 'FORMATTED_STRING'
        ? readDisplay(book, stored, host, sheet, r, c)
        : serialOf(value as Date, book.timeZone);
    }
    return value;
  };
  // Trailing empty rows and columns are left out, as Sheets does.
  const lastRow = Math.min(rect.row + rect.numRows - 1, lastRowOf(sheet));
  const lastCol = Math.min(rect.column + rect.numColumns - 1, lastColumnOf(sheet));
  const rows: unknown[][] = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const line: unknown[] = [];
    for (let c = rect.column; c <= lastCol; c++) line.push(cell(r, c));
    while (line.length > 0 && line[line.length - 1] === '') line.pop();
    rows.push(line);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  let values: unknown[][] = rows;
  if (major === 'COLUMNS') {
    const width = Math.max(0, ...rows.map((r) => r.length));
    values = [];
    for (let c = 0; c < width; c++) {
      const column = rows.map((r) => (c < r.length ? r[c] : ''));
      while (column.length > 0 && column[column.length - 1] === '') column.pop();
      values.push(column);
    }
  }
  const body = {
    range: `${quoteSheetName(sheet.name)}!${rectA1(rect)}`,
    majorDimension: major,
    ...(values.length > 0 ? { values } : {}),
  };
  return applyMask(body, parseFields(params.get('fields')));
}
