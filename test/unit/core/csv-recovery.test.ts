import { parseCsv } from '../../../src/core/csv';

/** A roster file damaged the ways hand-edited CSV gets damaged, read as far as it can be. */
describe('an unclosed quote', () => {
  const head = 'Nimi;Sähköposti;Päivät;Perehdytetty';

  it('on the last line is reported on that line, and the line before it is read as it is', () => {
    const result = parseCsv(
      `${head}\nAaa;a@x.fi;ma;joo\nCee;c@x.fi;ma;joo\nUlla;u@x.fi;"ma, ke;joo\n`,
    );
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(result.rows[1].cells).toEqual(['Cee', 'c@x.fi', 'ma', 'joo']);
    expect(result.problems).toEqual([
      { line: 4, problem: { key: 'roster.csv.unclosedQuote', params: { line: 4 } } },
    ]);
  });

  it('in the middle breaks only its own line: the lines after it are read normally', () => {
    const text =
      `${head}\n` +
      'Matti "Masa" V;m@x.fi;ma;joo\n' +
      'Ulla;u@x.fi;"ma, ke;joo\n' +
      'Veera;v@x.fi;ti;joo\n' +
      '\n' +
      'Wille;w@x.fi;ke;joo\n';
    const result = parseCsv(text);
    expect(result.rows).toEqual([
      { line: 2, cells: ['Matti "Masa" V', 'm@x.fi', 'ma', 'joo'] },
      { line: 3, cells: ['Ulla', 'u@x.fi', '"ma, ke', 'joo'] },
      { line: 4, cells: ['Veera', 'v@x.fi', 'ti', 'joo'] },
      { line: 6, cells: ['Wille', 'w@x.fi', 'ke', 'joo'] },
    ]);
    expect(result.problems).toEqual([
      { line: 3, problem: { key: 'roster.csv.unclosedQuote', params: { line: 3 } } },
    ]);
  });

  it('twice is reported twice, each on its line', () => {
    const result = parseCsv('a;b\n1;"x\n2;3\n4;"y\n5;6');
    expect(result.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(result.problems.map((p) => p.line)).toEqual([2, 4]);
  });
});

describe("Excel's sep= line", () => {
  it('names the delimiter and is not the header; lines keep their numbers', () => {
    const result = parseCsv('sep=;\r\nNimi;Päivät\r\nHelmi, K;"ma,\r\nti"\r\n');
    expect(result.delimiter).toBe(';');
    expect(result.header).toEqual(['Nimi', 'Päivät']);
    expect(result.rows).toEqual([{ line: 3, cells: ['Helmi, K', 'ma,\nti'] }]);
  });
});
