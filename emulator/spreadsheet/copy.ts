import { appsScriptError } from '../runtime/errors';
import type { GridRect } from './a1';
import { assertCanEdit, growTo, overlaps, readValue } from './grid';
import { shiftFormula } from './r1c1';
import { bookAndSheet, rangeParts, type RangeHost } from './range-host';
import { signatureError, storeOf } from './common';
import { formulaHost } from './formulas/host';
import {
  cellAt,
  cellFor,
  pruneCell,
  validationIndex,
  type FormatRecord,
  type StoredCell,
  type StoredSheet,
} from './store';

/**
 * Range.copyTo, copyValuesToRange and copyFormatToRange: pasting a range elsewhere in the same
 * spreadsheet. https://developers.google.com/apps-script/reference/spreadsheet/range#copyTo(Range)
 */

export const SAME_SPREADSHEET = 'Target range and source range must be on the same spreadsheet.';

/** What a paste carries (SpreadsheetApp.CopyPasteType, or copyTo's options). */
interface PasteWhat {
  /** Values and formulas (formulas moved with the paste). */
  contents?: boolean;
  /** Values only: a formula pastes as the value it shows. */
  valuesOnly?: boolean;
  /** Number formats and recorded formatting. */
  formats?: boolean;
  /** Recorded borders (PASTE_NO_BORDERS leaves them out). */
  borders?: boolean;
  notes?: boolean;
  validations?: boolean;
  columnWidths?: boolean;
}

const PASTE_TYPES: Record<string, PasteWhat> = {
  PASTE_NORMAL: { contents: true, formats: true, borders: true, notes: true, validations: true },
  PASTE_NO_BORDERS: { contents: true, formats: true, notes: true, validations: true },
  PASTE_FORMAT: { formats: true, borders: true },
  PASTE_FORMULA: { contents: true },
  PASTE_DATA_VALIDATION: { validations: true },
  PASTE_VALUES: { valuesOnly: true },
  // No conditional formatting exists in the emulated workbook, so there is nothing to paste.
  PASTE_CONDITIONAL_FORMATTING: {},
  PASTE_COLUMN_WIDTHS: { columnWidths: true },
};

function snapshot(sheet: StoredSheet, rect: GridRect): Array<Array<StoredCell | null>> {
  const out: Array<Array<StoredCell | null>> = [];
  for (let i = 0; i < rect.numRows; i++) {
    const line: Array<StoredCell | null> = [];
    for (let j = 0; j < rect.numColumns; j++) {
      const cell = cellAt(sheet, rect.row + i, rect.column + j);
      line.push(cell ? { ...cell, rt: cell.rt && structuredClone(cell.rt) } : null);
    }
    out.push(line);
  }
  return out;
}

interface PastePlan {
  source: { sheet: StoredSheet; rect: GridRect };
  target: { sheet: StoredSheet; row: number; column: number };
  /** Rows and columns to fill at the target (tiles or truncates the source). */
  numRows: number;
  numColumns: number;
  transposed: boolean;
  what: PasteWhat;
}

