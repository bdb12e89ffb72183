import { isDate } from '../../../emulator/runtime/clock';
import { spreadsheetStore } from '../../../emulator/spreadsheet';
import { boundWorkbook } from './fixture';

void spreadsheetStore;

describe('Strings written by scripts are read like typed input (emulator)', () => {
  it('turns numeric text into numbers, losing leading zeros (the phone number trap)', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:A4').setValues([['123'], ['0401234567'], ['+358401234567'], ['12,5']]);
    expect(sheet.getRange('A1:A4').getValues().flat()).toEqual([
      123, 401234567, 358401234567, 12.5,
    ]);
  });

  it('keeps text that is not a number, e.g. a phone number with spaces', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1').setValue('+358 40 123 4567');
    expect(sheet.getRange('A1').getValue()).toBe('+358 40 123 4567');
  });

  it('reads Finnish dates, and "12.5" as the twelfth of May', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:A3').setValues([['1.3.2026'], ['12.5'], ['2026-03-01']]);
    const [a, b, c] = sheet.getRange('A1:A3').getValues().flat() as Date[];
    expect(isDate(a)).toBe(true);
    expect(a.toISOString()).toBe('2026-02-28T22:00:00.000Z'); // midnight in Helsinki
    expect(b.toISOString()).toBe('2026-05-11T21:00:00.000Z');
    expect(c.getTime()).toBe(a.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1.3.2026');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('d.M.yyyy');
  });

  it('reads US dates in en_US and a decimal point there', () => {
    const { sheet } = boundWorkbook({ locale: 'en_US', timeZone: 'America/New_York' });
    sheet.getRange('A1:A2').setValues([['3/1/2026'], ['12.5']]);
    const [a, b] = sheet.getRange('A1:A2').getValues().flat();
    expect((a as Date).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(b).toBe(12.5);
  });

  it('turns TRUE/FALSE into booleans and =… into formulas', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:C1').setValues([['TRUE', 'false', '=1+1']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, false, 2]]);
    expect(sheet.getRange('C1').getFormula()).toBe('=1+1');
  });

  it('keeps text after a leading apostrophe, without the apostrophe', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1').setValue("'0401234567");
    expect(sheet.getRange('A1').getValue()).toBe('0401234567');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('0401234567');
  });

  it('keeps strings as they are in a plain-text (@) cell', () => {
    const { sheet } = boundWorkbook();
    const range = sheet.getRange('A1:A3').setNumberFormat('@');
    range.setValues([['0401234567'], ['1.3.2026'], ['TRUE']]);
    expect(range.getValues().flat()).toEqual(['0401234567', '1.3.2026', 'TRUE']);
  });

  it('stores numbers, booleans and Dates given as JS values as they are', () => {
    const { sheet } = boundWorkbook();
    const d = new Date('2026-03-01T08:15:00Z');
    sheet.getRange('A1:C1').setValues([[401234567, false, d]]);
    const [n, b, got] = sheet.getRange('A1:C1').getValues()[0];
    expect([n, b]).toEqual([401234567, false]);
    expect((got as Date).getTime()).toBe(d.getTime());
  });

  it('reads percentages and times', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:A2').setValues([['50%'], ['8:30']]);
    expect(sheet.getRange('A1').getValue()).toBe(0.5);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('50%');
    expect(sheet.getRange('A2').getDisplayValue()).toBe('8.30.00');
  });
});

describe('Display values in the spreadsheet locale (emulator)', () => {
  it('formats fi_FI numbers with a decimal comma and booleans as TRUE/FALSE', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1:D1').setValues([[12.5, 1234567, true, '']]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['12,5', '1234567', 'TRUE', '']]);
  });

  it('honours number formats 0.00, #,##0.00, @ and date patterns', () => {
    const { sheet } = boundWorkbook();
    const d = new Date('2026-03-01T10:05:00Z');
    sheet.getRange('A1:E1').setValues([[3, 1234.5, 7, d, d]]);
    sheet.getRange('A1').setNumberFormat('0.00');
    sheet.getRange('B1').setNumberFormat('#,##0.00');
    sheet.getRange('C1').setNumberFormat('@');
    sheet.getRange('D1').setNumberFormat('dd.mm.yyyy');
    sheet.getRange('E1').setNumberFormat('yyyy-MM-dd HH:mm');
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([
      ['3,00', '1\u00a0234,50', '7', '01.03.2026', '2026-03-01 12:05'],
    ]);
  });

  it('shows a date with a time of day as date and time', () => {
    const { sheet } = boundWorkbook();
    sheet.getRange('A1').setValue(new Date('2026-03-01T10:05:00Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1.3.2026 12.05.00');
  });

  it('shows en_US dates month first', () => {
    const { sheet } = boundWorkbook({ locale: 'en_US', timeZone: 'Europe/Helsinki' });
    sheet.getRange('A1:B1').setValues([['1.5', new Date('2026-02-28T22:00:00Z')]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1.5', '3/1/2026 0:00:00']]);
  });

  it('keeps the wall-clock reading of dates when the spreadsheet time zone changes', () => {
    const { sheet, book } = boundWorkbook();
    sheet.getRange('A1').setValue('1.3.2026');
    book.setSpreadsheetTimeZone('America/New_York');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1.3.2026');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(
      '2026-03-01T05:00:00.000Z',
    );
  });
});
