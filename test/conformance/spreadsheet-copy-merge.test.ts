import { boundWorkbook } from '../helpers/runtime';

/**
 * Range.copyTo and friends, Sheet.copyTo, Sheet.getSheetValues, merged cells and hidden rows and
 * columns, as Google's reference documents them. Error tests assert Google's exact message.
 */

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

function workbook() {
  const { ctx, app, book } = boundWorkbook(['Data']);
  return { ctx, app, book, sheet: book.getSheetByName('Data')! };
}

describe(`Range.copyTo(destination) — ${REF}/range#copyTo(Range)`, () => {
  it('copies values, formats and notes, moving relative formula references', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      ['x', 'y'],
    ]);
    sheet.getRange('C1').setFormula('=A1+$B$1');
    sheet.getRange('A1').setNumberFormat('0.00').setNote('n');
    sheet.getRange('A1:C2').copyTo(sheet.getRange('E5'));
    expect(sheet.getRange('E5:F6').getValues()).toEqual([
      [1, 2],
      ['x', 'y'],
    ]);
    expect(sheet.getRange('G5').getFormula()).toBe('=E5+$B$1');
    expect(sheet.getRange('E5').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('E5').getNote()).toBe('n');
  });

  it('honours {contentsOnly} and {formatOnly}', () => {
    const { sheet } = workbook();
    sheet.getRange('A1').setValue(5).setNumberFormat('0.0').setBackground('#ff0000');
    sheet.getRange('A1').copyTo(sheet.getRange('B1'), { contentsOnly: true });
    expect(sheet.getRange('B1').getValue()).toBe(5);
    expect(sheet.getRange('B1').getNumberFormat()).not.toBe('0.0');
    sheet.getRange('A1').copyTo(sheet.getRange('C1'), { formatOnly: true });
    expect(sheet.getRange('C1').getValue()).toBe('');
    expect(sheet.getRange('C1').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('C1').getBackground()).toBe('#ff0000');
  });

  it('pastes values only and transposed with a CopyPasteType', () => {
    const { app, sheet } = workbook();
    sheet.getRange('A1:C1').setValues([[1, 2, 3]]);
    sheet.getRange('A1:C1').copyTo(sheet.getRange('E1'), app.CopyPasteType.PASTE_VALUES, true);
    expect(sheet.getRange('E1:E3').getValues()).toEqual([[1], [2], [3]]);
  });

  it('repeats the source over a destination that is a multiple of it', () => {
    const { sheet } = workbook();
    sheet.getRange('A1').setValue('v');
    sheet.getRange('A1').copyTo(sheet.getRange('B1:B3'));
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['v'], ['v'], ['v']]);
  });

  it('refuses a destination in another spreadsheet', () => {
    const { app, sheet } = workbook();
    const other = app.create('Toinen');
    expect(() => sheet.getRange('A1').copyTo(other.getSheets()[0].getRange('A1'))).toThrow(
      'Target range and source range must be on the same spreadsheet.',
    );
  });
});

describe(`Range.copyValuesToRange(sheet, column, columnEnd, row, rowEnd) — ${REF}/range#copyValuesToRange(Sheet,Integer,Integer,Integer,Integer)`, () => {
  it('copies values, repeating or truncating to the given location', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:B1').setValues([[1, 2]]);
    sheet.getRange('A1:B1').copyValuesToRange(sheet, 1, 3, 3, 3);
    expect(sheet.getRange('A3:D3').getValues()).toEqual([[1, 2, 1, '']]);
  });
});

