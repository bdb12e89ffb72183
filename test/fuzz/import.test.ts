import fc from 'fast-check';
import { freshWorkspace } from '../helpers/workspace';
import { readSheetFormulas, readSheetValues } from '../../emulator/spreadsheet/harness';
import { hostileString } from './hostile';

/**
 * Every CSV column fuzzed: a hostile value in any column of a row never crashes the import,
 * never stops the good row beside it, and a rejected row says why, on its own line.
 */
jest.setTimeout(120_000);

const HEADER = [
  'Nimi',
  'Sähköposti',
  'Puhelin',
  'Kieli',
  'Yhteystapa',
  'Malli',
  'Jakso alkaa',
  'Jakso päättyy',
  'Jatkosopimus asti',
  'Työtoimintapäivät',
  'Lähipäivät',
  'Tunnit/päivä',
  'Ryhmä',
  'Ohjaaja',
  'Tavoitteet',
  'Tavoitealueet',
  'Digitaidot',
  'Perehdytetty',
  'Tila',
];
const GOOD = [
  'Hyvä Rivi',
  'hyva.rivi@asiakas.example',
  '040 123 4567',
  'suomi',
  'sähköposti',
  'pitkäkestoinen',
  '1.11.2026',
  '30.6.2027',
  '',
  'ma, ke',
  '',
  '5',
  '',
  'ohjaaja@kunta.example',
  'Oppia uutta',
  '',
  '',
  'kyllä',
  'aktiivinen',
];
const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
ws.call('setup');
let runs = 0;

test('a hostile value in any CSV column: no crash, the good row goes in, the bad row says why', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: HEADER.length - 1 }),
      hostileString,
      fc.constantFrom(';', ','),
      (column, value, sep) => {
        runs += 1;
        const bad = [...GOOD];
        bad[0] = `Fuzz Rivi ${runs}`;
        bad[1] = `fuzz${runs}@asiakas.example`;
        bad[2] = `040 ${1_000_000 + 2 * runs}`;
        bad[column] = value;
        const good = [...GOOD];
        good[0] = `Hyvä Rivi ${runs}`;
        good[1] = `hyva${runs}@asiakas.example`;
        good[2] = `040 ${1_000_001 + 2 * runs}`;
        const csv = [HEADER, bad, good].map((r) => r.map(quote).join(sep)).join('\r\n');
        const result = ws.run('etapaja', 'importClients', [csv]);
        expect(result.error).toBeUndefined();
        const value_ = result.value as {
          accepted: number;
          rejected: { line: number; problems: string[] }[];
          ids: { line: number; id: string }[];
        };
        // The good row is enrolled whatever happened to the row before it (a quoted line
        // break may move its line number)...
        const names = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat');
        const enrolled = names.find((r) => r[1] === good[0]);
        expect(enrolled && String(enrolled[0])).toMatch(/^A\d+$/);
        // ...and a rejected row is the bad one, with a reason.
        for (const r of value_.rejected) {
          expect(value_.ids.every((i) => i.line > r.line)).toBe(true);
          expect(r.problems.join(' ').trim()).not.toBe('');
        }
      },
    ),
    { numRuns: 60, seed: 7 },
  );
  const formulas = readSheetFormulas(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat')
    .flat()
    .filter((f) => f !== '');
  expect(formulas).toEqual([]);
});

// --- The coach's own files: encodings, mailbox spellings, invisible characters, oversize cells.

const LATIN1_LETTERS = 'aäåbcdeéfghijklmnoöpqrstuüvwxyzAÄÅBCDEÉFGHIJKLMNOÖPQRSTUÜVWXYZ -';
const nameArb = fc
  .array(fc.constantFrom(...LATIN1_LETTERS.split('')), { minLength: 2, maxLength: 30 })
  .map((chars) => chars.join('').trim() || 'Nimi');

function rosterCsv(name: string, email: string, extra = ''): string {
  return (
    'Nimi;Sähköposti;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä;Tavoitteet\r\n' +
    `${name};${email};pitkäaikainen;1.12.2026;31.5.2027;ma;6;${extra}\r\n`
  );
}

function importBytes(workspace: typeof ws, bytes: Uint8Array, fileName = 'x.csv') {
  const result = workspace.run('etapaja', 'importClientsFile', [
    Buffer.from(bytes).toString('base64'),
    { fileName },
  ]);
  expect(result.error).toBeUndefined();
  return result.value as {
    accepted: number;
    encoding: string;
    refused?: string;
    rejected: { problems: string[] }[];
  };
}

