import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freshWorkspace } from '../../helpers/workspace';
import { applyUserEdit, readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';

/**
 * A roster written the way a Finnish coach writes one (the pilot report's words, orientation
 * dates, a few mistakes), imported as the sidebar and the command line do: the file's bytes.
 */
jest.setTimeout(120_000);

const root = path.join(__dirname, '..', '..', '..');
const rosters = path.join(root, 'test', 'fixtures', 'rosters');
const START = '2026-11-30T08:00:00+02:00';

interface Result {
  accepted: number;
  rejected: { line: number; problems: string[] }[];
  held: { line: number; problems: string[] }[];
  unknownValues: { column: string; value: string; count: number; lines: number[] }[];
  conflicts: unknown[];
  encoding: string;
  refused?: string;
}

function importFile(ws: Workspace, file: string, options: Record<string, unknown> = {}): Result {
  const bytes = fs.readFileSync(path.join(rosters, file));
  const run = ws.run('etapaja', 'importClientsFile', [
    bytes.toString('base64'),
    { fileName: file, ...options },
  ]);
  expect(run.error).toBeUndefined();
  return run.value as Result;
}

function clientsSheet(ws: Workspace): unknown[][] {
  return readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat');
}

function workspace(): Workspace {
  const ws = freshWorkspace({ start: START });
  ws.call('setup');
  return ws;
}

describe('the pilot roster', () => {
  const ws = workspace();
  const result = importFile(ws, 'pilot-roster.csv');
  const sheet = clientsSheet(ws);
  const header = sheet[0] as string[];
  const row = (name: string) => {
    const found = sheet.find((r) => r[header.indexOf('Nimi')] === name)!;
    return (column: string) => found[header.indexOf(column)];
  };

  it('brings in every good row and says which encoding it read', () => {
    expect(result.encoding).toBe('UTF-8');
    expect(result.accepted).toBe(9);
    expect(sheet.filter((r) => /^A\d{4}$/.test(String(r[0])))).toHaveLength(9);
  });

  it('reports each bad row with its line, column and value', () => {
    const byLine = Object.fromEntries(result.rejected.map((r) => [r.line, r.problems.join(' ')]));
    expect(Object.keys(byLine).map(Number)).toEqual([9, 12, 13, 14]);
    expect(byLine[9]).toMatch(/Jakso päättyy: ”31\.2\.2027” ei ole päivämäärä/);
    expect(byLine[12]).toMatch(/Sähköposti puuttuu/);
    expect(byLine[13]).toMatch(/<olli\.rantanen@posti\.example>.*< tai >/);
    expect(byLine[14]).toMatch(/Jakso alkaa: ”1\.2\.0026” ei ole päivämäärä/);
  });

  it('holds the rows whose only problem is an unknown word, and lists each word once', () => {
    expect(result.held.map((h) => h.line)).toEqual([10, 11, 16]);
    expect(result.unknownValues).toEqual([
      expect.objectContaining({ column: 'Malli', value: 'jatkuva', count: 2, lines: [10, 11] }),
      expect.objectContaining({ column: 'Kieli', value: 'somali', count: 1, lines: [16] }),
    ]);
    expect(String(row('Tiina Heikkinen')('Huomiot'))).toMatch(/Rivi odottaa/);
  });

  it('reads the words of the pilot report and keeps the orientation date', () => {
    expect(row('Äijö Öhman')('Malli')).toBe('pitkäkestoinen');
    expect(row('Äijö Öhman')('Perehdytetty')).toBe('kyllä');
    expect(row('Äijö Öhman')('Perehdytetty pvm')).toBe('27.11.2026');
    expect(row('Pekka Järvinen')('Malli')).toBe('jaksottainen');
    expect(row('Pekka Järvinen')('Perehdytetty pvm')).toBe('20.11.2026');
    expect(row('Hanna Virtanen')('Malli')).toBe('hybridi');
    expect(row('Liisa Mäkelä')('Malli')).toBe('lyhytkestoinen');
    expect(row('Mikko Laine')('Perehdytetty')).toBe('ei');
  });

  it('stores one spelling of each address: lower case, IDN domains in ASCII', () => {
    expect(row('Åsa Sjöberg')('Sähköposti')).toBe('asa@x.example');
    expect(row('Liisa Mäkelä')('Sähköposti')).toBe('liisa@xn--bcher-kva.example');
  });

  it('warns when text messages go to a landline, and still brings the row in', () => {
    expect(String(row('Juha Peltonen')('Tunnus'))).toMatch(/^A\d{4}$/);
    expect(String(row('Juha Peltonen')('Huomiot'))).toMatch(/lankanumero/);
  });

  it('re-importing adds nothing and finds no false conflicts (ASA@X.EXAMPLE is asa@x.example)', () => {
    const again = importFile(ws, 'pilot-roster.csv');
    expect(again.accepted).toBe(0);
    expect(again.conflicts).toEqual([]);
    expect(clientsSheet(ws)).toEqual(sheet);
  });

  it('the same mailbox under its other spellings is the same client', () => {
    const csv =
      'Nimi;Sähköposti;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä\r\n' +
      'Liisa M;LIISA@xn--bcher-kva.EXAMPLE;pitkä;1.12.2026;31.5.2027;ma;6\r\n';
    const run = ws.run('etapaja', 'importClients', [csv]);
    expect((run.value as Result).accepted).toBe(0);
  });
});

describe('the same roster saved by Excel in other encodings and as .xlsx', () => {
  const reference = (() => {
    const ws = workspace();
    importFile(ws, 'pilot-roster.csv');
    return clientsSheet(ws);
  })();

  it.each([
    ['pilot-roster-windows-1252.csv', 'Windows-1252'],
    ['pilot-roster-utf16le.txt', 'UTF-16 LE'],
    ['pilot-roster-utf16be.csv', 'UTF-16 BE'],
    ['pilot-roster.xlsx', 'Excel (.xlsx), Asiakkaat'],
  ])('%s imports to the same workbook (%s)', (file, encoding) => {
    const ws = workspace();
    const result = importFile(ws, file);
    expect(result.encoding).toBe(encoding);
    expect(clientsSheet(ws)).toEqual(reference);
  });
});

describe('the command line', () => {
  const cli = path.join(root, 'scripts', 'etapaja.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-import-'));
  const ws = path.join(dir, 'ws');
  const etapaja = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args, '--dir', ws], { cwd: root, encoding: 'utf8' });
  const exportSheet = () => {
    const out = path.join(dir, `x${Math.random()}`);
    execFileSync(process.execPath, [cli, 'export', '--dir', ws, '--out', out], { cwd: root });
    return fs.readFileSync(path.join(out, 'sheets', 'Asiakkaat.csv'), 'utf8');
  };

  beforeAll(() => {
    execFileSync(process.execPath, [cli, 'init', '--dir', ws, '--start', START], { cwd: root });
  });

  it('refuses binary junk with exit status 1 and writes nothing', () => {
    const before = exportSheet();
    const junk = path.join(dir, 'junk.csv');
    let seed = 7;
    const bytes = Buffer.alloc(4096).map(
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16,
    );
    fs.writeFileSync(junk, bytes);
    const run = etapaja('import-clients', junk);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/ei ole tekstiä eikä Excel-taulukko.*Mitään ei tuotu/);
    expect(exportSheet()).toBe(before);
  });

  it('lists unknown words with --json, maps them with --map-values and remembers them', () => {
    const roster = path.join(rosters, 'pilot-roster.csv');
    const first = JSON.parse(etapaja('import-clients', roster, '--json').stdout) as Result;
    expect(first.unknownValues.map((u) => [u.column, u.value, u.count])).toEqual([
      ['Malli', 'jatkuva', 2],
      ['Kieli', 'somali', 1],
    ]);
    const mapped = JSON.parse(
      etapaja(
        'import-clients',
        roster,
        '--map-values',
        'Malli:jatkuva=pitkäaikainen',
        'Kieli:somali=leave out',
        '--json',
      ).stdout,
    ) as Result;
    expect(mapped.accepted).toBe(3);
    expect(mapped.held).toEqual([]);
    const sheet = exportSheet();
    expect(sheet).toMatch(/A\d{4},Tiina Heikkinen,.*pitkäkestoinen/);
    // One row per client: the held rows were enrolled in place, not copied.
    expect(sheet.match(/Tiina Heikkinen/g)).toHaveLength(1);
    // Remembered: a new file with the same word comes straight in.
    const more = path.join(dir, 'more.csv');
    fs.writeFileSync(
      more,
      'Nimi;Sähköposti;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä\r\n' +
        'Uusi Asiakas;uusi@posti.example;JATKUVA;1.12.2026;31.5.2027;ma;6\r\n',
    );
    const later = JSON.parse(etapaja('import-clients', more, '--json').stdout) as Result;
    expect(later.accepted).toBe(1);
  });

  it('refuses a mapping to a word the column does not know, writing nothing', () => {
    const before = exportSheet();
    const run = etapaja(
      'import-clients',
      path.join(rosters, 'pilot-roster.csv'),
      '--map-values',
      'Malli:jatkuva=ehkä',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Mitään ei tuotu/);
    expect(exportSheet()).toBe(before);
  });
});

