import { makeDate } from '../runtime/clock';
import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { Runtime } from '../runtime/runtime';
import { addSheetToBook, canEditSpreadsheet } from '../spreadsheet/books';
import { growTo, readDisplay, writeValue } from '../spreadsheet/grid';
import { formulaHost } from '../spreadsheet/formulas/host';
import {
  SPREADSHEET_STORE,
  cellAt,
  cellFor,
  lastRowOf,
  pruneCell,
  type SpreadsheetStore,
  type StoredSheet,
  type StoredSpreadsheet,
} from '../spreadsheet/store';
import {
  FORMS_STORE,
  FORMS_BASE_URL,
  type FormsStore,
  isQuestion,
  type StoredDestination,
  type StoredForm,
  type StoredItem,
  type StoredResponse,
} from './store';

/**
 * The Forms → Sheets link: a form's response destination and the responses sheet Google keeps
 * in it. Used by Form.setDestination/removeDestination, every submission (script or harness)
 * and Spreadsheet/Sheet.getFormUrl. Works on plain stores, so the harness can submit without
 * a running script.
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */

/** Google's text for getDestinationId()/getDestinationType() of an unlinked form. */
export const NO_DESTINATION_MESSAGE = 'The form currently has no response destination.';

/** The English name of a responses sheet; Google numbers them "Form Responses 1", "… 2". */
export const RESPONSES_SHEET_PREFIX = 'Form Responses ';
export const TIMESTAMP_HEADER = 'Timestamp';
export const EMAIL_HEADER = 'Email Address';

/** A checkbox answer in the responses sheet: its choices joined, as Forms writes them. */
export const CHOICE_SEPARATOR = ', ';

function spreadsheetsOf(stores: Record<string, unknown>): SpreadsheetStore {
  return stores[SPREADSHEET_STORE] as SpreadsheetStore;
}

function formsOf(stores: Record<string, unknown>): FormsStore {
  return stores[FORMS_STORE.name] as FormsStore;
}

/** The URL Spreadsheet.getFormUrl() and Sheet.getFormUrl() give: the form's viewform URL. */
export function formUrlOf(form: StoredForm): string {
  return `${FORMS_BASE_URL}/${form.id}/viewform`;
}

/** The linked book and responses sheet, or undefined when unlinked or the sheet is gone. */
function linkedSheet(
  stores: Record<string, unknown>,
  form: StoredForm,
): { book: StoredSpreadsheet; sheet: StoredSheet } | undefined {
  const destination = form.destination;
  if (!destination) return undefined;
  const book = spreadsheetsOf(stores).spreadsheets[destination.id];
  const sheet = book?.sheets.find((s) => s.sheetId === destination.sheetId);
  return book && sheet ? { book, sheet } : undefined;
}

/** The column key of one grid row: `<item id>/<row index>`. */
function gridKey(itemId: number, row: number): string {
  return `${itemId}/${row}`;
}

/**
 * The columns a question takes and their headers: its title; for a grid one column per row,
 * headed `Title [Row]` as Sheets does. Layout items (section headers, page breaks) take none.
 */
function columnsOf(item: StoredItem): Array<{ key: number | string; header: string }> {
  if (!isQuestion(item)) return [];
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID')
    return (item.rows ?? []).map((row, index) => ({
      key: gridKey(item.id, index),
      header: `${item.title} [${row}]`,
    }));
  return [{ key: item.id, header: item.title }];
}

/**
 * Adds a header for each question the responses sheet has no column for yet (a question added
 * to a linked form gets a new last column, as in Sheets) and keeps headers of known questions
 * in step with their titles. The email column comes when the form collects email addresses.
 */
export function syncResponseHeader(stores: Record<string, unknown>, form: StoredForm): void {
  const linked = linkedSheet(stores, form);
  const destination = form.destination;
  if (!linked || !destination) return;
  const { book, sheet } = linked;
  if (form.collectEmail && !destination.columns.includes('email'))
    destination.columns.push('email');
  const headers = new Map<number | string, string>();
  for (const item of form.items) {
    for (const { key, header } of columnsOf(item)) {
      headers.set(key, header);
      if (!destination.columns.includes(key)) destination.columns.push(key);
    }
  }
  growTo(book, sheet, 1, destination.columns.length + 1);
  setHeader(sheet, 1, TIMESTAMP_HEADER);
  destination.columns.forEach((key, index) => {
    if (key === 'email') setHeader(sheet, index + 2, EMAIL_HEADER);
    else {
      // A deleted question keeps its column and header, as in Sheets.
      const header = headers.get(key);
      if (header !== undefined) setHeader(sheet, index + 2, header);
    }
  });
}

/** What one column of a response holds: text, choices joined, a grid row's answer. */
function cellOf(response: StoredResponse, key: number | string): unknown {
  if (key === 'email') return response.respondentEmail;
  const [itemId, row] = String(key).split('/').map(Number);
  let answer: unknown = response.answers.find((a) => a.itemId === itemId)?.value;
  if (row !== undefined && !Number.isNaN(row))
    answer = Array.isArray(answer) ? answer[row] : undefined;
  return Array.isArray(answer) ? answer.join(CHOICE_SEPARATOR) : answer;
}

