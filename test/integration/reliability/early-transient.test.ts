import type { Workspace } from '../../../emulator/workspace';
import { plannedWorkspace, weeklyCounts } from '../dispatch/helpers';
import { logOf } from './helpers';

/**
 * A trigger run that fails on a passing backend error at its first reads is run again in the
 * same execution (src/addon/access.ts). Found by test/chaos, seed 2: the only catch-up of a
 * week whose letters were late failed at its first sheet read, and five letters never went.
 */

const SHEETS_DOWN = 'Service Spreadsheets failed while accessing document.';

/** Fails the first `count` sheet calls of `fn`'s executions, as a backend hiccup would. */
function failFirstSheetCalls(ws: Workspace, fn: string, count: number): () => void {
  let left = count;
  return ws.rt.onCall((record, execution) => {
    if (execution.info.functionName !== fn || left === 0) return;
    if (!/^(Sheet|Range|Spreadsheet)\./.test(record.method)) return;
    left -= 1;
    throw new Error(SHEETS_DOWN);
  });
}

function fireTrigger(ws: Workspace, fn: string) {
  const trigger = ws.triggers().find((t) => t.functionName === fn);
  if (!trigger) throw new Error(`no ${fn} trigger`);
  return ws.fire(trigger, { authMode: 'FULL', triggerUid: trigger.id });
}

test('a triggered dispatch whose first sheet reads fail still sends every letter, once', () => {
  const clean = plannedWorkspace();
  fireTrigger(clean, 'weeklyDispatch');
  const expected = [...weeklyCounts(clean).keys()].sort();
  expect(expected.length).toBeGreaterThan(0);

  const ws = plannedWorkspace();
  const off = failFirstSheetCalls(ws, 'weeklyDispatch', 2);
  const run = fireTrigger(ws, 'weeklyDispatch');
  off();
  expect(run.execution.status).toBe('completed');
  const counts = weeklyCounts(ws);
  expect([...counts.keys()].sort()).toEqual(expected);
  for (const n of counts.values()) expect(n).toBe(1);
});

test('a triggered night whose opening read fails still runs its steps', () => {
  const ws = plannedWorkspace();
  const off = failFirstSheetCalls(ws, 'nightly', 1);
  const run = fireTrigger(ws, 'nightly');
  off();
  expect(run.execution.status).toBe('completed');
  expect(logOf(ws, 'planNextWeek').length).toBeGreaterThan(0);
});

test('a refusal or a lasting failure is not run again', () => {
  const ws = plannedWorkspace();
  let calls = 0;
  const off = ws.rt.onCall((record, execution) => {
    if (execution.info.functionName !== 'weeklyDispatch') return;
    if (!/^(Sheet|Range|Spreadsheet)\./.test(record.method)) return;
    calls += 1;
    throw new Error(SHEETS_DOWN);
  });
  const run = fireTrigger(ws, 'weeklyDispatch');
  off();
  expect(run.execution.status).toBe('failed');
  // Three attempts, each stopping at its first sheet call: no endless loop in one execution.
  expect(calls).toBe(3);
});
