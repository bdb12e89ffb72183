import { applyUserEdit } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';
import { HEAD, clientSheet as sheet, workspace } from './roster-workspace';

/**
 * Importing a corrected or repeated roster into a workbook the coach has already worked in:
 * nothing is added twice, and nothing the coach typed into Asiakkaat is overwritten.
 */
jest.setTimeout(120_000);

interface Result {
  accepted: number;
  rejected: { line: number; problems: string[] }[];
  held: { line: number; problems: string[] }[];
  conflicts: { line: number; id: string; column: string; imported: string; kept: string }[];
  ids: { line: number; id: string }[];
}

function importCsv(ws: Workspace, csv: string, options: Record<string, unknown> = {}): Result {
  const run = ws.run('etapaja', 'importClients', [csv, options]);
  expect(run.error).toBeUndefined();
  return run.value as Result;
}

function typeInto(ws: Workspace, row: number, column: string, value: string): void {
  const { header } = sheet(ws);
  applyUserEdit(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat', {
    kind: 'set',
    a1: `${String.fromCharCode(65 + header.indexOf(column))}${row}`,
    value,
  });
}

describe('a client without an email', () => {
  it('is the same client again by phone: re-importing adds nothing', () => {
    const ws = workspace();
    const csv =
      'Nimi;Puhelin;Yhteystapa;Malli;Jakso alkaa;Jakso päättyy;Päivät;Perehdytetty\n' +
      'Puhelin Pertti;040 123 4599;puhelin;pitkäaikainen;1.12.2026;31.5.2027;ma;joo\n';
    expect(importCsv(ws, csv).accepted).toBe(1);
    const after = sheet(ws).rows;
    expect(importCsv(ws, csv).accepted).toBe(0);
    // The same number written another way is the same client too.
    expect(importCsv(ws, csv.replace('040 123 4599', '+358401234599')).accepted).toBe(0);
    expect(sheet(ws).rows).toEqual(after);
  });
});

describe('a waiting row the coach has worked on', () => {
  it('keeps what the coach typed when the unknown word is mapped, and reports the differences', () => {
    const ws = workspace();
    const csv =
      'Nimi;Sähköposti;Puhelin;Malli;Jakso alkaa;Jakso päättyy;Päivät;Perehdytetty;Tunnit;Tavoitteet\n' +
      'Raili Rinne;raili.rinne@example.fi;040 444 0001;toistaiseksi;1.12.2026;31.5.2027;ma;joo;4;\n';
    expect(importCsv(ws, csv).held).toHaveLength(1);
    typeInto(ws, 2, 'Tavoitteet', 'Ohjaajan kirjoittama tavoite');
    typeInto(ws, 2, 'Tunnit/päivä', '6');
    typeInto(ws, 2, 'Työtoimintapäivät', 'ma, ti, ke');
    const mapped = importCsv(ws, csv, { mapValues: ['Malli:toistaiseksi=pitkäkestoinen'] });
    expect(mapped.accepted).toBe(1);
    const { header, rows } = sheet(ws);
    expect(rows).toHaveLength(1);
    const cell = (column: string) => rows[0][header.indexOf(column)];
    expect(cell('Tunnus')).toBe(mapped.ids[0].id);
    expect(cell('Tavoitteet')).toBe('Ohjaajan kirjoittama tavoite');
    expect(cell('Tunnit/päivä')).toBe(6);
    expect(cell('Työtoimintapäivät')).toBe('ma, ti, ke');
    expect(cell('Malli')).toBe('pitkäkestoinen');
    expect(mapped.conflicts.map((c) => [c.column, c.imported, c.kept])).toEqual([
      ['Työtoimintapäivät', 'ma', 'ma, ti, ke'],
      ['Tunnit/päivä', '4', '6'],
    ]);
  });

  it('keeps the coach’s cells when the row is still rejected', () => {
    const ws = workspace();
    const csv = `${HEAD};Tavoitteet\nRaili Rinne;raili@example.fi;040 444 0001;pitkä;1.12.2026;31.2.2027;ma;joo;\n`;
    expect(importCsv(ws, csv).rejected).toHaveLength(1);
    typeInto(ws, 2, 'Tavoitteet', 'Oma tavoite');
    expect(importCsv(ws, csv).rejected).toHaveLength(1);
    const { header, rows } = sheet(ws);
    expect(rows).toHaveLength(1);
    expect(rows[0][header.indexOf('Tavoitteet')]).toBe('Oma tavoite');
  });
});

describe('a corrected file', () => {
  it('continues the rows it left waiting, found by email or phone, instead of adding new ones', () => {
    const ws = workspace();
    const first =
      `${HEAD}\n` +
      'Helmi Kosk;helmi.koski@example.fi;040 666 0001;pitkäaikainen;1.12.2026;;ma,ke;joo\n' +
      'Toivo Aalto;toivo.aalto@example.fi;040 666 0003;pitkäaikainen;1.12.2026;;ma;joo\n' +
      'Ville Vailla;;040 666 0005;pitkäaikainen;1.12.2026;;ma;joo\n';
    expect(importCsv(ws, first).rejected).toHaveLength(3);
    const fixed =
      `${HEAD}\n` +
      'Helmi Koski;HELMI.KOSKI@example.fi;040 666 0001;pitkäaikainen;1.12.2026;31.5.2027;ma,ke;joo\n' +
      'Toivo Aalto;toivo.aalto@example.fi;+358 40 666 0003;pitkäaikainen;1.12.2026;31.5.2027;ma;joo\n' +
      'Ville Vailla;ville@example.fi;040 666 0005;pitkäaikainen;1.12.2026;31.5.2027;ma;joo\n';
    const result = importCsv(ws, fixed);
    expect(result.accepted).toBe(3);
    const { header, rows } = sheet(ws);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => /^A\d{4}$/.test(String(r[header.indexOf('Tunnus')])))).toBe(true);
    // The name in the sheet may be the coach's: it is kept, and the difference is reported.
    expect(result.conflicts.map((c) => [c.id, c.column, c.imported, c.kept])).toEqual([
      [result.ids[0].id, 'Nimi', 'Helmi Koski', 'Helmi Kosk'],
    ]);
    expect(rows.map((r) => r[header.indexOf('Sähköposti')])).toContain('ville@example.fi');
    expect(importCsv(ws, fixed).accepted).toBe(0);
    expect(sheet(ws).rows).toHaveLength(3);
  });
});

describe('an unknown word on a row that also has another problem', () => {
  it('is listed among the unknown words all the same', () => {
    const ws = workspace();
    const result = importCsv(
      ws,
      `${HEAD}\nSari Lehtonen;sari@example.fi;050 111 2222;jatkuva;31.2.2026;;ma;joo\n`,
    );
    expect(result.rejected.map((r) => r.line)).toEqual([2]);
    const listed = (result as unknown as { unknownValues: { value: string; lines: number[] }[] })
      .unknownValues;
    expect(listed.map((u) => [u.value, u.lines])).toEqual([['jatkuva', [2]]]);
  });
});
