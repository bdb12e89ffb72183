import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { uiLog } from '../../../emulator/spreadsheet';
import { runScript } from '../../../scripts/commands/workspace-commands';

/** `run-script --answer`: a person answers the script's dialogs, in order, for this run only. */

const SCRIPT = `
function main() {
  var name = Browser.inputBox('Nimesi?', Browser.Buttons.OK_CANCEL);
  var sure = SpreadsheetApp.getUi().alert('Tallennetaanko?', SpreadsheetApp.getUi().ButtonSet.YES_NO);
  Logger.log(name + ' ' + sure);
}`;

let dir: string;
let file: string;
let printed: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'answer-'));
  Workspace.init(dir, { start: '2026-01-05T08:00:00+02:00' }).save();
  file = path.join(dir, 'ask.js');
  fs.writeFileSync(file, SCRIPT);
  printed = [];
  jest.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
});

afterEach(() => jest.restoreAllMocks());

describe('etapaja run-script --answer', () => {
  it('answers the dialogs in order, with typed text after =', () => {
    runScript(file, { dir, answer: ['OK=Aino', 'no', 'YES'] });
    expect(printed.join('\n')).toContain('\tInfo\tAino NO');
    // The third answer was not used and is not kept for the next run.
    runScript(file, { dir });
    expect(uiLog(Workspace.open(dir).rt).at(-1)).toMatchObject({ kind: 'alert', response: 'YES' });
    expect(printed.join('\n')).toContain('\tInfo\t YES');
  });

  it('refuses a button no dialog has, naming the ones it has', () => {
    expect(() => runScript(file, { dir, answer: ['MAYBE'] })).toThrow(
      '--answer MAYBE: the button is one of OK, CANCEL, YES, NO, CLOSE',
    );
  });
});
