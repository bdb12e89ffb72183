import { isDate } from '../../emulator/runtime/clock';
import { createSpreadsheetApp, spreadsheetStore } from '../../emulator/spreadsheet';
import { boundWorkbook, makeTestContext } from '../helpers/runtime';

/**
 * Documented behaviours of the Spreadsheet service, one `describe` per Google reference page.
 * Error tests assert Google's exact message.
 */

void spreadsheetStore;
const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

function workbook(locale = 'fi_FI') {
  const made = boundWorkbook(['Asiakkaat'], locale);
  return { ...made, sheet: made.book.getSheetByName('Asiakkaat')! };
}

describe(`Sheet.getRange(row, column, numRows, numColumns) — ${REF}/sheet#getRange(Integer,Integer,Integer,Integer)`, () => {
  it('is 1-based and accepts every form', () => {
    const { sheet } = workbook();
    expect(sheet.getRange(1, 1).getA1Notation()).toBe('A1');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('B2:C3').getA1Notation()).toBe('B2:C3');
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
  ])('getRange(%j) throws "%s"', (args, message) => {
    const { sheet } = workbook();
    expect(() => (sheet.getRange as (...a: number[]) => unknown)(...(args as number[]))).toThrow(
      message,
    );
  });

  it('throws "Range not found" for bad A1 notation or an unknown sheet', () => {
    const { sheet, book } = workbook();
    expect(() => sheet.getRange('A0')).toThrow('Range not found');
    expect(() => sheet.getRange('hello world')).toThrow('Range not found');
    expect(() => book.getRange("'Ei ole'!A1")).toThrow('Range not found');
  });
});

describe(`Spreadsheet.getRange(a1Notation) — ${REF}/spreadsheet#getRange(String)`, () => {
  it('reads the sheet name from the notation, quoted or not', () => {
    const { book } = workbook();
    book.insertSheet('Läsnäolo 2026');
    expect(book.getRange("'Asiakkaat'!A1:C3").getSheet().getName()).toBe('Asiakkaat');
    expect(book.getRange('Asiakkaat!B2').getA1Notation()).toBe('B2');
    expect(book.getRange("'Läsnäolo 2026'!A1").getSheet().getName()).toBe('Läsnäolo 2026');
  });
});

