import { Workspace } from '../../emulator/workspace';
import { readSheetFormulas, readSheetValues } from '../../emulator/spreadsheet';
import { boundWorkbook } from '../helpers/runtime';

/**
 * TextFinder, RangeList, named ranges, R1C1 formulas and rich text values, as Google's
 * reference documents them, and one ordinary script using them together.
 */

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

function workbook() {
  const { ctx, app, book } = boundWorkbook(['Data', 'Other']);
  return { ctx, app, book, sheet: book.getSheetByName('Data')! };
}

describe(`TextFinder — ${REF}/text-finder`, () => {
  function filled() {
    const w = workbook();
    w.sheet.getRange('A1:B3').setValues([
      ['Apple pie', 'apple'],
      ['Banana', 'APPLE'],
      ['cherry', 'Pineapple'],
    ]);
    w.book.getSheetByName('Other')!.getRange('A1').setValue('apple');
    return w;
  }

  it('findAll is case-insensitive by default; matchCase and matchEntireCell narrow it', () => {
    const { sheet } = filled();
    const a1 = (ranges: Array<{ getA1Notation(): string }>) => ranges.map((r) => r.getA1Notation());
    expect(a1(sheet.createTextFinder('apple').findAll())).toEqual(['A1', 'B1', 'B2', 'B3']);
    expect(a1(sheet.createTextFinder('apple').matchCase(true).findAll())).toEqual(['B1', 'B3']);
    expect(a1(sheet.createTextFinder('apple').matchEntireCell(true).findAll())).toEqual([
      'B1',
      'B2',
    ]);
    expect(
      a1(sheet.createTextFinder('^[A-Z]').useRegularExpression(true).matchCase(true).findAll()),
    ).toEqual(['A1', 'B2', 'A2', 'B3'].sort((x, y) => (x[1] + x[0] < y[1] + y[0] ? -1 : 1)));
  });

  it('findNext walks the matches in order and gives null after the last', () => {
    const { sheet } = filled();
    const finder = sheet.getRange('B1:B3').createTextFinder('apple');
    expect(finder.findNext()!.getA1Notation()).toBe('B1');
    expect(finder.findNext()!.getA1Notation()).toBe('B2');
    expect(finder.getCurrentMatch()!.getA1Notation()).toBe('B2');
    expect(finder.findPrevious()!.getA1Notation()).toBe('B1');
    finder.findNext();
    finder.findNext();
    expect(finder.findNext()).toBeNull();
  });

  it('replaceAllWith replaces inside each cell and counts the cells', () => {
    const { book, sheet } = filled();
    expect(sheet.getRange('A1:A3').createTextFinder('a').replaceAllWith('o')).toBe(2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['opple pie'], ['Bonono'], ['cherry']]);
    expect(book.createTextFinder('apple').matchEntireCell(true).replaceAllWith('pear')).toBe(3);
    expect(book.getSheetByName('Other')!.getRange('A1').getValue()).toBe('pear');
  });

  it('replaceWith replaces the current match only', () => {
    const { sheet } = filled();
    const finder = sheet.createTextFinder('apple').matchCase(true);
    expect(finder.replaceWith('x')).toBe(0);
    finder.findNext();
    expect(finder.replaceWith('pear')).toBe(1);
    expect(sheet.getRange('B1').getValue()).toBe('pear');
  });

  it('searches formula text only with matchFormulaText(true)', () => {
    const { sheet } = filled();
    sheet.getRange('C1').setFormula('=SUM(A1:A2)');
    expect(sheet.createTextFinder('SUM').findAll()).toHaveLength(0);
    expect(sheet.createTextFinder('SUM').matchFormulaText(true).findAll()).toHaveLength(1);
  });

  it('refuses an empty search text when it searches [unverified wording]', () => {
    const { sheet } = filled();
    const finder = sheet.createTextFinder('');
    expect(() => finder.findAll()).toThrow('Invalid argument: findText');
  });
});

