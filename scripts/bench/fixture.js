/* global SpreadsheetApp */
/* eslint-disable @typescript-eslint/no-unused-vars -- Apps Script calls these by name */
/**
 * The bench's workbook fixture: a plain Apps Script project bound to the same workbook that
 * writes blocks of values the way a coach's paste would. It stands for what happened before the
 * measured jobs (groups and coaches filled in, clients enrolled earlier) and is not measured.
 */
function benchWrite(sheetName, row, column, values) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new Error('No sheet ' + sheetName);
  if (values.length === 0) return 0;
  sheet.getRange(row, column, values.length, values[0].length).setValues(values);
  return values.length;
}

function benchRead(sheetName) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  return sheet
    .getDataRange()
    .getValues()
    .map(function (row) {
      return row.map(function (cell) {
        return cell instanceof Date ? cell.toISOString() : cell;
      });
    });
}
