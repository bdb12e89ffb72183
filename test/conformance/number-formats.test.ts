import { Workspace } from '../../emulator/workspace';

/**
 * Range.getDisplayValue() with custom number formats, as a script sees it: the value shown with
 * the cell's format in the spreadsheet's locale, or "Not emulated" naming the format when the
 * runtime cannot draw it exactly as Sheets does (emulator/spreadsheet/LIMITATIONS.md).
 * - Range.getDisplayValue(): https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValue()
 * - Format tokens (sections, 0 # . , % E+ "text" \ [h] colours, @):
 *   https://developers.google.com/sheets/api/guides/formats
 * fi_FI shows a decimal comma and groups with a no-break space; en_US "." and ",".
 */

const NBSP = '\u00a0';

const SCRIPT = `
function cell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); }
function read(r) {
  try { return r.getDisplayValue(); } catch (e) { return 'threw: ' + e.message; }
}
function shown(value, format) {
  var r = cell();
  r.setNumberFormat(format).setValue(value);
  return read(r);
}
function shownDate(y, m, d, h, mi, format) {
  var r = cell();
  r.setNumberFormat(format).setValue(new Date(y, m - 1, d, h, mi));
  return read(r);
}
function shownFormula(formula, format) {
  var r = cell();
  r.setNumberFormat(format).setFormula(formula);
  return read(r);
}
`;

function world(locale = 'fi_FI') {
  const ws = Workspace.init('', {
    timeZone: 'Europe/Helsinki',
    start: '2026-01-05T08:00:00+02:00',
    locale,
  });
  ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
  return (fn: string, ...args: unknown[]) => {
    const result = ws.run('p', fn, args);
    if (result.error) throw result.error;
    return result.value;
  };
}

const notEmulated = (format: string, what: string) =>
  `threw: Not emulated: the number format "${format}": ${what}. See emulator/IMPLEMENTATION_COVERAGE.md.`;

describe('Literal text: "quoted", \\escaped and locale currency [$€-2]', () => {
  it.each([
    [3, '"Qty: "0', 'Qty: 3'],
    [1234.5, '"Total: "#,##0.00', `Total: 1${NBSP}234,50`],
    [1234.5, '"Summa "#,##0.00" €"', `Summa 1${NBSP}234,50 €`],
    [0.1234, '0.0" "%', '12,3 %'],
    [5, '0" kpl"', '5 kpl'],
    [5, '0" [h]"', '5 [h]'],
    [4, '\\$0', '$4'],
    [4, '0\\ \\k\\p\\l', '4 kpl'],
    [-3, '"Saldo: "0', '-Saldo: 3'],
    [1234.5, '[$€-2] #,##0.00', `€ 1${NBSP}234,50`],
    [1234.5, '#,##0.00 [$€]', `1${NBSP}234,50 €`],
    [1234.5, '#,##0.00\\ [$€-40B]', `1${NBSP}234,50 €`],
  ])('fi_FI: %p with %s shows %p', (value, format, expected) => {
    expect(world()('shown', value, format)).toBe(expected);
  });

  it.each([
    [3, '"$"0', '$3'],
    [1234.5, '[$$-409]#,##0.00', '$1,234.50'],
    [5551234567, '(000) 000-0000', '(555) 123-4567'],
  ])('en_US: %p with %s shows %p', (value, format, expected) => {
    expect(world('en_US')('shown', value, format)).toBe(expected);
  });
});

describe('Scientific notation E+ / E-', () => {
  it.each([
    [1234567, '0.00E+00', '1,23E+06', '1.23E+06'],
    [-1234567, '0.00E+00', '-1,23E+06', '-1.23E+06'],
    [0.000123, '0.0E+0', '1,2E-4', '1.2E-4'],
    [123000, '0.00E-00', '1,23E05', '1.23E05'],
    [9.999, '0.00E+00', '1,00E+01', '1.00E+01'],
    [0, '0.00E+00', '0,00E+00', '0.00E+00'],
  ])('%p with %s shows %p (fi_FI) and %p (en_US)', (value, format, fi, en) => {
    expect(world()('shown', value, format)).toBe(fi);
    expect(world('en_US')('shown', value, format)).toBe(en);
  });

  it('throws for engineering notation (##0.0E+0)', () => {
    expect(world()('shown', 12345, '##0.0E+0')).toBe(
      notEmulated('##0.0E+0', 'engineering or grouped scientific notation'),
    );
  });
});

