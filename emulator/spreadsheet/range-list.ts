import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { parseA1, type GridRect } from './a1';
import type { SpreadsheetApi } from './api';
import { RANGE_NOT_FOUND, signatureError } from './common';
import { bookAndSheet, quietApi } from './range-host';

/**
 * RangeList: several ranges of one sheet, changed with one call each.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 * Each method counts one `RangeList` call and applies the Range method of the same name to every
 * range, in order (a protected range stops the call there, as in Sheets the whole call fails).
 */

/** The Range methods a RangeList applies to each of its ranges. */
const APPLIED = [
  'breakApart',
  'clear',
  'clearContent',
  'clearDataValidations',
  'clearFormat',
  'clearNote',
  'insertCheckboxes',
  'setBackground',
  'setBorder',
  'setFontColor',
  'setFontSize',
  'setFontStyle',
  'setFontWeight',
  'setFormula',
  'setFormulaR1C1',
  'setHorizontalAlignment',
  'setNote',
  'setNumberFormat',
  'setValue',
  'setVerticalAlignment',
  'setWrap',
] as const;

type Applied = Record<(typeof APPLIED)[number], (...args: unknown[]) => RangeListHandle>;

/** What a script holds: the applied methods (each returns the list) and getRanges. */
export interface RangeListHandle extends Applied {
  getRanges(): Array<ReturnType<SpreadsheetApi['range']>>;
  toString(): string;
}

/** Parses `a1Notations` against one sheet (Sheet.getRangeList). */
export function rangeListRects(
  api: SpreadsheetApi,
  spreadsheetId: string,
  sheetId: number,
  a1Notations: unknown,
): GridRect[] {
  if (!Array.isArray(a1Notations))
    throw signatureError([a1Notations], 'SpreadsheetApp.Sheet.getRangeList');
  // [unverified wording] Google asks for "a non-empty list of A1 notations".
  if (a1Notations.length === 0) throw appsScriptError('Invalid argument: a1Notations');
  const { sheet } = bookAndSheet(api, spreadsheetId, sheetId);
  return a1Notations.map((a1) => {
    const parsed = parseA1(String(a1));
    if (!parsed || (parsed.sheetName !== undefined && parsed.sheetName !== sheet.name))
      throw appsScriptError(RANGE_NOT_FOUND);
    return parsed.resolve(sheet.maxRows, sheet.maxColumns);
  });
}

export function newRangeList(
  api: SpreadsheetApi,
  spreadsheetId: string,
  sheetId: number,
  rects: GridRect[],
): RangeListHandle {
  const quiet = quietApi(api);
  const self = () => list;
  const applied = {} as Applied;
  for (const method of APPLIED) {
    applied[method] = (...args: unknown[]) => {
      api.call(
        'RangeList',
        method,
        rects.reduce((n, r) => n + r.numRows * r.numColumns, 0),
      );
      for (const rect of rects) {
        const range = quiet.range(spreadsheetId, sheetId, rect) as unknown as Record<
          string,
          (...a: unknown[]) => unknown
        >;
        range[method](...args);
      }
      return self();
    };
  }
  const handle: RangeListHandle = {
    ...applied,
    getRanges() {
      api.call('RangeList', 'getRanges');
      bookAndSheet(api, spreadsheetId, sheetId);
      return rects.map((rect) => api.range(spreadsheetId, sheetId, { ...rect }));
    },
    toString: () => 'RangeList',
  };
  const list: RangeListHandle = withCoverage(handle, 'RangeList');
  return list;
}
