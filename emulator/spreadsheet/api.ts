/* eslint-disable @typescript-eslint/no-this-alias -- the handles are object literals whose methods
   have their own `this`; `api` names the service object they share. */
import { isDate } from '../runtime/clock';
import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { parseA1, rectA1, type GridRect } from './a1';
import {
  assertCanEdit,
  deleteRows,
  growTo,
  insertRows,
  readDisplay,
  readValue,
  sortRows,
  writeFormula,
  writeValue,
} from './grid';
import { AUTOMATIC_FORMAT, rezone } from './locale';
import {
  MAX_UI_LOG,
  SPREADSHEET_STORE,
  cellAt,
  cellFor,
  lastColumnOf,
  lastRowOf,
  pruneCell,
  validationIndex,
  type CellValue,
  type SpreadsheetStore,
  type StoredProtection,
  type StoredSheet,
  type StoredSpreadsheet,
  type UiRecord,
} from './store';
import {
  DataValidationCriteria,
  createDataValidation,
  createDataValidationBuilder,
  storedOf,
  type RangeRef,
  type ValidationHost,
} from './validation';
import { addSheetToBook, createBook } from './books';
import { chartMethods } from './charts';
import { assertCellsFit } from './cell-limits';

/**
 * SpreadsheetApp and its objects over the spreadsheet store. Every method Apps Script serves
 * from its backend starts with `ctx.rt.call`, which counts it, prices it and may fail it.
 * https://developers.google.com/apps-script/reference/spreadsheet
 */

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const RANGE_NOT_FOUND = 'Range not found';
const OPEN_BY_ID_FAILED =
  'Unexpected error while getting the method or property openById on object SpreadsheetApp.';
const NO_PERMISSION = 'You do not have permission to access the requested document.';

function storeOf(ctx: ScriptContext): SpreadsheetStore {
  return ctx.rt.store<SpreadsheetStore>(SPREADSHEET_STORE);
}

