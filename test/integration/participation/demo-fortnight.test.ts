import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DRIVE_STORE, whoCanAccess, type DriveStore } from '../../../emulator/drive';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { Workspace } from '../../../emulator/workspace';

/**
 * Issue 17's "done when", over the demo plus one more week: no day is a final absence without
 * the coach's mark, and each closed fortnight gives one Kela notice per client with absences,
 * none naming another client, in a folder no client can open.
 */
const root = path.join(__dirname, '..', '..', '..');
jest.setTimeout(300_000);

let dir = '';
let ws: Workspace;

function rows(name: string): Record<string, unknown>[] {
  const [header, ...body] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

beforeAll(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-fortnight-')), 'demo');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'etapaja.js'), 'demo', '--dir', dir], {
    cwd: root,
    encoding: 'utf8',
  });
  ws = Workspace.open(dir);
  // One more week: the triggers go on (weekly mail, reminders, nightly attendance and report).
  ws.advance(Date.parse('2026-12-17T09:00:00+02:00'));
});

afterAll(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

test('no final absence without the coach; ended days without evidence are to check', () => {
  const attendance = rows('Läsnäolot');
  expect(attendance.length).toBeGreaterThan(50);
  const keys = attendance.map((r) => r.Avain);
  expect(new Set(keys).size).toBe(keys.length); // one row per client-day
  for (const r of attendance) {
    if (r.Lopullinen === 'poissa') expect(r['Ohjaajan merkintä']).toBe('poissa');
    if (r['Ohjaajan merkintä'] === '') {
      expect(r.Lopullinen).toBe('tarkistettava');
      expect(r['Kulukorvaus (€)']).toBe(0);
    }
  }
  expect(attendance.filter((r) => r.Havaittu === 'tarkistettava').length).toBeGreaterThan(0);
});

test('a closed fortnight: the coach confirms, and each client with absences gets one notice naming only them', () => {
  const period = { start: '2026-11-30', end: '2026-12-13' };
  const toCheck = ws.call('attendanceToCheck') as {
    days: { clientId: string; date: string; proposed: string }[];
  };
  const unproven = toCheck.days.filter(
    (d) => d.proposed !== 'present' && d.date >= period.start && d.date <= period.end,
  );
  const absentees = [...new Set(unproven.map((d) => d.clientId))].slice(0, 3);
  expect(absentees.length).toBe(3);
  expect(ws.call('confirmFortnight', [{ date: period.start }])).toMatchObject({ ok: true });
  // The chosen clients were ill on their days without evidence; the others' stay to check.
  for (const day of unproven.filter((d) => absentees.includes(d.clientId)))
    expect(
      ws.call('markAttendance', [
        { clientId: day.clientId, date: day.date, status: 'absent', reason: 'own-illness' },
      ]),
    ).toMatchObject({ ok: true });
  const result = ws.call('absenceReport', [period.start]) as {
    notices: { clientId: string }[];
  };
  const noticed = result.notices.map((n) => n.clientId);
  for (const id of absentees) expect(noticed.filter((n) => n === id)).toHaveLength(1);

  const clients = rows('Asiakkaat').map((c) => ({ id: String(c.Tunnus), name: String(c.Nimi) }));
  const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  const files = Object.values(drive.items).filter(
    (i) => !i.trashed && /^TT3 2026-11-30 A\d+\.html$/.test(i.name),
  );
  expect(files.map((f) => f.name.slice(15, 20)).sort()).toEqual([...noticed].sort());
  for (const file of files) {
    const html = Buffer.from(file.contentBase64 ?? '', 'base64').toString('utf8');
    const own = file.name.slice(15, 20);
    for (const c of clients) {
      // The form asks "Sukunimi ja etunimet": the roster's "Sanna Mäkinen" is "Mäkinen Sanna".
      const words = c.name.split(' ');
      const surnameFirst = [words[words.length - 1], ...words.slice(0, -1)].join(' ');
      if (c.id === own) expect(html).toContain(`<dd>${surnameFirst}</dd>`);
      else {
        expect(html).not.toContain(c.name);
        expect(html).not.toContain(surnameFirst);
      }
    }
    // The contact person is the coach by name and phone (coachContacts), not an address.
    expect(html).toMatch(/<dt>Yhteyshenkilö<\/dt><dd>[^<@]+, 0\d{2} \d{3} \d{4}<\/dd>/);
    const access = whoCanAccess(drive, file.id);
    const clientEmails = new Set(rows('Asiakkaat').map((c) => String(c.Sähköposti).toLowerCase()));
    expect(access.people.filter((p) => clientEmails.has(p.email.toLowerCase()))).toEqual([]);
    expect(access.general).toEqual([]);
  }
  // Every absence the coach marked is on its client's notice, and nowhere else.
  const checklist = rows('TT3 2026-11-30');
  for (const id of absentees)
    expect(checklist.find((r) => r.Asiakasnumero === id)?.Tila).toMatch(
      /^Ilmoitus tehtävä|^Tarkista/,
    );
});
