import { withCoverage } from '../runtime/context';
import { createItem, driveStore } from '../drive/common';
import { ensureRoot } from '../drive/store';
import { appsScriptError } from '../runtime/errors';
import { type StoredSpreadsheet } from './store';
import { DataValidationCriteria, createDataValidationBuilder } from './validation';
import { createBook } from './books';
import { SPREADSHEET_ENUMS } from './enums';
import { richTextAppMethods } from './rich-text';
import type { SpreadsheetApi } from './api';
import {
  Dimension,
  NO_PERMISSION,
  OPEN_BY_ID_FAILED,
  ProtectionType,
  activeSheetOf,
  mayOpen,
  signatureError,
  storeOf,
} from './common';

const GOOGLE_SHEETS_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

/**
 * SpreadsheetApp: the service object.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
export function newSpreadsheetApp(api: SpreadsheetApi) {
  const ctx = api.ctx;
  const activeBook = (): StoredSpreadsheet | null => {
    const id = ctx.boundSpreadsheetId;
    return id ? (storeOf(ctx).spreadsheets[id] ?? null) : null;
  };
  return withCoverage(
    {
      ...SPREADSHEET_ENUMS,
      DataValidationCriteria,
      ProtectionType,
      Dimension,
      getActiveSpreadsheet() {
        api.call('SpreadsheetApp', 'getActiveSpreadsheet');
        const book = activeBook();
        return book ? api.spreadsheet(book.id) : null;
      },
      getActive() {
        api.call('SpreadsheetApp', 'getActive');
        const book = activeBook();
        return book ? api.spreadsheet(book.id) : null;
      },
      getActiveSheet() {
        api.call('SpreadsheetApp', 'getActiveSheet');
        const book = activeBook();
        return book ? api.sheet(book.id, activeSheetOf(book).sheetId) : null;
      },
      getActiveRange() {
        api.call('SpreadsheetApp', 'getActiveRange');
        const book = activeBook();
        const sel = book?.activeRange;
        if (!book || !sel || !book.sheets.some((s) => s.sheetId === sel.sheetId)) return null;
        return api.range(book.id, sel.sheetId, sel);
      },
      setActiveSheet(sheet: unknown) {
        api.call('SpreadsheetApp', 'setActiveSheet');
        const target = sheet as { activate?: () => unknown } | null;
        if (typeof target?.activate !== 'function')
          throw signatureError([sheet], 'SpreadsheetApp.SpreadsheetApp.setActiveSheet');
        return target.activate();
      },
      openById(id: string) {
        api.call('SpreadsheetApp', 'openById');
        const book = storeOf(ctx).spreadsheets[String(id)];
        if (!book) throw appsScriptError(OPEN_BY_ID_FAILED);
        if (!mayOpen(book, ctx.user)) throw appsScriptError(NO_PERMISSION);
        return api.spreadsheet(book.id);
      },
      openByUrl(url: string) {
        api.call('SpreadsheetApp', 'openByUrl');
        const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
        if (!m) throw appsScriptError('Invalid argument: url');
        const book = storeOf(ctx).spreadsheets[m[1]];
        if (!book)
          throw appsScriptError(
            'Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.',
          );
        if (!mayOpen(book, ctx.user)) throw appsScriptError(NO_PERMISSION);
        return api.spreadsheet(book.id);
      },
      create(name: string, rows?: number, columns?: number) {
        api.call('SpreadsheetApp', 'create');
        if (rows !== undefined && (rows < 1 || (columns ?? 1) < 1)) {
          throw appsScriptError('Invalid argument: rows');
        }
        const bound = activeBook();
        const id = createBook(storeOf(ctx), ctx.rt, {
          name: String(name),
          owner: ctx.user,
          timeZone: ctx.timeZone,
          locale: bound?.locale ?? 'en_US',
          rows,
          columns,
        });
        // "Creates a new spreadsheet" in the user's My Drive: a Drive file with the spreadsheet's
        // id, which DriveApp can find, move and share (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String,Integer,Integer)).
        const drive = driveStore(ctx);
        const root = ensureRoot(drive, ctx.user, ctx.rt.clock.now(), () => ctx.rt.newId());
        createItem(ctx, root, 'file', String(name), GOOGLE_SHEETS_MIME_TYPE, undefined, id);
        return api.spreadsheet(id);
      },
      flush() {
        api.call('SpreadsheetApp', 'flush');
      },
      getUi() {
        api.call('SpreadsheetApp', 'getUi');
        const kind = ctx.rt.current?.info.trigger?.kind;
        if (kind === 'CLOCK' || kind === 'ON_FORM_SUBMIT') {
          throw appsScriptError('Cannot call SpreadsheetApp.getUi() from this context.');
        }
        return api.ui();
      },
      newDataValidation() {
        api.call('SpreadsheetApp', 'newDataValidation');
        return createDataValidationBuilder(api.host);
      },
      ...richTextAppMethods(api),
      toString: () => 'SpreadsheetApp',
    },
    'SpreadsheetApp',
  );
}