describe(`Sheet.getRangeList(a1Notations) / RangeList — ${REF}/range-list`, () => {
  it('applies one call to every range', () => {
    const { ctx, sheet } = workbook();
    const list = sheet.getRangeList(['A1', 'C2:D2']);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1', 'C2:D2']);
    const before = ctx.rt.current?.calls.length ?? 0;
    list.setValue('x').setBackground('#00ff00').setFontWeight('bold');
    if (ctx.rt.current) expect(ctx.rt.current.calls.length - before).toBe(3);
    expect(sheet.getRange('A1:D2').getValues()).toEqual([
      ['x', '', '', ''],
      ['', '', 'x', 'x'],
    ]);
    expect(sheet.getRange('D2').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('C2').getFontWeight()).toBe('bold');
    list.clearContent();
    expect(sheet.getRange('C2').getValue()).toBe('');
    list.clear();
    expect(() => sheet.getRangeList(['nope!'])).toThrow('Range not found');
  });
});

describe(`Named ranges — ${REF}/spreadsheet#setNamedRange(String,Range)`, () => {
  it('names, finds, renames, moves and removes a range', () => {
    const { book, sheet } = workbook();
    book.setNamedRange('Totals', sheet.getRange('B2:B5'));
    expect(book.getRangeByName('totals')!.getA1Notation()).toBe('B2:B5');
    expect(book.getRangeByName('Missing')).toBeNull();
    const [named] = book.getNamedRanges();
    expect(named.getName()).toBe('Totals');
    named.setName('Sums');
    named.setRange(sheet.getRange('C1'));
    expect(book.getRangeByName('Sums')!.getA1Notation()).toBe('C1');
    expect(sheet.getNamedRanges().map((n) => n.getName())).toEqual(['Sums']);
    book.removeNamedRange('Sums');
    expect(book.getNamedRanges()).toEqual([]);
  });

  it('refuses names Sheets does not allow [unverified wording]', () => {
    const { book, sheet } = workbook();
    for (const bad of ['A1', '1abc', 'has space', 'TRUE', 'R1C1'])
      expect(() => book.setNamedRange(bad, sheet.getRange('A1'))).toThrow('Invalid argument');
  });
});

describe(`Range.setFormulaR1C1 / getFormulaR1C1 — ${REF}/range#setFormulaR1C1(String)`, () => {
  it('stores R1C1 as an A1 formula relative to each cell and reads it back', () => {
    const { sheet } = workbook();
    sheet.getRange('B5').setFormulaR1C1('=SUM(R[-3]C[0]:R[-1]C[0])');
    expect(sheet.getRange('B5').getFormula()).toBe('=SUM(B2:B4)');
    expect(sheet.getRange('B5').getFormulaR1C1()).toBe('=SUM(R[-3]C[0]:R[-1]C[0])');
    sheet.getRange('C1:C2').setFormulaR1C1('=RC[-2]*R1C1+"R1C1"');
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([
      ['=A1*$A$1+"R1C1"'],
      ['=A2*$A$1+"R1C1"'],
    ]);
    sheet.getRange('D1:D2').setFormulasR1C1([['=Other!R[1]C'], ["='Data'!C[-3]:C[-2]"]]);
    expect(sheet.getRange('D1:D2').getFormulas()).toEqual([['=Other!D2'], ["='Data'!A:B"]]);
    expect(sheet.getRange('D1:D2').getFormulasR1C1()).toEqual([
      ['=Other!R[1]C[0]'],
      ["='Data'!C[-3]:C[-2]"],
    ]);
    expect(sheet.getRange('E1').getFormulaR1C1()).toBe('');
  });
});

