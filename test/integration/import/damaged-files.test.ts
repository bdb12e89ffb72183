import type { Workspace } from '../../../emulator/workspace';
import { HEAD, clientSheet, workspace } from './roster-workspace';

/**
 * Roster files damaged the ways real ones are (a stray quote, Excel's own quirks, invisible
 * characters, two encodings in one file), imported as the sidebar does: the file's bytes.
 */
jest.setTimeout(120_000);

interface Result {
  accepted: number;
  rejected: { line: number; problems: string[] }[];
  held: { line: number; problems: string[] }[];
  unknownColumns: string[];
  unknownValues: { column: string; value: string; count: number; lines: number[] }[];
  encoding: string;
  refused?: string;
}

function importBytes(ws: Workspace, bytes: Buffer, fileName = 'lista.csv'): Result {
  const run = ws.run('etapaja', 'importClientsFile', [bytes.toString('base64'), { fileName }]);
  expect(run.error).toBeUndefined();
  return run.value as Result;
}

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

function sheetRows(ws: Workspace): unknown[][] {
  return clientSheet(ws).rows;
}

describe('a quote that is never closed', () => {
  it('rejects only its own line, once, with a plain message; the other rows come in', () => {
    const ws = workspace();
    const result = importBytes(
      ws,
      utf8(
        `${HEAD}\n` +
          'Matti "Masa" Virtanen;masa@example.fi;040 123 4701;pitkä;1.12.2026;31.5.2027;ma;joo\n' +
          'Ulla Umpi;ulla@example.fi;040 123 4702;pitkä;1.12.2026;31.5.2027;"ma, ke;joo\n' +
          'Veera Vika;veera@example.fi;040 123 4703;pitkä;1.12.2026;31.5.2027;ti;joo\n' +
          'Wille Viimeinen;wille@example.fi;040 123 4704;pitkä;1.12.2026;31.5.2027;ke;joo\n',
      ),
    );
    expect(result.accepted).toBe(3);
    expect(result.rejected).toEqual([
      { line: 3, problems: [expect.stringMatching(/^Rivillä 3 on lainausmerkki/)] },
    ]);
  });

  it('on the last line is blamed on that line, not the one before', () => {
    const ws = workspace();
    const result = importBytes(
      ws,
      utf8(
        `${HEAD}\n` +
          'Cee Dee;cee@example.fi;040 123 4802;pitkä;1.12.2026;31.5.2027;ma;joo\n' +
          'Ulla Umpi;ulla@example.fi;040 123 4803;pitkä;1.12.2026;31.5.2027;"ma, ke;joo',
      ),
    );
    expect(result.accepted).toBe(1);
    expect(result.rejected.map((r) => [r.line, r.problems.length])).toEqual([[3, 1]]);
    expect(result.rejected[0].problems[0]).toMatch(/Rivillä 3/);
  });
});

describe("Excel's sep= first line", () => {
  it('names the delimiter and the header is the line after it', () => {
    const ws = workspace();
    const result = importBytes(
      ws,
      utf8(
        `sep=;\r\n${HEAD}\r\n` +
          'Helmi Koski;helmi@example.fi;040 666 0001;pitkä;1.12.2026;31.5.2027;ma,ke;joo\r\n',
      ),
    );
    expect(result.unknownColumns).toEqual([]);
    expect(result.accepted).toBe(1);
    expect(sheetRows(ws)).toHaveLength(1);
  });
});

describe('a file mixing UTF-8 and Windows-1252', () => {
  it('is refused with a plain message, and nothing is written', () => {
    const ws = workspace();
    const bytes = Buffer.concat([
      utf8(`${HEAD}\nHelmi Köski;helmi@example.fi;040 666 0001;pitkä;1.12.2026;31.5.2027;ma;joo\n`),
      Buffer.from(
        'Väinö Äijälä;vaino@example.fi;040 666 0005;pitkä;1.12.2026;31.5.2027;ma;joo\n',
        'latin1',
      ),
    ]);
    const result = importBytes(ws, bytes);
    expect(result.refused).toMatch(/kahta merkistöä sekaisin.*CSV UTF-8.*Mitään ei tuotu/);
    expect(sheetRows(ws)).toEqual([]);
  });

  it('but a file all in Windows-1252 is read as such', () => {
    const ws = workspace();
    const text = `${HEAD}\nVäinö Äijälä;vaino@example.fi;040 666 0005;pitkä;1.12.2026;31.5.2027;ma;joo\n`;
    const result = importBytes(ws, Buffer.from(text, 'latin1'));
    expect(result.encoding).toBe('Windows-1252');
    expect(result.accepted).toBe(1);
  });
});
