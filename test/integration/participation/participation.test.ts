import { setUpWithCoach } from '../../helpers/workspace';
import { readSheetFormulas, readSheetValues } from '../../../emulator/spreadsheet/harness';
import { DRIVE_STORE, uploadAsUser, whoCanAccess, type DriveStore } from '../../../emulator/drive';
import {
  FORMS_STORE,
  submitPrefilledUrl,
  submitResponse,
  plantResponseWithoutTrigger,
  type FormsStore,
} from '../../../emulator/forms';
import type { Workspace } from '../../../emulator/workspace';
import type { StoredTrigger } from '../../../emulator/script/store';
import { PUT_ROWS, planRow } from '../../helpers/coach-script';

/** A second script bound to the workbook: the coach typing rows, by header. */
const COACH_SCRIPT = `${PUT_ROWS}
function markAttendance(key, mark, reason) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Läsnäolot');
  var values = sheet.getDataRange().getValues();
  var h = values[0];
  for (var i = 1; i < values.length; i++) {
    if (values[i][h.indexOf('Avain')] === key) {
      sheet.getRange(i + 1, h.indexOf('Ohjaajan merkintä') + 1, 1, 2).setValues([[mark, reason]]);
    }
  }
}`;

const AINO = 'aino.koski@example.fi';
const BO = 'bo.ek@example.fi';
const COACH = 'ohjaaja@kunta.example';
const at = (iso: string): number => Date.parse(iso);