function bookOf(ctx: ScriptContext, id: string): StoredSpreadsheet {
  const book = storeOf(ctx).spreadsheets[id];
  if (!book)
    throw appsScriptError(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  return book;
}

function sheetOf(book: StoredSpreadsheet, sheetId: number): StoredSheet {
  const sheet = book.sheets.find((s) => s.sheetId === sheetId);
  if (!sheet) throw appsScriptError(RANGE_NOT_FOUND);
  return sheet;
}

function mayOpen(book: StoredSpreadsheet, user: string): boolean {
  return book.owner === user || book.editors.includes(user) || book.viewers.includes(user);
}

function recordUi(ctx: ScriptContext, entry: Omit<UiRecord, 'at'>): void {
  const log = storeOf(ctx).ui;
  log.push({ ...entry, at: ctx.rt.clock.now() } as UiRecord);
  if (log.length > MAX_UI_LOG) log.splice(0, log.length - MAX_UI_LOG);
}

function signatureError(args: unknown[], method: string): Error {
  const types = args.map((a) =>
    a === null || a === undefined
      ? 'null'
      : Array.isArray(a)
        ? 'Object[]'
        : isDate(a)
          ? 'Date'
          : typeof a === 'number'
            ? 'number'
            : typeof a === 'string'
              ? 'String'
              : typeof a === 'boolean'
                ? 'Boolean'
                : 'Object',
  );
  return appsScriptError(
    `The parameters (${types.join(',')}) don't match the method signature for ${method}.`,
  );
}

function userHandle(email: string) {
  return withCoverage(
    {
      getEmail: () => email,
      getUsername: () => email.split('@')[0],
      toString: () => email,
    },
    'User',
  );
}

const emailOf = (u: unknown): string =>
  typeof u === 'object' &&
  u !== null &&
  typeof (u as { getEmail?: unknown }).getEmail === 'function'
    ? (u as { getEmail(): string }).getEmail()
    : String(u);

function checkRect(row: number, column: number, numRows: number, numColumns: number): void {
  if (row < 1) throw appsScriptError('The starting row of the range is too small.');
  if (column < 1) throw appsScriptError('The starting column of the range is too small.');
  if (numRows < 1) throw appsScriptError('The number of rows in the range must be at least 1.');
  if (numColumns < 1)
    throw appsScriptError('The number of columns in the range must be at least 1.');
}

/** All the handles of one script context, sharing the store. */
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

  private call(area: string, method: string, cells?: number): void {
    this.ctx.rt.call(area, method, cells);
  }

  // ---------------------------------------------------------------- SpreadsheetApp

  app() {
    const ctx = this.ctx;
    const api = this;
    const activeBook = (): StoredSpreadsheet | null => {
      const id = ctx.boundSpreadsheetId;
      return id ? (storeOf(ctx).spreadsheets[id] ?? null) : null;
    };
    return withCoverage(
      {
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
        toString: () => 'SpreadsheetApp',
      },
      'SpreadsheetApp',
    );
  }

  // ---------------------------------------------------------------- Spreadsheet

  spreadsheet(id: string) {
    const ctx = this.ctx;
    const api = this;
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
        if (b.activeSheetId === sheetId)
          b.activeSheetId = (b.sheets.find((s) => !s.hidden) ?? b.sheets[0]).sheetId;
        if (b.activeRange?.sheetId === sheetId) delete b.activeRange;
      },
      getActiveSheet() {
        api.call('Spreadsheet', 'getActiveSheet');
        return api.sheet(id, activeSheetOf(book()).sheetId);
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
      toString: () => 'Spreadsheet',
      __spreadsheetId: id,
    };
    const spreadsheetHandle = withCoverage(handle, 'Spreadsheet');
    return spreadsheetHandle;
  }

  // ---------------------------------------------------------------- Sheet

  sheet(spreadsheetId: string, sheetId: number) {
    const ctx = this.ctx;
    const api = this;
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
      const [row, column, numRows = 1, numColumns = 1] = (args as number[]).map((n) =>
        Math.trunc(n),
      );
      checkRect(row, column, numRows, numColumns);
      return { row, column, numRows, numColumns };
    };
    const handle = {
      getName() {
        api.call('Sheet', 'getName');
        return sheet().name;
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
        sortRows(book(), s, s.frozenRows + 1, lastRowOf(s), [
          { column: columnPosition, ascending },
        ]);
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
      toString: () => 'Sheet',
      __sheetId: sheetId,
    };
    const sheetHandle = withCoverage(handle, 'Sheet');
    return sheetHandle;
  }

  // ---------------------------------------------------------------- Range

  range(spreadsheetId: string, sheetId: number, rect: GridRect) {
    const ctx = this.ctx;
    const api = this;
    const { row, column, numRows, numColumns } = rect;
    const size = numRows * numColumns;
    const book = () => bookOf(ctx, spreadsheetId);
    const sheet = () => sheetOf(book(), sheetId);
    const self = () => rangeHandle;
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
    const checkGrid = (data: unknown, method: string) => {
      if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
        throw signatureError([data], `SpreadsheetApp.Range.${method}`);
      }
      if (data.length !== numRows) {
        throw appsScriptError(
          `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
        );
      }
      for (const line of data as unknown[][]) {
        if (line.length !== numColumns) {
          throw appsScriptError(
            `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numColumns}.`,
          );
        }
      }
    };
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
        // The hottest path of every job (whole tables are read at once): a plain loop over the
        // stored rows, same result as eachCell((r, c) => readValue(cellAt(s, r, c))).
        const out: CellValue[][] = new Array(numRows);
        for (let i = 0; i < numRows; i++) {
          const cells = s.rows[row - 1 + i];
          const line: CellValue[] = new Array(numColumns);
          for (let j = 0; j < numColumns; j++)
            line[j] = cells ? readValue(cells[column - 1 + j] ?? null) : '';
          out[i] = line;
        }
        return out;
      },
      getValue() {
        api.call('Range', 'getValue');
        return readValue(cellAt(sheet(), row, column));
      },
      getDisplayValues() {
        api.call('Range', 'getDisplayValues', size);
        const b = book();
        const s = sheet();
        return eachCell((r, c) => readDisplay(b, cellAt(s, r, c)));
      },
      getDisplayValue() {
        api.call('Range', 'getDisplayValue');
        return readDisplay(book(), cellAt(sheet(), row, column));
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
      toString: () => 'Range',
      __rect: area,
      __rangeRef: (): RangeRef => ({
        $range: { spreadsheetId, sheetName: sheet().name, a1: rectA1(area) },
      }),
    };
    const rangeHandle = withCoverage(handle, 'Range');
    return rangeHandle;
  }

  // ---------------------------------------------------------------- Protection

  protection(spreadsheetId: string, protectionId: string) {
    const ctx = this.ctx;
    const api = this;
    const book = () => bookOf(ctx, spreadsheetId);
    const data = (): StoredProtection => {
      const found = book().protections.find((p) => p.id === protectionId);
      if (!found) throw appsScriptError('The protection was removed.');
      return found;
    };
    const self = () => protectionHandle;
    const handle = {
      getProtectionType() {
        api.call('Protection', 'getProtectionType');
        return data().type;
      },
      getDescription() {
        api.call('Protection', 'getDescription');
        return data().description;
      },
      setDescription(description: string) {
        api.call('Protection', 'setDescription');
        data().description = String(description);
        return self();
      },
      isWarningOnly() {
        api.call('Protection', 'isWarningOnly');
        return data().warningOnly;
      },
      setWarningOnly(warningOnly: boolean) {
        api.call('Protection', 'setWarningOnly');
        data().warningOnly = !!warningOnly;
        return self();
      },
      getEditors() {
        api.call('Protection', 'getEditors');
        const b = book();
        return [b.owner, ...data().editors.filter((e) => e !== b.owner)].map(userHandle);
      },
      addEditor(user: unknown) {
        api.call('Protection', 'addEditor');
        const email = emailOf(user);
        if (!data().editors.includes(email)) data().editors.push(email);
        return self();
      },
      addEditors(emails: string[]) {
        api.call('Protection', 'addEditors');
        for (const email of emails.map(emailOf))
          if (!data().editors.includes(email)) data().editors.push(email);
        return self();
      },
      removeEditor(user: unknown) {
        api.call('Protection', 'removeEditor');
        const b = book();
        const email = emailOf(user);
        // The owner can never be removed from a protection.
        data().editors = data().editors.filter((e) => e !== email || e === b.owner);
        return self();
      },
      removeEditors(users: unknown[]) {
        api.call('Protection', 'removeEditors');
        const b = book();
        const emails = users.map(emailOf);
        data().editors = data().editors.filter((e) => !emails.includes(e) || e === b.owner);
        return self();
      },
      canEdit() {
        api.call('Protection', 'canEdit');
        const p = data();
        return ctx.user === book().owner || p.editors.includes(ctx.user);
      },
      setDomainEdit(editable: boolean) {
        api.call('Protection', 'setDomainEdit');
        data().domainEdit = !!editable;
        return self();
      },
      canDomainEdit() {
        api.call('Protection', 'canDomainEdit');
        return data().domainEdit;
      },
      getRange() {
        api.call('Protection', 'getRange');
        const p = data();
        const s = sheetOf(book(), p.sheetId);
        return api.range(
          spreadsheetId,
          p.sheetId,
          p.range ?? { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        );
      },
      setRange(range: unknown) {
        api.call('Protection', 'setRange');
        const p = data();
        p.range = { ...rectOf(range, 'SpreadsheetApp.Protection.setRange') };
        return self();
      },
      getUnprotectedRanges() {
        api.call('Protection', 'getUnprotectedRanges');
        const p = data();
        return p.unprotected.map((u) => api.range(spreadsheetId, p.sheetId, u));
      },
      setUnprotectedRanges(ranges: unknown[]) {
        api.call('Protection', 'setUnprotectedRanges');
        const p = data();
        if (p.type !== 'SHEET')
          throw appsScriptError('Unprotected ranges can only be set on a sheet protection.');
        p.unprotected = ranges.map((r) => ({
          ...rectOf(r, 'SpreadsheetApp.Protection.setUnprotectedRanges'),
        }));
        return self();
      },
      remove() {
        api.call('Protection', 'remove');
        const b = book();
        b.protections = b.protections.filter((p) => p.id !== protectionId);
      },
      toString: () => 'Protection',
    };
    const protectionHandle = withCoverage(handle, 'Protection');
    return protectionHandle;
  }

  // ---------------------------------------------------------------- Ui

  ui() {
    const ctx = this.ctx;
    const api = this;
    const spreadsheetId = ctx.boundSpreadsheetId ?? null;
    const answer = (buttons: string[]): { button: string; text: string } => {
      const queued = storeOf(ctx).uiResponses.shift();
      if (queued) return { button: queued.button, text: queued.text ?? '' };
      // Nobody at the keyboard: the first "positive" button is pressed.
      return { button: buttons.includes('OK') ? 'OK' : buttons[0], text: '' };
    };
    const htmlOf = (html: unknown) => {
      const h = html as {
        getContent?: () => string;
        getTitle?: () => string;
        getWidth?: () => number;
        getHeight?: () => number;
      };
      if (typeof h?.getContent !== 'function')
        throw signatureError([html], 'SpreadsheetApp.Ui.showSidebar');
      return {
        html: h.getContent(),
        title: typeof h.getTitle === 'function' ? h.getTitle() : '',
        width: typeof h.getWidth === 'function' ? h.getWidth() : undefined,
        height: typeof h.getHeight === 'function' ? h.getHeight() : undefined,
      };
    };
    const menu = (caption: string, addon: boolean) => {
      const items: Array<Record<string, unknown>> = [];
      const menuHandle = withCoverage(
        {
          addItem(itemCaption: string, functionName: string) {
            items.push({ caption: String(itemCaption), functionName: String(functionName) });
            return menuHandle;
          },
          addSeparator() {
            items.push({ separator: true });
            return menuHandle;
          },
          addSubMenu(sub: { __menu?: () => Record<string, unknown> }) {
            if (typeof sub?.__menu !== 'function')
              throw signatureError([sub], 'SpreadsheetApp.Menu.addSubMenu');
            items.push({ subMenu: sub.__menu() });
            return menuHandle;
          },
          addToUi() {
            api.call('Ui', 'addToUi');
            recordUi(ctx, {
              kind: 'menu',
              spreadsheetId,
              caption,
              addon,
              items: JSON.parse(JSON.stringify(items)),
            });
          },
          toString: () => 'Menu',
          __menu: () => ({ caption, items: JSON.parse(JSON.stringify(items)) }),
        },
        'Menu',
      );
      return menuHandle;
    };
    return withCoverage(
      {
        Button,
        ButtonSet,
        createMenu(caption: string) {
          return menu(String(caption), false);
        },
        createAddonMenu() {
          return menu('', true);
        },
        alert(...args: unknown[]) {
          api.call('Ui', 'alert');
          let title = '';
          let prompt: string;
          let buttons = 'OK';
          if (args.length >= 3) [title, prompt, buttons] = args.map(String);
          else if (args.length === 2) [prompt, buttons] = args.map(String);
          else prompt = String(args[0]);
          if (!BUTTONS_OF[buttons]) throw signatureError(args, 'SpreadsheetApp.Ui.alert');
          const { button } = answer(BUTTONS_OF[buttons]);
          recordUi(ctx, { kind: 'alert', spreadsheetId, title, prompt, buttons, response: button });
          return button;
        },
        prompt(...args: unknown[]) {
          api.call('Ui', 'prompt');
          let title = '';
          let prompt: string;
          let buttons = 'OK';
          if (args.length >= 3) [title, prompt, buttons] = args.map(String);
          else if (args.length === 2) [prompt, buttons] = args.map(String);
          else prompt = String(args[0]);
          if (!BUTTONS_OF[buttons]) throw signatureError(args, 'SpreadsheetApp.Ui.prompt');
          const response = answer(BUTTONS_OF[buttons]);
          recordUi(ctx, {
            kind: 'prompt',
            spreadsheetId,
            title,
            prompt,
            buttons,
            response: response.button,
            text: response.text,
          });
          return withCoverage(
            {
              getResponseText: () => response.text,
              getSelectedButton: () => response.button,
              toString: () => 'PromptResponse',
            },
            'PromptResponse',
          );
        },
        showSidebar(html: unknown) {
          api.call('Ui', 'showSidebar');
          recordUi(ctx, { kind: 'sidebar', spreadsheetId, ...htmlOf(html) });
        },
        showModalDialog(html: unknown, title: string) {
          api.call('Ui', 'showModalDialog');
          recordUi(ctx, {
            kind: 'dialog',
            spreadsheetId,
            modal: true,
            ...htmlOf(html),
            title: String(title),
          });
        },
        showModelessDialog(html: unknown, title: string) {
          api.call('Ui', 'showModelessDialog');
          recordUi(ctx, {
            kind: 'dialog',
            spreadsheetId,
            modal: false,
            ...htmlOf(html),
            title: String(title),
          });
        },
        toString: () => 'Ui',
      },
      'Ui',
    );
  }
}

// ---------------------------------------------------------------- helpers

export function activeSheetOf(book: StoredSpreadsheet): StoredSheet {
  return book.sheets.find((s) => s.sheetId === book.activeSheetId) ?? book.sheets[0];
}

function rectOf(range: unknown, method: string): GridRect {
  const rect = (range as { __rect?: GridRect } | null)?.__rect;
  if (!rect) throw signatureError([range], method);
  return rect;
}

function dataRect(sheet: StoredSheet): GridRect {
  return {
    row: 1,
    column: 1,
    numRows: Math.max(1, lastRowOf(sheet)),
    numColumns: Math.max(1, lastColumnOf(sheet)),
  };
}

function newProtection(
  book: StoredSpreadsheet,
  user: string,
  type: 'SHEET' | 'RANGE',
  sheetId: number,
  range?: GridRect,
): StoredProtection {
  book.nextProtection += 1;
  // A new protection mirrors the spreadsheet's permissions until the script changes its editors.
  const editors = [book.owner, ...book.editors, user].filter((e, i, all) => all.indexOf(e) === i);
  const protection: StoredProtection = {
    id: `protection-${book.nextProtection}`,
    type,
    sheetId,
    range: range ? { ...range } : undefined,
    description: '',
    warningOnly: false,
    editors,
    domainEdit: false,
    unprotected: [],
  };
  book.protections.push(protection);
  return protection;
}

interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

function clearWhat(options?: Record<string, boolean>): ClearWhat {
  if (!options || Object.keys(options).length === 0) return { contents: true, formats: true };
  return {
    contents: !!options.contentsOnly,
    formats: !!options.formatOnly,
    notes: !!options.commentsOnly,
    validations: !!options.validationsOnly,
  };
}

function clearCells(sheet: StoredSheet, rect: GridRect, what: ClearWhat): void {
  const lastRow = Math.min(sheet.rows.length, rect.row + rect.numRows - 1);
  for (let r = rect.row; r <= lastRow; r++) {
    const cells = sheet.rows[r - 1];
    if (!cells) continue;
    const lastColumn = Math.min(cells.length, rect.column + rect.numColumns - 1);
    for (let c = rect.column; c <= lastColumn; c++) {
      const cell = cells[c - 1];
      if (!cell) continue;
      if (what.contents) {
        delete cell.v;
        delete cell.f;
      }
      if (what.formats) delete cell.fmt;
      if (what.notes) delete cell.note;
      if (what.validations) delete cell.dv;
      pruneCell(sheet, r, c);
    }
  }
}

function recordFormat(sheet: StoredSheet, rect: GridRect, property: string, value: unknown): void {
  sheet.formatting.push({ ...rect, property, value: JSON.parse(JSON.stringify(value ?? null)) });
}

function lastFormat(sheet: StoredSheet, row: number, column: number, property: string): unknown {
  for (let i = sheet.formatting.length - 1; i >= 0; i--) {
    const f = sheet.formatting[i];
    if (
      f.property === property &&
      row >= f.row &&
      row < f.row + f.numRows &&
      column >= f.column &&
      column < f.column + f.numColumns
    ) {
      return f.value;
    }
  }
  return undefined;
}

export function valuesOfRef(store: SpreadsheetStore, ref: RangeRef): CellValue[] {
  const book = store.spreadsheets[ref.$range.spreadsheetId];
  const sheet = book?.sheets.find((s) => s.name === ref.$range.sheetName);
  const parsed = parseA1(ref.$range.a1);
  if (!sheet || !parsed) return [];
  const rect = parsed.resolve(sheet.maxRows, sheet.maxColumns);
  const out: CellValue[] = [];
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      const v = readValue(cellAt(sheet, r, c));
      if (v !== '') out.push(v);
    }
  }
  return out;
}
