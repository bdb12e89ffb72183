import { type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { parseA1, type GridRect } from './a1';
import { type RangeRef, type ValidationHost } from './validation';
import { RANGE_NOT_FOUND, bookOf, signatureError, storeOf, valuesOfRef } from './common';
import { newSpreadsheetApp } from './spreadsheet-app';
import { newSpreadsheet } from './spreadsheet';
import { newSheet } from './sheet';
import { newRange } from './range';
import { newProtectionHandle } from './protection';
import { newUi } from './ui';

export { Button, ButtonSet, Dimension, ProtectionType, activeSheetOf, valuesOfRef } from './common';

/**
 * SpreadsheetApp and its objects over the spreadsheet store, one file per Google class
 * (spreadsheet-app, spreadsheet, sheet, range, protection, ui; validation and charts). Every
 * method Apps Script serves from its backend starts with `api.call`, which counts it, prices it
 * and may fail it. https://developers.google.com/apps-script/reference/spreadsheet
 */

export class SpreadsheetApi {
  readonly host: ValidationHost;

  constructor(readonly ctx: ScriptContext) {
    this.host = {
      toRef: (range) => {
        const r = range as { __rangeRef?: () => RangeRef };
        if (typeof r?.__rangeRef !== 'function')
          throw signatureError([range], 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
        return r.__rangeRef();
      },
      toRange: (ref) => {
        const book = bookOf(this.ctx, ref.$range.spreadsheetId);
        const sheet = book.sheets.find((s) => s.name === ref.$range.sheetName);
        if (!sheet) throw appsScriptError(RANGE_NOT_FOUND);
        const rect = (parseA1(ref.$range.a1) as NonNullable<ReturnType<typeof parseA1>>).resolve(
          sheet.maxRows,
          sheet.maxColumns,
        );
        return this.range(book.id, sheet.sheetId, rect);
      },
      valuesOf: (ref) => valuesOfRef(storeOf(this.ctx), ref),
    };
  }

  /** Counts, prices and may fail one call (see Runtime.call). */
  call(area: string, method: string, cells?: number): void {
    this.ctx.rt.call(area, method, cells);
  }

  app() {
    return newSpreadsheetApp(this);
  }

  spreadsheet(id: string) {
    return newSpreadsheet(this, id);
  }

  sheet(spreadsheetId: string, sheetId: number) {
    return newSheet(this, spreadsheetId, sheetId);
  }

  range(spreadsheetId: string, sheetId: number, rect: GridRect) {
    return newRange(this, spreadsheetId, sheetId, rect);
  }

  protection(spreadsheetId: string, protectionId: string) {
    return newProtectionHandle(this, spreadsheetId, protectionId);
  }

  ui() {
    return newUi(this);
  }
}
