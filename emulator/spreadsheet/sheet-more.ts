import { appsScriptError } from '../runtime/errors';
import { addSheetToBook } from './books';
import { NO_PERMISSION, bookOf, checkRect, signatureError } from './common';
import { namedRangesOnSheet } from './named-ranges';
import { bookAndSheet, quietApi, rangeParts, type SheetHost } from './range-host';
import { newRangeList, rangeListRects } from './range-list';
import { lastColumnOf, lastRowOf, type StoredSheet } from './store';
import { newTextFinder } from './text-finder';

/**
 * The Sheet methods kept outside sheet.ts: copyTo, getSheetValues, hidden rows and columns,
 * getRangeList, createTextFinder and getNamedRanges.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */

const ROWS_OUT = 'Those rows are out of bounds.';
const COLUMNS_OUT = 'Those columns are out of bounds.';

function toggle(list: number[] | undefined, from: number, count: number, on: boolean): number[] {
  const set = new Set(list ?? []);
  for (let i = from; i < from + count; i++) {
    if (on) set.add(i);
    else set.delete(i);
  }
  return [...set].sort((a, b) => a - b);
}

/** "Copy of Asiakkaat", then "Copy of Asiakkaat 2"… until the name is free in the target. */
export function copyName(names: string[], original: string): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const base = `Copy of ${original}`;
  if (!taken.has(base.toLowerCase())) return base;
  let n = 2;
  while (taken.has(`${base} ${n}`.toLowerCase())) n++;
  return `${base} ${n}`;
}

