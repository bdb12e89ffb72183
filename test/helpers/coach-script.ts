/**
 * Apps Script source for a second script bound to the workbook: the coach typing rows into a
 * sheet by header, below its last row, as a person pasting rows would. Tests append their own
 * functions to it.
 */
export const PUT_ROWS = `
function putRows(sheetName, rows) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  var header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var block = rows.map(function (row) { return header.map(function (h) { return row[h] === undefined ? '' : row[h]; }); });
  sheet.getRange(sheet.getLastRow() + 1, 1, block.length, header.length).setValues(block);
}`;

/** A plans-sheet row as a coach types it for putRows: one day of 5 hours for a client. */
export const planRow = (clientId: string, date: string) => ({
  Avain: `${clientId}|${date}`,
  Päivä: date,
  Asiakas: clientId,
  Tunnit: 5,
});
