import { Workspace } from '../../emulator/workspace';
import { readGoogleSurface } from '../../emulator/inventory/google-surface';

/**
 * The enums scripts name, as a script sees them. Members are compared with Google's API as
 * @types/google-apps-script publishes it (generated from Google's reference pages); the values
 * Google documents explicitly are checked against the page that documents them.
 */
function runScript(code: string): unknown {
  const ws = Workspace.init('', { timeZone: 'Europe/Helsinki' });
  ws.push('enums', code, { timeZone: 'Europe/Helsinki' });
  const result = ws.run('enums', 'main');
  if (result.error) throw new Error(String(result.error));
  return result.value;
}

const ENUMS: Array<[path: string, google: string]> = [
  ['SpreadsheetApp.BorderStyle', 'Spreadsheet.BorderStyle'],
  ['SpreadsheetApp.Direction', 'Spreadsheet.Direction'],
  ['SpreadsheetApp.CopyPasteType', 'Spreadsheet.CopyPasteType'],
  ['SpreadsheetApp.WrapStrategy', 'Spreadsheet.WrapStrategy'],
  ['SpreadsheetApp.AutoFillSeries', 'Spreadsheet.AutoFillSeries'],
  ['SpreadsheetApp.BooleanCriteria', 'Spreadsheet.BooleanCriteria'],
  ['SpreadsheetApp.RelativeDate', 'Spreadsheet.RelativeDate'],
  ['SpreadsheetApp.ColorType', 'Base.ColorType'],
  ['SpreadsheetApp.DataValidationCriteria', 'Spreadsheet.DataValidationCriteria'],
  ['SpreadsheetApp.ProtectionType', 'Spreadsheet.ProtectionType'],
  ['SpreadsheetApp.Dimension', 'Spreadsheet.Dimension'],
  ['FormApp.ItemType', 'Forms.ItemType'],
  ['FormApp.FeedbackType', 'Forms.FeedbackType'],
  ['FormApp.PageNavigationType', 'Forms.PageNavigationType'],
  ['FormApp.DestinationType', 'Forms.DestinationType'],
  ['FormApp.Alignment', 'Forms.Alignment'],
  ['CalendarApp.Color', 'Calendar.Color'],
  ['CalendarApp.EventColor', 'Calendar.EventColor'],
  ['CalendarApp.GuestStatus', 'Calendar.GuestStatus'],
  ['CalendarApp.Visibility', 'Calendar.Visibility'],
  ['CalendarApp.Month', 'Base.Month'],
  ['DriveApp.Access', 'Drive.Access'],
  ['DriveApp.Permission', 'Drive.Permission'],
  ['ScriptApp.AuthMode', 'Script.AuthMode'],
  ['ScriptApp.EventType', 'Script.EventType'],
  ['ScriptApp.TriggerSource', 'Script.TriggerSource'],
  ['ScriptApp.AuthorizationStatus', 'Script.AuthorizationStatus'],
  ['Charts.ChartType', 'Charts.ChartType'],
  ['Charts.CurveStyle', 'Charts.CurveStyle'],
];

/**
 * Members Google's reference lists that @types/google-apps-script does not have yet:
 * https://developers.google.com/apps-script/reference/drive/permission lists FILE_ORGANIZER.
 */
const NEWER_IN_GOOGLE: Record<string, string[]> = { 'Drive.Permission': ['FILE_ORGANIZER'] };

describe('https://developers.google.com/apps-script/reference (enums)', () => {
  const google = readGoogleSurface(process.cwd());
  const seen = runScript(
    `function main() {
      var paths = ${JSON.stringify(ENUMS.map(([p]) => p))};
      var out = {};
      paths.forEach(function (p) {
        var parts = p.split('.');
        out[p] = Object.keys(globalThis[parts[0]][parts[1]]).sort();
      });
      return out;
    }`,
  ) as Record<string, string[]>;

  it.each(ENUMS)('%s has the members of Google’s %s', (path, ref) => {
    const [ns, name] = ref.split('.');
    const members = google.namespaces.get(ns)?.enums.get(name);
    expect(members?.length).toBeGreaterThan(0);
    expect(seen[path]).toEqual([...(members ?? []), ...(NEWER_IN_GOOGLE[ref] ?? [])].sort());
  });

  it('a member reads as its name, as String(member) does in Apps Script', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/border-style
    expect(
      runScript(
        `function main() {
          return [String(SpreadsheetApp.BorderStyle.SOLID_MEDIUM), String(FormApp.ItemType.CHECKBOX),
            String(ScriptApp.TriggerSource.CALENDAR), JSON.stringify(SpreadsheetApp.Direction.UP)];
        }`,
      ),
    ).toEqual(['SOLID_MEDIUM', 'CHECKBOX', 'CALENDAR', '"UP"']);
  });

  it('Calendar colours hold the values Google documents for setColor', () => {
    // https://developers.google.com/apps-script/reference/calendar/color: "Blue (#2952A3)".
    // https://developers.google.com/apps-script/reference/calendar/event-color: "Pale Blue ("1")".
    expect(
      runScript(
        `function main() {
          return [CalendarApp.Color.BLUE, CalendarApp.Color.TURQOISE,
            CalendarApp.EventColor.PALE_BLUE, CalendarApp.EventColor.RED];
        }`,
      ),
    ).toEqual(['#2952A3', '#1B887A', '1', '11']);
  });

  it('an enum cannot be changed by a script', () => {
    expect(
      runScript(
        `function main() {
          'use strict';
          try { SpreadsheetApp.BorderStyle.SOLID = 'x'; return 'changed'; }
          catch (e) { return SpreadsheetApp.BorderStyle.SOLID; }
        }`,
      ),
    ).toBe('SOLID');
  });
});
