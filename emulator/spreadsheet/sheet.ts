import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { parseA1, type GridRect } from './a1';
import { assertCanEdit, deleteRows, growTo, insertRows, sortRows, writeValue } from './grid';
import { lastColumnOf, lastRowOf } from './store';
import { type RangeRef } from './validation';
import { chartMethods } from './charts';
import { assertCellsFit } from './cell-limits';
import { sheetFormUrl } from './form-link';
import { moreSheetMethods } from './sheet-more';
import type { SpreadsheetApi } from './api';
import {
  RANGE_NOT_FOUND,
  bookOf,
  checkRect,
  clearCells,
  clearWhat,
  dataRect,
  newProtection,
  recordFormat,
  sheetOf,
  signatureError,
} from './common';

/**
 * Sheet: one tab of a workbook.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
export function newSheet(api: SpreadsheetApi, spreadsheetId: string, sheetId: number) {
  const ctx = api.ctx;
  const book = () => bookOf(ctx, spreadsheetId);
  const sheet = () => sheetOf(book(), sheetId);
  const self = () => sheetHandle;
  const assertEditable = () => {
    const s = sheet();
    assertCanEdit(
      book(),
      s,
      { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
      ctx.user,
    );
  };
  const rangeArgs = (args: unknown[], method: string): GridRect => {
    const s = sheet();
    if (typeof args[0] === 'string' && args.length === 1) {
      const parsed = parseA1(args[0]);
      if (!parsed) throw appsScriptError(RANGE_NOT_FOUND);
      let target = s;
      if (parsed.sheetName !== undefined && parsed.sheetName !== s.name) {
        const other = book().sheets.find((x) => x.name === parsed.sheetName);
        if (!other) throw appsScriptError(RANGE_NOT_FOUND);
        target = other;
      }
      const rect = parsed.resolve(target.maxRows, target.maxColumns);
      return target === s ? rect : ({ ...rect, sheetId: target.sheetId } as GridRect);
    }
    if (
      args.length < 2 ||
      args.length > 4 ||
      args.some((a) => typeof a !== 'number' || Number.isNaN(a))
    ) {
      throw signatureError(args, `SpreadsheetApp.Sheet.${method}`);
    }
    const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map((n) => Math.trunc(n));
    checkRect(row, column, numRows, numColumns);
    return { row, column, numRows, numColumns };
  };
  const handle = {
    getName() {
      api.call('Sheet', 'getName');
      return sheet().name;
    },
    getFormUrl() {
      return sheetFormUrl(api, spreadsheetId, sheetId);
    },
    setName(name: string) {
      api.call('Sheet', 'setName');
      const b = book();
      const s = sheet();
      const text = String(name);
      if (text === s.name) return self();
      if (!text.trim()) throw appsScriptError('Invalid sheet name.');
      if (b.sheets.some((x) => x !== s && x.name.toLowerCase() === text.toLowerCase())) {
        throw appsScriptError(
          `A sheet with the name "${text}" already exists. Please enter another name.`,
        );
      }
      s.name = text;
      return self();
    },
    getSheetId() {
      api.call('Sheet', 'getSheetId');
      return sheet().sheetId;
    },
    getSheetName() {
      api.call('Sheet', 'getSheetName');
      return sheet().name;
    },
    getIndex() {
      api.call('Sheet', 'getIndex');
      return book().sheets.indexOf(sheet()) + 1;
    },
    getParent() {
      api.call('Sheet', 'getParent');
      return api.spreadsheet(spreadsheetId);
    },
    getRange(...args: unknown[]) {
      api.call('Sheet', 'getRange');
      const rect = rangeArgs(args, 'getRange');
      const otherSheet = (rect as GridRect & { sheetId?: number }).sheetId;
      return api.range(spreadsheetId, otherSheet ?? sheetId, rect);
    },
    getDataRange() {
      api.call('Sheet', 'getDataRange');
      return api.range(spreadsheetId, sheetId, dataRect(sheet()));
    },
    getLastRow() {
      api.call('Sheet', 'getLastRow');
      return lastRowOf(sheet());
    },
    getLastColumn() {
      api.call('Sheet', 'getLastColumn');
      return lastColumnOf(sheet());
    },
    getMaxRows() {
      api.call('Sheet', 'getMaxRows');
      return sheet().maxRows;
    },
    getMaxColumns() {
      api.call('Sheet', 'getMaxColumns');
      return sheet().maxColumns;
    },
    appendRow(rowContents: unknown[]) {
      api.call('Sheet', 'appendRow', Array.isArray(rowContents) ? rowContents.length : 0);
      if (!Array.isArray(rowContents))
        throw signatureError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
      assertCellsFit(rowContents);
      const b = book();
      const s = sheet();
      const row = lastRowOf(s) + 1;
      const width = Math.max(1, rowContents.length);
      assertCanEdit(b, s, { row, column: 1, numRows: 1, numColumns: width }, ctx.user);
      growTo(b, s, row, rowContents.length);
      rowContents.forEach((value, j) => writeValue(b, s, row, j + 1, value, ctx.rt.clock.now()));
      return self();
    },
    insertRowsAfter(afterPosition: number, howMany: number) {
      api.call('Sheet', 'insertRowsAfter');
      const s = sheet();
      if (afterPosition < 1 || afterPosition > s.maxRows)
        throw appsScriptError('Those rows are out of bounds.');
      if (howMany < 1) throw appsScriptError('The number of rows to insert must be at least 1.');
      assertEditable();
      insertRows(book(), s, afterPosition + 1, howMany, afterPosition);
      return self();
    },
    insertRowAfter(afterPosition: number) {
      return handle.insertRowsAfter(afterPosition, 1);
    },
    insertRowsBefore(beforePosition: number, howMany: number) {
      api.call('Sheet', 'insertRowsBefore');
      const s = sheet();
      if (beforePosition < 1 || beforePosition > s.maxRows)
        throw appsScriptError('Those rows are out of bounds.');
      if (howMany < 1) throw appsScriptError('The number of rows to insert must be at least 1.');
      assertEditable();
      insertRows(book(), s, beforePosition, howMany, beforePosition);
      return self();
    },
    insertRowBefore(beforePosition: number) {
      return handle.insertRowsBefore(beforePosition, 1);
    },
    insertRows(rowIndex: number, numRows = 1) {
      return handle.insertRowsBefore(rowIndex, numRows);
    },
    deleteRow(rowPosition: number) {
      api.call('Sheet', 'deleteRow');
      assertEditable();
      deleteRows(book(), sheet(), rowPosition, 1);
      return self();
    },
    deleteRows(rowPosition: number, howMany: number) {
      api.call('Sheet', 'deleteRows');
      assertEditable();
      deleteRows(book(), sheet(), rowPosition, howMany);
    },
    insertColumnsAfter(afterPosition: number, howMany: number) {
      api.call('Sheet', 'insertColumnsAfter');
      const s = sheet();
      if (afterPosition < 1 || afterPosition > s.maxColumns)
        throw appsScriptError('Those columns are out of bounds.');
      growTo(book(), s, s.maxRows, s.maxColumns + howMany);
      for (const cells of s.rows) {
        if (cells && cells.length > afterPosition)
          cells.splice(afterPosition, 0, ...new Array(howMany).fill(null));
      }
      return self();
    },
    setFrozenRows(rows: number) {
      api.call('Sheet', 'setFrozenRows');
      sheet().frozenRows = Math.max(0, Math.trunc(rows));
    },
    getFrozenRows() {
      api.call('Sheet', 'getFrozenRows');
      return sheet().frozenRows;
    },
    setFrozenColumns(columns: number) {
      api.call('Sheet', 'setFrozenColumns');
      sheet().frozenColumns = Math.max(0, Math.trunc(columns));
    },
    getFrozenColumns() {
      api.call('Sheet', 'getFrozenColumns');
      return sheet().frozenColumns;
    },
    protect() {
      api.call('Sheet', 'protect');
      const b = book();
      // If the sheet is already protected, the existing protection is returned.
      const existing = b.protections.find((p) => p.type === 'SHEET' && p.sheetId === sheetId);
      if (existing) return api.protection(spreadsheetId, existing.id);
      return api.protection(spreadsheetId, newProtection(b, ctx.user, 'SHEET', sheetId).id);
    },
    getProtections(type: string) {
      api.call('Sheet', 'getProtections');
      return book()
        .protections.filter((p) => p.sheetId === sheetId && p.type === String(type))
        .map((p) => api.protection(spreadsheetId, p.id));
    },
    clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }) {
      api.call('Sheet', 'clear');
      assertEditable();
      const s = sheet();
      clearCells(
        s,
        { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        clearWhat(options),
      );
      if (!options?.contentsOnly) s.formatting = [];
      return self();
    },
    clearContents() {
      api.call('Sheet', 'clearContents');
      assertEditable();
      const s = sheet();
      clearCells(
        s,
        { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        { contents: true },
      );
      return self();
    },
    clearFormats() {
      api.call('Sheet', 'clearFormats');
      const s = sheet();
      clearCells(
        s,
        { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        { formats: true },
      );
      s.formatting = [];
      return self();
    },
    clearNotes() {
      api.call('Sheet', 'clearNotes');
      const s = sheet();
      clearCells(
        s,
        { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        { notes: true },
      );
      return self();
    },
    hideSheet() {
      api.call('Sheet', 'hideSheet');
      const b = book();
      if (b.sheets.filter((x) => !x.hidden && x.sheetId !== sheetId).length === 0) {
        throw appsScriptError("You can't hide all the sheets in a document.");
      }
      sheet().hidden = true;
      return self();
    },
    showSheet() {
      api.call('Sheet', 'showSheet');
      sheet().hidden = false;
      return self();
    },
    isSheetHidden() {
      api.call('Sheet', 'isSheetHidden');
      return sheet().hidden;
    },
    activate() {
      api.call('Sheet', 'activate');
      sheet();
      book().activeSheetId = sheetId;
      return self();
    },
    setColumnWidth(column: number, width: number) {
      api.call('Sheet', 'setColumnWidth');
      sheet().columnWidths[String(column)] = width;
      return self();
    },
    setColumnWidths(startColumn: number, numColumns: number, width: number) {
      api.call('Sheet', 'setColumnWidths');
      for (let c = startColumn; c < startColumn + numColumns; c++)
        sheet().columnWidths[String(c)] = width;
      return self();
    },
    getColumnWidth(column: number) {
      api.call('Sheet', 'getColumnWidth');
      return sheet().columnWidths[String(column)] ?? 100;
    },
    autoResizeColumns(startColumn: number, numColumns: number) {
      api.call('Sheet', 'autoResizeColumns');
      recordFormat(
        sheet(),
        { row: 1, column: startColumn, numRows: sheet().maxRows, numColumns },
        'autoResize',
        true,
      );
      return self();
    },
    autoResizeColumn(column: number) {
      return handle.autoResizeColumns(column, 1);
    },
    setTabColor(color: string | null) {
      api.call('Sheet', 'setTabColor');
      sheet().tabColor = color;
      return self();
    },
    getTabColor() {
      api.call('Sheet', 'getTabColor');
      return sheet().tabColor;
    },
    sort(columnPosition: number, ascending = true) {
      api.call('Sheet', 'sort');
      const s = sheet();
      assertEditable();
      sortRows(book(), s, s.frozenRows + 1, lastRowOf(s), [{ column: columnPosition, ascending }]);
      return self();
    },
    // Embedded charts (charts.ts): newChart, insertChart, getCharts, updateChart, removeChart.
    ...chartMethods({
      ctx,
      spreadsheetId,
      sheetId,
      toRef: (range, method) => {
        const r = range as { __rangeRef?: () => RangeRef } | null;
        if (typeof r?.__rangeRef !== 'function')
          throw signatureError([range], `SpreadsheetApp.${method}`);
        return r.__rangeRef();
      },
      toRange: (ref) => api.host.toRange(ref),
      signature: signatureError,
    }),
    // copyTo, getSheetValues, hidden rows/columns, getRangeList, createTextFinder (sheet-more.ts).
    ...moreSheetMethods({ api, spreadsheetId, sheetId, self }),
    toString: () => 'Sheet',
    __sheetId: sheetId,
  };
  const sheetHandle = withCoverage(handle, 'Sheet');
  return sheetHandle;
}
