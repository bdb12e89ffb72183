import { Workspace } from '../../../emulator/workspace';

/**
 * A script's Date lives in its project's zone (appsscript.json `timeZone`), whatever zone the
 * machine has: https://developers.google.com/apps-script/concepts/manifests
 * These run under every host zone CI uses (.ci/run sets a non-UTC one; date-zone.test.ts checks
 * the Date class itself under three).
 */

const SCRIPT = `
function writeMonday() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var d = new Date(2026, 0, 5);
  sheet.getRange('A1').setValue(d);
  sheet.getRange('A2').setValue('5.1.2026 9.30');
  return [d.getTime(), d.getHours(), d.getDate(), d.getDay(), d.getTimezoneOffset(), String(d)];
}
function readBack() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var a1 = sheet.getRange('A1').getValue();
  var a2 = sheet.getRange('A2').getValue();
  return [
    a1 instanceof Date, a1.getHours(), a1.getDate(), sheet.getRange('A1').getDisplayValue(),
    sheet.getRange('A1').getNumberFormat(),
    a2.getHours(), a2.getMinutes(), sheet.getRange('A2').getDisplayValue(),
    Utilities.formatDate(a1, Session.getScriptTimeZone(), 'yyyy-MM-dd HH:mm'),
  ];
}
function summer() {
  var d = new Date(2026, 6, 1, 12);
  var parsed = new Date('2026-07-01T12:00');
  var dateOnly = new Date('2026-07-01');
  return [d.getTimezoneOffset(), parsed.getTime() === d.getTime(), dateOnly.getUTCHours(),
    dateOnly.getHours(), d.toLocaleString('fi-FI'), Date.parse('Jul 1 2026 12:00') === d.getTime()];
}
function logDate() {
  Logger.log(new Date(2026, 0, 5, 9));
  console.log('now %s', new Date());
  console.log(new Date(2026, 6, 1));
}
`;

function workspace(timeZone = 'Europe/Helsinki'): Workspace {
  const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00', timeZone });
  ws.push('p', SCRIPT, { timeZone });
  return ws;
}

describe("a script's Date is in the project's zone", () => {
  it('new Date(2026, 0, 5) is midnight in Helsinki, and so are the sheet cell and its display', () => {
    const ws = workspace();
    expect(ws.call('writeMonday', [], { projectId: 'p' })).toEqual([
      Date.UTC(2026, 0, 4, 22),
      0,
      5,
      1,
      -120,
      'Mon Jan 05 2026 00:00:00 GMT+0200 (Eastern European Standard Time)',
    ]);
    expect(ws.call('readBack', [], { projectId: 'p' })).toEqual([
      true,
      0,
      5,
      '5.1.2026 0.00.00',
      'd.M.yyyy H.mm.ss',
      9,
      30,
      '5.1.2026 9.30.00',
      '2026-01-05 00:00',
    ]);
  });

  it('summer time, local strings and date-only strings follow ECMAScript in the project zone', () => {
    expect(workspace().call('summer', [], { projectId: 'p' })).toEqual([
      -180,
      true,
      0, // "2026-07-01" alone is UTC midnight…
      3, // …which is 3 o'clock in Helsinki
      '1.7.2026 klo 12.00.00',
      true,
    ]);
  });

  it('a project in New York gets New York dates from the same code', () => {
    const ws = workspace('America/New_York');
    const [time, hours, date, , offset, text] = ws.call('writeMonday', [], {
      projectId: 'p',
    }) as unknown[];
    expect([time, hours, date, offset]).toEqual([Date.UTC(2026, 0, 5, 5), 0, 5, 300]);
    expect(text).toBe('Mon Jan 05 2026 00:00:00 GMT-0500 (Eastern Standard Time)');
  });

  it('Logger and console print dates in the project zone', () => {
    const ws = workspace();
    ws.run('p', 'logDate');
    const lines = ws.rt.store<{ entries: { message: string }[] }>('logs').entries;
    expect(lines.map((l) => l.message)).toEqual([
      'Mon Jan 05 2026 09:00:00 GMT+0200 (Eastern European Standard Time)',
      expect.stringMatching(/^now Mon Jan 05 2026 08:00:00 GMT\+0200/),
      'Wed Jul 01 2026 00:00:00 GMT+0300 (Eastern European Summer Time)',
    ]);
  });
});