function sheet(ws: Workspace, name: string): Record<string, unknown>[] {
  const values = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  const [header, ...rows] = values;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function coach(ws: Workspace, fn: string, args: unknown[]): void {
  ws.call(fn, args, { projectId: 'coach' });
}

describe('participation end to end (built bundle on the emulator)', () => {
  let ws: Workspace;
  let formId: string;

  beforeAll(() => {
    ws = setUpWithCoach(COACH_SCRIPT, { start: '2026-11-30T08:00:00+02:00' });
    coach(ws, 'putRows', [
      'Asiakkaat',
      [
        {
          Tunnus: 'A0001',
          Nimi: 'Aino Koski',
          Sähköposti: AINO,
          Kieli: 'suomi',
          Ohjaaja: COACH,
          Tila: 'aktiivinen',
        },
        {
          Tunnus: 'A0002',
          Nimi: 'Bo Ek',
          Sähköposti: BO,
          Kieli: 'ruotsi',
          Ohjaaja: COACH,
          Tila: 'aktiivinen',
        },
      ],
    ]);
    coach(ws, 'putRows', [
      'Viikkosuunnitelmat',
      [
        planRow('A0001', '2026-11-30'),
        planRow('A0001', '2026-12-01'),
        planRow('A0001', '2026-12-02'),
        planRow('A0001', '2026-12-03'),
        planRow('A0002', '2026-12-01'),
        planRow('A0002', '2026-12-02'),
      ],
    ]);
    ws.call('setupParticipation');
    ws.call('setupParticipation'); // a retried enrolment
    formId = Object.values((ws.rt.stores[FORMS_STORE.name] as FormsStore).forms).find(
      (f) => f.title === 'Päivän työtoiminta',
    )!.id;
  });

  it('a retried enrolment leaves one folder per client, shared with exactly the client and the coach', () => {
    const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
    const folders = Object.values(drive.items).filter(
      (i) => i.kind === 'folder' && /^A000\d /.test(i.name),
    );
    expect(folders.map((f) => f.name).sort()).toEqual(['A0001 AK', 'A0002 BE']);
    const aino = folders.find((f) => f.name === 'A0001 AK')!;
    const people = whoCanAccess(drive, aino.id)
      .people.map((p) => p.email.toLowerCase())
      .sort();
    expect(people).toEqual([AINO, COACH].sort());
    expect(whoCanAccess(drive, aino.id).general).toEqual([]);
  });

  it('records a submission through the client link once, even when the trigger fires twice', () => {
    const link = ws.call('reflectionLink', ['A0001', '2026-11-30']) as string;
    expect(link).toMatch(/usp=pp_url/);
    const { responseId } = submitPrefilledUrl(
      ws.rt.stores,
      link,
      {
        'Montako tuntia teit töitä?': '6',
        'Omat ajatukseni': '=HYPERLINK("http://x")',
        'Miten päivä meni?': 4,
      },
      { atMs: at('2026-11-30T15:00:00+02:00') },
    );
    ws.advance(at('2026-11-30T15:01:00+02:00'));
    const trigger = ws
      .triggers()
      .find(
        (t) => t.functionName === 'onReflectionSubmit' && t.sourceId === formId,
      ) as StoredTrigger;
    ws.fire(trigger, { authMode: 'FULL', formId, responseId, triggerUid: trigger.id });
    // The triggers only queue; the recording run (nightly here) writes the rows.
    expect(sheet(ws, 'Päiväkirjat').filter((r) => r.Vastaus === responseId)).toHaveLength(0);
    ws.call('nightly');
    // A late third firing after the row is written queues it again; the next run drops it.
    ws.fire(trigger, { authMode: 'FULL', formId, responseId, triggerUid: trigger.id });
    ws.call('nightly');
    const rows = sheet(ws, 'Päiväkirjat').filter((r) => r.Vastaus === responseId);
    expect(rows).toHaveLength(1);
    expect(rows[0].Asiakas).toBe('A0001');
    expect(rows[0].Tunnistettu).toBe('oma linkki');
    // Kept as text, never run as a formula.
    expect(rows[0].Kirjoitus).toBe('=HYPERLINK("http://x")\nTunnit: 6');
    const formulas = readSheetFormulas(
      ws.rt,
      ws.meta.boundSpreadsheetId as string,
      'Päiväkirjat',
    ).flat();
    expect(formulas.filter((f) => String(f) !== '')).toEqual([]);
  });

  it('a forged or missing token never reaches a client record', () => {
    submitResponse(
      ws.rt.stores,
      formId,
      { Päivä: '2026-11-30', Tunniste: '123e4567-e89b-42d3-a456-426614174000' },
      { atMs: at('2026-11-30T16:00:00+02:00') },
    );
    submitResponse(
      ws.rt.stores,
      formId,
      { Päivä: '2026-11-30' },
      { atMs: at('2026-11-30T16:05:00+02:00') },
    );
    ws.advance(at('2026-11-30T16:10:00+02:00'));
    ws.call('nightly');
    const review = sheet(ws, 'Päiväkirjat').filter((r) => r.Tunnistettu === 'tarkistettava');
    expect(review).toHaveLength(2);
    expect(review.every((r) => r.Asiakas === '')).toBe(true);
  });

  it('reports exactly the right absence days and reasons for the fortnight', () => {
    // Aino answers for 2 Dec but the trigger never fires; Bo uploads on 1 Dec.
    const link = ws.call('reflectionLink', ['A0001', '2026-12-02']) as string;
    const token = decodeURIComponent(/entry\.\d+=([0-9a-f-]{36})/.exec(link)![1]);
    plantResponseWithoutTrigger(
      ws.rt.stores,
      formId,
      { Päivä: '2026-12-02', Tunniste: token },
      { atMs: at('2026-12-02T14:00:00+02:00') },
    );
    const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
    const boFolder = Object.values(drive.items).find((i) => i.name === 'A0002 BE')!;
    uploadAsUser(
      drive,
      boFolder.id,
      BO,
      'kuva.jpg',
      'image/jpeg',
      'jpeg',
      at('2026-12-01T13:00:00+02:00'),
    );
    ws.advance(at('2026-12-03T12:00:00+02:00'));
    coach(ws, 'markAttendance', ['A0002|2026-12-02', 'poissa', 'lapsen sairaus']);
    ws.advance(at('2026-12-14T06:00:00+02:00'));

    // Evidence only proposes: without the coach's mark every day is still to check.
    let attendance = sheet(ws, 'Läsnäolot');
    const column = (name: string) =>
      Object.fromEntries(sheet(ws, 'Läsnäolot').map((r) => [r.Avain, r[name]]));
    expect(column('Havaittu')).toEqual({
      'A0001|2026-11-30': 'läsnä',
      'A0001|2026-12-01': 'tarkistettava',
      'A0001|2026-12-02': 'läsnä',
      'A0001|2026-12-03': 'tarkistettava',
      'A0002|2026-12-01': 'läsnä',
      'A0002|2026-12-02': 'tarkistettava',
    });
    expect(column('Lopullinen')).toEqual({
      'A0001|2026-11-30': 'tarkistettava',
      'A0001|2026-12-01': 'tarkistettava',
      'A0001|2026-12-02': 'tarkistettava',
      'A0001|2026-12-03': 'tarkistettava',
      'A0002|2026-12-01': 'tarkistettava',
      'A0002|2026-12-02': 'poissa',
    });
    expect(
      attendance.every((r) => r.Avain === 'A0002|2026-12-02' || r['Kulukorvaus (€)'] === 0),
    ).toBe(true);

    // The coach: the fortnight's proposals in one click, one absence with its reason.
    expect(ws.call('confirmFortnight', [{ date: '2026-12-01' }])).toMatchObject({
      ok: true,
      confirmed: 3,
      toCheck: 2, // Aino's 1.12. and 3.12.: no evidence
    });
    expect(
      ws.call('markAttendance', [
        { clientId: 'A0001', date: '1.12.2026', status: 'absent', reason: 'own-illness' },
      ]),
    ).toMatchObject({ ok: true });
    attendance = sheet(ws, 'Läsnäolot');
    expect(column('Lopullinen')).toEqual({
      'A0001|2026-11-30': 'läsnä',
      'A0001|2026-12-01': 'poissa',
      'A0001|2026-12-02': 'läsnä',
      'A0001|2026-12-03': 'tarkistettava',
      'A0002|2026-12-01': 'läsnä',
      'A0002|2026-12-02': 'poissa',
    });
    expect(attendance).toHaveLength(6); // one row per client-day, however often marked
    const marked = attendance.find((r) => r.Avain === 'A0002|2026-12-02')!;
    expect(marked['Ohjaajan merkintä']).toBe('poissa');

    const result = ws.call('absenceReport', ['2026-11-30']) as {
      notices: { clientId: string; url: string }[];
      report: { toCheck: number };
    };
    expect(result.notices.map((n) => n.clientId)).toEqual(['A0001', 'A0002']);
    expect(result.report.toCheck).toBe(1);
    const checklist = sheet(ws, 'TT3 2026-11-30').map((r) => [r.Asiakasnumero, r.Tila]);
    expect(checklist).toEqual([
      ['A0001', 'Tarkista ensin 1 päivä, sitten tee ilmoitukset uudelleen'],
      ['A0002', 'Ilmoitus tehtävä: tulosta, lisää henkilötunnus, allekirjoita, postita'],
    ]);
    const notices = Object.values(drive.items).filter((i) =>
      /^TT3 2026-11-30 A\d+\.html$/.test(i.name),
    );
    expect(notices.map((n) => n.name).sort()).toEqual([
      'TT3 2026-11-30 A0001.html',
      'TT3 2026-11-30 A0002.html',
    ]);
    const text = (name: string) =>
      Buffer.from(notices.find((n) => n.name === name)!.contentBase64 ?? '', 'base64').toString();
    const aino = text('TT3 2026-11-30 A0001.html');
    expect(aino).toContain('<dd>Koski Aino</dd>');
    expect(aino).not.toContain('Ek Bo');
    expect(aino).toMatch(/<td>1\.12\.2026<\/td><td>oma sairaus<\/td>/);
    expect(aino).toContain('Henkilötunnus');
    const bo = text('TT3 2026-11-30 A0002.html');
    expect(bo).toContain('<dd>Ek Bo</dd>');
    expect(bo).not.toContain('Aino');
    expect(bo).toMatch(/<td>2\.12\.2026<\/td><td>lapsen sairaus<\/td>/);
    // The notices' folder is for the coaches only: no client, no link sharing.
    const folder = Object.values(drive.items).find((i) => i.id === notices[0].parents[0])!;
    const people = whoCanAccess(drive, folder.id).people.map((p) => p.email.toLowerCase());
    expect(people).not.toContain(AINO);
    expect(people).not.toContain(BO);
    expect(whoCanAccess(drive, folder.id).general).toEqual([]);
  });
});
