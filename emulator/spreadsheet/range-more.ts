import { assertCellsFit } from './cell-limits';
import { checkGridShape } from './common';
import { copyMethods } from './copy';
import { assertCanEdit, growTo, writeFormula } from './grid';
import { mergeMethods } from './merges';
import { formulaFromR1C1, formulaToR1C1 } from './r1c1';
import { bookAndSheet, type RangeHost } from './range-host';
import { richTextRangeMethods } from './rich-text';
import { cellAt } from './store';
import { newTextFinder } from './text-finder';

/**
 * The Range methods kept outside range.ts: copyTo and friends (copy.ts), merges (merges.ts),
 * rich text (rich-text.ts), R1C1 formulas (r1c1.ts) and createTextFinder (text-finder.ts).
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
export function moreRangeMethods(host: RangeHost) {
  const { api, area } = host;
  const size = area.numRows * area.numColumns;
  const writeFormulas = (formulas: unknown[][]) => {
    assertCellsFit(formulas);
    const { book, sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
    assertCanEdit(book, sheet, area, api.ctx.user);
    // Convert every cell first, so a bad formula writes nothing.
    const converted = formulas.map((line, i) =>
      line.map((f, j) => formulaFromR1C1(String(f ?? ''), area.row + i, area.column + j)),
    );
    growTo(book, sheet, area.row + area.numRows - 1, area.column + area.numColumns - 1);
    converted.forEach((line, i) =>
      line.forEach((f, j) => writeFormula(sheet, area.row + i, area.column + j, f)),
    );
  };
  const r1c1At = (r: number, c: number) => {
    const { sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
    const f = cellAt(sheet, r, c)?.f;
    return f ? formulaToR1C1(f, r, c) : '';
  };
  return {
    ...copyMethods(host),
    ...mergeMethods(host),
    ...richTextRangeMethods(host),
    setFormulaR1C1(formula: unknown) {
      api.call('Range', 'setFormulaR1C1');
      const text = String(formula ?? '');
      writeFormulas(
        Array.from({ length: area.numRows }, () => new Array(area.numColumns).fill(text)),
      );
      return host.self();
    },
    setFormulasR1C1(formulas: unknown) {
      api.call('Range', 'setFormulasR1C1', size);
      checkGridShape(formulas, area, 'setFormulasR1C1');
      writeFormulas(formulas as unknown[][]);
      return host.self();
    },
    getFormulaR1C1() {
      api.call('Range', 'getFormulaR1C1');
      return r1c1At(area.row, area.column);
    },
    getFormulasR1C1() {
      api.call('Range', 'getFormulasR1C1', size);
      return Array.from({ length: area.numRows }, (_, i) =>
        Array.from({ length: area.numColumns }, (_, j) => r1c1At(area.row + i, area.column + j)),
      );
    },
    createTextFinder(findText: unknown) {
      api.call('Range', 'createTextFinder');
      bookAndSheet(api, host.spreadsheetId, host.sheetId);
      return newTextFinder(
        api,
        { spreadsheetId: host.spreadsheetId, sheetId: host.sheetId, rect: { ...area } },
        findText,
      );
    },
    /** https://developers.google.com/apps-script/reference/spreadsheet/range#getEndColumn() */
    getEndColumn() {
      api.call('Range', 'getEndColumn');
      return area.column + area.numColumns - 1;
    },
    /** https://developers.google.com/apps-script/reference/spreadsheet/range#getEndRow() */
    getEndRow() {
      api.call('Range', 'getEndRow');
      return area.row + area.numRows - 1;
    },
    __ids: () => ({ spreadsheetId: host.spreadsheetId, sheetId: host.sheetId }),
  };
}