describe(`Range.setValues(values) — ${REF}/range#setValues(Object)`, () => {
  it('requires the data to match the range in rows', () => {
    const { sheet } = workbook();
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
  });

  it('requires the data to match the range in columns', () => {
    const { sheet } = workbook();
    expect(() =>
      sheet.getRange('A1:C2').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('writes nothing when the shape is wrong', () => {
    const { sheet } = workbook();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe(`Range.getValues() — ${REF}/range#getValues()`, () => {
  it('gives Number, Boolean, Date or String, and an empty string for blank cells', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:D1').setValues([[1, true, new Date('2026-03-01T00:00:00Z'), 'x']]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(typeof row[0]).toBe('number');
    expect(typeof row[1]).toBe('boolean');
    expect(isDate(row[2])).toBe(true);
    expect(typeof row[3]).toBe('string');
    expect(row[4]).toBe('');
  });
});

describe(`Range.getDisplayValues() — ${REF}/range#getDisplayValues()`, () => {
  it('gives strings formatted in the spreadsheet locale', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:C1').setValues([[new Date('2026-02-28T22:00:00Z'), 12.5, false]]);
    // A Date written by a script is a date-time to Sheets: midnight shows its time too.
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([
      ['1.3.2026 0.00.00', '12,5', 'FALSE'],
    ]);
  });
});

describe(`Range.setValue(value) — ${REF}/range#setValue(Object)`, () => {
  it('reads a string as typed input: a leading = makes a formula', () => {
    const { sheet } = workbook();
    sheet.getRange('A1').setValue('=TODAY()');
    expect(sheet.getRange('A1').getFormula()).toBe('=TODAY()');
  });

  it('reads numeric text as a number (leading zero lost) unless the cell is plain text', () => {
    const { sheet } = workbook();
    sheet.getRange('A1').setValue('0401234567');
    expect(sheet.getRange('A1').getValue()).toBe(401234567);
    sheet.getRange('A2').setNumberFormat('@').setValue('0401234567');
    expect(sheet.getRange('A2').getValue()).toBe('0401234567');
  });
});

describe(`Range.getA1Notation() — ${REF}/range#getA1Notation()`, () => {
  it('names a single cell alone and a block by its corners', () => {
    const { sheet } = workbook();
    expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
    expect(sheet.getRange(2, 1, 3, 27).getA1Notation()).toBe('A2:AA4');
  });
});

describe(`Sheet.getLastRow() — ${REF}/sheet#getLastRow()`, () => {
  it('is the position of the last row that has content, 0 on an empty sheet', () => {
    const { sheet } = workbook();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange('B4').setValue('x');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(2);
  });
});

describe(`Sheet.appendRow(rowContents) — ${REF}/sheet#appendRow(Object)`, () => {
  it('appends after the current data region; = starts a formula', () => {
    const { sheet } = workbook();
    sheet.getRange('A3').setValue('x');
    sheet.appendRow(['y', '=A3']);
    expect(sheet.getRange('A4').getValue()).toBe('y');
    expect(sheet.getRange('B4').getFormula()).toBe('=A3');
  });
});

describe(`Spreadsheet.insertSheet(sheetName) — ${REF}/spreadsheet#insertSheet(String)`, () => {
  it('refuses a duplicate name', () => {
    const { book } = workbook();
    expect(() => book.insertSheet('Asiakkaat')).toThrow(
      'A sheet with the name "Asiakkaat" already exists. Please enter another name.',
    );
  });

  it('makes the new sheet active', () => {
    const { book } = workbook();
    book.insertSheet('Uusi');
    expect(book.getActiveSheet().getName()).toBe('Uusi');
  });
});

describe(`Spreadsheet.getSheetByName(name) — ${REF}/spreadsheet#getSheetByName(String)`, () => {
  it('returns null when there is no such sheet', () => {
    const { book } = workbook();
    expect(book.getSheetByName('Ei ole')).toBeNull();
  });
});

describe(`Spreadsheet.deleteSheet(sheet) — ${REF}/spreadsheet#deleteSheet(Sheet)`, () => {
  it('refuses to delete the last sheet', () => {
    const { book, sheet } = workbook();
    expect(() => book.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });
});

describe(`Sheet.deleteRow(rowPosition) — ${REF}/sheet#deleteRow(Integer)`, () => {
  it('refuses rows past the end of the sheet', () => {
    const { sheet } = workbook();
    expect(() => sheet.deleteRow(1001)).toThrow('Those rows are out of bounds.');
  });
});

describe(`Sheet.insertRowsAfter(afterPosition, howMany) — ${REF}/sheet#insertRowsAfter(Integer,Integer)`, () => {
  it('adds rows to the sheet and moves content below', () => {
    const { sheet } = workbook();
    sheet.getRange('A2').setValue('x');
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getRange('A5').getValue()).toBe('x');
    expect(sheet.getMaxRows()).toBe(1003);
  });
});

describe(`SpreadsheetApp.openById(id) — ${REF}/spreadsheet-app#openById(String)`, () => {
  it('throws for an unknown id', () => {
    const { app } = workbook();
    expect(() => app.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });
});

describe(`SpreadsheetApp.getActiveSpreadsheet() — ${REF}/spreadsheet-app#getActiveSpreadsheet()`, () => {
  it('returns null when the script is not bound to a spreadsheet', () => {
    const ctx = makeTestContext();
    expect(createSpreadsheetApp(ctx).getActiveSpreadsheet()).toBeNull();
  });
});

describe(`SpreadsheetApp.create(name) — ${REF}/spreadsheet-app#create(String,Integer,Integer)`, () => {
  it('makes a new spreadsheet of the given size, owned by the user', () => {
    const { app, ctx } = workbook();
    const made = app.create('Raportti', 10, 5);
    expect(made.getSheets()[0].getMaxRows()).toBe(10);
    expect(made.getSheets()[0].getMaxColumns()).toBe(5);
    expect(made.getOwner().getEmail()).toBe(ctx.user);
    expect(app.openById(made.getId()).getName()).toBe('Raportti');
  });
});

describe(`DataValidationBuilder — ${REF}/data-validation-builder`, () => {
  it('requireValueInList defaults to showing a dropdown and allowing invalid data', () => {
    const { app } = workbook();
    const rule = app.newDataValidation().requireValueInList(['a', 'b']).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['a', 'b'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
  });

  it('requireCheckbox, requireDate and requireNumberBetween set their criteria', () => {
    const { app } = workbook();
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaType()).toBe('CHECKBOX');
    expect(app.newDataValidation().requireDate().build().getCriteriaType()).toBe(
      'DATE_IS_VALID_DATE',
    );
    const between = app.newDataValidation().requireNumberBetween(1, 5).setHelpText('1–5').build();
    expect([between.getCriteriaType(), between.getCriteriaValues(), between.getHelpText()]).toEqual(
      ['NUMBER_BETWEEN', [1, 5], '1–5'],
    );
  });
});

describe(`Sheet.protect() — ${REF}/sheet#protect()`, () => {
  it('returns the existing protection when the sheet is already protected', () => {
    const { sheet, app } = workbook();
    sheet.protect().setDescription('eka');
    expect(sheet.protect().getDescription()).toBe('eka');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
  });
});

describe(`Protection — ${REF}/protection`, () => {
  it('follows the documented pattern: add me, remove the others', () => {
    const { book, ctx } = workbook();
    book.addEditor('avustaja@kunta.example');
    const protection = book.getRange('A1:B10').protect().setDescription('Sample protected range');
    protection.addEditor(ctx.user);
    protection.removeEditors(protection.getEditors().map((u) => u.getEmail()));
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([ctx.owner]);
    expect(protection.canEdit()).toBe(true);
    expect(protection.getRange().getA1Notation()).toBe('A1:B10');
  });
});

describe(`Ui.alert(prompt) — https://developers.google.com/apps-script/reference/base/ui#alert(String)`, () => {
  it('returns the button the user pressed', () => {
    const { app } = workbook();
    const ui = app.getUi();
    expect(ui.alert('Hei')).toBe(ui.Button.OK);
  });
});

describe(`SpreadsheetApp.getUi() — ${REF}/spreadsheet-app#getUi()`, () => {
  it('is not available in a time-driven trigger', () => {
    const { app, ctx } = workbook();
    ctx.rt.begin({
      id: 'e2',
      projectId: 'test',
      functionName: 'f',
      user: ctx.user,
      trigger: { id: 't', kind: 'CLOCK' },
    });
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});
