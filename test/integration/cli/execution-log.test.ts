import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { advance, runScript } from '../../../scripts/commands/workspace-commands';

/**
 * `run-script`, `call` and `advance` print each execution's log as the Apps Script editor's
 * execution log does: time (project zone), level, message.
 * https://developers.google.com/apps-script/guides/logging
 */

const SCRIPT = `
function main() {
  console.log('rows: %s', 3);
  console.warn('one row has no email');
  Logger.log('done at %s', new Date(2026, 0, 5, 9, 30));
  console.error('third line');
}
function broken() {
  console.info('before');
  throw new Error('no sheet called Orders');
}
function installTick() {
  ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
}
function tick() { console.log('tick'); }
`;

let dir: string;
let file: string;
let printed: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-log-'));
  const ws = Workspace.init(dir, { start: '2026-01-05T08:00:00+02:00' });
  ws.save();
  file = path.join(dir, 'orders.js');
  fs.writeFileSync(file, SCRIPT);
  printed = [];
  jest.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
});

afterEach(() => jest.restoreAllMocks());

describe('the execution log on the command line', () => {
  it('run-script prints time, level and message of every console and Logger line', () => {
    runScript(file, { dir, function: 'main' });
    const lines = printed.join('\n').split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '8:00:00 AM\tNotice\tExecution started',
      '8:00:00 AM\tInfo\trows: 3',
      '8:00:00 AM\tWarning\tone row has no email',
      '8:00:00 AM\tInfo\tdone at Mon Jan 05 2026 09:30:00 GMT+0200 (Eastern European Standard Time)',
      '8:00:00 AM\tError\tthird line',
      '8:00:00 AM\tNotice\tExecution completed',
    ]);
    expect(lines).toContain('main: completed');
  });

  it("a failed execution ends with its error, as the editor's log does", () => {
    runScript(file, { dir, function: 'broken' });
    process.exitCode = 0;
    // The error's name and message, then the script's own frames (`broken @ Code.gs:22`).
    expect(printed.join('\n').split('\n').slice(0, 4)).toEqual([
      '8:00:00 AM\tNotice\tExecution started',
      '8:00:00 AM\tInfo\tbefore',
      '8:00:00 AM\tError\tError: no sheet called Orders',
      expect.stringMatching(/^ {4}broken\t@ Code\.gs:\d+$/),
    ]);
  });

  it('--quiet hides the log and --json includes it', () => {
    runScript(file, { dir, function: 'main', quiet: true });
    expect(printed.join('\n')).not.toContain('Execution started');
    printed = [];
    runScript(file, { dir, function: 'main', json: true });
    const summary = JSON.parse(printed.join('\n')) as { log: { level: string; time: string }[] };
    expect(summary.log.map((l) => l.level)).toEqual([
      'Notice',
      'Info',
      'Warning',
      'Info',
      'Error',
      'Notice',
    ]);
  });

  it("advance prints each trigger execution's lines under it", () => {
    runScript(file, { dir, function: 'installTick', quiet: true });
    printed = [];
    advance({ dir, to: '2026-01-05T10:30' });
    const text = printed.join('\n');
    expect(text).toMatch(/tick +completed\n +\d{1,2}:\d\d:\d\d [AP]M\tInfo\ttick/);
  });
});