export function moreSheetMethods(host: SheetHost) {
  const { api, spreadsheetId, sheetId } = host;
  const sheet = () => bookAndSheet(api, spreadsheetId, sheetId).sheet;
  const count = (n: unknown, method: string, args: unknown[]) => {
    if (n === undefined) return 1;
    if (typeof n !== 'number') throw signatureError(args, `SpreadsheetApp.Sheet.${method}`);
    return Math.trunc(n);
  };
  const hide = (
    dimension: 'hiddenRows' | 'hiddenColumns',
    method: string,
    on: boolean,
    args: unknown[],
  ) => {
    api.call('Sheet', method);
    const [index, howMany] = args;
    if (typeof index !== 'number') throw signatureError(args, `SpreadsheetApp.Sheet.${method}`);
    const s = sheet();
    const n = count(howMany, method, args);
    const start = Math.trunc(index);
    const max = dimension === 'hiddenRows' ? s.maxRows : s.maxColumns;
    if (start < 1 || n < 1 || start + n - 1 > max)
      throw appsScriptError(dimension === 'hiddenRows' ? ROWS_OUT : COLUMNS_OUT);
    s[dimension] = toggle(s[dimension], start, n, on);
    if (s[dimension]?.length === 0) delete s[dimension];
    return host.self();
  };
  const hideRange = (
    dimension: 'hiddenRows' | 'hiddenColumns',
    method: string,
    on: boolean,
    range: unknown,
  ) => {
    api.call('Sheet', method);
    const parts = rangeParts(range);
    if (!parts || parts.sheetId !== sheetId || parts.spreadsheetId !== spreadsheetId)
      throw signatureError([range], `SpreadsheetApp.Sheet.${method}`);
    const s = sheet();
    const [from, n] =
      dimension === 'hiddenRows'
        ? [parts.rect.row, parts.rect.numRows]
        : [parts.rect.column, parts.rect.numColumns];
    s[dimension] = toggle(s[dimension], from, n, on);
    if (s[dimension]?.length === 0) delete s[dimension];
  };
  const hidden = (dimension: 'hiddenRows' | 'hiddenColumns', method: string, position: unknown) => {
    api.call('Sheet', method);
    if (typeof position !== 'number')
      throw signatureError([position], `SpreadsheetApp.Sheet.${method}`);
    return (sheet()[dimension] ?? []).includes(Math.trunc(position));
  };
  return {
    hideRows: (...args: unknown[]) => hide('hiddenRows', 'hideRows', true, args),
    showRows: (...args: unknown[]) => hide('hiddenRows', 'showRows', false, args),
    hideColumns: (...args: unknown[]) => hide('hiddenColumns', 'hideColumns', true, args),
    showColumns: (...args: unknown[]) => hide('hiddenColumns', 'showColumns', false, args),
    hideRow: (range: unknown) => hideRange('hiddenRows', 'hideRow', true, range),
    unhideRow: (range: unknown) => hideRange('hiddenRows', 'unhideRow', false, range),
    hideColumn: (range: unknown) => hideRange('hiddenColumns', 'hideColumn', true, range),
    unhideColumn: (range: unknown) => hideRange('hiddenColumns', 'unhideColumn', false, range),
    isRowHiddenByUser: (row: unknown) => hidden('hiddenRows', 'isRowHiddenByUser', row),
    isColumnHiddenByUser: (column: unknown) =>
      hidden('hiddenColumns', 'isColumnHiddenByUser', column),
    /** No filters exist in the emulated workbook, so no row is hidden by one. */
    isRowHiddenByFilter(row: unknown) {
      api.call('Sheet', 'isRowHiddenByFilter');
      if (typeof row !== 'number')
        throw signatureError([row], 'SpreadsheetApp.Sheet.isRowHiddenByFilter');
      sheet();
      return false;
    },
    /**
     * The values of a rectangle; -1 rows or columns reach the last row or column with data.
     * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)
     */
    getSheetValues(...args: unknown[]) {
      if (args.length !== 4 || args.some((a) => typeof a !== 'number' || Number.isNaN(a)))
        throw signatureError(args, 'SpreadsheetApp.Sheet.getSheetValues');
      const s = sheet();
      const [row, column] = (args as number[]).map(Math.trunc);
      let [, , numRows, numColumns] = (args as number[]).map(Math.trunc);
      if (numRows === -1) numRows = lastRowOf(s) - row + 1;
      if (numColumns === -1) numColumns = lastColumnOf(s) - column + 1;
      api.call('Sheet', 'getSheetValues', Math.max(0, numRows * numColumns));
      checkRect(row, column, numRows, numColumns);
      const range = quietApi(api).range(spreadsheetId, sheetId, {
        row,
        column,
        numRows,
        numColumns,
      });
      return range.getValues();
    },
    /**
     * Copies the sheet into a spreadsheet (this one or another) as "Copy of <name>", at the end
     * of its tabs. https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)
     */
    copyTo(spreadsheet: unknown) {
      api.call('Sheet', 'copyTo');
      const targetId = (spreadsheet as { __spreadsheetId?: string } | null)?.__spreadsheetId;
      if (typeof targetId !== 'string')
        throw signatureError([spreadsheet], 'SpreadsheetApp.Sheet.copyTo');
      const source = sheet();
      const target = bookOf(api.ctx, targetId);
      const user = api.ctx.user;
      if (target.owner !== user && !target.editors.includes(user))
        throw appsScriptError(NO_PERMISSION);
      const name = copyName(
        target.sheets.map((s) => s.name),
        source.name,
      );
      const added = addSheetToBook(target, api.ctx.rt, name);
      if (!added.ok) throw appsScriptError(added.error);
      const clone = structuredClone(source) as StoredSheet & { charts?: unknown };
      // Charts, protections and named ranges stay behind (LIMITATIONS.md).
      delete clone.charts;
      Object.assign(added.sheet, clone, {
        sheetId: added.sheet.sheetId,
        name,
        hidden: false,
      });
      return api.sheet(targetId, added.sheet.sheetId);
    },
    getRangeList(a1Notations: unknown) {
      api.call('Sheet', 'getRangeList');
      const rects = rangeListRects(api, spreadsheetId, sheetId, a1Notations);
      return newRangeList(api, spreadsheetId, sheetId, rects);
    },
    createTextFinder(findText: unknown) {
      api.call('Sheet', 'createTextFinder');
      sheet();
      return newTextFinder(api, { spreadsheetId, sheetId }, findText);
    },
    getNamedRanges() {
      api.call('Sheet', 'getNamedRanges');
      sheet();
      return namedRangesOnSheet(api, spreadsheetId, sheetId);
    },
    __spreadsheetId: spreadsheetId,
  };
}
