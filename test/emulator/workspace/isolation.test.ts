import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet';

// Two simulated worlds in one process (a test comparing a clean run with a faulty one) must not
// share anything: each execution's `new Date()` reads its own workspace's clock, whichever
// workspace was made last. Found when a reference workspace built in the middle of a scenario
// moved the first workspace's "now" to its own start and changed what the first one sent.

const SCRIPT = `
function stamp() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName('Stamps') || book.insertSheet('Stamps');
  sheet.appendRow([new Date(), Date.now()]);
  return new Date().toISOString();
}
function installHourly() { ScriptApp.newTrigger('stamp').timeBased().everyHours(1).create(); }
`;

function world(start: string): Workspace {
  const ws = Workspace.init('', { start });
  ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
  return ws;
}

test("an execution reads its own workspace's clock after another workspace is made", () => {
  const march = world('2026-03-02T08:00:00+02:00');
  const june = world('2026-06-01T08:00:00+03:00');
  expect(String(march.call('stamp', [], { projectId: 'p' }))).toMatch(/^2026-03-02T06:00/);
  expect(String(june.call('stamp', [], { projectId: 'p' }))).toMatch(/^2026-06-01T05:00/);
  // And again after the other one has run: nothing of June leaks into March.
  expect(String(march.call('stamp', [], { projectId: 'p' }))).toMatch(/^2026-03-02T06:00/);
});

test("time-driven triggers of one workspace stamp that workspace's times", () => {
  const march = world('2026-03-02T08:00:00+02:00');
  march.call('installHourly', [], { projectId: 'p' });
  world('2027-01-01T00:00:00+02:00'); // made between install and advance
  march.advance(Date.parse('2026-03-02T11:30:00+02:00'));
  const rows = readSheetValues(march.rt, march.meta.boundSpreadsheetId as string, 'Stamps');
  expect(rows.length).toBeGreaterThanOrEqual(3);
  for (const [date, ms] of rows) {
    const at = Number(ms);
    expect((date as Date).getTime()).toBe(at);
    expect(at).toBeGreaterThan(Date.parse('2026-03-02T08:00:00+02:00'));
    expect(at).toBeLessThanOrEqual(Date.parse('2026-03-02T11:30:00+02:00'));
  }
});