describe(`Sheet.copyTo(spreadsheet) — ${REF}/sheet#copyTo(Spreadsheet)`, () => {
  it('names the copy "Copy of <name>" and appends it', () => {
    const { book, sheet } = workbook();
    sheet.getRange('A1').setValue('data');
    const copy = sheet.copyTo(book);
    expect(copy.getName()).toBe('Copy of Data');
    expect(copy.getRange('A1').getValue()).toBe('data');
    expect(sheet.copyTo(book).getName()).toBe('Copy of Data 2');
    expect(book.getSheets().map((s) => s.getName())).toEqual([
      'Data',
      'Copy of Data',
      'Copy of Data 2',
    ]);
    copy.getRange('A1').setValue('changed');
    expect(sheet.getRange('A1').getValue()).toBe('data');
  });

  it('copies into another spreadsheet', () => {
    const { app, sheet } = workbook();
    const other = app.create('Toinen');
    sheet.getRange('B2').setValue(7);
    expect(sheet.copyTo(other).getRange('B2').getValue()).toBe(7);
  });
});

describe(`Sheet.getSheetValues(startRow, startColumn, numRows, numColumns) — ${REF}/sheet#getSheetValues(Integer,Integer,Integer,Integer)`, () => {
  it('reads a rectangle; -1 reaches the last row or column with data', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:B3').setValues([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(sheet.getSheetValues(2, 1, 1, 2)).toEqual([[3, 4]]);
    expect(sheet.getSheetValues(2, 2, -1, -1)).toEqual([[4], [6]]);
  });
});

describe(`Range.merge() and friends — ${REF}/range#merge()`, () => {
  it('merges, keeping only the top-left value, and reports merged ranges', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:B2').setValues([
      ['keep', 'lost'],
      ['lost', 'lost'],
    ]);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['keep', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('C3').isPartOfMerge()).toBe(false);
    expect(
      sheet
        .getRange('B1:C1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:B2']);
  });

  it('mergeAcross merges each row, mergeVertically each column', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:C2').mergeAcross();
    expect(
      sheet
        .getRange('A1:C2')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:C1', 'A2:C2']);
    sheet.getRange('E1:F3').mergeVertically();
    expect(
      sheet
        .getRange('E1:F3')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['E1:E3', 'F1:F3']);
  });

  it('breakApart needs the whole merge', () => {
    const { sheet } = workbook();
    sheet.getRange('A1:B2').merge();
    expect(() => sheet.getRange('A1').breakApart()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    expect(() => sheet.getRange('B2:C3').merge()).toThrow(
      'You must select all cells in a merged range to merge or unmerge them.',
    );
    sheet.getRange('A1:C3').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  it('refuses to merge across a frozen boundary', () => {
    const { sheet } = workbook();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(1);
    expect(() => sheet.getRange('A2:A3').merge()).not.toThrow();
    expect(() => sheet.getRange('C1:C2').merge()).toThrow(
      "You can't merge frozen and non-frozen rows.",
    );
    expect(() => sheet.getRange('A5:B5').merge()).toThrow(
      "You can't merge frozen and non-frozen columns.",
    );
  });
});

describe(`Sheet.hideRows / showRows / hideColumns / showColumns — ${REF}/sheet#hideRows(Integer,Integer)`, () => {
  it('hides and shows, as isRowHiddenByUser / isColumnHiddenByUser report', () => {
    const { sheet } = workbook();
    sheet.hideRows(2, 2);
    sheet.hideColumns(3);
    expect([1, 2, 3, 4].map((r) => sheet.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    expect(sheet.isColumnHiddenByUser(3)).toBe(true);
    sheet.showRows(3);
    sheet.showColumns(1, 5);
    expect(sheet.isRowHiddenByUser(3)).toBe(false);
    expect(sheet.isColumnHiddenByUser(3)).toBe(false);
    sheet.hideRow(sheet.getRange('A7:A8'));
    expect(sheet.isRowHiddenByUser(8)).toBe(true);
    sheet.unhideRow(sheet.getRange('A7:A8'));
    expect(sheet.isRowHiddenByUser(8)).toBe(false);
  });

  it('refuses rows outside the sheet', () => {
    const { sheet } = workbook();
    expect(() => sheet.hideRows(1000, 2)).toThrow('Those rows are out of bounds.');
  });
});
