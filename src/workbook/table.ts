import type { Lang } from '../core/types';
import { normaliseHeader } from '../core/text';
import { toCell, type Cell } from './cells';

export interface ColumnDef {
  field: string;
  headers: Record<Lang, string>;
  aliases?: string[];
  /** Written by Etäpaja only (protected in the sheet); never typed by a coach. */
  system?: boolean;
}

export interface TableSchema {
  key: string;
  names: Record<Lang, string>;
  columns: ColumnDef[];
  /** The field that identifies a row (client id, send key…). */
  keyField?: string;
}

export interface TableRow {
  rowNumber: number;
  values: Record<string, unknown>;
}

export interface Table {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  schema: TableSchema;
  /** 0-based column index of each field found in the header row. */
  columns: Map<string, number>;
  /** Header cells that match no field: the coach's own columns, left alone. */
  extraHeaders: { index: number; header: string }[];
  width: number;
  rows: TableRow[];
  /** The last row with content when read (1 = only the header); appendBelow moves it down. */
  lastRow: number;
  /** The header row as read (tells, e.g., which language a system sheet was made in). */
  header?: string[];
}

/** Finds the sheet of a schema under any of its localised names. */
export function findSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  schema: TableSchema,
  sheets: GoogleAppsScript.Spreadsheet.Sheet[] = spreadsheet.getSheets(),
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const wanted = new Set(Object.values(schema.names).map(normaliseHeader));
  return sheets.find((s) => wanted.has(normaliseHeader(s.getName()))) ?? null;
}

export function matchColumns(
  schema: TableSchema,
  header: unknown[],
): Pick<Table, 'columns' | 'extraHeaders'> {
  const lookup = new Map<string, string>();
  for (const column of schema.columns) {
    for (const h of [...Object.values(column.headers), ...(column.aliases ?? []), column.field]) {
      lookup.set(normaliseHeader(h), column.field);
    }
  }
  const columns = new Map<string, number>();
  const extraHeaders: { index: number; header: string }[] = [];
  header.forEach((cell, index) => {
    const text = String(cell ?? '').trim();
    if (!text) return;
    const field = lookup.get(normaliseHeader(text));
    if (field && !columns.has(field)) columns.set(field, index);
    else extraHeaders.push({ index, header: text });
  });
  return { columns, extraHeaders };
}

/**
 * Reads a whole table in one batched call and maps it by header, never by position, so a
 * coach may reorder, rename (to another language) or add columns.
 */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, schema: TableSchema): Table {
  const values = sheet.getDataRange().getValues();
  return tableFromValues(sheet, schema, values);
}

export function tableFromValues(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: TableSchema,
  values: unknown[][],
): Table {
  const header = values[0] ?? [];
  const { columns, extraHeaders } = matchColumns(schema, header);
  const rows: TableRow[] = [];
  for (let i = 1; i < values.length; i++) {
    const raw = values[i];
    if (raw.every((cell) => cell === '' || cell === null)) continue;
    const rowValues: Record<string, unknown> = {};
    for (const [field, index] of columns) rowValues[field] = raw[index];
    rows.push({ rowNumber: i + 1, values: rowValues });
  }
  return {
    sheet,
    schema,
    columns,
    extraHeaders,
    width: header.length,
    rows,
    lastRow: Math.max(1, values.length),
    header: header.map((cell) => String(cell ?? '')),
  };
}

function blockOf(table: Table, rows: Record<string, unknown>[]): Cell[][] {
  const width = Math.max(1, table.width);
  return rows.map((row) => {
    const line: Cell[] = new Array(width).fill('');
    for (const [field, index] of table.columns) {
      if (field in row) line[index] = toCell(row[field]);
    }
    return line;
  });
}

/**
 * Appends rows below the end this execution read, in ONE call and without reading again — only
 * for sheets that Etäpaja alone writes (the send log), under the script lock. The ledger's
 * exactly-once rests on this: appendRows' verification (3–5 calls a write) twice per dispatch
 * execution would cost more than all six table reads. Why it is safe there:
 * - No other execution of ours writes the sheet meanwhile (the script lock), and the end is the
 *   one read a few seconds earlier in this execution, advanced past each block written.
 * - The sheet is protected (setup: a warning before anyone edits it), so people do not type in
 *   it; if someone inserts or deletes rows above the end anyway, the block lands a few rows off,
 *   and since the log is read by key, never by position, nothing is lost but a superseded claim.
 * Tables coaches edit use appendRows, which survives a row inserted mid-write.
 */
export function appendBelow(table: Table, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const block = blockOf(table, rows);
  // Another Table of the same sheet, read earlier in this execution, may have written below
  // this one's end: never write above the lowest block this execution wrote.
  const end = Math.max(table.lastRow, writtenEnds.get(table.schema.key) ?? 0);
  table.sheet.getRange(end + 1, 1, block.length, block[0].length).setValues(block);
  table.lastRow = end + block.length;
  writtenEnds.set(table.schema.key, table.lastRow);
}

/**
 * Writes rows over rows this execution wrote moments ago (the send log settling its claims in
 * place), in one call. The caller has checked by reading that the rows are still where it put
 * them.
 */
export function writeRowsAt(table: Table, top: number, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const block = blockOf(table, rows);
  table.sheet.getRange(top, 1, block.length, block[0].length).setValues(block);
}

/** The end of the last block appendBelow wrote, per table, in this execution (globals are per execution in Apps Script). */
const writtenEnds = new Map<string, number>();

/** How many times appendRows writes again after a coach's edit displaced its block. */
export const APPEND_ATTEMPTS = 3;