describe('Elapsed time [h] [m] [s]', () => {
  it.each([
    [1.75, '[h]:mm', '42:00'],
    [1.75 + 5 / 86400, '[h]:mm:ss', '42:00:05'],
    [0.0625, '[m]:ss', '90:00'],
    [0.0625, '[mm]:ss', '90:00'],
    [1 / 24 + 1 / 86400, '[s]', '3601'],
    [0.25, '[hh]:mm', '06:00'],
    [-0.5, '[h]:mm;-[h]:mm', '-12:00'],
  ])('%p with %s shows %p', (value, format, expected) => {
    expect(world()('shown', value, format)).toBe(expected);
  });

  it('counts a Date in hours since 30.12.1899 (its serial number)', () => {
    // 1.1.1900 12:00 is serial 2.5: 60 hours.
    expect(world()('shownDate', 1900, 1, 1, 12, 0, '[h]:mm')).toBe('60:00');
  });

  it('throws for a negative duration without a section of its own', () => {
    expect(world()('shown', -0.5, '[h]:mm')).toBe(notEmulated('[h]:mm', 'a negative elapsed time'));
  });
});

describe('Sections positive;negative;zero;text and colours', () => {
  const format = '0.00;(0.00);"zero";@';

  it.each([
    [5, '5,00'],
    [-5, '(5,00)'],
    [0, 'zero'],
    ['abc', 'abc'],
  ])(`${format}: %p shows %p`, (value, expected) => {
    expect(world()('shown', value, format)).toBe(expected);
  });

  it.each([
    ['abc', '0;-0;0;"Nimi: "@', 'Nimi: abc'],
    ['abc', '"<"@">"', '<abc>'],
    ['abc', '0.00', 'abc'],
    [0, '0;-0;;@', ''],
    [0, '0.0;(0.0)', '0,0'],
    [-3.5, '[Red]0.00', '-3,50'],
    [-3.5, '0.00;[Red]-0.00', '-3,50'],
    [3, '[Blue]0;[Red](0)', '3'],
    [-3, '[Blue]0;[Red](0)', '(3)'],
  ])('%p with %s shows %p', (value, fmt, expected) => {
    expect(world()('shown', value, fmt)).toBe(expected);
  });

  it('shows a formula error as it is, not through the text section', () => {
    expect(world()('shownFormula', '=1/0', '0;-0;0;"x"@')).toBe('#DIV/0!');
  });

  it('throws for conditions, whichever section the value falls in', () => {
    const run = world();
    for (const value of [150, -5]) {
      expect(run('shown', value, '[>100]0;0.0')).toBe(
        notEmulated('[>100]0;0.0', 'conditions such as [>100]'),
      );
    }
  });
});

describe('Digits, grouping, scaling and percent', () => {
  it.each([
    [12200000, '0.0,,', '12,2'],
    [1234567, '#,##0,', `1${NBSP}235`],
    [0.1234, '0.0%', '12,3%'],
    [1.005, '0.00', '1,01'],
    [5, '000', '005'],
    [3.14159, '0.##', '3,14'],
    [3, '0.##', '3,'],
    [0.5, '0.0#', '0,5'],
  ])('%p with %s shows %p', (value, format, expected) => {
    expect(world()('shown', value, format)).toBe(expected);
  });

  it('uses the locale separators: de_DE groups with "." and has a decimal comma', () => {
    expect(world('de_DE')('shown', 1234567.5, '#,##0.00')).toBe('1.234.567,50');
    expect(world('de_DE')('shown', 1234567, '0.00E+00')).toBe('1,23E+06');
  });

  it('shows a Date with a number format as its serial number', () => {
    expect(world()('shownDate', 2026, 3, 1, 12, 0, '0.00')).toBe('46082,50');
  });
});

describe('Formats the runtime cannot draw exactly throw "Not emulated" naming the format', () => {
  it.each([
    [5, '0 kpl', 'the unquoted character "k" in a number section (quote literal text)'],
    [5, 'General', 'the unquoted character "G" in a number section (quote literal text)'],
    [1.5, '# ?/?', '? placeholders and fractions'],
    [5, '_(0_)', 'the _ spacing token'],
    [5, '0*-', 'the * spacing token'],
    [5, '"Nimi: "@', 'the text placeholder @ for a number'],
    [123456, '#"-"##', 'literal text between digits other than 0 placeholders of a whole number'],
    [0.5, 'hh:mm a/p', 'the a/p marker'],
    [0.5, 'mmmmm', 'the date token mmmmm'],
    [0.5, 'h:mm:ss.00', 'fractions of a second'],
    [46082, '[$-40B]d. mmmm', 'the locale tag [$-40B]'],
    [5, '[Purple]0', 'the token [Purple]'],
    [5, '0;0;0;@;0', 'more than four sections'],
  ])('%p with %s', (value, format, what) => {
    expect(world()('shown', value, format)).toBe(notEmulated(format, what));
  });
});
