import fc from 'fast-check';
import { bundle } from '../helpers/workspace';
import { applyUserEdit, readSheetValues } from '../../emulator/spreadsheet/harness';
import { FORMS_STORE, submitResponse, type FormsStore } from '../../emulator/forms';
import { runChaos } from '../chaos/sim';
import { sheetView, text } from '../chaos/world';
import { hostileCell, hostileString } from './hostile';

/**
 * Hostile cells in the coach's sheets and hostile form answers: the jobs never crash, and every
 * form response is still recorded exactly once (a bad answer is kept as text, with a note).
 */
jest.setTimeout(180_000);

// A workbook with clients, groups, tasks and plans, from a short clean chaos run.
const world = runChaos({ seed: 31, days: 2, faults: 'mail=0', bundle: bundle() });
const ws = world.ws;
const book = ws.meta.boundSpreadsheetId as string;

function column(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

test('a hostile value in any cell of clients, groups, tasks or plans never crashes a job', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('Asiakkaat', 'Ryhmät', 'Tehtäväpankki', 'Viikkosuunnitelmat'),
      fc.nat(),
      fc.nat(),
      hostileCell,
      (sheet, r, c, value) => {
        const values = readSheetValues(ws.rt, book, sheet);
        const row = 2 + (r % Math.max(1, values.length - 1));
        const col = 1 + (c % values[0].length);
        applyUserEdit(ws.rt, book, sheet, { kind: 'set', a1: `${column(col)}${row}`, value });
        for (const job of ['planNextWeek', 'weeklyDispatch', 'reminders', 'nightly']) {
          const result = ws.run('etapaja', job, job === 'planNextWeek' ? [] : [{}]);
          expect({ job, sheet, value, error: result.error?.message }).toEqual({
            job,
            sheet,
            value,
            error: undefined,
          });
        }
      },
    ),
    { numRuns: 25, seed: 11 },
  );
});

test('any answer to any form item is recorded exactly once, never crashing the intake', () => {
  const form = Object.values((ws.rt.stores[FORMS_STORE.name] as FormsStore).forms)[0];
  const ids: string[] = [];
  fc.assert(
    fc.property(fc.array(hostileString, { minLength: 7, maxLength: 7 }), (answers) => {
      const byItem: Record<string, string | Date> = {
        [String(form.items[0].id)]: new Date(ws.now()),
      };
      // Items 1–7: hours, did, (scale skipped: only 1–5 can be chosen), thoughts, …, token.
      form.items.slice(1).forEach((item, i) => {
        if (item.type !== 'SCALE') byItem[String(item.id)] = answers[i];
      });
      const { responseId } = submitResponse(ws.rt.stores, form.id, byItem, { atMs: ws.now() });
      ids.push(responseId);
      const results = ws.advance(ws.now() + 120_000);
      for (const r of results) expect(r.error?.message).toBeUndefined();
    }),
    { numRuns: 25, seed: 5 },
  );
  // The form trigger only queues each response; the next hourly run records them all.
  const hourly = ws.triggers().find((t) => t.functionName === 'reminders' && !t.disabled);
  expect(hourly?.nextFireAt).toBeDefined();
  const ran = ws.advance(Math.max(ws.now(), hourly?.nextFireAt as number));
  expect(ran.map((r) => r.execution.functionName)).toContain('reminders');
  for (const r of ran) expect(r.error?.message).toBeUndefined();
  const recorded = sheetView(ws, 'Päiväkirjat').rows.map((r) => text(r.Vastaus));
  for (const id of ids) expect(recorded.filter((x) => x === id)).toHaveLength(1);
});
