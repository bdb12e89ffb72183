import { textCell } from '../workbook/cells';
import type { WorkbookContext } from './workbook-context';

/** Writes a whole report sheet (made or emptied first) in one setValues call. */
export function writeSheet(
  wb: WorkbookContext,
  name: string,
  rows: (string | number)[][],
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = wb.spreadsheet.getSheetByName(name) ?? wb.spreadsheet.insertSheet(name);
  sheet.clearContents();
  const width = Math.max(...rows.map((r) => r.length));
  // textCell keeps "1.12.2026" as typed and neutralises a formula-like name.
  const block = rows.map((r) =>
    [...r, ...new Array(width - r.length).fill('')].map((c) =>
      typeof c === 'string' ? textCell(c) : c,
    ),
  );
  sheet.getRange(1, 1, block.length, width).setValues(block);
  sheet.setFrozenRows(1);
  return sheet;
}