function paste(host: RangeHost, plan: PastePlan): void {
  const { book } = bookAndSheet(host.api, host.spreadsheetId, host.sheetId);
  const { source, target, numRows, numColumns, transposed, what } = plan;
  const dest: GridRect = { row: target.row, column: target.column, numRows, numColumns };
  assertCanEdit(book, target.sheet, dest, host.api.ctx.user);
  growTo(book, target.sheet, dest.row + numRows - 1, dest.column + numColumns - 1);
  const cells = snapshot(source.sheet, source.rect);
  // Values pasted as values are read (formulas evaluated) before anything is written.
  const host0 = what.valuesOnly ? formulaHost(storeOf(host.api.ctx), book, host.api.ctx.rt) : null;
  const values = cells.map((line, i) =>
    line.map((cell, j) =>
      host0
        ? readValue(cell, host0, source.sheet, source.rect.row + i, source.rect.column + j)
        : '',
    ),
  );
  const formatting = source.sheet.formatting.filter((f) => overlaps(f, source.rect));
  const srcRows = transposed ? source.rect.numColumns : source.rect.numRows;
  const srcColumns = transposed ? source.rect.numRows : source.rect.numColumns;
  for (let i = 0; i < numRows; i++) {
    for (let j = 0; j < numColumns; j++) {
      const si = transposed ? j % srcColumns : i % srcRows;
      const sj = transposed ? i % srcRows : j % srcColumns;
      const from = cells[si][sj];
      const r = dest.row + i;
      const c = dest.column + j;
      const to = cellFor(target.sheet, r, c);
      if (what.contents || what.valuesOnly) {
        delete to.v;
        delete to.f;
        delete to.rt;
        if (from?.f && what.contents) {
          const moved = shiftFormula(
            from.f,
            r - (source.rect.row + si),
            c - (source.rect.column + sj),
          );
          to.f = moved;
        } else if (from && what.valuesOnly) {
          const value = values[si][sj];
          if (value !== '') to.v = value;
          if (from.rt && !from.f) to.rt = from.rt;
        } else if (from && from.v !== undefined) {
          to.v = from.v;
          if (from.rt && !from.f) to.rt = from.rt;
        }
      }
      if (what.formats) {
        if (from?.fmt === undefined) delete to.fmt;
        else to.fmt = from.fmt;
      }
      if (what.notes) {
        if (from?.note === undefined) delete to.note;
        else to.note = from.note;
      }
      if (what.validations) {
        if (from?.dv === undefined) delete to.dv;
        else to.dv = validationIndex(target.sheet, source.sheet.validations[from.dv]);
      }
      pruneCell(target.sheet, r, c);
    }
  }
  if (what.formats) {
    // Formatting records of the source, clipped to it and moved to each tile of the target.
    for (let ti = 0; ti < numRows; ti += srcRows) {
      for (let tj = 0; tj < numColumns; tj += srcColumns) {
        for (const f of formatting) {
          if (!what.borders && f.property === 'border') continue;
          target.sheet.formatting.push(
            movedRecord(f, source.rect, transposed, dest.row + ti, dest.column + tj),
          );
        }
      }
    }
  }
  if (what.columnWidths) {
    for (let j = 0; j < numColumns; j++) {
      const width = source.sheet.columnWidths[String(source.rect.column + (j % srcColumns))];
      if (width === undefined) delete target.sheet.columnWidths[String(dest.column + j)];
      else target.sheet.columnWidths[String(dest.column + j)] = width;
    }
  }
}

function movedRecord(
  f: FormatRecord,
  src: GridRect,
  transposed: boolean,
  row: number,
  column: number,
): FormatRecord {
  const r1 = Math.max(f.row, src.row) - src.row;
  const c1 = Math.max(f.column, src.column) - src.column;
  const r2 = Math.min(f.row + f.numRows, src.row + src.numRows) - src.row;
  const c2 = Math.min(f.column + f.numColumns, src.column + src.numColumns) - src.column;
  const value = JSON.parse(JSON.stringify(f.value)) as unknown;
  return transposed
    ? { ...f, value, row: row + c1, column: column + r1, numRows: c2 - c1, numColumns: r2 - r1 }
    : { ...f, value, row: row + r1, column: column + c1, numRows: r2 - r1, numColumns: c2 - c1 };
}

/** How many rows a paste fills: the destination's when it is a multiple of the source's. */
function tiled(source: number, destination: number): number {
  return destination > source && destination % source === 0 ? destination : source;
}

