import { shareSpreadsheet } from '../../../emulator/spreadsheet';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet';
import { outbox } from '../../../emulator/mail';

const SCRIPT = `
function writeAndMail() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Log');
  sheet.getRange(1, 1, 1, 2).setValues([[new Date(), 'hello']]);
  MailApp.sendEmail('aino@example.fi', 'Päivää', 'Tekstiä ääkkösin');
  return Session.getActiveUser().getEmail();
}
function installDaily() {
  ScriptApp.newTrigger('tick').timeBased().everyDays(1).atHour(7).inTimezone('Europe/Helsinki').create();
}
function tick(e) {
  var props = PropertiesService.getScriptProperties();
  var n = Number(props.getProperty('ticks') || '0') + 1;
  props.setProperty('ticks', String(n));
  props.setProperty('last-trigger', e.triggerUid);
}
function readTicks() { return PropertiesService.getScriptProperties().getProperty('ticks'); }
function swallowCrash() {
  try { for (var i = 0; i < 10; i++) MailApp.sendEmail('a@example.fi', 's' + i, 'b'); } catch (err) { return 'caught'; }
  return 'done';
}
`;

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-ws-'));
}

describe('Workspace', () => {
  it("starts every execution with the script's globals fresh, as Apps Script does", () => {
    // Code relies on it: per-execution memos (e.g. the send log's end in src/workbook/table.ts).
    const ws = Workspace.init('', { start: '2026-03-02T08:00:00+02:00' });
    ws.push('g', 'var count = 0;\nfunction bump() { count += 1; return count; }', {
      timeZone: 'Europe/Helsinki',
    });
    expect(ws.run('g', 'bump').value).toBe(1);
    expect(ws.run('g', 'bump').value).toBe(1);
  });

  it('runs a project in a vm, survives save and reopen, and writes mail as .eml', () => {
    const dir = tempDir();
    const ws = Workspace.init(dir, { start: '2026-03-02T08:00:00+02:00' });
    ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
    // Only editors of the workbook run its code.
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, 'coach@kunta.example');
    const result = ws.run('p', 'writeAndMail', [], { user: 'coach@kunta.example' });
    expect(result.error).toBeUndefined();
    expect(result.value).toBe('coach@kunta.example');
    expect(result.execution.calls.MailApp).toBe(1);
    ws.save();

    const reopened = Workspace.open(dir);
    const values = readSheetValues(
      reopened.rt.store('spreadsheet') as never,
      reopened.meta.boundSpreadsheetId as string,
      'Log',
    );
    expect(Object.prototype.toString.call(values[0][0])).toBe('[object Date]');
    expect(values[0][1]).toBe('hello');
    expect(reopened.now()).toBe(ws.now());
    const emls = fs.readdirSync(path.join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(1);
    expect(outbox(reopened.rt.store('mail') as never)).toHaveLength(1);
  });

  it('fires a daily trigger once a day inside its hour, each run its own execution', () => {
    const ws = Workspace.init('', { start: '2026-03-02T08:00:00+02:00' });
    ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
    ws.call('installDaily', [], { projectId: 'p' });
    const runs = ws.advance(Date.parse('2026-03-06T00:00:00+02:00'));
    expect(runs.map((r) => r.execution.functionName)).toEqual(['tick', 'tick', 'tick']);
    for (const run of runs) {
      const local = new Date(run.execution.startedAt + 2 * 3600_000).toISOString();
      expect(local.slice(11, 13)).toBe('07');
      expect(run.execution.triggerId).toBeDefined();
    }
    expect(ws.call('readTicks', [], { projectId: 'p' })).toBe('3');
  });

  it('a crash cannot be swallowed by the script: the execution ends as crashed', () => {
    const ws = Workspace.init('', { start: '2026-03-02T08:00:00+02:00', faults: 'crash-at=3' });
    ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
    const result = ws.run('p', 'swallowCrash');
    expect(result.execution.status).toBe('crashed');
    expect(outbox(ws.rt.store('mail') as never).length).toBeLessThan(3);
  });

  it('says which function is missing', () => {
    const ws = Workspace.init('', {});
    ws.push('p', SCRIPT, {});
    expect(ws.run('p', 'nope').error?.message).toBe('Script function not found: nope');
  });

  it('refuses a workspace written by a newer emulator', () => {
    const dir = tempDir();
    const ws = Workspace.init(dir, {});
    ws.save();
    const file = path.join(dir, 'state.json');
    const state = JSON.parse(fs.readFileSync(file, 'utf8'));
    state.version = 99;
    fs.writeFileSync(file, JSON.stringify(state));
    expect(() => Workspace.open(dir)).toThrow('written by a newer emulator');
  });
});
