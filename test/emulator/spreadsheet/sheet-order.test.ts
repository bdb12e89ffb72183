import { Workspace } from '../../../emulator/workspace';

/**
 * Sheet ordering: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
 * and #insertSheet(String,Integer), Sheet.getIndex() (1-based).
 */
const SCRIPT = `
function order() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var first = ss.getSheets()[0].getName();
  ss.insertSheet('B');
  ss.insertSheet('A', 0);
  ss.setActiveSheet(ss.getSheetByName('B'));
  ss.moveActiveSheet(1);
  return [ss.getSheets().map(function (s) { return s.getName() === first ? 'first' : s.getName(); }),
    ss.getSheetByName('B').getIndex(), ss.getSheetByName('A').getIndex()];
}
function tooFar() { SpreadsheetApp.getActiveSpreadsheet().moveActiveSheet(9); }
`;

describe('sheet ordering', () => {
  const ws = () => {
    const w = Workspace.init('', {});
    w.push('o', SCRIPT, { timeZone: 'Europe/Helsinki' });
    return w;
  };

  it('insertSheet(name, index) and moveActiveSheet(pos) place sheets; getIndex counts from 1', () => {
    expect(ws().call('order', [], { projectId: 'o' })).toEqual([['B', 'A', 'first'], 1, 2]);
  });

  it('refuses a position past the last sheet', () => {
    expect(ws().run('o', 'tooFar').error?.message).toBe('Invalid argument: pos');
  });
});