describe('rows pasted into Asiakkaat and checked with Tarkista asiakkaat', () => {
  it('go through the same words: a date means oriented, an unknown word waits until mapped', () => {
    const ws = workspace();
    const header = clientsSheet(ws)[0] as string[];
    const cell = (column: string, value: string) =>
      applyUserEdit(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat', {
        kind: 'set',
        a1: `${String.fromCharCode(65 + header.indexOf(column))}2`,
        value,
      });
    cell('Nimi', 'Liitetty Asiakas');
    cell('Sähköposti', 'LIITETTY@Posti.Example');
    cell('Malli', 'jatkuva');
    cell('Jakso alkaa', '1.12.2026');
    cell('Jakso päättyy', '31.5.2027');
    cell('Työtoimintapäivät', 'tiistaisin');
    cell('Tunnit/päivä', '6');
    cell('Perehdytetty', '27.11.2026');
    const checked = ws.call('validateRoster') as {
      enrolled: string[];
      unknownValues: { column: string; value: string; count: number }[];
    };
    expect(checked.enrolled).toEqual([]);
    expect(checked.unknownValues.map((u) => [u.column, u.value, u.count])).toEqual([
      ['Malli', 'jatkuva', 1],
    ]);
    const mapped = ws.call('mapRosterValues', [
      [{ field: 'model', value: 'jatkuva', to: 'pitkäaikainen' }],
    ]) as { enrolled: string[] };
    expect(mapped.enrolled).toHaveLength(1);
    const row = clientsSheet(ws)[1];
    expect(row[header.indexOf('Malli')]).toBe('pitkäkestoinen');
    expect(row[header.indexOf('Tunnus')]).toBe(mapped.enrolled[0]);
    // Sheets turned the typed date into a date cell (midnight in Helsinki); it still reads as done.
    expect((row[header.indexOf('Perehdytetty')] as Date).toISOString()).toBe(
      '2026-11-26T22:00:00.000Z',
    );
  });
});
