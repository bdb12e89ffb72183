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
