import { Runtime } from '../../emulator/runtime/runtime';
import { emptyStores } from '../../emulator/runtime/state';
import type { ScriptContext } from '../../emulator/runtime/context';
import { createSpreadsheet, createSpreadsheetApp } from '../../emulator/spreadsheet';

/**
 * A runtime with one execution already begun, for testing a single service directly.
 * Import the service's store module before calling this so that its store is registered.
 */
export function makeTestContext(
  options: { nowIso?: string; user?: string; faults?: string; seed?: number } = {},
): ScriptContext {
  const rt = new Runtime(emptyStores(), {
    nowMs: Date.parse(options.nowIso ?? '2026-03-02T08:00:00Z'),
    seed: options.seed ?? 1,
    faults: options.faults,
    dir: '',
  });
  const user = options.user ?? 'ohjaaja@kunta.example';
  rt.begin({ id: 'test-exec', projectId: 'test', functionName: 'test', user });
  return {
    rt,
    projectId: 'test',
    user,
    owner: 'ohjaaja@kunta.example',
    timeZone: 'Europe/Helsinki',
  };
}

/**
 * A test context bound to a new spreadsheet holding `sheets`, in Helsinki time and `locale`, and
 * the SpreadsheetApp a bound script sees: the set-up the Sheets conformance tests share.
 */
export function boundWorkbook(sheets: string[], locale = 'en_US') {
  const ctx = makeTestContext();
  const id = createSpreadsheet(ctx, {
    name: 'Etäpaja',
    owner: ctx.owner,
    timeZone: 'Europe/Helsinki',
    locale,
    sheets,
  });
  ctx.boundSpreadsheetId = id;
  const app = createSpreadsheetApp(ctx);
  return { ctx, id, app, book: app.getActiveSpreadsheet()! };
}
