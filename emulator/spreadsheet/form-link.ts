import { appsScriptError } from '../runtime/errors';
import { formLinkedTo, formUrlOf } from '../forms/destination';
import { canEditSpreadsheet } from './books';
import { NO_PERMISSION, bookOf, sheetOf } from './common';
import type { SpreadsheetApi } from './api';

/**
 * The Sheets side of the Forms → Sheets link (the form keeps the link: forms/destination.ts).
 * Both need edit access: "Throws an exception if the user does not have permission to edit the
 * spreadsheet." (Google gives no text; the runtime uses its read-access one.)
 */
function formUrl(api: SpreadsheetApi, spreadsheetId: string, sheetId?: number): string | null {
  const book = bookOf(api.ctx, spreadsheetId);
  if (sheetId !== undefined) sheetOf(book, sheetId);
  if (!canEditSpreadsheet(api.ctx.rt, spreadsheetId, api.ctx.user))
    throw appsScriptError(NO_PERMISSION);
  const form = formLinkedTo(api.ctx.rt.stores, spreadsheetId, sheetId);
  return form ? formUrlOf(form) : null;
}

/**
 * The URL of a form that sends its responses to this spreadsheet, or null; with several, any
 * one of them ("indeterminate").
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()
 */
export function spreadsheetFormUrl(api: SpreadsheetApi, spreadsheetId: string): string | null {
  api.call('Spreadsheet', 'getFormUrl');
  return formUrl(api, spreadsheetId);
}

/**
 * The URL of the form that sends its responses to this sheet, or null.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()
 */
export function sheetFormUrl(
  api: SpreadsheetApi,
  spreadsheetId: string,
  sheetId: number,
): string | null {
  api.call('Sheet', 'getFormUrl');
  return formUrl(api, spreadsheetId, sheetId);
}
