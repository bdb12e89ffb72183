import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import type { Workspace } from '../../../emulator/workspace';
import { mails, meta, plannedWorkspace, weeklyCounts } from './helpers';

/** Active clients with plan days next week: the ones the first clean run mails. */
function expectedClients(): string[] {
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  return [...weeklyCounts(ws).keys()].sort();
}
const EXPECTED = expectedClients();

function assertExactlyOnce(ws: Workspace): void {
  const counts = weeklyCounts(ws);
  expect([...counts.keys()].sort()).toEqual(EXPECTED);
  for (const [, n] of counts) expect(n).toBe(1);
}

function withFaults(ws: Workspace, spec: string): void {
  ws.rt.faults = new FaultInjector(parseFaults(spec));
}

test('the clean run mails every planned active client once, in their own week', () => {
  expect(EXPECTED.length).toBeGreaterThan(10);
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  for (const m of mails(ws).filter((x) => meta(x).kind === 'weekly')) {
    expect(meta(m).week).toBe('2026-W49');
    expect(m.to).toHaveLength(1);
    expect(m.html).toContain('https://meet.google.com/');
  }
});

test('the weekly trigger fires inside its hour and sends once; a second run sends nothing', () => {
  const ws = plannedWorkspace();
  ws.advance(Date.parse('2026-11-26T13:00:00+02:00'));
  assertExactlyOnce(ws);
  const before = mails(ws).length;
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  expect(mails(ws).length).toBe(before);
  assertExactlyOnce(ws);
});

test('two overlapping runs send each mail once', () => {
  const ws = plannedWorkspace();
  let nested = false;
  const off = ws.rt.onCall((call, execution) => {
    if (
      !nested &&
      execution.info.functionName === 'weeklyDispatch' &&
      call.method === 'MailApp.sendEmail'
    ) {
      nested = true;
      ws.run('etapaja', 'weeklyDispatch', [{}]);
    }
  });
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  expect(nested).toBe(true);
  assertExactlyOnce(ws);
});

test('value reads and writes of a run do not grow with the roster (steady state: 8)', () => {
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const counts: Record<string, number> = {};
  const off = ws.rt.onCall((c) => {
    counts[c.method] = (counts[c.method] ?? 0) + 1;
  });
  ws.call('planNextWeek');
  for (const k of Object.keys(counts)) delete counts[k];
  // A duplicate run reads everything again but sends nothing.
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  expect((counts['Range.getValues'] ?? 0) + (counts['Range.setValues'] ?? 0)).toBeLessThanOrEqual(
    8,
  );
});

test('a run that dies at call k, for every k, and a clean re-run: exactly one weekly mail each', () => {
  // How many calls a full run makes, on a fresh workspace.
  const probe = plannedWorkspace();
  withFaults(probe, '');
  probe.run('etapaja', 'weeklyDispatch', [{}]);
  const total = probe.rt.faults.calls;
  expect(total).toBeGreaterThan(50);
  for (let k = 1; k <= total + 1; k++) {
    const ws = plannedWorkspace();
    withFaults(ws, `crash-at=${k}`);
    ws.run('etapaja', 'weeklyDispatch', [{}]);
    withFaults(ws, '');
    ws.run('etapaja', 'weeklyDispatch', [{}]);
    try {
      assertExactlyOnce(ws);
    } catch (error) {
      throw new Error(`crash-at=${k}: ${(error as Error).message}`);
    }
  }
});

test('the quota runs out half way: the coach is told, a follow-up trigger finishes the next day', () => {
  const ws = plannedWorkspace();
  withFaults(ws, 'quota-mail=30');
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const first = weeklyCounts(ws);
  expect(first.size).toBeLessThan(EXPECTED.length);
  const alert = mails(ws).filter((m) => meta(m).kind === 'coach-alert');
  expect(alert.length).toBeGreaterThan(0);
  expect(alert.some((m) => /kiintiö/.test(m.text))).toBe(true);
  expect(ws.triggers().filter((t) => t.functionName === 'weeklyDispatch').length).toBe(2);
  withFaults(ws, '');
  ws.advance(Date.parse('2026-11-27T12:00:00+02:00'));
  assertExactlyOnce(ws);
});
