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
  return { sheet, schema, columns, extraHeaders, width: header.length, rows };
}

/** Appends rows in one setValues call; fields with no column are dropped (reported by caller). */
export function appendRows(table: Table, rows: Record<string, unknown>[]): void {
  if (rows.length === 0) return;
  const start = table.sheet.getLastRow() + 1;
  const block: Cell[][] = rows.map((row) => {
    const line: Cell[] = new Array(table.width).fill('');
    for (const [field, index] of table.columns) {
      if (field in row) line[index] = toCell(row[field]);
    }
    return line;
  });
  table.sheet.getRange(start, 1, block.length, table.width).setValues(block);
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