/** A header is the question's title as text, never read as a number or date. */
function setHeader(sheet: StoredSheet, column: number, title: string): void {
  cellFor(sheet, 1, column).v = title === '' ? undefined : title;
  pruneCell(sheet, 1, column);
}

/**
 * Where a response landed and what a spreadsheet's form-submit trigger is told about it: `values`
 * as the cells display them, `namedValues` by header.
 * https://developers.google.com/apps-script/guides/triggers/events#form-submit
 */
export interface ResponseRow {
  spreadsheetId: string;
  sheetId: number;
  row: number;
  values: string[];
  namedValues: Record<string, string[]>;
}

/** Appends one submitted response as a row: timestamp, then the answers under their headers. */
export function appendResponseRow(
  stores: Record<string, unknown>,
  form: StoredForm,
  response: StoredResponse,
  nowMs: number,
): ResponseRow | undefined {
  if (!form.destination) return undefined;
  syncResponseHeader(stores, form);
  const linked = linkedSheet(stores, form);
  if (!linked) return undefined;
  const { book, sheet } = linked;
  const row = lastRowOf(sheet) + 1;
  growTo(book, sheet, row, form.destination.columns.length + 1);
  writeValue(book, sheet, row, 1, makeDate(response.timestamp), nowMs);
  form.destination.columns.forEach((key, index) => {
    // Answers enter as typed input in the spreadsheet's locale: "3" is a number, a date a date.
    writeValue(book, sheet, row, index + 2, cellOf(response, key), nowMs);
  });
  const values: string[] = [];
  const namedValues: Record<string, string[]> = {};
  for (let column = 1; column <= form.destination.columns.length + 1; column++) {
    const value = readDisplay(
      book,
      cellAt(sheet, row, column),
      formulaHost(spreadsheetsOf(stores), book),
      sheet,
      row,
      column,
    );
    const header = String(cellAt(sheet, 1, column)?.v ?? '');
    values.push(value);
    (namedValues[header] ??= []).push(value);
  }
  return { spreadsheetId: book.id, sheetId: sheet.sheetId, row, values, namedValues };
}

/** The next free "Form Responses N" name (Sheets compares names case-insensitively). */
function responsesSheetName(book: StoredSpreadsheet): string {
  let n = 1;
  const taken = (name: string) => book.sheets.some((s) => s.name.toLowerCase() === name);
  while (taken(`${RESPONSES_SHEET_PREFIX}${n}`.toLowerCase())) n += 1;
  return `${RESPONSES_SHEET_PREFIX}${n}`;
}

/**
 * Links a form to a spreadsheet: a new "Form Responses N" sheet, first in the book, with the
 * header row frozen, holding every response submitted so far. Linking to the spreadsheet it is
 * already linked to keeps the sheet; another spreadsheet starts a new one.
 */
export function linkForm(
  stores: Record<string, unknown>,
  rt: Runtime | undefined,
  form: StoredForm,
  book: StoredSpreadsheet,
  nowMs: number,
): void {
  if (form.destination?.id === book.id && linkedSheet(stores, form)) return;
  const added = addSheetToBook(book, rt, responsesSheetName(book), 0);
  if (!added.ok) throw appsScriptError(added.error);
  added.sheet.frozenRows = 1;
  form.destination = {
    type: 'SPREADSHEET',
    id: book.id,
    sheetId: added.sheet.sheetId,
    columns: [],
  };
  syncResponseHeader(stores, form);
  const submitted = form.responses
    .filter((r) => r.submitted)
    .sort((a, b) => a.timestamp - b.timestamp);
  for (const response of submitted) appendResponseRow(stores, form, response, nowMs);
}

/** The form whose responses land in this sheet (or, without a sheet id, anywhere in the book). */
export function formLinkedTo(
  stores: Record<string, unknown>,
  spreadsheetId: string,
  sheetId?: number,
): StoredForm | undefined {
  return Object.values(formsOf(stores).forms).find(
    (form) =>
      form.destination?.id === spreadsheetId &&
      (sheetId === undefined || form.destination.sheetId === sheetId) &&
      linkedSheet(stores, form) !== undefined,
  );
}

/**
 * [unverified wording] Google documents no text for a destination the user cannot edit or that
 * does not exist; the runtime uses the one Forms and Drive give for an id it cannot open.
 */
export const NO_DESTINATION_ACCESS_MESSAGE =
  'No item with the given ID could be found, or you do not have permission to access it.';

/** Form.setDestination(type, id) as the running user, who needs edit access to the spreadsheet. */
export function linkFormFor(
  ctx: ScriptContext,
  form: StoredForm,
  type: unknown,
  id: unknown,
): void {
  if (type !== 'SPREADSHEET') throw appsScriptError('Invalid argument: type');
  const spreadsheetId = String(id ?? '');
  const book = spreadsheetsOf(ctx.rt.stores).spreadsheets[spreadsheetId];
  if (!book || !canEditSpreadsheet(ctx.rt, spreadsheetId, ctx.user))
    throw appsScriptError(NO_DESTINATION_ACCESS_MESSAGE);
  linkForm(ctx.rt.stores, ctx.rt, form, book, ctx.rt.clock.now());
}

/** The form's destination; Google's error for an unlinked form. */
export function destinationOf(form: StoredForm): StoredDestination {
  if (!form.destination) throw appsScriptError(NO_DESTINATION_MESSAGE);
  return form.destination;
}
