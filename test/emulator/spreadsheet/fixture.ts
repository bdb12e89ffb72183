import { createSpreadsheet, createSpreadsheetApp } from '../../../emulator/spreadsheet';
import type { ScriptContext } from '../../../emulator/runtime/context';
import { makeTestContext } from '../../helpers/runtime';

/** A test context bound to a fresh fi_FI workbook with a sheet "Asiakkaat", and its SpreadsheetApp. */
export function boundWorkbook(
  options: { locale?: string; timeZone?: string; user?: string; sheets?: string[] } = {},
) {
  const ctx: ScriptContext = makeTestContext({ user: options.user });
  const id = createSpreadsheet(ctx, {
    name: 'Etäpaja',
    owner: 'ohjaaja@kunta.example',
    timeZone: options.timeZone ?? 'Europe/Helsinki',
    locale: options.locale ?? 'fi_FI',
    sheets: options.sheets ?? ['Asiakkaat'],
  });
  ctx.boundSpreadsheetId = id;
  const app = createSpreadsheetApp(ctx);
  const book = app.getActiveSpreadsheet();
  if (!book) throw new Error('no bound workbook');
  return { ctx, id, app, book, sheet: book.getSheets()[0] };
}

/** Calls of the current execution, as "Area.method" strings. */
export function callNames(ctx: ScriptContext): string[] {
  return ctx.rt.execution.calls.map((c) => c.method);
}
