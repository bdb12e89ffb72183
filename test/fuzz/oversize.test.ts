import fc from 'fast-check';
import Papa from 'papaparse';
import { freshWorkspace } from '../helpers/workspace';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import { outbox } from '../../emulator/mail';
import { submitReflection } from '../../scripts/commands/respond';
import { describeMail } from '../../scripts/commands/export';
import { benchRosterCsv } from '../../scripts/bench/roster';

/**
 * Oversize values through every entry point a person reaches — the reflection form, the roster
 * import — on the built bundle: Google would refuse a cell over 50,000 characters and a mail body
 * over 200 KB, which would stop the job for everyone. Here each value is cut or refused at our
 * edge with a plain note, no response row is lost, no cell goes over Sheets' limit and the
 * week's mail still goes out, one per client.
 */
jest.setTimeout(300_000);

const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
ws.call('setup', [{ lang: 'fi' }]);
ws.call('loadDemoRoster');
ws.call('setupParticipation');
const book = ws.meta.boundSpreadsheetId as string;

function table(name: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(ws.rt, book, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function longestCell(): number {
  let longest = 0;
  for (const name of ['Asiakkaat', 'Päiväkirjat', 'Loki'])
    for (const row of readSheetValues(ws.rt, book, name))
      for (const cell of row) longest = Math.max(longest, String(cell).length);
  return longest;
}

const LONG = fc.record({
  client: fc.constantFrom('A0001', 'A0002', 'A0003', 'A0004'),
  field: fc.constantFrom('did', 'thoughts', 'toCoach', 'wish'),
  length: fc.constantFrom(5_001, 50_001, 120_000, 1_000_000),
  unit: fc.constantFrom('x', 'ä', '😀', '=1+', '\u202e'),
});

test('oversize reflection answers: every row is written, cut with a note, never over a cell', () => {
  // A long answer does not fit the intake queue (a 9 KB property): the nightly sweep records it
  // from the form's responses, so the rows are checked after the next night.
  const cases = fc.sample(LONG, { numRuns: 8, seed: 14 });
  const sent = cases.map(({ client, field, length, unit }) => {
    const value = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return submitReflection(ws, { client, hours: '5', [field]: value }).responseId;
  });
  const ran = ws.advance(Date.parse('2026-12-01T06:00:00+02:00'));
  for (const r of ran) expect(r.execution.status).toBe('completed');
  const rows = table('Päiväkirjat');
  for (const responseId of sent) {
    const row = rows.find((r) => Object.values(r).includes(responseId));
    expect(row).toBeDefined();
    expect(Object.values(row as object).join(' ')).toContain('lyhennettiin');
  }
  expect(longestCell()).toBeLessThanOrEqual(50_000);
});

test('an oversize roster field: the good rows go in, nothing goes over a cell', () => {
  const csv = benchRosterCsv(2, '2026-11-30').csv;
  const [header, ...rows] = Papa.parse<string[]>(csv.trim(), { delimiter: ';' }).data;
  rows[0][header.indexOf('Nimi')] = 'Matti '.repeat(900_000); // a 5 MB name
  rows[0][header.indexOf('Sähköposti')] = 'iso.nimi@asiakas.example';
  rows[1][header.indexOf('Sähköposti')] = 'hyva.rivi@asiakas.example';
  rows[1][header.indexOf('Tavoitteet')] = 'Oppia uutta. '.repeat(10_000); // 130,000 characters
  const result = ws.run('etapaja', 'importClients', [
    Papa.unparse([header, ...rows], { delimiter: ';' }),
  ]);
  expect(result.error).toBeUndefined();
  const emails = table('Asiakkaat').map((c) => Object.values(c).join(' '));
  // The row with a long goal is kept (its goal cut or refused with a reason, never the row lost
  // silently): either it is in the sheet or the import says why not.
  const value = result.value as { rejected: { line: number; problems: string[] }[] };
  const kept = (email: string) => emails.some((e) => e.includes(email));
  for (const [line, email] of [
    [2, 'iso.nimi@asiakas.example'],
    [3, 'hyva.rivi@asiakas.example'],
  ] as const)
    expect(
      kept(email) || value.rejected.some((r) => r.line === line && r.problems.length > 0),
    ).toBe(true);
  expect(longestCell()).toBeLessThanOrEqual(50_000);
});

test('after all that the week is not stuck: one weekly mail per client, nothing failed', () => {
  ws.call('planNextWeek');
  const ran = ws.advance(Date.parse('2026-12-03T16:00:00+02:00'));
  const dispatches = ran.filter((r) => r.execution.functionName === 'weeklyDispatch');
  expect(dispatches.length).toBeGreaterThan(0);
  for (const r of dispatches) expect(r.execution.status).toBe('completed');
  const weekly = outbox(ws.rt.store('mail') as never)
    .map(describeMail)
    .filter((m) => m.kind === 'weekly');
  expect(weekly.length).toBeGreaterThan(10);
  const perClient = new Map<string, number>();
  for (const m of weekly)
    perClient.set(String(m.clientId), (perClient.get(String(m.clientId)) ?? 0) + 1);
  for (const [client, n] of perClient) expect([client, n]).toEqual([client, 1]);
  expect(longestCell()).toBeLessThanOrEqual(50_000);
});
