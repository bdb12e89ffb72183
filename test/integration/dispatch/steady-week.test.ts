import { sheetCallKind } from '../../../emulator/runtime/latency';
import { readSheetValues } from '../../../emulator/spreadsheet';
import type { Workspace } from '../../../emulator/workspace';
import { freshWorkspace } from '../../helpers/workspace';

/**
 * An ordinary week: the nightly run makes next week's group events, so the Thursday dispatch
 * only reads the workbook (six tables) and writes its ledger (claims, then results over the
 * claim rows after reading them back) — at most nine SpreadsheetApp reads and writes, no
 * Calendar call.
 */

interface Io {
  reads: number;
  writes: number;
  methods: Record<string, number>;
}

/** Runs one function as its own execution and counts its calls by method and kind. */
function measured(ws: Workspace, fn: string): Io & { calls: Record<string, number> } {
  const io: Io = { reads: 0, writes: 0, methods: {} };
  const off = ws.rt.onCall((call) => {
    io.methods[call.method] = (io.methods[call.method] ?? 0) + 1;
    const kind = sheetCallKind(call.method);
    if (kind === 'read') io.reads += 1;
    if (kind === 'write') io.writes += 1;
  });
  try {
    const result = ws.run('etapaja', fn, []);
    if (result.error) throw result.error;
    return { ...io, calls: result.execution.calls };
  } finally {
    off();
  }
}

function groupsSheet(ws: Workspace): { header: string[]; rows: unknown[][] } {
  const values = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Ryhmät');
  return { header: (values[0] ?? []).map(String), rows: values.slice(1) };
}

describe('an ordinary dispatch week', () => {
  const ws = freshWorkspace({ start: '2026-11-23T09:00:00+02:00' });
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  // The enrolment week: tokens, folders and welcome mails go with the first dispatch.
  ws.rt.clock.set(Date.parse('2026-11-26T12:00:00+02:00'));
  ws.call('weeklyDispatch');
  ws.rt.clock.set(Date.parse('2026-12-01T09:00:00+02:00'));
  ws.call('planNextWeek');
  // The next Thursday, 02:00: the nightly run, as its trigger would.
  ws.rt.clock.set(Date.parse('2026-12-03T02:00:00+02:00'));
  const nightly = ws.run('etapaja', 'nightly', []);

  it("the nightly run makes next week's group events and remembers them in the groups sheet", () => {
    expect(nightly.error).toBeUndefined();
    const { header, rows } = groupsSheet(ws);
    const eventId = header.indexOf('Kalenteritapahtuma');
    const link = header.indexOf('Meet-linkki');
    expect(eventId).toBeGreaterThanOrEqual(0);
    const withMeetings = rows.filter((r) => String(r[eventId] ?? '') !== '');
    expect(withMeetings.length).toBeGreaterThan(0);
    for (const row of withMeetings)
      expect(String(row[link])).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('the dispatch reads six tables, writes the ledger twice (reading its claims back once) and asks Calendar nothing', () => {
    ws.rt.clock.set(Date.parse('2026-12-03T12:00:00+02:00'));
    const run = measured(ws, 'weeklyDispatch');
    expect(run.methods['MailApp.sendEmail']).toBeGreaterThan(10);
    expect(run.reads).toBe(7);
    expect(run.writes).toBe(2);
    expect(run.calls.Calendar ?? 0).toBe(0);
  });

  it('a second run the same day sends nothing and writes nothing', () => {
    const again = measured(ws, 'weeklyDispatch');
    expect(again.methods['MailApp.sendEmail'] ?? 0).toBe(0);
    expect(again.writes).toBe(0);
    expect(again.reads + again.writes).toBeLessThanOrEqual(9);
  });
});
