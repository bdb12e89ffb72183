import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { quoteSheetName, rectA1 } from './a1';
import type { SpreadsheetApi } from './api';
import { bookOf, signatureError } from './common';
import { rangeParts } from './range-host';
import type { StoredNamedRange, StoredSpreadsheet } from './store';

/**
 * Named ranges: Spreadsheet.setNamedRange, getRangeByName, getNamedRanges, removeNamedRange,
 * Sheet.getNamedRanges, and NamedRange (getName, getRange, setName, setRange, remove).
 * https://developers.google.com/apps-script/reference/spreadsheet/named-range
 * Names follow Sheets' rules (https://support.google.com/docs/answer/63175): letters, numbers
 * and underscores, not starting with a number, not `true`/`false`, not a cell reference in A1
 * or R1C1 notation, at most 250 characters; compared case-insensitively.
 */

/** [unverified wording] for a name Sheets would not accept. */
export const INVALID_NAME = (name: string) => `Invalid argument: ${name}`;

export function validName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 250 &&
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name)
  );
}

export function namedRangesOf(book: StoredSpreadsheet): StoredNamedRange[] {
  if (!book.namedRanges) book.namedRanges = [];
  return book.namedRanges;
}

function find(book: StoredSpreadsheet, name: string): StoredNamedRange | undefined {
  const key = name.toLowerCase();
  return (book.namedRanges ?? []).find((n) => n.name.toLowerCase() === key);
}

export function newNamedRange(api: SpreadsheetApi, spreadsheetId: string, name: string) {
  let current = name;
  const stored = () => {
    const found = find(bookOf(api.ctx, spreadsheetId), current);
    // [unverified wording] a handle on a named range that was removed.
    if (!found) throw appsScriptError('Range not found');
    return found;
  };
  const handle = {
    getName() {
      api.call('NamedRange', 'getName');
      return stored().name;
    },
    getRange() {
      api.call('NamedRange', 'getRange');
      const n = stored();
      return api.range(spreadsheetId, n.sheetId, { ...n.range });
    },
    setName(newName: unknown) {
      api.call('NamedRange', 'setName');
      const n = stored();
      const text = String(newName);
      if (!validName(text)) throw appsScriptError(INVALID_NAME(text));
      const clash = find(bookOf(api.ctx, spreadsheetId), text);
      if (clash && clash !== n) throw appsScriptError(INVALID_NAME(text));
      n.name = text;
      current = text;
      return namedRange;
    },
    setRange(range: unknown) {
      api.call('NamedRange', 'setRange');
      const n = stored();
      const parts = rangeParts(range);
      if (!parts || parts.spreadsheetId !== spreadsheetId)
        throw signatureError([range], 'SpreadsheetApp.NamedRange.setRange');
      n.sheetId = parts.sheetId;
      n.range = { ...parts.rect };
      return namedRange;
    },
    remove() {
      api.call('NamedRange', 'remove');
      const n = stored();
      const book = bookOf(api.ctx, spreadsheetId);
      book.namedRanges = namedRangesOf(book).filter((x) => x !== n);
    },
    toString: () => 'NamedRange',
  };
  const namedRange = withCoverage(handle, 'NamedRange');
  return namedRange;
}

export function namedRangeSpreadsheetMethods(api: SpreadsheetApi, spreadsheetId: string) {
  const book = () => bookOf(api.ctx, spreadsheetId);
  return {
    /** Names a range; an existing name is moved to the new range (Sheets keeps names unique). */
    setNamedRange(name: unknown, range: unknown) {
      api.call('Spreadsheet', 'setNamedRange');
      const text = String(name);
      const parts = rangeParts(range);
      if (!parts || typeof name !== 'string')
        throw signatureError([name, range], 'SpreadsheetApp.Spreadsheet.setNamedRange');
      if (parts.spreadsheetId !== spreadsheetId)
        throw appsScriptError('Target range and source range must be on the same spreadsheet.');
      if (!validName(text)) throw appsScriptError(INVALID_NAME(text));
      const b = book();
      const existing = find(b, text);
      if (existing) {
        existing.sheetId = parts.sheetId;
        existing.range = { ...parts.rect };
      } else {
        namedRangesOf(b).push({ name: text, sheetId: parts.sheetId, range: { ...parts.rect } });
      }
    },
    getRangeByName(name: unknown) {
      api.call('Spreadsheet', 'getRangeByName');
      const b = book();
      const n = find(b, String(name));
      if (!n || !b.sheets.some((s) => s.sheetId === n.sheetId)) return null;
      return api.range(spreadsheetId, n.sheetId, { ...n.range });
    },
    getNamedRanges() {
      api.call('Spreadsheet', 'getNamedRanges');
      return (book().namedRanges ?? []).map((n) => newNamedRange(api, spreadsheetId, n.name));
    },
    removeNamedRange(name: unknown) {
      api.call('Spreadsheet', 'removeNamedRange');
      const b = book();
      const n = find(b, String(name));
      // [unverified wording] removing a name that does not exist.
      if (!n) throw appsScriptError(`Invalid argument: ${String(name)}`);
      b.namedRanges = namedRangesOf(b).filter((x) => x !== n);
    },
  };
}

/** Sheet.getNamedRanges: the named ranges on this sheet. */
export function namedRangesOnSheet(api: SpreadsheetApi, spreadsheetId: string, sheetId: number) {
  return (bookOf(api.ctx, spreadsheetId).namedRanges ?? [])
    .filter((n) => n.sheetId === sheetId)
    .map((n) => newNamedRange(api, spreadsheetId, n.name));
}

/** `'Sheet name'!A1:B2` of a named range, for messages and tests. */
export function namedRangeA1(book: StoredSpreadsheet, n: StoredNamedRange): string {
  const sheet = book.sheets.find((s) => s.sheetId === n.sheetId);
  return `${quoteSheetName(sheet?.name ?? '#REF')}!${rectA1(n.range)}`;
}
