import { setUpWithCoach } from '../../helpers/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { listCharts } from '../../../emulator/spreadsheet/charts';
import { DRIVE_STORE, uploadAsUser, type DriveStore } from '../../../emulator/drive';
import { submitPrefilledUrl } from '../../../emulator/forms';
import type { Workspace } from '../../../emulator/workspace';
import { PUT_ROWS, planRow } from '../../helpers/coach-script';

/**
 * Issue 5's per-client record (on demand and when the period ends) and the monthly summary's
 * chart, on the built bundle. Hand-computed: Aino (A0001) works 30.11., 1.12. and 2.12.2026; she
 * answers the form for 30.11., uploads a photo on 1.12. and is ill on 2.12. (the coach's mark);
 * her period ends 2.12. Bo (A0002) works 1.12., shows no sign of it, and has a continuation
 * contract until 31.1.2027, so no record is made for him.
 */
const COACH_SCRIPT = PUT_ROWS;

const AINO = 'aino.koski@example.fi';
const BO = 'bo.ek@example.fi';
const COACH = 'ohjaaja@kunta.example';
const at = (iso: string): number => Date.parse(iso);
/** The nightly's log message for a record it made (an on-demand record may log its own row). */
const NIGHTLY_MADE = 'Asiakastietue tehtiin jakson päätyttyä';

