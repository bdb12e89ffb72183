import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { mails, meta, plannedWorkspace } from './helpers';

// Found by chaos seeds 7 and 12: when a week's letters had not gone by Sunday (the mail quota
// spent two days running, or a dispatch killed with no follow-up), Monday's runs prepared the
// week after and the letters of the week that had begun were never sent. Now they go late, with
// only the days still ahead, and next week's letters still wait for the send day.

const MONDAY = '2026-11-30';
const WEDNESDAY = '2026-12-02';
type Ws = ReturnType<typeof plannedWorkspace>;

/** Clients a clean Thursday run mails for week 49 who have a plan day on or after `from`. */
function owedFrom(from: string): string[] {
  const clean = plannedWorkspace();
  clean.run('etapaja', 'weeklyDispatch', [{}]);
  const mailed = new Set(weeklyOf(clean, '2026-W49').map((m) => meta(m).client));
  const [head, ...rows] = readSheetValues(
    clean.rt,
    clean.meta.boundSpreadsheetId as string,
    'Viikkosuunnitelmat',
  );
  const client = head.indexOf('Asiakas');
  const day = head.indexOf('Päivä');
  const ahead = rows
    .filter((r) => String(r[day]).slice(0, 10) >= from)
    .map((r) => String(r[client]));
  return [...new Set(ahead)].filter((c) => mailed.has(c)).sort();
}

function weeklyOf(ws: Ws, week: string) {
  return mails(ws).filter((m) => meta(m).kind === 'weekly' && meta(m).week === week);
}

function expectLateLetters(ws: Ws, clients: string[], ahead: RegExp, gone: RegExp | null): void {
  const late = weeklyOf(ws, '2026-W49');
  expect(late.map((m) => meta(m).client).sort()).toEqual(clients);
  for (const m of late) {
    // The reader sees at once that it is this week's plan, and no day that has gone.
    expect(m.subject).toMatch(
      /^(Tämän viikon ohjeet|Instruktioner för den här veckan|Your plan for this week)/,
    );
    expect(m.text).toMatch(ahead);
    if (gone) expect(m.text).not.toMatch(gone);
  }
  // Next week's letters wait for Thursday, when the coach has finished the plans.
  expect(weeklyOf(ws, '2026-W50')).toHaveLength(0);
  expect(mails(ws).some((m) => /viikolle 2026-W50/.test(m.subject))).toBe(false);
}

test('letters that waited for mail quota until Wednesday go late, with the days still ahead', () => {
  const owed = owedFrom(WEDNESDAY);
  const all = owedFrom(MONDAY);
  // The demo roster has clients with no day left by Wednesday: they get no late letter.
  expect(owed.length).toBeGreaterThan(3);
  expect(all.length).toBeGreaterThan(owed.length);
  const ws = plannedWorkspace();
  // No mail quota from Thursday until Tuesday night: every follow-up finds the quota spent.
  ws.rt.faults = new FaultInjector(parseFaults('quota-mail=0'));
  ws.call('weeklyDispatch', [{}]);
  ws.advance(Date.parse(`${WEDNESDAY}T00:00:00+02:00`) - 60_000);
  expect(weeklyOf(ws, '2026-W49')).toHaveLength(0);

  ws.rt.faults = new FaultInjector(parseFaults(''));
  ws.advance(Date.parse(`${WEDNESDAY}T12:00:00+02:00`));
  expectLateLetters(ws, owed, /\b[2-6]\.12\./, /\b30\.11\.|\b1\.12\./);
  // Re-running changes nothing: every late letter is in the send log.
  ws.run('etapaja', 'weeklyDispatch', [{ triggerUid: 'again' }]);
  expect(weeklyOf(ws, '2026-W49')).toHaveLength(owed.length);
});

test("the nightly run sends a week's lost letters late when no follow-up is left waiting", () => {
  const owed = owedFrom(MONDAY);
  const ws = plannedWorkspace();
  // The mail service fails all weekend: the follow-ups give up each day, nothing is sent.
  ws.rt.faults = new FaultInjector(parseFaults('mail=1'));
  ws.advance(Date.parse(`${MONDAY}T00:00:00+02:00`) - 60_000);
  expect(weeklyOf(ws, '2026-W49')).toHaveLength(0);
  // Monday: the service is back; only the nightly run can notice the week that has begun.
  ws.rt.faults = new FaultInjector(parseFaults(''));
  ws.advance(Date.parse(`${MONDAY}T12:00:00+02:00`));
  expectLateLetters(ws, owed, /\b30\.11\.|\b[1-6]\.12\./, null);
});