function sheetNames(workspace: typeof ws): string[] {
  return readSheetValues(workspace.rt, workspace.meta.boundSpreadsheetId as string, 'Asiakkaat')
    .slice(1)
    .map((r) => String(r[1]));
}

test('any Latin-1 name reads the same from UTF-8, Windows-1252, UTF-16 LE and BE', () => {
  let n = 0;
  fc.assert(
    fc.property(nameArb, (name) => {
      n += 1;
      const text = rosterCsv(name, `enc${n}@asiakas.example`);
      const variants: [Uint8Array, string][] = [
        [Buffer.from(text, 'utf8'), 'UTF-8'],
        [Buffer.from(text, 'latin1'), 'Windows-1252'],
        [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'UTF-16 LE'],
        [
          Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
          'UTF-16 BE',
        ],
      ];
      for (const [bytes, encoding] of variants) {
        const fresh = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
        fresh.call('setup');
        const result = importBytes(fresh, bytes);
        expect(result.encoding).toBe(encoding);
        expect(sheetNames(fresh)).toEqual([name.replace(/\s+/g, ' ').trim()]);
      }
    }),
    { numRuns: 6, seed: 11 },
  );
});

test('random bytes are refused or bring in nothing garbled', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 1, maxLength: 4096 }), (bytes) => {
      const before = sheetNames(ws);
      const result = importBytes(ws, bytes);
      if (result.refused) expect(sheetNames(ws)).toEqual(before);
      // eslint-disable-next-line no-control-regex -- looking for control characters
      for (const name of sheetNames(ws)) expect(name).not.toMatch(/[\u0000-\u0008\uFFFD]/);
    }),
    { numRuns: 40, seed: 5 },
  );
});

test('one mailbox under any spelling (case, IDN, invisible characters) is one client', () => {
  const spellings = fc.constantFrom(
    'user@bücher.example',
    'USER@BÜCHER.EXAMPLE',
    'user@xn--bcher-kva.example',
    'User@XN--BCHER-KVA.example',
    'us\u200ber@bücher.example',
    'user\u202e@bücher.example',
  );
  const fresh = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  fresh.call('setup');
  fc.assert(
    fc.property(fc.array(spellings, { minLength: 1, maxLength: 4 }), (emails) => {
      for (const email of emails) importBytes(fresh, Buffer.from(rosterCsv('Sama Asiakas', email)));
      const rows = readSheetValues(fresh.rt, fresh.meta.boundSpreadsheetId as string, 'Asiakkaat');
      expect(rows.slice(1).filter((r) => /^A\d+$/.test(String(r[0])))).toHaveLength(1);
      expect(rows.slice(1).map((r) => r[2])).toEqual(['user@xn--bcher-kva.example']);
    }),
    { numRuns: 10, seed: 3 },
  );
});

test('control characters never reach the sheet; NUL and oversize cells are refused by name', () => {
  const controls = fc
    .array(
      fc.constantFrom(
        '\u200b',
        '\u200e',
        '\u202a',
        '\u202e',
        '\u2066',
        '\ufeff',
        '\u0007',
        '\u00ad',
      ),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((cs) => cs.join(''));
  let n = 0;
  fc.assert(
    fc.property(controls, (junk) => {
      n += 1;
      const result = importBytes(
        ws,
        Buffer.from(rosterCsv(`Kont${junk}rolli ${n}`, `ctl${n}@asiakas.example`)),
      );
      expect(result.accepted).toBe(1);
      expect(sheetNames(ws)).toContain(`Kontrolli ${n}`);
    }),
    { numRuns: 15, seed: 9 },
  );
  const nul = importBytes(ws, Buffer.from(rosterCsv('Nul\u0000Nimi', 'nul@asiakas.example')));
  expect(nul.rejected[0].problems.join(' ')).toMatch(/Nimi: solussa on NUL-merkki/);
  const long = importBytes(
    ws,
    Buffer.from(rosterCsv('Pitkä Tavoite', 'long@asiakas.example', 'x'.repeat(60_000))),
  );
  expect(long.rejected[0].problems.join(' ')).toMatch(/Tavoitteet: 60000 merkkiä, enintään 2000/);
  const cells = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat').flat();
  expect(cells.some((c) => String(c).includes('\u0000'))).toBe(false);
  expect(cells.every((c) => String(c).length <= 50_000)).toBe(true);
});
