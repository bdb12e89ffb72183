import { isDate } from '../../../emulator/runtime/clock';
import { readSheetValues, spreadsheetStore } from '../../../emulator/spreadsheet';
import { boundWorkbook, callNames } from './fixture';

void spreadsheetStore;

describe('Range handles (emulator)', () => {
  it('reads back what was written, with Apps Script types', () => {
    const { sheet, ctx, id } = boundWorkbook();
    const date = new Date('2026-03-01T10:00:00Z');
    sheet.getRange(1, 1, 2, 4).setValues([
      ['Nimi', 'Aloitus', 'Tunnit', 'Aktiivinen'],
      ['Aino', date, 12.5, true],
    ]);
    const values = sheet.getRange('A1:D3').getValues();
    expect(values[0]).toEqual(['Nimi', 'Aloitus', 'Tunnit', 'Aktiivinen']);
    expect(values[1][0]).toBe('Aino');
    expect(isDate(values[1][1])).toBe(true);
    expect((values[1][1] as Date).getTime()).toBe(date.getTime());
    expect(values[1].slice(2)).toEqual([12.5, true]);
    expect(values[2]).toEqual(['', '', '', '']);
    expect(readSheetValues(ctx, id, 'Asiakkaat')).toHaveLength(2);
  });

  it('hands out copies of dates, so a script mutating one does not change the cell', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1').setValue(new Date('2026-03-01T10:00:00Z'));
    const got = sheet.getRange('A1').getValue() as Date;
    got.setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  it('lets two handles on the same cell see the same value', () => {
    const { sheet, book } = boundWorkbook();
    const a = sheet.getRange('B2');
    const b = book.getRange("'Asiakkaat'!B2");
    a.setValue('x');
    expect(b.getValue()).toBe('x');
    b.setValue('y');
    expect(a.getValue()).toBe('y');
  });

  it('counts and prices every call, and the value calls by size', () => {
    const { sheet, ctx } = boundWorkbook();
    const before = ctx.rt.execution.calls.length;
    const range = sheet.getRange(1, 1, 100, 10);
    range.getValues();
    const names = callNames(ctx).slice(before);
    expect(names).toEqual(['Sheet.getRange', 'Range.getValues']);
    const getValues = ctx.rt.execution.calls[ctx.rt.execution.calls.length - 1];
    expect(getValues.service).toBe('SpreadsheetApp');
    expect(getValues.ms).toBeCloseTo(120 + 1000 * 0.01);
  });

  it('stores formulas and evaluates them when read', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:A2').setValues([[1], [2]]);
    sheet.getRange('A3').setFormula('=SUM(A1:A2)');
    sheet.getRange('A4').setValue('=A1*2');
    expect(sheet.getRange('A3:A4').getFormulas()).toEqual([['=SUM(A1:A2)'], ['=A1*2']]);
    expect(sheet.getRange('A3:A4').getValues()).toEqual([[3], [2]]);
    expect(sheet.getLastRow()).toBe(4);
  });

  it('grows the sheet when a write goes past its last row or column', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange(1001, 27).setValue('x');
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange(1001, 27).getA1Notation()).toBe('AA1001');
  });

  it('offsets, and knows its coordinates', () => {
    const { sheet } = boundWorkbook();
    const r = sheet.getRange('B2:C4').offset(1, 1);
    expect(r.getA1Notation()).toBe('C3:D5');
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([3, 3, 3, 2, 5, 4]);
    expect(sheet.getRange('B2').offset(0, 0, 2, 3).getA1Notation()).toBe('B2:D3');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getA1Notation()).toBe('A2:Z3');
  });

  it('keeps notes, number formats and data validation per cell', () => {
    const { sheet, app } = boundWorkbook();
    const range = sheet.getRange('A2:A3');
    range.setNotes([['eka'], ['toka']]);
    expect(range.getNotes()).toEqual([['eka'], ['toka']]);
    range.setNumberFormat('@');
    expect(range.getNumberFormats()).toEqual([['@'], ['@']]);
    const rule = app
      .newDataValidation()
      .requireValueInList(['Läsnä', 'Poissa'], true)
      .setAllowInvalid(false)
      .build();
    range.setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation();
    expect(got?.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(got?.getCriteriaValues()).toEqual([['Läsnä', 'Poissa'], true]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('A4').getDataValidation()).toBeNull();
    range.clearDataValidations();
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  it('requireValueInRange gives back a Range as its criteria value', () => {
    const { sheet, app } = boundWorkbook();
    sheet.getRange('Z1:Z2').setValues([['a'], ['b']]);
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z2')).build();
    sheet.getRange('A1').setDataValidation(rule);
    const [range, dropdown] = sheet.getRange('A1').getDataValidation()!.getCriteriaValues() as [
      { getA1Notation(): string; getValues(): unknown[][] },
      boolean,
    ];
    expect(range.getA1Notation()).toBe('Z1:Z2');
    expect(range.getValues()).toEqual([['a'], ['b']]);
    expect(dropdown).toBe(true);
  });

  it('clear() removes contents and formats, clearContent() only contents', () => {
    const { sheet } = boundWorkbook();
    const r = sheet.getRange('A1');
    r.setNumberFormat('0.00').setValue(3).setNote('n');
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getNumberFormat()).toBe('0.00');
    r.setValue(3);
    r.clear();
    expect(r.getNumberFormat()).toBe('0.###############');
    expect(r.getNote()).toBe('n');
    expect(r.isBlank()).toBe(true);
  });

  it('records formatting calls without effect on values', () => {
    const { sheet } = boundWorkbook();
    sheet
      .getRange('A1:C1')
      .setFontWeight('bold')
      .setBackground('#eeeeee')
      .setWrap(true)
      .setHorizontalAlignment('center');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('B1').getBackground()).toBe('#eeeeee');
    expect(sheet.getRange('B2').getBackground()).toBe('#ffffff');
  });

  it('sorts a range by a column', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:B4').setValues([
      ['Nimi', 'Ikä'],
      ['Cecilia', 30],
      ['aino', 25],
      ['Bertta', ''],
    ]);
    sheet.getRange('A2:B4').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A2:A4').getValues().flat()).toEqual(['aino', 'Bertta', 'Cecilia']);
    sheet.getRange('A2:B4').sort({ column: 2, ascending: false });
    expect(sheet.getRange('A2:A4').getValues().flat()).toEqual(['Cecilia', 'aino', 'Bertta']);
  });

  it('throws a distinct error for a method it does not emulate', () => {
    const { sheet } = boundWorkbook();
    const range = sheet.getRange('A1') as unknown as { autoFill(): unknown };
    expect(() => range.autoFill()).toThrow('Not emulated: Range.autoFill()');
  });
});
