import { Workspace } from '../../emulator/workspace';
import {
  applyUserEdit,
  readSheetDisplayValues,
  readSheetFormulas,
  readSheetValues,
} from '../../emulator/spreadsheet/harness';

/**
 * Formulas are evaluated when a script reads the cell, for the subset listed in
 * emulator/spreadsheet/LIMITATIONS.md ("Formulas"); anything outside it throws "Not emulated".
 * - Range.getValue(): "Returns the value of the top-left cell in the range", the computed value
 *   of a formula: https://developers.google.com/apps-script/reference/spreadsheet/range#getValue()
 * - Range.getDisplayValue(): the value as shown, with the cell's number format:
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValue()
 * - Functions and their arguments: https://support.google.com/docs/table/25273
 * - Error values (#DIV/0!, #N/A, #REF!, #VALUE!, #NAME?, #ERROR!), which getValue returns as
 *   their text: https://support.google.com/docs/answer/3093340 (ERROR.TYPE lists them)
 */

const START = '2026-01-05T08:00:00+02:00'; // a Monday, in Helsinki

function world(code: string, options: { start?: string; locale?: string } = {}) {
  const ws = Workspace.init('', {
    timeZone: 'Europe/Helsinki',
    start: options.start ?? START,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  ws.push('p', code, { timeZone: 'Europe/Helsinki' });
  const run = (fn: string, ...args: unknown[]) => {
    const result = ws.run('p', fn, args);
    if (result.error) throw result.error;
    return result.value;
  };
  return { ws, run };
}

/** Writes `cells` ({A1: value or formula}) to the first sheet and reads `read` back. */
const SCRIPT = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function put(cells) {
  var s = sheet();
  Object.keys(cells).forEach(function (a1) {
    var v = cells[a1];
    if (typeof v === 'string' && v.charAt(0) === '=') s.getRange(a1).setFormula(v);
    else s.getRange(a1).setValue(v);
  });
}
function value(a1) { return sheet().getRange(a1).getValue(); }
function values(a1) { return sheet().getRange(a1).getValues(); }
function shown(a1) { return sheet().getRange(a1).getDisplayValue(); }
function evaluate(cells, a1) { put(cells); return value(a1); }
function tryValue(a1) {
  try { return value(a1); } catch (e) { return 'threw: ' + e.message; }
}
function formatAs(a1, pattern) { sheet().getRange(a1).setNumberFormat(pattern); }
function addSheet(name) { SpreadsheetApp.getActiveSpreadsheet().insertSheet(name); }
function putOn(name, a1, v) { SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name).getRange(a1).setValue(v); }
function zone(tz) { SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone(tz); }
function today(a1) {
  var d = value(a1);
  return [Object.prototype.toString.call(d), d.getTime()];
}
function sortAll() {
  try { sheet().getRange('A1:B3').sort(1); return 'sorted'; } catch (e) { return 'threw: ' + e.message; }
}
function name(n, a1) { SpreadsheetApp.getActiveSpreadsheet().setNamedRange(n, sheet().getRange(a1)); }
function DOUBLE(x) { return x * 2; }
`;

describe('Range.getValue() of a formula cell gives its computed value — range#getValue()', () => {
  it('evaluates sums, arithmetic, text and logic as Sheets does', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: 1, A2: 2, A3: 3, B1: 'Aino', B2: ' Bertil  Berg ' });
    const cases: Array<[string, unknown]> = [
      ['=SUM(A1:A3)', 6],
      ['=SUM(A:A)', 6],
      ['=AVERAGE(A1:A3)', 2],
      ['=MIN(A1:A3)+MAX(A1:A3)', 4],
      ['=COUNT(A1:B3)', 3],
      ['=COUNTA(A1:B3)', 5],
      ['=A1+A2*A3^2', 19],
      ['=-2^2', 4], // unary minus binds tighter than ^, as in Sheets
      ['=50%', 0.5],
      ['=(A1+A2)/4', 0.75],
      ['=A1&"-"&B1', '1-Aino'],
      ['=A1<>A2', true],
      ['="abc"="ABC"', true], // text compares case-insensitively
      ['=IF(A3>2,"iso","pieni")', 'iso'],
      ['=IF(A1>2,"iso")', false],
      ['=AND(A1=1,OR(A2=5,A3=3),NOT(FALSE))', true],
      ['=ROUND(2.345,2)', 2.35],
      ['=ROUNDUP(2.341,2)', 2.35],
      ['=ROUNDDOWN(-2.349,2)', -2.34],
      ['=ABS(-4)', 4],
      ['=LEN(B1)', 4],
      ['=LEFT(B1,2)&MID(B1,3,1)&RIGHT(B1)', 'Aino'],
      ['=UPPER(B1)&LOWER(B1)', 'AINOaino'],
      ['=TRIM(B2)', 'Bertil Berg'],
      ['=CONCATENATE(B1," ",A1)', 'Aino 1'],
      ['=CONCAT(B1,A2)', 'Aino2'],
      ['=TEXTJOIN(", ",TRUE,A1:A3,"",B1)', '1, 2, 3, Aino'],
      ['=COUNTIF(A1:A3,">=2")', 2],
      ['=COUNTIF(B1:B3,"ai*")', 1],
      ['=SUMIF(A1:A3,"<>2")', 4],
      ['=VLOOKUP(2,A1:B3,1,FALSE)', 2],
      ['=VLOOKUP("aino",B1:B2,1,FALSE)', 'Aino'],
      ['=IFERROR(1/0,"virhe")', 'virhe'],
      ['=ISBLANK(C1)', true],
      ['=HYPERLINK("https://example.fi","klikkaa")', 'klikkaa'],
      ['=C1', ''], // a reference to a blank cell shows blank
      ['=C1+1', 1], // ...and is 0 in arithmetic
    ];
    const got = cases.map(([formula]) => run('evaluate', { D1: formula }, 'D1'));
    expect(got).toEqual(cases.map(([, want]) => want));
  });

  it('gives error values as their text: #DIV/0!, #N/A, #VALUE!, #REF!, #NAME?, #ERROR!', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: 1, B1: 'teksti' });
    const cases: Array<[string, string]> = [
      ['=A1/0', '#DIV/0!'],
      ['=AVERAGE(C1:C3)', '#DIV/0!'],
      ['=VLOOKUP(9,A1:A3,1,FALSE)', '#N/A'],
      ['=NA()', '#N/A'],
      ['=B1+1', '#VALUE!'],
      ["='Ei ole'!A1", '#REF!'], // unresolved sheet name
      ['=VLOOKUP(1,A1:A3,2,FALSE)', '#REF!'], // column outside the range
      ['=EIOLE(1)', '#NAME?'], // not a Sheets function, nor a script's
      ['=eiole', '#NAME?'], // unknown range name
      ['=1+', '#ERROR!'], // formula parse error
      ['=SUM(1,A1/0)', '#DIV/0!'], // errors propagate
      ['=LEN(A1/0)&"x"', '#DIV/0!'],
    ];
    const got = cases.map(([formula]) => run('evaluate', { D1: formula }, 'D1'));
    expect(got).toEqual(cases.map(([, want]) => want));
    expect(run('shown', 'D1')).toBe('#DIV/0!');
  });

  it('reads other sheets by name, quoted when the name has spaces', () => {
    const { run } = world(SCRIPT);
    run('addSheet', 'Tunnit 2026');
    run('putOn', 'Tunnit 2026', 'B2', 7.5);
    run('addSheet', 'Muut');
    run('putOn', 'Muut', 'A1', 2);
    expect(run('evaluate', { A1: "='Tunnit 2026'!B2*Muut!A1" }, 'A1')).toBe(15);
    expect(run('evaluate', { A2: "=SUM('Tunnit 2026'!B:B)" }, 'A2')).toBe(7.5);
  });

  it('reads named ranges by name (Spreadsheet.setNamedRange)', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: 2, A2: 3 });
    run('name', 'Tunnit', 'A1:A2');
    expect(run('evaluate', { B1: '=SUM(tunnit)*2' }, 'B1')).toBe(10);
  });

  it('follows a chain of formulas, recomputed on every read', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: 5, B1: '=A1*2', C1: '=B1+1', D1: '=SUM(B1:C1)' });
    expect(run('values', 'A1:D1')).toEqual([[5, 10, 11, 21]]);
    run('put', { A1: 1 });
    expect(run('values', 'A1:D1')).toEqual([[1, 2, 3, 5]]);
  });

  it('gives #REF! for a circular dependency ("Circular dependency detected")', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: '=B1+1', B1: '=A1+1', C1: '=C1' });
    expect(run('values', 'A1:C1')).toEqual([['#REF!', '#REF!', '#REF!']]);
  });
});

describe('Dates: TODAY and NOW read the simulated clock in the spreadsheet time zone', () => {
  it('TODAY is midnight of the day in the spreadsheet zone, a Date to the script', () => {
    // 01:30 in Helsinki is still the previous evening in New York.
    const { ws, run } = world(SCRIPT, { start: '2026-01-05T01:30:00+02:00' });
    run('put', { A1: '=TODAY()' });
    expect(run('today', 'A1')).toEqual(['[object Date]', Date.parse('2026-01-05T00:00:00+02:00')]);
    expect(run('shown', 'A1')).toBe('5.1.2026');
    run('zone', 'America/New_York');
    expect(run('today', 'A1')).toEqual(['[object Date]', Date.parse('2026-01-04T00:00:00-05:00')]);
    expect(run('shown', 'A1')).toBe('4.1.2026');
    ws.advance(Date.parse('2026-01-07T12:00:00+02:00'));
    expect(run('shown', 'A1')).toBe('7.1.2026');
  });

  it('DATE, YEAR, MONTH, DAY, WEEKDAY use serial days; a date plus days is a date', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: '=DATE(2026,1,31)+1', B1: '=WEEKDAY(A1)', C1: '=WEEKDAY(A1,2)' });
    run('put', { D1: '=YEAR(A1)*10000+MONTH(A1)*100+DAY(A1)', E1: '=A1-DATE(2026,1,1)' });
    expect(run('shown', 'A1')).toBe('1.2.2026');
    expect(run('values', 'B1:E1')).toEqual([[1, 7, 20260201, 31]]); // 1.2.2026 is a Sunday
  });
});

describe('Range.getDisplayValue() of a formula shows its value with the cell format — range#getDisplayValue()', () => {
  it('uses the number format and the locale; setFormula takes en_US syntax in any locale', () => {
    const { run } = world(SCRIPT); // fi_FI: decimal comma in display, still "," between arguments
    run('put', { A1: '=ROUND(10/3,2)' });
    expect(run('value', 'A1')).toBe(3.33);
    expect(run('shown', 'A1')).toBe('3,33');
    run('formatAs', 'A1', '0.000');
    expect(run('shown', 'A1')).toBe('3,330');
    const en = world(SCRIPT, { locale: 'en_US' });
    en.run('put', { A1: '=ROUND(10/3,2)' });
    expect(en.run('shown', 'A1')).toBe('3.33');
  });
});

describe('Outside the subset: reading the cell throws "Not emulated"', () => {
  it('names the function and the cell for Sheets functions the runtime does not evaluate', () => {
    const { run } = world(SCRIPT);
    run('put', { D1: '=QUERY(A1:B3,"select A")', D2: '=ARRAYFORMULA(A1:A3*2)' });
    expect(run('tryValue', 'D1')).toBe(
      'threw: Not emulated: the formula function QUERY (Taulukko1!D1). See emulator/spreadsheet/LIMITATIONS.md.',
    );
    expect(run('tryValue', 'D2')).toMatch(
      /^threw: Not emulated: the formula function ARRAYFORMULA/,
    );
  });

  it('refuses custom functions, array literals and ranges where one value is expected', () => {
    const { run } = world(SCRIPT);
    run('put', { D1: '=DOUBLE(2)', D2: '={1,2}', D3: '=A1:A3*2', D4: '=VLOOKUP(1,A1:B2,2)' });
    expect(run('tryValue', 'D1')).toMatch(/^threw: Not emulated: the custom function DOUBLE/);
    expect(run('tryValue', 'D2')).toMatch(/^threw: Not emulated: array literals/);
    expect(run('tryValue', 'D3')).toMatch(/^threw: Not emulated: a range where one value/);
    expect(run('tryValue', 'D4')).toMatch(/^threw: Not emulated: VLOOKUP with is_sorted TRUE/);
  });

  it('sorting rows that hold formulas is refused (Sheets would re-point their references)', () => {
    const { run } = world(SCRIPT);
    run('put', { A1: 3, A2: 1, A3: 2, B1: '=A1*10' });
    expect(run('sortAll')).toBe(
      'threw: Not emulated: sorting rows that hold formulas (Taulukko1!A1:B3). See emulator/spreadsheet/LIMITATIONS.md.',
    );
    expect(run('values', 'A1:B1')).toEqual([[3, 30]]);
  });

  it('IMPORTRANGE of a spreadsheet that does not exist is #REF!, as Sheets shows', () => {
    const { run } = world(SCRIPT);
    expect(run('evaluate', { D1: '=IMPORTRANGE("x","A1")' }, 'D1')).toBe('#REF!');
  });
});

describe('Harness reads evaluate formulas too (what a coach typed)', () => {
  it('readSheetValues gives computed values, readSheetDisplayValues what the cell shows', () => {
    const { ws } = world(SCRIPT);
    const book = ws.meta.boundSpreadsheetId as string;
    const edit = (a1: string, value: string) =>
      applyUserEdit(ws.rt, book, 'Taulukko1', { kind: 'set', a1, value });
    edit('A1', '1,5'); // typed in fi_FI: a number
    edit('B1', '=A1*2');
    // Typed in the fi_FI UI: ';' between arguments and ',' in numbers; stored as en_US syntax.
    edit('C1', '=HYPERLINK("http://evil.example";"klikkaa, heti")');
    edit('D1', '=ROUND(A1*1,25;1)');
    edit('E1', '=SUM(1,5)'); // not a formula Sheets accepts in fi_FI: "1,5" is one number
    expect(readSheetFormulas(ws.rt, book, 'Taulukko1')).toEqual([
      [
        '',
        '=A1*2',
        '=HYPERLINK("http://evil.example","klikkaa, heti")',
        '=ROUND(A1*1.25,1)',
        '=SUM(1.5)',
      ],
    ]);
    expect(readSheetValues(ws.rt, book, 'Taulukko1')).toEqual([
      [1.5, 3, 'klikkaa, heti', 1.9, 1.5],
    ]);
    expect(readSheetDisplayValues(ws.rt, book, 'Taulukko1')).toEqual([
      ['1,5', '3', 'klikkaa, heti', '1,9', '1,5'],
    ]);
  });
});
