import { normaliseHeader } from '../core/text';
import { matchColumns, type Table, type TableSchema } from './table';
import { cellText, toCell, type Cell } from './cells';

/**
 * Writes values into existing rows found by a key computed from each row's content (the client
 * id, or for a row without one, what identifies it), never by a row number remembered from an
 * earlier read: the sheet is read again and each value lands on the row that holds its key now.
 * One read and one write, spanning only the columns written. Cells in the span that are not
 * written go back as text-safe copies of what was read, so `040…` stays text.
 */
export function updateRowsWhere(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: TableSchema,
  keyOf: (row: Record<string, unknown>) => string,
  updates: Map<string, Record<string, unknown>>,
  fields: string[],
): { written: number; missing: string[] } {
  if (updates.size === 0) return { written: 0, missing: [] };
  const values = sheet.getDataRange().getValues();
  const { columns } = matchColumns(schema, values[0] ?? []);
  const indexes = fields.map((f) => columns.get(f)).filter((i): i is number => i !== undefined);
  if (indexes.length === 0) return { written: 0, missing: [...updates.keys()] };
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const seen = new Set<string>();
  let changed = false;
  const block = values.slice(1).map((raw) => {
    const line = raw.slice(first, last + 1).map(toCell) as Cell[];
    const row: Record<string, unknown> = {};
    for (const [field, index] of columns) row[field] = raw[index];
    const key = keyOf(row);
    const update = key === '' ? undefined : updates.get(key);
    if (update && !seen.has(key)) {
      seen.add(key);
      for (const field of fields) {
        const index = columns.get(field);
        if (index === undefined || !(field in update)) continue;
        const next = toCell(update[field]);
        if (cellText(raw[index]) !== cellText(next).replace(/^'/, '')) changed = true;
        line[index - first] = next;
      }
    }
    return line;
  });
  if (changed && block.length > 0) {
    sheet.getRange(2, first + 1, block.length, last - first + 1).setValues(block);
  }
  return { written: seen.size, missing: [...updates.keys()].filter((k) => !seen.has(k)) };
}

/**
 * Appends rows in one setValues call. Besides schema fields, a row may carry values for the
 * coach's own columns by header (`extra`), so an imported column that matches one the coach
 * added is kept rather than dropped.
 */
export function appendRecords(
  table: Table,
  rows: { fields: Record<string, unknown>; extra?: Map<string, unknown> }[],
): void {
  if (rows.length === 0) return;
  const extraIndex = new Map(table.extraHeaders.map((h) => [normaliseHeader(h.header), h.index]));
  const width = Math.max(table.width, ...[...table.columns.values()].map((i) => i + 1));
  const block: Cell[][] = rows.map(({ fields, extra }) => {
    const line: Cell[] = new Array(width).fill('');
    for (const [field, index] of table.columns)
      if (field in fields) line[index] = toCell(fields[field]);
    for (const [header, value] of extra ?? []) {
      const index = extraIndex.get(normaliseHeader(header));
      if (index !== undefined) line[index] = toCell(value);
    }
    return line;
  });
  const start = table.sheet.getLastRow() + 1;
  table.sheet.getRange(start, 1, block.length, width).setValues(block);
}
