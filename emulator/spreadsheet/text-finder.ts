import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { GridRect } from './a1';
import type { SpreadsheetApi } from './api';
import { bookOf, signatureError, storeOf } from './common';
import { formulaHost } from './formulas/host';
import { assertCanEdit, readDisplay, writeFormula, writeValue } from './grid';
import { rangeParts } from './range-host';
import { cellAt, pruneCell, type StoredSheet } from './store';

/**
 * TextFinder: find and replace over a range, a sheet or the whole spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 * Cells are searched row by row, left to right, sheets in tab order; a formula cell is searched
 * by the value it shows unless matchFormulaText(true). findNext/findPrevious do not wrap around:
 * past the last (first) match they give null.
 */

/** [unverified wording] for an empty search text (Google's text not found). */
export const EMPTY_FIND_TEXT = 'Invalid argument: findText';

export interface FinderScope {
  spreadsheetId: string;
  /** A sheet and rectangle; a spreadsheet-wide finder has none. */
  sheetId?: number;
  rect?: GridRect;
}

interface Hit {
  sheet: StoredSheet;
  sheetIndex: number;
  row: number;
  column: number;
}

const order = (a: Pick<Hit, 'sheetIndex' | 'row' | 'column'>) => [a.sheetIndex, a.row, a.column];
function compare(a: Pick<Hit, 'sheetIndex' | 'row' | 'column'>, b: typeof a): number {
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

const stripMarks = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

export function newTextFinder(api: SpreadsheetApi, scope: FinderScope, findText: unknown) {
  const text = String(findText ?? '');
  const options = {
    matchCase: false,
    matchEntireCell: false,
    matchFormulaText: false,
    useRegularExpression: false,
    ignoreDiacritics: false,
  };
  let position: Omit<Hit, 'sheet'> | null = null;
  let current: Omit<Hit, 'sheet'> | null = null;
  const call = (method: string) => api.call('TextFinder', method);
  const self = () => finder;

  const pattern = (): RegExp => {
    if (text === '') throw appsScriptError(EMPTY_FIND_TEXT);
    let source = options.useRegularExpression ? text : text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (options.ignoreDiacritics) source = stripMarks(source);
    if (options.matchEntireCell) source = `^(?:${source})$`;
    try {
      return new RegExp(source, options.matchCase ? 'gu' : 'giu');
    } catch {
      // [unverified wording] Sheets uses RE2; a pattern JavaScript cannot read is refused.
      throw appsScriptError(`Invalid argument: ${text}`);
    }
  };
  const sheetsInScope = (): Array<{ sheet: StoredSheet; index: number; rect: GridRect }> => {
    const book = bookOf(api.ctx, scope.spreadsheetId);
    return book.sheets
      .map((sheet, index) => ({ sheet, index }))
      .filter(({ sheet }) => scope.sheetId === undefined || sheet.sheetId === scope.sheetId)
      .map(({ sheet, index }) => ({
        sheet,
        index,
        rect: scope.rect ?? {
          row: 1,
          column: 1,
          numRows: sheet.maxRows,
          numColumns: sheet.maxColumns,
        },
      }));
  };
  const searchedText = (sheet: StoredSheet, row: number, column: number): string | null => {
    const cell = cellAt(sheet, row, column);
    if (!cell) return null;
    if (cell.f && options.matchFormulaText) return cell.f;
    const book = bookOf(api.ctx, scope.spreadsheetId);
    const host = formulaHost(storeOf(api.ctx), book, api.ctx.rt);
    const shown = readDisplay(book, cell, host, sheet, row, column);
    return shown === '' ? null : shown;
  };
  const matches = (): Hit[] => {
    const re = pattern();
    const hits: Hit[] = [];
    for (const { sheet, index, rect } of sheetsInScope()) {
      const lastRow = Math.min(rect.row + rect.numRows - 1, sheet.rows.length);
      for (let r = rect.row; r <= lastRow; r++) {
        const cells = sheet.rows[r - 1];
        if (!cells) continue;
        const lastColumn = Math.min(rect.column + rect.numColumns - 1, cells.length);
        for (let c = rect.column; c <= lastColumn; c++) {
          const shown = searchedText(sheet, r, c);
          if (shown === null) continue;
          re.lastIndex = 0;
          if (re.test(options.ignoreDiacritics ? stripMarks(shown) : shown))
            hits.push({ sheet, sheetIndex: index, row: r, column: c });
        }
      }
    }
    return hits;
  };
  const rangeOf = (hit: Omit<Hit, 'sheet'>) => {
    const book = bookOf(api.ctx, scope.spreadsheetId);
    const sheet = book.sheets[hit.sheetIndex];
    return api.range(scope.spreadsheetId, sheet.sheetId, {
      row: hit.row,
      column: hit.column,
      numRows: 1,
      numColumns: 1,
    });
  };
  const strip = (hit: Hit): Omit<Hit, 'sheet'> => ({
    sheetIndex: hit.sheetIndex,
    row: hit.row,
    column: hit.column,
  });
  /** Replaces in one cell; true when its content changed. */
  const replaceIn = (hit: Hit, replacement: string): boolean => {
    if (options.ignoreDiacritics)
      throw new Error(
        'Not emulated: TextFinder.replaceAllWith() after ignoreDiacritics(true). See emulator/IMPLEMENTATION_COVERAGE.md.',
      );
    const book = bookOf(api.ctx, scope.spreadsheetId);
    const { sheet, row, column } = hit;
    const cell = cellAt(sheet, row, column);
    const shown = searchedText(sheet, row, column);
    if (!cell || shown === null) return false;
    const re = pattern();
    const next = options.useRegularExpression
      ? shown.replace(re, replacement)
      : shown.replace(re, () => replacement);
    if (next === shown) return false;
    assertCanEdit(book, sheet, { row, column, numRows: 1, numColumns: 1 }, api.ctx.user);
    if (cell.f && options.matchFormulaText && next.startsWith('=')) {
      writeFormula(sheet, row, column, next);
    } else if (typeof cell.v === 'string' && !cell.f) {
      if (next === '') delete cell.v;
      else cell.v = next;
      delete cell.rt;
      pruneCell(sheet, row, column);
    } else {
      writeValue(book, sheet, row, column, next, api.ctx.rt.clock.now());
    }
    return true;
  };
  const flag = (name: keyof typeof options) => (value: unknown) => {
    call(name);
    if (typeof value !== 'boolean')
      throw signatureError([value], `SpreadsheetApp.TextFinder.${name}`);
    options[name] = value;
    return self();
  };
  const handle = {
    matchCase: flag('matchCase'),
    matchEntireCell: flag('matchEntireCell'),
    matchFormulaText: flag('matchFormulaText'),
    useRegularExpression: flag('useRegularExpression'),
    ignoreDiacritics: flag('ignoreDiacritics'),
    startFrom(startRange: unknown) {
      call('startFrom');
      const parts = rangeParts(startRange);
      if (!parts || parts.spreadsheetId !== scope.spreadsheetId)
        throw signatureError([startRange], 'SpreadsheetApp.TextFinder.startFrom');
      const book = bookOf(api.ctx, scope.spreadsheetId);
      position = {
        sheetIndex: book.sheets.findIndex((s) => s.sheetId === parts.sheetId),
        row: parts.rect.row,
        column: parts.rect.column,
      };
      current = null;
      return self();
    },
    findAll() {
      call('findAll');
      return matches().map((hit) => rangeOf(strip(hit)));
    },
    findNext() {
      call('findNext');
      const hits = matches();
      const from = position;
      const hit = from ? hits.find((h) => compare(h, from) > 0) : hits[0];
      if (!hit) return null;
      position = current = strip(hit);
      return rangeOf(current);
    },
    findPrevious() {
      call('findPrevious');
      const hits = matches();
      const from = position;
      const hit = from ? [...hits].reverse().find((h) => compare(h, from) < 0) : undefined;
      if (!hit) return null;
      position = current = strip(hit);
      return rangeOf(current);
    },
    getCurrentMatch() {
      call('getCurrentMatch');
      return current ? rangeOf(current) : null;
    },
    replaceAllWith(replaceText: unknown) {
      call('replaceAllWith');
      const replacement = String(replaceText ?? '');
      let changed = 0;
      for (const hit of matches()) if (replaceIn(hit, replacement)) changed++;
      return changed;
    },
    replaceWith(replaceText: unknown) {
      call('replaceWith');
      const now = current;
      if (!now) return 0;
      const hit = matches().find((h) => compare(h, now) === 0);
      return hit && replaceIn(hit, String(replaceText ?? '')) ? 1 : 0;
    },
    toString: () => 'TextFinder',
  };
  const finder = withCoverage(handle, 'TextFinder');
  return finder;
}
