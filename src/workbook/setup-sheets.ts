import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { normaliseHeader } from '../core/text';
import { choiceOptions } from './choices';
import {
  SCHEMAS,
  SHEET_KEYS,
  forgetSheetNames,
  headerRow,
  type SheetKey,
  type WorkbookColumn,
  type WorkbookSchema,
} from './schema';
import { findSheet, matchColumns } from './table';

export interface SheetSetupResult {
  key: SheetKey;
  name: string;
  created: boolean;
  /** Headers added at the right end of an existing sheet (never moved, never renamed). */
  addedColumns: string[];
}

/** Sheet names a fresh spreadsheet starts with, in the locales we meet. */
const BLANK_SHEET = /^(sheet|taulukko|blad|arkusz|tabelle)\s*1$/i;

/**
 * Makes every sheet of the schema exist with its headers. A missing sheet is created in the
 * workbook language with dropdowns, a frozen header row and warning-only protection on system
 * columns; an existing sheet only gets the columns it lacks, appended after the coach's own, so
 * nothing typed is moved or lost. A second run finds everything and writes nothing.
 */
export function ensureSheets(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): SheetSetupResult[] {
  forgetSheetNames(spreadsheet);
  const sheets = spreadsheet.getSheets();
  const results: SheetSetupResult[] = [];
  let blank = sheets.length === 1 && BLANK_SHEET.test(sheets[0].getName()) ? sheets[0] : null;
  for (const key of SHEET_KEYS) {
    const schema = SCHEMAS[key];
    let sheet = findSheet(spreadsheet, schema, sheets);
    if (!sheet) {
      if (blank && blank.getLastRow() === 0) {
        sheet = blank.setName(schema.names[lang]);
      } else {
        sheet = spreadsheet.insertSheet(schema.names[lang]);
      }
      blank = null;
      decorate(sheet, schema, schema.columns, 1, lang, true);
      results.push({
        key,
        name: schema.names[lang],
        created: true,
        addedColumns: headerRow(schema, lang),
      });
      continue;
    }
    const lastColumn = sheet.getLastColumn();
    const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
    const { columns } = matchColumns(schema, header);
    const missing = schema.columns.filter((column) => !columns.has(column.field));
    // A header typed twice is matched once: only add what no header names at all.
    const taken = new Set(header.map((h) => normaliseHeader(String(h))));
    const toAdd = missing.filter((column) => !taken.has(normaliseHeader(column.headers[lang])));
    if (toAdd.length > 0) decorate(sheet, schema, toAdd, lastColumn + 1, lang, lastColumn === 0);
    results.push({
      key,
      name: sheet.getName(),
      created: false,
      addedColumns: toAdd.map((column) => column.headers[lang]),
    });
  }
  forgetSheetNames(spreadsheet);
  return results;
}

/** Writes headers (one call) and sets dropdowns and protections for the given columns. */
function decorate(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  schema: WorkbookSchema,
  columns: WorkbookColumn[],
  firstColumn: number,
  lang: Lang,
  newSheet: boolean,
): void {
  if (sheet.getMaxColumns() < firstColumn + columns.length - 1) {
    sheet.insertColumnsAfter(
      sheet.getMaxColumns(),
      firstColumn + columns.length - 1 - sheet.getMaxColumns(),
    );
  }
  sheet
    .getRange(1, firstColumn, 1, columns.length)
    .setValues([columns.map((c) => c.headers[lang])]);
  if (newSheet) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, columns.length).setFontWeight('bold');
    sheet
      .getRange(1, 1, 1, columns.length)
      .protect()
      .setDescription(t(lang, 'workbook.protection.header'))
      .setWarningOnly(true);
  }
  const rows = Math.max(1, sheet.getMaxRows() - 1);
  columns.forEach((column, i) => {
    const columnNumber = firstColumn + i;
    if (column.choices) {
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(choiceOptions(column.choices, lang), true)
        .setAllowInvalid(true)
        .build();
      sheet.getRange(2, columnNumber, rows, 1).setDataValidation(rule);
    }
    if (
      column.system &&
      schema.key !== 'log' &&
      schema.key !== 'sendlog' &&
      schema.key !== 'reflections'
    ) {
      sheet
        .getRange(2, columnNumber, rows, 1)
        .protect()
        .setDescription(t(lang, 'workbook.protection.system'))
        .setWarningOnly(true);
    }
  });
  if (['log', 'sendlog', 'reflections'].includes(schema.key) && newSheet) {
    // Whole sheets written by Etäpaja: one warning-only protection instead of one per column.
    sheet.protect().setDescription(t(lang, 'workbook.protection.system')).setWarningOnly(true);
  }
}
