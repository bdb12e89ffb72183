import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { rectA1, type GridRect } from './a1';
import {
  assertCanEdit,
  growTo,
  readDisplay,
  readValue,
  sortRows,
  writeFormula,
  writeValue,
} from './grid';
import { AUTOMATIC_FORMAT } from './locale';
import { cellAt, cellFor, pruneCell, validationIndex, type CellValue } from './store';
import {
  DataValidationCriteria,
  createDataValidation,
  storedOf,
  type RangeRef,
} from './validation';
import { assertCellsFit } from './cell-limits';
import { moreRangeMethods } from './range-more';
import { formulaHost } from './formulas/host';
import type { SpreadsheetApi } from './api';
import {
  bookOf,
  checkGridShape,
  checkRect,
  clearCells,
  clearWhat,
  lastFormat,
  newProtection,
  recordFormat,
  sheetOf,
  storeOf,
} from './common';

/**
 * Range: a rectangle of cells on a sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export function newRange(
  api: SpreadsheetApi,
  spreadsheetId: string,
  sheetId: number,
  rect: GridRect,
) {
  const ctx = api.ctx;
  const { row, column, numRows, numColumns } = rect;
  const size = numRows * numColumns;
  const book = () => bookOf(ctx, spreadsheetId);
  const sheet = () => sheetOf(book(), sheetId);
  const self = () => rangeHandle;
  // What a formula cell needs to be evaluated when read (formulas/evaluate.ts).
  const formulas = () => formulaHost(storeOf(ctx), book(), ctx.rt);
  const area: GridRect = { row, column, numRows, numColumns };
  const eachCell = <T>(fn: (r: number, c: number) => T): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < numRows; i++) {
      const line: T[] = [];
      for (let j = 0; j < numColumns; j++) line.push(fn(row + i, column + j));
      out.push(line);
    }
    return out;
  };
  const checkGrid = (data: unknown, method: string) => checkGridShape(data, area, method);
  const beginWrite = () => {
    const b = book();
    const s = sheet();
    assertCanEdit(b, s, area, ctx.user);
    growTo(b, s, row + numRows - 1, column + numColumns - 1);
    return { b, s };
  };
  const setEach = (
    data: unknown[][],
    apply: (cell: ReturnType<typeof cellFor>, value: unknown) => void,
  ) => {
    const { s } = beginWrite();
    data.forEach((line, i) =>
      line.forEach((value, j) => {
        apply(cellFor(s, row + i, column + j), value);
        pruneCell(s, row + i, column + j);
      }),
    );
  };
  const fill = <T>(value: T): T[][] => eachCell(() => value);
  const format = (property: string, value: unknown) => {
    recordFormat(sheet(), area, property, value);
    return self();
  };
  const handle = {
    getValues() {
      api.call('Range', 'getValues', size);
      const s = sheet();
      const host = formulas();
      // The hottest path of every job (whole tables are read at once): a plain loop over the
      // stored rows, same result as eachCell((r, c) => readValue(cellAt(s, r, c), …)).
      const out: CellValue[][] = new Array(numRows);
      for (let i = 0; i < numRows; i++) {
        const cells = s.rows[row - 1 + i];
        const line: CellValue[] = new Array(numColumns);
        for (let j = 0; j < numColumns; j++)
          line[j] = cells
            ? readValue(cells[column - 1 + j] ?? null, host, s, row + i, column + j)
            : '';
        out[i] = line;
      }
      return out;
    },
    getValue() {
      api.call('Range', 'getValue');
      const s = sheet();
      return readValue(cellAt(s, row, column), formulas(), s, row, column);
    },
    getDisplayValues() {
      api.call('Range', 'getDisplayValues', size);
      const b = book();
      const s = sheet();
      const host = formulas();
      return eachCell((r, c) => readDisplay(b, cellAt(s, r, c), host, s, r, c));
    },
    getDisplayValue() {
      api.call('Range', 'getDisplayValue');
      const s = sheet();
      return readDisplay(book(), cellAt(s, row, column), formulas(), s, row, column);
    },
    setValues(values: unknown[][]) {
      api.call('Range', 'setValues', size);
      checkGrid(values, 'setValues');
      assertCellsFit(values);
      const { b, s } = beginWrite();
      const now = ctx.rt.clock.now();
      values.forEach((line, i) =>
        line.forEach((v, j) => writeValue(b, s, row + i, column + j, v, now)),
      );
      return self();
    },
    setValue(value: unknown) {
      api.call('Range', 'setValue');
      assertCellsFit(value);
      const { b, s } = beginWrite();
      const now = ctx.rt.clock.now();
      // setValue on a larger range writes the value to every cell.
      eachCell((r, c) => writeValue(b, s, r, c, value, now));
      return self();
    },
    getFormulas() {
      api.call('Range', 'getFormulas', size);
      const s = sheet();
      return eachCell((r, c) => cellAt(s, r, c)?.f ?? '');
    },
    getFormula() {
      api.call('Range', 'getFormula');
      return cellAt(sheet(), row, column)?.f ?? '';
    },
    setFormulas(formulas: string[][]) {
      api.call('Range', 'setFormulas', size);
      checkGrid(formulas, 'setFormulas');
      assertCellsFit(formulas);
      const { s } = beginWrite();
      formulas.forEach((line, i) =>
        line.forEach((f, j) => writeFormula(s, row + i, column + j, String(f ?? ''))),
      );
      return self();
    },
    setFormula(formula: string) {
      api.call('Range', 'setFormula');
      assertCellsFit(formula);
      const { s } = beginWrite();
      eachCell((r, c) => writeFormula(s, r, c, String(formula ?? '')));
      return self();
    },
    getA1Notation() {
      api.call('Range', 'getA1Notation');
      return rectA1(area);
    },
    getRow() {
      api.call('Range', 'getRow');
      return row;
    },
    getRowIndex() {
      api.call('Range', 'getRowIndex');
      return row;
    },
    getColumn() {
      api.call('Range', 'getColumn');
      return column;
    },
    getNumRows() {
      api.call('Range', 'getNumRows');
      return numRows;
    },
    getNumColumns() {
      api.call('Range', 'getNumColumns');
      return numColumns;
    },
    getHeight() {
      api.call('Range', 'getHeight');
      return numRows;
    },
    getWidth() {
      api.call('Range', 'getWidth');
      return numColumns;
    },
    getLastRow() {
      api.call('Range', 'getLastRow');
      return row + numRows - 1;
    },
    getLastColumn() {
      api.call('Range', 'getLastColumn');
      return column + numColumns - 1;
    },
    getSheet() {
      api.call('Range', 'getSheet');
      sheet();
      return api.sheet(spreadsheetId, sheetId);
    },
    getGridId() {
      api.call('Range', 'getGridId');
      return sheetId;
    },
    offset(rowOffset: number, columnOffset: number, newRows?: number, newColumns?: number) {
      api.call('Range', 'offset');
      const next = {
        row: row + Math.trunc(rowOffset),
        column: column + Math.trunc(columnOffset),
        numRows: newRows === undefined ? numRows : Math.trunc(newRows),
        numColumns: newColumns === undefined ? numColumns : Math.trunc(newColumns),
      };
      checkRect(next.row, next.column, next.numRows, next.numColumns);
      return api.range(spreadsheetId, sheetId, next);
    },
    getCell(r: number, c: number) {
      api.call('Range', 'getCell');
      if (r < 1 || c < 1 || r > numRows || c > numColumns) {
        throw appsScriptError('Cell reference out of range');
      }
      return api.range(spreadsheetId, sheetId, {
        row: row + r - 1,
        column: column + c - 1,
        numRows: 1,
        numColumns: 1,
      });
    },
    clear(options?: Record<string, boolean>) {
      api.call('Range', 'clear', size);
      const s = sheet();
      assertCanEdit(book(), s, area, ctx.user);
      clearCells(s, area, clearWhat(options));
      return self();
    },
    clearContent() {
      api.call('Range', 'clearContent', size);
      const s = sheet();
      assertCanEdit(book(), s, area, ctx.user);
      clearCells(s, area, { contents: true });
      return self();
    },
    clearFormat() {
      api.call('Range', 'clearFormat', size);
      clearCells(sheet(), area, { formats: true });
      return self();
    },
    clearNote() {
      api.call('Range', 'clearNote', size);
      clearCells(sheet(), area, { notes: true });
      return self();
    },
    clearDataValidations() {
      api.call('Range', 'clearDataValidations', size);
      clearCells(sheet(), area, { validations: true });
      return self();
    },
    isBlank() {
      api.call('Range', 'isBlank');
      const s = sheet();
      return eachCell((r, c) => cellAt(s, r, c)).every((line) =>
        line.every((cell) => !cell || (cell.v === undefined && !cell.f)),
      );
    },
    getNote() {
      api.call('Range', 'getNote');
      return cellAt(sheet(), row, column)?.note ?? '';
    },
    getNotes() {
      api.call('Range', 'getNotes', size);
      const s = sheet();
      return eachCell((r, c) => cellAt(s, r, c)?.note ?? '');
    },
    setNote(note: string | null) {
      api.call('Range', 'setNote');
      setEach(fill(note), (cell, v) => {
        if (v === null || v === undefined || v === '') delete cell.note;
        else cell.note = String(v);
      });
      return self();
    },
    setNotes(notes: Array<Array<string | null>>) {
      api.call('Range', 'setNotes', size);
      checkGrid(notes, 'setNotes');
      setEach(notes, (cell, v) => {
        if (v === null || v === undefined || v === '') delete cell.note;
        else cell.note = String(v);
      });
      return self();
    },
    setDataValidation(rule: unknown) {
      api.call('Range', 'setDataValidation', size);
      const s = sheet();
      const index = rule === null ? undefined : validationIndex(s, storedOf(rule));
      setEach(fill(index), (cell, v) => {
        if (v === undefined) delete cell.dv;
        else cell.dv = v as number;
      });
      return self();
    },
    setDataValidations(rules: unknown[][]) {
      api.call('Range', 'setDataValidations', size);
      checkGrid(rules, 'setDataValidations');
      const s = sheet();
      const indices = rules.map((line) =>
        line.map((r) => (r === null ? undefined : validationIndex(s, storedOf(r)))),
      );
      setEach(indices, (cell, v) => {
        if (v === undefined) delete cell.dv;
        else cell.dv = v as number;
      });
      return self();
    },
    getDataValidation() {
      api.call('Range', 'getDataValidation');
      const s = sheet();
      const dv = cellAt(s, row, column)?.dv;
      return dv === undefined ? null : createDataValidation(s.validations[dv], api.host);
    },
    getDataValidations() {
      api.call('Range', 'getDataValidations', size);
      const s = sheet();
      return eachCell((r, c) => {
        const dv = cellAt(s, r, c)?.dv;
        return dv === undefined ? null : createDataValidation(s.validations[dv], api.host);
      });
    },
    insertCheckboxes() {
      api.call('Range', 'insertCheckboxes', size);
      const s = sheet();
      const index = validationIndex(s, {
        criteria: DataValidationCriteria.CHECKBOX,
        values: [],
        allowInvalid: false,
        helpText: null,
      });
      setEach(fill(index), (cell, v) => {
        cell.dv = v as number;
        if (cell.v === undefined && !cell.f) cell.v = false;
      });
      return self();
    },
    getNumberFormat() {
      api.call('Range', 'getNumberFormat');
      return cellAt(sheet(), row, column)?.fmt ?? AUTOMATIC_FORMAT;
    },
    getNumberFormats() {
      api.call('Range', 'getNumberFormats', size);
      const s = sheet();
      return eachCell((r, c) => cellAt(s, r, c)?.fmt ?? AUTOMATIC_FORMAT);
    },
    setNumberFormat(numberFormat: string) {
      api.call('Range', 'setNumberFormat', size);
      setEach(fill(String(numberFormat)), (cell, v) => {
        cell.fmt = v as string;
      });
      return self();
    },
    setNumberFormats(numberFormats: string[][]) {
      api.call('Range', 'setNumberFormats', size);
      checkGrid(numberFormats, 'setNumberFormats');
      setEach(numberFormats, (cell, v) => {
        cell.fmt = String(v);
      });
      return self();
    },
    setFontWeight(fontWeight: string | null) {
      api.call('Range', 'setFontWeight');
      return format('fontWeight', fontWeight);
    },
    setFontWeights(weights: unknown[][]) {
      api.call('Range', 'setFontWeights');
      return format('fontWeights', weights);
    },
    setFontStyle(style: string | null) {
      api.call('Range', 'setFontStyle');
      return format('fontStyle', style);
    },
    setFontColor(color: string | null) {
      api.call('Range', 'setFontColor');
      return format('fontColor', color);
    },
    setFontSize(size: number) {
      api.call('Range', 'setFontSize');
      return format('fontSize', size);
    },
    setBackground(color: string | null) {
      api.call('Range', 'setBackground');
      return format('background', color);
    },
    setBackgrounds(colors: unknown[][]) {
      api.call('Range', 'setBackgrounds');
      return format('backgrounds', colors);
    },
    setWrap(wrap: boolean) {
      api.call('Range', 'setWrap');
      return format('wrap', wrap);
    },
    setHorizontalAlignment(alignment: string | null) {
      api.call('Range', 'setHorizontalAlignment');
      return format('horizontalAlignment', alignment);
    },
    setVerticalAlignment(alignment: string | null) {
      api.call('Range', 'setVerticalAlignment');
      return format('verticalAlignment', alignment);
    },
    setBorder(...args: unknown[]) {
      api.call('Range', 'setBorder');
      return format('border', args);
    },
    getBackground() {
      api.call('Range', 'getBackground');
      return lastFormat(sheet(), row, column, 'background') ?? '#ffffff';
    },
    getFontWeight() {
      api.call('Range', 'getFontWeight');
      return lastFormat(sheet(), row, column, 'fontWeight') ?? 'normal';
    },
    protect() {
      api.call('Range', 'protect');
      const b = book();
      sheet();
      return api.protection(spreadsheetId, newProtection(b, ctx.user, 'RANGE', sheetId, area).id);
    },
    activate() {
      api.call('Range', 'activate');
      const b = book();
      sheet();
      b.activeSheetId = sheetId;
      b.activeRange = { sheetId, ...area };
      return self();
    },
    sort(sortSpec: unknown) {
      api.call('Range', 'sort', size);
      const s = sheet();
      assertCanEdit(book(), s, area, ctx.user);
      const specs = (Array.isArray(sortSpec) ? sortSpec : [sortSpec]).map((spec) =>
        typeof spec === 'number'
          ? { column: spec, ascending: true }
          : {
              column: Number((spec as { column: number }).column),
              ascending: (spec as { ascending?: boolean }).ascending !== false,
            },
      );
      for (const spec of specs) {
        if (spec.column < column || spec.column > column + numColumns - 1) {
          throw appsScriptError(`Column ${spec.column} is out of range.`);
        }
      }
      sortRows(book(), s, row, row + numRows - 1, specs, column, column + numColumns - 1);
      return self();
    },
    // copyTo, merges, rich text, R1C1 formulas, createTextFinder (range-more.ts).
    ...moreRangeMethods({ api, spreadsheetId, sheetId, area, self }),
    toString: () => 'Range',
    __rect: area,
    __rangeRef: (): RangeRef => ({
      $range: { spreadsheetId, sheetName: sheet().name, a1: rectA1(area) },
    }),
  };
  const rangeHandle = withCoverage(handle, 'Range');
  return rangeHandle;
}
