import { freshWorkspace } from '../../helpers/workspace';
import { listSheets, readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';

/**
 * The acceptance test: setup, a messy roster import, next week's plans, and running all
 * three again changes nothing. Runs the built bundle on the emulator.
 */

const MESSY_CSV =
  '\uFEFF' +
  [
    'Nimi;Sähköposti;Puhelin;Kieli;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Lähipäivät;Tunnit/päivä;Ryhmä;Ohjaaja;Tavoitealueet;Lempiväri',
    'Aino Virtanen;aino@asiakas.example;040 123 4567;suomi;pitkäkestoinen;1.9.2026;31.8.2027;ma, ke;;6;;anna@kunta.example;digital-skills;sininen',
    'Bertil Berg;bertil(at)asiakas.example;050 765 4321;svenska;långvarig;01.10.26;30.9.2027;tis, tor;;5;;;;grön',
    'Carl Case;carl@asiakas.example;;English;short term;2026-11-01;2027-01-31;ma–pe;;4;;;;',
    'Dora Dahl;dora@asiakas.example;044 111 2222;suomi;hybridi;1.11.2026;30.4.2027;ti, ke, to;ke;5;Ryhmä 9;;;',
    'Aino Virtanen;AINO@asiakas.example;040 123 4567;suomi;pitkäkestoinen;1.9.2026;31.8.2027;ma, ke;;6;;anna@kunta.example;;',
    '"Eeva Esimerkki";eeva@asiakas.example;+358 45 999 8888;fi;jaksottainen;15.11.2026;14.5.2027;"ma,',
  ].join('\r\n') +
  '\r\nto";;4;;;;\r\n' +
  'Fredrik Frost;fredrik@asiakas.example;040 222 3333;en;hybrid;1.11.2026;30.4.2027;Tue, Thu;Tue;8;;;;\r\n';

function sheet(ws: Workspace, name: string): unknown[][] {
  return readSheetValues(
    ws.rt.store('spreadsheet') as never,
    ws.meta.boundSpreadsheetId as string,
    name,
  );
}

function byHeader(rows: unknown[][]): Record<string, unknown>[] {
  const [header, ...rest] = rows;
  return rest.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

function ok<T>(
  ws: Workspace,
  fn: string,
  args: unknown[] = [],
): { value: T; calls: Record<string, number> } {
  const result = ws.run('etapaja', fn, args);
  if (result.error) throw result.error;
  return { value: result.value as T, calls: result.execution.calls as Record<string, number> };
}

function prepare(): Workspace {
  const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  ok(ws, 'setup', [{ lang: 'fi' }]);
  return ws;
}

describe('workbook: setup, import, plans', () => {
  test('setup creates every sheet in the workbook language, idempotently', () => {
    const ws = prepare();
    const names = listSheets(
      ws.rt.store('spreadsheet') as never,
      ws.meta.boundSpreadsheetId as string,
    ).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Asiakkaat',
        'Ryhmät',
        'Tehtäväpankki',
        'Viikkosuunnitelmat',
        'Läsnäolot',
        'Tapaamiset',
        'Päiväkirjat',
        'Lähetykset',
        'Loki',
        'Asetukset',
      ]),
    );
    const frozen = listSheets(
      ws.rt.store('spreadsheet') as never,
      ws.meta.boundSpreadsheetId as string,
    ).find((s) => s.name === 'Asiakkaat');
    expect(frozen?.frozenRows).toBe(1);
    expect(sheet(ws, 'Asiakkaat')[0].slice(0, 4)).toEqual([
      'Tunnus',
      'Nimi',
      'Sähköposti',
      'Puhelin',
    ]);
    expect(sheet(ws, 'Tehtäväpankki').length).toBeGreaterThan(30);
    const before = JSON.stringify(
      ['Asiakkaat', 'Tehtäväpankki', 'Asetukset'].map((n) => sheet(ws, n)),
    );
    const again = ok<{
      sheetsCreated: string[];
      tasksAdded: number;
      triggersCreated: string[];
      rootFolderCreated: boolean;
    }>(ws, 'setup', [{ lang: 'fi' }]);
    expect(again.value.sheetsCreated).toEqual([]);
    expect(again.value.tasksAdded).toBe(0);
    expect(again.value.triggersCreated).toEqual([]);
    expect(again.value.rootFolderCreated).toBe(false);
    expect(
      JSON.stringify(['Asiakkaat', 'Tehtäväpankki', 'Asetukset'].map((n) => sheet(ws, n))),
    ).toBe(before);
    expect(ws.call('setup', [{ lang: 'sv' }])).toMatchObject({ lang: 'fi' });
  });

  test('a messy CSV: bad rows shown in the workbook with their problems, good rows enrolled', () => {
    const ws = prepare();
    const result = ok<{
      accepted: number;
      updated: number;
      rejected: { line: number; problems: string[] }[];
      unknownColumns: string[];
    }>(ws, 'importClients', [MESSY_CSV]).value;
    expect(result.unknownColumns).toEqual(['Lempiväri']);
    const lines = result.rejected.map((r) => r.line);
    // 3 bad email, 4 five work days, 5 unknown group, 6 duplicate of line 2
    expect(lines).toEqual(expect.arrayContaining([3, 4, 5, 6]));
    const text = JSON.stringify(result.rejected);
    expect(text).toMatch(/bertil\(at\)asiakas\.example/);
    expect(text).toMatch(/Ryhmä 9/);
    expect(result.accepted).toBeGreaterThanOrEqual(2);

    const clients = byHeader(sheet(ws, 'Asiakkaat'));
    const enrolled = clients.filter((c) => c.Tunnus !== '');
    const pending = clients.filter((c) => c.Tunnus === '');
    expect(enrolled.map((c) => c.Nimi)).toEqual(
      expect.arrayContaining(['Eeva Esimerkki', 'Fredrik Frost']),
    );
    expect(enrolled.every((c) => /^A\d{4}$/.test(String(c.Tunnus)))).toBe(true);
    // Bad rows are in the sheet, without an id, with their problem in Huomiot (Finnish).
    const bertil = pending.find((c) => c.Nimi === 'Bertil Berg');
    expect(String(bertil?.Huomiot)).toMatch(/@-merkki/);
    const carl = pending.find((c) => c.Nimi === 'Carl Case');
    expect(String(carl?.Huomiot)).toMatch(/5/);
    expect(String(pending.find((c) => c.Nimi === 'Dora Dahl')?.Huomiot)).toMatch(/Ryhmä 9/);
    // The in-file duplicate is reported, not written twice.
    expect(
      clients.filter((c) => String(c.Sähköposti).toLowerCase() === 'aino@asiakas.example').length,
    ).toBeLessThanOrEqual(1);
    // Phones are E.164 text; the bad row keeps what was typed.
    expect(enrolled.find((c) => c.Nimi === 'Eeva Esimerkki')?.Puhelin).toBe('+358459998888');
    expect(bertil?.Puhelin).toBe('050 765 4321');

    // Twice: nothing more.
    const before = JSON.stringify(sheet(ws, 'Asiakkaat'));
    const again = ok<{ accepted: number; updated: number }>(ws, 'importClients', [MESSY_CSV]).value;
    expect(again.accepted).toBe(0);
    expect(again.updated).toBe(0);
    expect(JSON.stringify(sheet(ws, 'Asiakkaat'))).toBe(before);
  });

  test('a fixed row is enrolled by validateRoster; ids are never reused', () => {
    const ws = prepare();
    ok(ws, 'importClients', [MESSY_CSV]);
    const csv2 =
      'Nimi;Sähköposti;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä\nGus;gus@asiakas.example;lyhyt;1.12.2026;28.2.2027;ke;4\n';
    const first = ok<{ ids: { id: string }[] }>(ws, 'importClients', [csv2]).value;
    const ids = byHeader(sheet(ws, 'Asiakkaat'))
      .map((c) => String(c.Tunnus))
      .filter((id) => id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.ids[0].id).toBe(`A${String(ids.length).padStart(4, '0')}`);
    const validated = ok<{ checked: number; enrolled: string[] }>(ws, 'validateRoster').value;
    expect(validated.enrolled).toEqual([]);
    const twice = JSON.stringify(sheet(ws, 'Asiakkaat'));
    ok(ws, 'validateRoster');
    expect(JSON.stringify(sheet(ws, 'Asiakkaat'))).toBe(twice);
  });

  test('plans for next week skip holidays, respect limits, never overwrite a coach edit', () => {
    const ws = prepare();
    ok(ws, 'loadDemoRoster');
    // Christmas week 2026: Thu 24.12. and Fri 25.12. are holidays (Sat 26.12. too).
    const plan = ok<{
      week: string;
      added: number;
      skipped: { date: string; reason: string }[];
      warnings: string[];
    }>(ws, 'planNextWeek', ['2026-W52']).value;
    expect(plan.week).toBe('2026-W52');
    expect(plan.added).toBeGreaterThan(10);
    expect(plan.skipped.map((s) => s.date)).toEqual(expect.arrayContaining(['2026-12-24']));
    const rows = byHeader(sheet(ws, 'Viikkosuunnitelmat'));
    expect(
      rows.some((r) => ['2026-12-24', '2026-12-25', '2026-12-26'].includes(String(r.Päivä))),
    ).toBe(false);
    const perClient = new Map<string, { days: number; hours: number }>();
    for (const r of rows) {
      const c = perClient.get(String(r.Asiakas)) ?? { days: 0, hours: 0 };
      c.days += 1;
      c.hours += Number(r.Tunnit);
      perClient.set(String(r.Asiakas), c);
      expect(Number(r.Tunnit)).toBeGreaterThanOrEqual(4);
      expect(Number(r.Tunnit)).toBeLessThanOrEqual(8);
      expect(String(r.Tehtävät)).not.toBe('');
    }
    for (const c of perClient.values()) {
      expect(c.days).toBeLessThanOrEqual(4);
      expect(c.hours).toBeLessThanOrEqual(32);
    }

    // Twice: nothing more.
    const before = JSON.stringify(sheet(ws, 'Viikkosuunnitelmat'));
    const again = ok<{ added: number; updated: number }>(ws, 'planNextWeek', ['2026-W52']);
    expect(again.value).toMatchObject({ added: 0, updated: 0 });
    expect(JSON.stringify(sheet(ws, 'Viikkosuunnitelmat'))).toBe(before);
    expect(again.calls.SpreadsheetApp).toBeLessThan(40);

    // A coach edits one row's tasks; a changed task bank would change drafts, but not that row.
    const header = sheet(ws, 'Viikkosuunnitelmat')[0].map(String);
    const col = header.indexOf('Tehtävät');
    const letter = String.fromCharCode(65 + col);
    const { applyUserEdit } = jest.requireActual('../../../emulator/spreadsheet/harness');
    applyUserEdit(ws.rt.store('spreadsheet'), ws.meta.boundSpreadsheetId, 'Viikkosuunnitelmat', {
      kind: 'set',
      a1: `${letter}2`,
      value: 'T001',
    });
    const edited = sheet(ws, 'Viikkosuunnitelmat')[1];
    ok(ws, 'planNextWeek', ['2026-W52']);
    const kept = sheet(ws, 'Viikkosuunnitelmat').find((r) => r[0] === edited[0]);
    expect(kept?.[col]).toBe('T001');
  });

  test('the demo roster: 22 clients in four models, four groups, three languages', () => {
    const ws = prepare();
    const demo = ok<{ groupsAdded: number; import: { accepted: number; rejected: unknown[] } }>(
      ws,
      'loadDemoRoster',
    ).value;
    expect(demo.groupsAdded).toBe(4);
    expect(demo.import.rejected).toEqual([]);
    expect(demo.import.accepted).toBe(22);
    const clients = byHeader(sheet(ws, 'Asiakkaat'));
    expect(new Set(clients.map((c) => c.Malli))).toEqual(
      new Set(['pitkäkestoinen', 'lyhytkestoinen', 'jaksottainen', 'hybridi']),
    );
    expect(new Set(clients.map((c) => c.Kieli))).toEqual(new Set(['suomi', 'ruotsi', 'englanti']));
    const again = ok<{ groupsAdded: number; import: { accepted: number } }>(
      ws,
      'loadDemoRoster',
    ).value;
    expect(again.groupsAdded).toBe(0);
    expect(again.import.accepted).toBe(0);
  });
});
