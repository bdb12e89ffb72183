import { detectDelimiter, parseCsv } from '../../../src/core/csv';

describe('parseCsv', () => {
  it('reads a Finnish Excel export: BOM, semicolons, CRLF', () => {
    const text =
      '\uFEFFNimi;Sähköposti;Tunnit/päivä\r\nMatti;matti@x.fi;6,5\r\nAnna;anna@x.fi;4\r\n';
    expect(parseCsv(text)).toEqual({
      header: ['Nimi', 'Sähköposti', 'Tunnit/päivä'],
      rows: [
        { line: 2, cells: ['Matti', 'matti@x.fi', '6,5'] },
        { line: 3, cells: ['Anna', 'anna@x.fi', '4'] },
      ],
      delimiter: ';',
      problems: [],
    });
  });

  it('reads commas, quoted fields, embedded newlines and doubled quotes', () => {
    const text = [
      'Nimi,Tavoitteet,Työtoimintapäivät',
      '"Meikäläinen, Matti","Oppia ""Excel""',
      'ja Word",ma',
      '',
      'Anna,,"ti,to"',
    ].join('\n');
    const result = parseCsv(text);
    expect(result.delimiter).toBe(',');
    expect(result.rows).toEqual([
      { line: 2, cells: ['Meikäläinen, Matti', 'Oppia "Excel"\nja Word', 'ma'] },
      { line: 5, cells: ['Anna', '', 'ti,to'] },
    ]);
  });

  it('skips empty and delimiter-only lines but keeps physical line numbers', () => {
    const text = 'a;b\n\n1;2\n;;\n   \n"x\n\ny";3\n\n';
    expect(parseCsv(text).rows).toEqual([
      { line: 3, cells: ['1', '2'] },
      { line: 6, cells: ['x\n\ny', '3'] },
    ]);
  });

  it('counts lines with old Mac line breaks too', () => {
    expect(parseCsv('a,b\r1,2\r\r3,4').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('pads short rows to the header length', () => {
    expect(parseCsv('a;b;c\n1').rows[0].cells).toEqual(['1', '', '']);
  });

  it('trims header cells', () => {
    expect(parseCsv(' Nimi ; Puhelin \nx;y').header).toEqual(['Nimi', 'Puhelin']);
  });

  it('reads tab-separated text pasted from a sheet', () => {
    const result = parseCsv('Nimi\tPuhelin\nMatti\t040 123 4567');
    expect(result.delimiter).toBe('\t');
    expect(result.rows[0].cells).toEqual(['Matti', '040 123 4567']);
  });

  it('reports an unclosed quote', () => {
    const result = parseCsv('a;b\n1;"open\n2;3');
    expect(result.problems[0]).toEqual({
      line: 2,
      problem: { key: 'roster.csv.unclosedQuote', params: { line: 2 } },
    });
  });

  it('returns nothing for empty input', () => {
    expect(parseCsv('')).toEqual({ header: [], rows: [], delimiter: ',', problems: [] });
    expect(parseCsv('\uFEFF\n\n').rows).toEqual([]);
  });
});

describe('detectDelimiter', () => {
  it('ignores delimiters inside quotes on the header line', () => {
    expect(detectDelimiter('"a;b;c",d\n1,2')).toBe(',');
    expect(detectDelimiter('"a,b,c";d;e\n1;2;3')).toBe(';');
    expect(detectDelimiter('single\nx')).toBe(',');
  });
});
