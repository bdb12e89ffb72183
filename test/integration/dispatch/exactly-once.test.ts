import { parseCode } from '../../../src/core/workbook-codes';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import type { Workspace } from '../../../emulator/workspace';
import { applyUserEdit, readSheetValues } from '../../../emulator/spreadsheet/harness';
import { mails, meta, plannedWorkspace, weeklyCounts } from './helpers';

/** The send log's last status per key, as the coach reads it. */
function ledgerStatus(ws: Workspace): Map<string, string> {
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Lähetykset',
  );
  const key = header.indexOf('Avain');
  const status = header.indexOf('Tila');
  const latest = new Map<string, string>();
  for (const r of rows) if (r[key]) latest.set(String(r[key]), parseCode('sendStatus', r[status]));
  return latest;
}

/**
 * After one crash: no client twice, and at most one client without their mail — the one whose
 * send the crash may have cut, marked 'uncertain' for the coach (never resent silently).
 */
function assertAtMostOneUncertain(ws: Workspace): void {
  const counts = weeklyCounts(ws);
  for (const [, n] of counts) expect(n).toBe(1);
  const missing = EXPECTED.filter((c) => !counts.has(c));
  expect(missing.length).toBeLessThanOrEqual(1);
  const status = ledgerStatus(ws);
  for (const c of missing) expect(status.get(`weekly|${c}|2026-W49`)).toBe('uncertain');
}

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
  const weekly = mails(ws).filter((x) => meta(x).kind === 'weekly');
  for (const m of weekly) {
    expect(meta(m).week).toBe('2026-W49');
    expect(m.to).toHaveLength(1);
  }
  // A group's Meet link is in the letter when the meeting falls inside the client's period
  // (a client starting on Thursday has no Tuesday meeting that week): most of them here.
  const withMeet = weekly.filter((m) => (m.html ?? '').includes('https://meet.google.com/'));
  expect(withMeet.length).toBeGreaterThan(weekly.length / 2);
});

test('the send log has one row per mail, its kind and status in the workbook language', () => {
  const ws = plannedWorkspace();
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Lähetykset',
  );
  const col = (name: string) => header.indexOf(name);
  const weekly = rows.filter((r) => String(r[col('Avain')]).startsWith('weekly|'));
  expect(weekly.map((r) => String(r[col('Avain')])).sort()).toEqual(
    EXPECTED.map((c) => `weekly|${c}|2026-W49`),
  );
  for (const r of weekly) {
    expect(r[col('Laji')]).toBe('viikkoviesti');
    expect(r[col('Tila')]).toBe('lähetetty');
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

test('rows inserted into the send log during a run: results are appended, nothing overwritten, nothing resent', () => {
  const ws = plannedWorkspace();
  const book = ws.meta.boundSpreadsheetId as string;
  let inserted = false;
  const off = ws.rt.onCall((call, execution) => {
    if (
      !inserted &&
      execution.info.functionName === 'weeklyDispatch' &&
      call.method === 'MailApp.sendEmail'
    ) {
      inserted = true;
      // Someone ignores the protection warning and inserts two rows under the header.
      applyUserEdit(ws.rt, book, 'Lähetykset', { kind: 'insertRowsAfter', row: 1, count: 2 });
    }
  });
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  expect(inserted).toBe(true);
  assertExactlyOnce(ws);
  // The claim rows moved, so the results went below them: each mail's latest row says sent.
  const status = ledgerStatus(ws);
  for (const c of EXPECTED) expect(status.get(`weekly|${c}|2026-W49`)).toBe('sent');
  const before = mails(ws).length;
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  expect(mails(ws).length).toBe(before);
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

test('a run that dies at call k, for every k, and a clean re-run: never twice, at most one uncertain', () => {
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
      assertAtMostOneUncertain(ws);
    } catch (error) {
      throw new Error(`crash-at=${k}: ${(error as Error).message}`);
    }
  }
  // One fresh workspace and two runs per call of a full run: minutes on a loaded 2-core machine.
}, 600_000);

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

test('mail down for hours: spaced retries, no quota message, then every mail once and the coach told why late', () => {
  const ws = plannedWorkspace();
  withFaults(ws, 'mail=1');
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const thursday = ws.advance(Date.parse('2026-11-26T23:00:00+02:00'));
  // The weekly trigger at 12 and four spaced retries of the morning's run (15, 30, 60, 120
  // minutes), then the nightly catch-up: not a one-minute loop (which made ~660 runs here).
  expect(
    thursday.filter((r) => r.execution.functionName === 'weeklyDispatch').length,
  ).toBeLessThanOrEqual(5);
  expect(weeklyCounts(ws).size).toBe(0);
  withFaults(ws, '');
  ws.advance(Date.parse('2026-11-27T18:00:00+02:00'));
  assertExactlyOnce(ws);
  const notices = mails(ws).filter((m) => meta(m).kind === 'coach-alert');
  expect(notices.some((m) => /kiintiö/.test(m.text))).toBe(false);
  expect(notices.some((m) => /myöhässä/.test(m.text))).toBe(true);
  const perCoachDay = new Map<string, number>();
  for (const m of notices) {
    const k = `${m.to.join(',')}|${new Date(m.sentAt).toISOString().slice(0, 10)}`;
    perCoachDay.set(k, (perCoachDay.get(k) ?? 0) + 1);
  }
  for (const [, n] of perCoachDay) expect(n).toBeLessThanOrEqual(2);
});