export function copyMethods(host: RangeHost) {
  const { api } = host;
  const sourceOf = () => bookAndSheet(api, host.spreadsheetId, host.sheetId).sheet;
  const targetSheet = (spreadsheetId: string, sheetId: number) => {
    if (spreadsheetId !== host.spreadsheetId) throw appsScriptError(SAME_SPREADSHEET);
    return bookAndSheet(api, spreadsheetId, sheetId).sheet;
  };
  const run = (
    destination: unknown,
    what: PasteWhat,
    transposed: boolean,
    method: string,
    args: unknown[],
  ) => {
    const dest = rangeParts(destination);
    if (!dest) throw signatureError(args, `SpreadsheetApp.Range.${method}`);
    const sheet = targetSheet(dest.spreadsheetId, dest.sheetId);
    const srcRows = transposed ? host.area.numColumns : host.area.numRows;
    const srcColumns = transposed ? host.area.numRows : host.area.numColumns;
    paste(host, {
      source: { sheet: sourceOf(), rect: host.area },
      target: { sheet, row: dest.rect.row, column: dest.rect.column },
      numRows: tiled(srcRows, dest.rect.numRows),
      numColumns: tiled(srcColumns, dest.rect.numColumns),
      transposed,
      what,
    });
  };
  const toLocation = (args: unknown[], method: string, what: PasteWhat): void => {
    const [target, column, columnEnd, row, rowEnd] = args;
    if (args.length !== 5 || args.slice(1).some((n) => typeof n !== 'number'))
      throw signatureError(args, `SpreadsheetApp.Range.${method}`);
    let spreadsheetId = host.spreadsheetId;
    let sheetId: number;
    if (typeof target === 'number') sheetId = target;
    else {
      const s = target as { __sheetId?: number; __spreadsheetId?: string } | null;
      if (typeof s?.__sheetId !== 'number')
        throw signatureError(args, `SpreadsheetApp.Range.${method}`);
      sheetId = s.__sheetId;
      spreadsheetId = s.__spreadsheetId ?? spreadsheetId;
    }
    const [c1, c2, r1, r2] = [column, columnEnd, row, rowEnd].map((n) => Math.trunc(n as number));
    if (c1 < 1 || r1 < 1 || c2 < c1 || r2 < r1)
      throw appsScriptError(
        'The coordinates of the target range are outside the dimensions of the sheet.',
      );
    const sheet = targetSheet(spreadsheetId, sheetId);
    // "If the destination is larger or smaller than the source range then the source is
    // repeated or truncated accordingly."
    paste(host, {
      source: { sheet: sourceOf(), rect: host.area },
      target: { sheet, row: r1, column: c1 },
      numRows: r2 - r1 + 1,
      numColumns: c2 - c1 + 1,
      transposed: false,
      what,
    });
  };
  return {
    /**
     * copyTo(destination), copyTo(destination, options) with {contentsOnly, formatOnly},
     * copyTo(destination, copyPasteType, transposed).
     */
    copyTo(...args: unknown[]) {
      api.call('Range', 'copyTo', host.area.numRows * host.area.numColumns);
      const [destination, second, third] = args;
      let what: PasteWhat = PASTE_TYPES.PASTE_NORMAL;
      let transposed = false;
      if (args.length === 2 && second !== null && typeof second === 'object') {
        const options = second as { contentsOnly?: unknown; formatOnly?: unknown };
        const contents = !!options.contentsOnly;
        const formats = !!options.formatOnly;
        // Both at once is contradictory: refused rather than guessed ([unverified wording]).
        if (contents && formats) throw appsScriptError('Invalid argument: options');
        if (contents) what = { contents: true };
        else if (formats) what = { formats: true, borders: true };
      } else if (args.length === 3) {
        const type = String(second);
        if (!(type in PASTE_TYPES) || typeof third !== 'boolean')
          throw signatureError(args, 'SpreadsheetApp.Range.copyTo');
        what = PASTE_TYPES[type];
        transposed = third;
      } else if (args.length !== 1) {
        throw signatureError(args, 'SpreadsheetApp.Range.copyTo');
      }
      run(destination, what, transposed, 'copyTo', args);
      return undefined;
    },
    copyValuesToRange(...args: unknown[]) {
      api.call('Range', 'copyValuesToRange', host.area.numRows * host.area.numColumns);
      toLocation(args, 'copyValuesToRange', { valuesOnly: true });
      return undefined;
    },
    copyFormatToRange(...args: unknown[]) {
      api.call('Range', 'copyFormatToRange', host.area.numRows * host.area.numColumns);
      toLocation(args, 'copyFormatToRange', { formats: true, borders: true });
      return undefined;
    },
  };
}