function sheet(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const RECORDS = 'Asiakastietueet (vain ohjaajat)';

function filesIn(ws: Workspace, folderName: string) {
  const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  const folder = Object.values(drive.items).find(
    (i) => i.kind === 'folder' && i.name === folderName,
  )!;
  return Object.values(drive.items)
    .filter((i) => i.kind !== 'folder' && i.parents.includes(folder.id) && !i.trashed)
    .map((i) => ({
      id: i.id,
      name: i.name,
      text: Buffer.from(i.contentBase64 ?? '', 'base64').toString('utf8'),
    }));
}

/** Cell texts of the table under a heading of the record. */
function rowsAfter(html: string, heading: string): string[][] {
  const start = html.indexOf(`<h2>${heading}</h2>`);
  const section = html.slice(start, html.indexOf('</table>', start));
  return [...section.matchAll(/<tr>((?:<td>.*?<\/td>)+)<\/tr>/g)].map((m) =>
    [...m[1].matchAll(/<td>(.*?)<\/td>/g)].map((c) => c[1]),
  );
}

describe('the per-client record and the monthly chart (built bundle on the emulator)', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = setUpWithCoach(COACH_SCRIPT, { start: '2026-11-30T08:00:00+02:00' });
    ws.call(
      'putRows',
      [
        'Asiakkaat',
        [
          {
            Tunnus: 'A0001',
            Nimi: 'Aino Koski',
            Sähköposti: AINO,
            Kieli: 'suomi',
            Ohjaaja: COACH,
            Tila: 'aktiivinen',
            Tavoitteet: 'Taulukot <b>tutuiksi</b> & rytmi',
            'Jakso alkaa': '2026-09-01',
            'Jakso päättyy': '2026-12-02',
          },
          {
            Tunnus: 'A0002',
            Nimi: 'Bo Ek',
            Sähköposti: BO,
            Kieli: 'ruotsi',
            Ohjaaja: COACH,
            Tila: 'aktiivinen',
            'Jakso alkaa': '2026-09-01',
            'Jakso päättyy': '2026-11-30',
            'Jatkosopimus asti': '2027-01-31',
          },
        ],
      ],
      { projectId: 'coach' },
    );
    ws.call(
      'putRows',
      [
        'Viikkosuunnitelmat',
        [
          planRow('A0001', '2026-11-30'),
          planRow('A0001', '2026-12-01'),
          planRow('A0001', '2026-12-02'),
          planRow('A0002', '2026-12-01'),
        ],
      ],
      { projectId: 'coach' },
    );
    ws.call('setupParticipation');

    const link = ws.call('reflectionLink', ['A0001', '2026-11-30']) as string;
    submitPrefilledUrl(
      ws.rt.stores,
      link,
      { 'Omat ajatukseni': 'Hyvä päivä <script>alert(1)</script>', 'Miten päivä meni?': 4 },
      { atMs: at('2026-11-30T15:00:00+02:00') },
    );
    const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
    const folder = Object.values(drive.items).find((i) => i.name === 'A0001 AK')!;
    uploadAsUser(
      drive,
      folder.id,
      AINO,
      'kuva.jpg',
      'image/jpeg',
      'jpeg',
      at('2026-12-01T13:00:00+02:00'),
    );
    ws.advance(at('2026-12-02T20:00:00+02:00'));
    // The coach confirms what the evidence proposes (Aino's diary and photo) in one click, and
    // marks her illness; Bo's day without evidence stays to check (issue 17).
    expect(ws.call('confirmFortnight', [{ date: '2026-12-01' }])).toMatchObject({
      ok: true,
      confirmed: 2,
      toCheck: 1,
    });
    ws.call('markAttendance', [
      { clientId: 'A0001', date: '2.12.2026', status: 'absent', reason: 'own-illness' },
    ]);
    // The nightly of 3.12. sees Aino's period (ended 2.12.) and makes her record.
    ws.advance(at('2026-12-03T06:00:00+02:00'));
  });

  it('the nightly makes the record of the client whose period ended, once, where only coaches see it', () => {
    const records = filesIn(ws, RECORDS).filter((f) => f.name === 'A0001 asiakastietue.html');
    expect(records).toHaveLength(1);
    expect(filesIn(ws, RECORDS).map((f) => f.name)).not.toContain('A0002 asiakastietue.html');
    // Never in the client's own folder, where she is an editor and could change or delete it.
    expect(filesIn(ws, 'A0001 AK').map((f) => f.name)).not.toContain('A0001 asiakastietue.html');
    const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
    const folder = Object.values(drive.items).find((i) => i.name === RECORDS)!;
    const clientEmails = sheet(ws, 'Asiakkaat').map((r) => String(r['Sähköposti']).toLowerCase());
    expect([...folder.editors, ...folder.viewers].filter((e) => clientEmails.includes(e))).toEqual(
      [],
    );
    expect(records[0].text).not.toMatch(/>\s*aktiivinen\s*</);
    const html = records[0].text;
    expect(rowsAfter(html, 'Läsnäolo')).toEqual([
      ['30.11.2026', 'läsnä', ''],
      ['1.12.2026', 'läsnä', ''],
      ['2.12.2026', 'poissa', 'oma sairaus'],
    ]);
    expect(html).toContain(
      '3 suunniteltua päivää: 2 läsnä, 1 poissa, 0 palvelua ei järjestetty, 0 ilman merkintää.',
    );
    expect(rowsAfter(html, 'Sopimusjaksot')).toEqual([['Sopimusjakso', '1.9.2026', '2.12.2026']]);
    expect(rowsAfter(html, 'Palautukset')).toEqual([['kuva.jpg', '1.12.2026']]);
    expect(rowsAfter(html, 'Suunnitelmat').map((r) => r[0])).toEqual([
      '30.11.2026',
      '1.12.2026',
      '2.12.2026',
    ]);
    expect(rowsAfter(html, 'Päiväkirjat')[0][0]).toBe('30.11.2026');
    expect(html).toContain('Hyvä päivä &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Taulukot &lt;b&gt;tutuiksi&lt;/b&gt; &amp; rytmi');
    expect(html).not.toMatch(/<script|<b>/);
    const log = sheet(ws, 'Loki').filter((r) =>
      Object.values(r).some((v) => String(v).startsWith(NIGHTLY_MADE)),
    );
    expect(log).toHaveLength(1);
  });

  it('on demand it updates the same file in place and never makes a second copy', () => {
    const before = filesIn(ws, RECORDS).find((f) => f.name === 'A0001 asiakastietue.html')!;
    const result = ws.call('clientRecord', ['A0001']) as {
      ok: boolean;
      created: boolean;
      url: string;
    };
    expect(result).toMatchObject({ ok: true, created: false, name: 'A0001 asiakastietue.html' });
    expect(result.url).toContain(before.id);
    ws.advance(at('2026-12-05T06:00:00+02:00')); // two more nightly runs
    const after = filesIn(ws, RECORDS).filter((f) => /asiakastietue/.test(f.name));
    expect(after.map((f) => f.id)).toEqual([before.id]);
    expect(
      sheet(ws, 'Loki').filter((r) =>
        Object.values(r).some((v) => String(v).startsWith(NIGHTLY_MADE)),
      ),
    ).toHaveLength(1);
    // The record is not one of Aino's submissions on her card.
    const card = ws.call('sidebarClient', ['A0001']) as { submissions: { name: string }[] };
    expect(card.submissions.map((s) => s.name)).toEqual(['kuva.jpg']);
  });

  it('answers in plain words for an unknown client', () => {
    expect(ws.call('clientRecord', ['A0099'])).toEqual({
      ok: false,
      error: 'Asiakasta A0099 ei löytynyt.',
    });
  });

  it('the monthly summary has exactly one column chart after running twice', () => {
    ws.call('monthlySummary', ['2026-12']);
    ws.call('monthlySummary', ['2026-12']);
    const id = ws.meta.boundSpreadsheetId as string;
    expect(sheet(ws, 'Kuukausi 2026-12').map((r) => [r.Asiakasnumero, r.Läsnä, r.Poissa])).toEqual([
      ['A0001', 1, 1],
      ['A0002', 0, 0],
      ['Yhteensä', 1, 1],
    ]);
    const charts = listCharts(ws.rt, id, 'Kuukausi 2026-12');
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({
      type: 'COLUMN',
      ranges: [
        { $range: { sheetName: 'Kuukausi 2026-12', a1: 'A1:A3' } },
        { $range: { sheetName: 'Kuukausi 2026-12', a1: 'D1:F3' } },
      ],
      position: { anchorRow: 1, anchorColumn: 18, offsetX: 0, offsetY: 0 },
      options: { title: 'Läsnäolot 2026-12' },
    });
    ws.call('monthlySummary', ['2026-11']);
    expect(listCharts(ws.rt, id, 'Kuukausi 2026-11')[0].ranges.map((r) => r.$range.a1)).toEqual([
      'A1:A2',
      'D1:F2',
    ]);
    expect(listCharts(ws.rt, id, 'Kuukausi 2026-12')).toHaveLength(1);
  });
});
