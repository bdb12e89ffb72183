import { submitPrefilledUrl } from '../../../emulator/forms';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';
import { PUT_ROWS, planRow } from '../../helpers/coach-script';
import { setUpWithCoach } from '../../helpers/workspace';

/**
 * Issue 14, dates and repeats that make sense, on the built bundle: the form intake parks a
 * diary for a day that cannot count (kept, with a plain note, no attendance from it), flags
 * hours, and the coach's marks are refused for such days; marking twice keeps one row.
 * Aino (A0001) works Mondays and Wednesdays, 2.11.–18.12.2026; today is Thursday 3.12.
 */
const at = (iso: string): number => Date.parse(iso);
let ws: Workspace;

function sheet(name: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function diary(date: string, hours: string, atIso: string): void {
  const link = ws.call('reflectionLink', ['A0001', date]) as string;
  submitPrefilledUrl(
    ws.rt.stores,
    link,
    { 'Montako tuntia teit töitä?': hours, 'Miten päivä meni?': 4 },
    { atMs: at(atIso) },
  );
}

beforeAll(() => {
  ws = setUpWithCoach(PUT_ROWS, { start: '2026-11-30T08:00:00+02:00' });
  ws.call(
    'putRows',
    [
      'Asiakkaat',
      [
        {
          Tunnus: 'A0001',
          Nimi: 'Aino Koski',
          Sähköposti: 'aino.koski@example.fi',
          Kieli: 'suomi',
          'Jakso alkaa': '2.11.2026',
          'Jakso päättyy': '18.12.2026',
          Työtoimintapäivät: 'ma, ke',
          Ohjaaja: 'ohjaaja@kunta.example',
          Tila: 'aktiivinen',
        },
      ],
    ],
    { projectId: 'coach' },
  );
  ws.call(
    'putRows',
    ['Viikkosuunnitelmat', [planRow('A0001', '2026-11-30'), planRow('A0001', '2026-12-02')]],
    { projectId: 'coach' },
  );
  ws.call('setupParticipation');
  diary('2026-11-30', '3', '2026-11-30T16:00:00+02:00'); // short day
  diary('2026-12-02', '12', '2026-11-30T16:05:00+02:00'); // for Wednesday, sent on Monday
  diary('2026-12-01', '5', '2026-12-01T16:00:00+02:00'); // Tuesday: not her day
  ws.advance(at('2026-12-03T12:00:00+02:00'));
});

test('diaries for days that cannot count are kept with a plain note and prove nothing', () => {
  const notes = Object.fromEntries(
    sheet('Päiväkirjat').map((r) => [String(r.Päivä).slice(0, 10), String(r.Huomiot)]),
  );
  expect(notes['2026-11-30']).toBe('Tunnit 3 jäävät alle päivän vähimmäismäärän 4 h.');
  expect(notes['2026-12-02']).toContain('Tunnit 12 eivät ole sallitulla välillä 0–8 h.');
  expect(notes['2026-12-02']).toContain('2.12.2026 ei ole vielä ohi.');
  expect(notes['2026-12-01']).toBe(
    '1.12.2026 ei ole asiakkaan työtoimintapäivä eikä suunnitelmassa.',
  );
  const observed = Object.fromEntries(sheet('Läsnäolot').map((r) => [r.Avain, r.Havaittu]));
  // Monday's diary proposes presence; the diary written ahead for Wednesday does not.
  expect(observed).toEqual({
    'A0001|2026-11-30': 'läsnä',
    'A0001|2026-12-02': 'tarkistettava',
  });
});

test("the coach's mark: refused for the future, a holiday, outside the period or a day not hers", () => {
  const mark = (date: string, status = 'present') =>
    ws.call('markAttendance', [{ clientId: 'A0001', date, status }]) as {
      ok: boolean;
      problems?: { text: string }[];
    };
  expect(mark('7.12.2026').problems?.[0].text).toBe(
    '7.12.2026 ei ole vielä ohi. Merkitse päivä, kun se on mennyt.',
  );
  expect(mark('1.12.2026').problems?.[0].text).toMatch(/ei ole asiakkaan työtoimintapäivä/);
  expect(mark('28.10.2026').problems?.[0].text).toMatch(/ennen asiakkaan sopimusjakson alkua/);
  expect(mark('1.1.2026').problems?.[0].text).toMatch(/ennen/);
  expect(mark('2.12.2026').ok).toBe(true);
  expect(mark('2.12.2026', 'no-service').ok).toBe(true); // a second mark updates the row
  const rows = sheet('Läsnäolot').filter((r) => r.Avain === 'A0001|2026-12-02');
  expect(rows).toHaveLength(1);
  expect(rows[0]['Ohjaajan merkintä']).toBe('palvelua ei järjestetä');
  // The nightly's evidence never overwrites the coach's mark.
  ws.call('nightly');
  expect(sheet('Läsnäolot').find((r) => r.Avain === 'A0001|2026-12-02')?.Lopullinen).toBe(
    'palvelua ei järjestetä',
  );
});