describe(`Rich text values — ${REF}/rich-text-value`, () => {
  it('keeps text and whole-cell or partial links', () => {
    const { app, sheet } = workbook();
    const value = app
      .newRichTextValue()
      .setText('Etäpaja site')
      .setLinkUrl('https://example.com')
      .build();
    sheet.getRange('A1').setRichTextValue(value);
    expect(sheet.getRange('A1').getValue()).toBe('Etäpaja site');
    const back = sheet.getRange('A1').getRichTextValue()!;
    expect(back.getText()).toBe('Etäpaja site');
    expect(back.getLinkUrl()).toBe('https://example.com');
    const bold = app.newTextStyle().setBold(true).build();
    const partial = app
      .newRichTextValue()
      .setText('see docs')
      .setLinkUrl(4, 8, 'https://example.com/docs')
      .setTextStyle(0, 3, bold)
      .build();
    sheet.getRange('A2').setRichTextValue(partial);
    const read = sheet.getRange('A2').getRichTextValue()!;
    expect(read.getLinkUrl()).toBeNull();
    expect(read.getLinkUrl(4, 8)).toBe('https://example.com/docs');
    expect(read.getRuns().map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
      ['see', null],
      [' ', null],
      ['docs', 'https://example.com/docs'],
    ]);
    expect(read.getTextStyle(0, 3).isBold()).toBe(true);
  });

  it('gives null for a number and drops the link when the value changes', () => {
    const { app, sheet } = workbook();
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('A1').getRichTextValue()).toBeNull();
    sheet
      .getRange('A2')
      .setRichTextValue(app.newRichTextValue().setText('a').setLinkUrl('https://x.test').build());
    sheet.getRange('A2').setValue('b');
    expect(sheet.getRange('A2').getRichTextValue()!.getLinkUrl()).toBeNull();
  });
});

describe('an ordinary script using copyTo, merges, a text finder, named ranges and rich text', () => {
  const SCRIPT = `
function main() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheets()[0];
  sheet.getRange('A1:C1').setValues([['Report', '', '']]);
  sheet.getRange('A1:C1').merge().setFontWeight('bold');
  sheet.getRange('A2:C4').setValues([['Name', 'Hours', 'Rate'], ['Aino', 3, 20], ['Eero', 5, 20]]);
  sheet.getRange('D3').setFormulaR1C1('=RC[-2]*RC[-1]');
  sheet.getRange('D3').copyTo(sheet.getRange('D4'));
  book.setNamedRange('Hours', sheet.getRange('B3:B4'));
  var total = book.getRangeByName('Hours').getValues().reduce(function (s, r) { return s + r[0]; }, 0);
  sheet.getRange('A5').setValue('Total').offset(0, 1).setValue(total);
  sheet.createTextFinder('Eero').matchEntireCell(true).replaceAllWith('Eero K.');
  sheet.getRange('A6').setRichTextValue(
    SpreadsheetApp.newRichTextValue().setText('Details').setLinkUrl('https://example.com/r').build());
  sheet.getRangeList(['A2:D2', 'A5:B5']).setBackground('#eeeeee');
  var archive = sheet.copyTo(book);
  sheet.hideRows(2);
  return [archive.getName(), sheet.getRange('A1').isPartOfMerge(), sheet.getRange('D4').getFormula(),
    sheet.getRange('A6').getRichTextValue().getLinkUrl(), sheet.isRowHiddenByUser(2)];
}
`;

  it('runs unchanged', () => {
    const ws = Workspace.init('', {
      timeZone: 'Europe/Helsinki',
      start: '2026-01-05T08:00:00+02:00',
    });
    ws.push('script', SCRIPT, { timeZone: 'Europe/Helsinki' });
    const result = ws.run('script', 'main');
    expect(result.error).toBeUndefined();
    const sheetName = ws.rt.store<{
      spreadsheets: Record<string, { sheets: Array<{ name: string }> }>;
    }>('spreadsheet').spreadsheets[ws.meta.boundSpreadsheetId!].sheets[0].name;
    expect(result.value).toEqual([
      `Copy of ${sheetName}`,
      true,
      '=B4*C4',
      'https://example.com/r',
      true,
    ]);
    const values = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId!, sheetName);
    expect(values[3].slice(0, 3)).toEqual(['Eero K.', 5, 20]);
    expect(values[4].slice(0, 2)).toEqual(['Total', 8]);
    expect(
      readSheetFormulas(ws.rt, ws.meta.boundSpreadsheetId!, `Copy of ${sheetName}`)[2][3],
    ).toBe('=B3*C3');
  });
});
