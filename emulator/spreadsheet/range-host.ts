import type { GridRect } from './a1';
import type { SpreadsheetApi } from './api';
import { bookOf, sheetOf } from './common';
import type { StoredSheet, StoredSpreadsheet } from './store';

/**
 * What the Range, Sheet and Spreadsheet handles hand to the modules that add methods to them
 * (copy, merges, dimensions, text-finder, range-list, named-ranges, rich-text, r1c1).
 */
export interface RangeHost {
  api: SpreadsheetApi;
  spreadsheetId: string;
  sheetId: number;
  area: GridRect;
  /** The Range handle itself, for chaining. */
  self: () => unknown;
}

export interface SheetHost {
  api: SpreadsheetApi;
  spreadsheetId: string;
  sheetId: number;
  self: () => unknown;
}

export function bookAndSheet(
  api: SpreadsheetApi,
  spreadsheetId: string,
  sheetId: number,
): { book: StoredSpreadsheet; sheet: StoredSheet } {
  const book = bookOf(api.ctx, spreadsheetId);
  return { book, sheet: sheetOf(book, sheetId) };
}

/**
 * The same API whose calls are not counted: a method counted once (RangeList.setValue,
 * Sheet.getSheetValues) uses it to reach Range handles without counting their calls again.
 */
export function quietApi(api: SpreadsheetApi): SpreadsheetApi {
  const quiet = Object.create(api) as SpreadsheetApi;
  Object.defineProperty(quiet, 'call', { value: () => undefined });
  return quiet;
}

/** The rectangle and sheet of a Range handle, or undefined for anything else. */
export function rangeParts(
  range: unknown,
): { spreadsheetId: string; sheetId: number; rect: GridRect } | undefined {
  const r = range as {
    __rect?: GridRect;
    __ids?: () => { spreadsheetId: string; sheetId: number };
  };
  if (!r || typeof r !== 'object' || !r.__rect || typeof r.__ids !== 'function') return undefined;
  return { ...r.__ids(), rect: r.__rect };
}