const isBlankRow = (row: readonly unknown[] | undefined): boolean =>
  !row || row.every((cell) => cell === '' || cell === null);

/** A row's identity for comparing two reads: its first `width` cells. */
function rowSignature(row: readonly unknown[] | undefined, width: number): string {
  const cells: unknown[] = [];
  for (let i = 0; i < width; i++) {
    const cell = row?.[i] ?? '';
    cells.push(cell instanceof Date ? `D${cell.getTime()}` : cell);
  }
  return JSON.stringify(cells);
}

/**
 * Appends rows, batched, without ever overwriting a row a person added meanwhile.
 *
 * Apps Script has no atomic batched append: the script learns where the table ends (a read) and
 * then writes below it (a second call), and a Range is fixed coordinates, so a coach who inserts
 * rows above the end between the two calls pushes the last rows down into the block about to be
 * written. Each attempt therefore reads the sheet (one call: where it ends and what its last rows
 * hold), writes the block below it (one call), and reads the block's neighbourhood back (one
 * call). If the rows just above the block or just below it show that the table's end moved down
 * by k rows, the k rows that moved into the block's place are known from the first read: they are
 * written back where they were (one call, undoing our write) and the block is appended again.
 * Fields with no column are dropped (reported by the caller).
 */
export function appendRows(table: Table, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const width = Math.max(1, table.width);
  const block = blockOf(table, rows);
  const n = block.length;
  const sheet = table.sheet;
  for (let attempt = 1; ; attempt++) {
    const before = sheet.getDataRange().getValues();
    const last = before.length; // the last row with content (at least the header)
    sheet.getRange(last + 1, 1, n, width).setValues(block);
    const displaced = displacedRows(sheet, before, last, n, width);
    if (displaced.length === 0 || attempt >= APPEND_ATTEMPTS) return;
    // Undo: what stood in the block's place before our write (moved-down rows, then blanks).
    const undo: Cell[][] = [];
    for (let i = 0; i < n; i++)
      undo.push(
        i < displaced.length
          ? // getValues gives text cells without their apostrophe: toCell puts it back.
            displaced[i].slice(0, width).map(toCell)
          : (new Array(width).fill('') as Cell[]),
      );
    sheet.getRange(last + 1, 1, n, width).setValues(undo);
  }
}

/**
 * The rows of `before` (the read just before the write) that a person's row insertion moved
 * into the block written at `last + 1`, in sheet order; [] when the block landed where the
 * table ended. One small read when nothing moved; a full read when something did.
 */
function displacedRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  before: unknown[][],
  last: number,
  n: number,
  width: number,
): unknown[][] {
  const sig = (row: readonly unknown[] | undefined) => rowSignature(row, width);
  // The old last row, the block and as many rows below it: unchanged when nothing moved.
  const around = sheet.getRange(last, 1, 2 * n + 1, width).getValues();
  const moved =
    sig(around[0]) !== sig(before[last - 1]) || around.slice(n + 1).some((row) => !isBlankRow(row));
  if (!moved) return [];
  const now = sheet.getDataRange().getValues();
  // What the sheet holds besides our block (wherever the block is now).
  const present = new Map<string, number>();
  for (const row of now) present.set(sig(row), (present.get(sig(row)) ?? 0) + 1);
  for (let i = last; i < last + n; i++) {
    const s = sig(now[i]);
    if ((present.get(s) ?? 0) > 0) present.set(s, (present.get(s) as number) - 1);
  }
  // Old last rows that survived below the block: the run just above them in the old order
  // moved into the block's place, and is gone from the sheet.
  let survivors = 0;
  while (last + n + survivors < now.length && !isBlankRow(now[last + n + survivors])) survivors++;
  const lost: unknown[][] = [];
  for (let row = last - survivors; row >= 2 && lost.length < n; row--) {
    const old = before[row - 1];
    const s = sig(old);
    if (isBlankRow(old) || (present.get(s) ?? 0) > 0) break;
    lost.unshift(old);
  }
  return lost;
}

/**
 * Writes values into existing rows, keyed by the table's key field, never by a row number
 * remembered from an earlier read: the sheet is read again and each value lands on the row that
 * holds its key now, even if the coach sorted or inserted rows meanwhile. Only the given fields
 * are written, as one block spanning their columns; cells between them are written back as read.
 */
export function updateByKey(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: TableSchema,
  updates: Map<string, Record<string, unknown>>,
  fields: string[],
): { written: number; missing: string[] } {
  if (updates.size === 0) return { written: 0, missing: [] };
  const keyField = schema.keyField;
  if (!keyField) throw new Error(`Table ${schema.key} has no key field`);
  const values = sheet.getDataRange().getValues();
  const { columns } = matchColumns(schema, values[0] ?? []);
  const keyIndex = columns.get(keyField);
  const indexes = fields.map((f) => columns.get(f)).filter((i): i is number => i !== undefined);
  if (keyIndex === undefined || indexes.length === 0)
    return { written: 0, missing: [...updates.keys()] };
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const seen = new Set<string>();
  const block = values.slice(1).map((raw) => {
    const line = raw.slice(first, last + 1) as Cell[];
    const update = updates.get(String(raw[keyIndex]));
    if (update) {
      seen.add(String(raw[keyIndex]));
      for (const field of fields) {
        const index = columns.get(field);
        if (index !== undefined && field in update) line[index - first] = toCell(update[field]);
      }
    }
    return line;
  });
  if (block.length > 0)
    sheet.getRange(2, first + 1, block.length, last - first + 1).setValues(block);
  return { written: seen.size, missing: [...updates.keys()].filter((k) => !seen.has(k)) };
}
