import { isDate } from '../runtime/clock';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { parseA1 } from './a1';
import { rezone } from './locale';
import { lastColumnOf, lastRowOf } from './store';
import { addSheetToBook } from './books';
import { spreadsheetFormUrl } from './form-link';
import { namedRangeSpreadsheetMethods } from './named-ranges';
import { newTextFinder } from './text-finder';
import type { SpreadsheetApi } from './api';
import {
  RANGE_NOT_FOUND,
  activeSheetOf,
  bookOf,
  dataRect,
  emailOf,
  recordUi,
  sheetOf,
  signatureError,
  userHandle,
} from './common';

/**
 * Spreadsheet: one workbook.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 */
export function newSpreadsheet(api: SpreadsheetApi, id: string) {
  const ctx = api.ctx;
  const book = () => bookOf(ctx, id);
  const handle = {
    getId() {
      api.call('Spreadsheet', 'getId');
      return id;
    },
    getUrl() {
      api.call('Spreadsheet', 'getUrl');
      return `https://docs.google.com/spreadsheets/d/${id}/edit`;
    },
    getName() {
      api.call('Spreadsheet', 'getName');
      return book().name;
    },
    rename(name: string) {
      api.call('Spreadsheet', 'rename');
      book().name = String(name);
    },
    getSheets() {
      api.call('Spreadsheet', 'getSheets');
      return book().sheets.map((s) => api.sheet(id, s.sheetId));
    },
    getNumSheets() {
      api.call('Spreadsheet', 'getNumSheets');
      return book().sheets.length;
    },
    getSheetByName(name: string) {
      api.call('Spreadsheet', 'getSheetByName');
      const sheet = book().sheets.find((s) => s.name === String(name));
      return sheet ? api.sheet(id, sheet.sheetId) : null;
    },
    getSheetById(sheetId: number) {
      api.call('Spreadsheet', 'getSheetById');
      const sheet = book().sheets.find((s) => s.sheetId === Number(sheetId));
      return sheet ? api.sheet(id, sheet.sheetId) : null;
    },
    insertSheet(...args: unknown[]) {
      api.call('Spreadsheet', 'insertSheet');
      let name: string | undefined;
      let index: number | undefined;
      if (typeof args[0] === 'string') {
        name = args[0];
        if (typeof args[1] === 'number') index = args[1];
      } else if (typeof args[0] === 'number') {
        index = args[0];
      } else if (args.length > 0 && args[0] !== undefined && typeof args[0] !== 'object') {
        throw signatureError(args, 'SpreadsheetApp.Spreadsheet.insertSheet');
      }
      const b = book();
      if (index !== undefined && (index < 0 || index > b.sheets.length)) {
        throw appsScriptError(`The sheet index must be between 0 and ${b.sheets.length}.`);
      }
      const sheet = addSheetToBook(b, ctx.rt, name, index);
      if (!sheet.ok) throw appsScriptError(sheet.error);
      b.activeSheetId = sheet.sheet.sheetId;
      return api.sheet(id, sheet.sheet.sheetId);
    },
    deleteSheet(sheet: unknown) {
      api.call('Spreadsheet', 'deleteSheet');
      const sheetId = (sheet as { __sheetId?: number } | null)?.__sheetId;
      const b = book();
      const index = b.sheets.findIndex((s) => s.sheetId === sheetId);
      if (index < 0) throw appsScriptError('Sheet not found');
      if (b.sheets.filter((s) => !s.hidden && s.sheetId !== sheetId).length === 0) {
        throw appsScriptError("You can't remove all the sheets in a document.");
      }
      b.sheets.splice(index, 1);
      b.protections = b.protections.filter((p) => p.sheetId !== sheetId);
      if (b.namedRanges) b.namedRanges = b.namedRanges.filter((n) => n.sheetId !== sheetId);
      if (b.activeSheetId === sheetId)
        b.activeSheetId = (b.sheets.find((s) => !s.hidden) ?? b.sheets[0]).sheetId;
      if (b.activeRange?.sheetId === sheetId) delete b.activeRange;
    },
    getFormUrl() {
      return spreadsheetFormUrl(api, id);
    },
    getActiveSheet() {
      api.call('Spreadsheet', 'getActiveSheet');
      return api.sheet(id, activeSheetOf(book()).sheetId);
    },
    /**
     * Moves the active sheet to a 1-based position; a position below 1 or past the last sheet is
     * refused. https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
     */
    moveActiveSheet(pos: number) {
      api.call('Spreadsheet', 'moveActiveSheet');
      const b = book();
      const position = Math.trunc(Number(pos));
      // [unverified wording] Google's text for an out-of-range position; stricter than clamping.
      if (!(position >= 1 && position <= b.sheets.length))
        throw appsScriptError('Invalid argument: pos');
      const active = activeSheetOf(b);
      b.sheets.splice(b.sheets.indexOf(active), 1);
      b.sheets.splice(position - 1, 0, active);
    },
    setActiveSheet(sheet: unknown) {
      api.call('Spreadsheet', 'setActiveSheet');
      const sheetId = (sheet as { __sheetId?: number } | null)?.__sheetId as number;
      sheetOf(book(), sheetId);
      book().activeSheetId = sheetId;
      return api.sheet(id, sheetId);
    },
    getActiveRange() {
      api.call('Spreadsheet', 'getActiveRange');
      const sel = book().activeRange;
      return sel && book().sheets.some((s) => s.sheetId === sel.sheetId)
        ? api.range(id, sel.sheetId, sel)
        : null;
    },
    getSpreadsheetTimeZone() {
      api.call('Spreadsheet', 'getSpreadsheetTimeZone');
      return book().timeZone;
    },
    setSpreadsheetTimeZone(timeZone: string) {
      api.call('Spreadsheet', 'setSpreadsheetTimeZone');
      const b = book();
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: String(timeZone) });
      } catch {
        throw appsScriptError(`Invalid argument: ${timeZone}`);
      }
      // Sheets stores wall-clock serials: a date keeps its reading, so its instant moves.
      for (const sheet of b.sheets) {
        for (const cells of sheet.rows) {
          for (const cell of cells ?? []) {
            if (cell && isDate(cell.v)) cell.v = rezone(cell.v, b.timeZone, String(timeZone));
          }
        }
      }
      b.timeZone = String(timeZone);
    },
    getSpreadsheetLocale() {
      api.call('Spreadsheet', 'getSpreadsheetLocale');
      return book().locale;
    },
    setSpreadsheetLocale(locale: string) {
      api.call('Spreadsheet', 'setSpreadsheetLocale');
      book().locale = String(locale);
    },
    toast(msg: string, title?: string, timeoutSeconds?: number) {
      api.call('Spreadsheet', 'toast');
      recordUi(ctx, {
        kind: 'toast',
        spreadsheetId: id,
        message: String(msg),
        title: title === undefined ? '' : String(title),
        timeoutSeconds: timeoutSeconds ?? 5,
      });
    },
    getOwner() {
      api.call('Spreadsheet', 'getOwner');
      return userHandle(book().owner);
    },
    getEditors() {
      api.call('Spreadsheet', 'getEditors');
      const b = book();
      return [b.owner, ...b.editors.filter((e) => e !== b.owner)].map(userHandle);
    },
    getViewers() {
      api.call('Spreadsheet', 'getViewers');
      const b = book();
      return [b.owner, ...b.editors, ...b.viewers]
        .filter((e, i, all) => all.indexOf(e) === i)
        .map(userHandle);
    },
    addEditor(user: unknown) {
      api.call('Spreadsheet', 'addEditor');
      const b = book();
      const email = emailOf(user);
      if (email !== b.owner && !b.editors.includes(email)) b.editors.push(email);
      b.viewers = b.viewers.filter((v) => v !== email);
      return spreadsheetHandle;
    },
    addEditors(emails: string[]) {
      api.call('Spreadsheet', 'addEditors');
      const b = book();
      for (const email of emails.map(String))
        if (email !== b.owner && !b.editors.includes(email)) b.editors.push(email);
      return spreadsheetHandle;
    },
    removeEditor(user: unknown) {
      api.call('Spreadsheet', 'removeEditor');
      const b = book();
      b.editors = b.editors.filter((e) => e !== emailOf(user));
      return spreadsheetHandle;
    },
    addViewer(user: unknown) {
      api.call('Spreadsheet', 'addViewer');
      const b = book();
      const email = emailOf(user);
      if (email !== b.owner && !b.editors.includes(email) && !b.viewers.includes(email))
        b.viewers.push(email);
      return spreadsheetHandle;
    },
    getRange(a1: string) {
      api.call('Spreadsheet', 'getRange');
      const b = book();
      const parsed = parseA1(String(a1));
      if (!parsed) throw appsScriptError(RANGE_NOT_FOUND);
      const sheet =
        parsed.sheetName === undefined
          ? activeSheetOf(b)
          : b.sheets.find((s) => s.name === parsed.sheetName);
      if (!sheet) throw appsScriptError(RANGE_NOT_FOUND);
      return api.range(id, sheet.sheetId, parsed.resolve(sheet.maxRows, sheet.maxColumns));
    },
    getProtections(type: string) {
      api.call('Spreadsheet', 'getProtections');
      return book()
        .protections.filter((p) => p.type === String(type))
        .map((p) => api.protection(id, p.id));
    },
    getDataRange() {
      api.call('Spreadsheet', 'getDataRange');
      const sheet = activeSheetOf(book());
      return api.range(id, sheet.sheetId, dataRect(sheet));
    },
    getLastRow() {
      api.call('Spreadsheet', 'getLastRow');
      return lastRowOf(activeSheetOf(book()));
    },
    getLastColumn() {
      api.call('Spreadsheet', 'getLastColumn');
      return lastColumnOf(activeSheetOf(book()));
    },
    // setNamedRange, getRangeByName, getNamedRanges, removeNamedRange (named-ranges.ts).
    ...namedRangeSpreadsheetMethods(api, id),
    createTextFinder(findText: unknown) {
      api.call('Spreadsheet', 'createTextFinder');
      book();
      return newTextFinder(api, { spreadsheetId: id }, findText);
    },
    toString: () => 'Spreadsheet',
    __spreadsheetId: id,
  };
  const spreadsheetHandle = withCoverage(handle, 'Spreadsheet');
  return spreadsheetHandle;
}
