import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';

/**
 * The `etapaja` command as a person runs it: the built CLI over a workspace folder that
 * survives between commands.
 */
const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'scripts', 'etapaja.js');
const fixture = path.join(root, 'test', 'fixtures', 'scripts', 'send-per-row.js');

function etapaja(...args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

// Each test runs the CLI a few times as a child process, on a CPU shared with other work.
jest.setTimeout(60_000);

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
});

describe('etapaja command line', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-cli-'));
  const ws = path.join(dir, 'ws');

  it('init makes a workspace and runs the add-on setup', () => {
    const out = JSON.parse(etapaja('init', '--dir', ws, '--json'));
    expect(out.dir).toBe(ws);
    expect(fs.existsSync(path.join(ws, 'state.json'))).toBe(true);
  });

  // Three CLI processes in a row: give them time on a busy machine.
  it('run-script runs an ordinary Apps Script unchanged: one mail per row, status written back', async () => {
    etapaja('run-script', fixture, '--function', 'makeMailingSheet', '--dir', ws);
    const first = JSON.parse(
      etapaja('run-script', fixture, '--function', 'sendPerRow', '--dir', ws, '--json'),
    );
    expect(first.status).toBe('completed');
    expect(first.value).toBe(3);
    expect(first.calls).toEqual({ SpreadsheetApp: 6, MailApp: 2 });
    // --json carries the execution log as the editor shows it (time in the project's zone).
    expect(first.log.map((l: { level: string; message: string }) => [l.level, l.message])).toEqual([
      ['Notice', 'Execution started'],
      ['Info', 'Sent 3 mails'],
      ['Notice', 'Execution completed'],
    ]);
    // A second run finds the status column written and sends nothing more.
    const second = JSON.parse(
      etapaja('run-script', fixture, '--function', 'sendPerRow', '--dir', ws, '--json'),
    );
    expect(second.calls.MailApp).toBeUndefined();

    const emls = fs.readdirSync(path.join(ws, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(emls).toHaveLength(2);
    const parsed = await Promise.all(
      emls.map((f) => simpleParser(fs.readFileSync(path.join(ws, 'mail', f)))),
    );
    expect(parsed.map((m) => m.subject).sort()).toEqual(['Hello Aino', 'Hello Bertil']);
  }, 30_000);

  it('export writes every file the brief lists', () => {
    const out = path.join(dir, 'out');
    etapaja('export', '--dir', ws, '--out', out);
    for (const file of [
      'outbox.json',
      'drive.json',
      'triggers.json',
      'calendar.json',
      'calls.json',
    ]) {
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
    const csv = fs.readFileSync(path.join(out, 'sheets', 'Mailing.csv'), 'utf8');
    expect(csv.split(/\r?\n/)).toEqual([
      'Email,Name,Status',
      'aino@example.fi,Aino,SENT',
      'bertil@example.fi,Bertil,SENT',
      'chris@example.fi,Chris,SENT',
    ]);
    const outbox = JSON.parse(fs.readFileSync(path.join(out, 'outbox.json'), 'utf8'));
    expect(outbox).toHaveLength(2);
    expect(Object.keys(outbox[0]).sort()).toEqual(
      [
        'bcc',
        'cc',
        'clientId',
        'id',
        'kind',
        'links',
        'replyTo',
        'sentAt',
        'subject',
        'to',
        'week',
      ].sort(),
    );
    const triggers = JSON.parse(fs.readFileSync(path.join(out, 'triggers.json'), 'utf8'));
    expect(triggers.map((t: { functionName: string }) => t.functionName)).toEqual(
      expect.arrayContaining(['weeklyDispatch', 'reminders', 'nightly']),
    );
  });

  it('advance moves the clock and reports the trigger runs', () => {
    const out = JSON.parse(etapaja('advance', '--to', '2026-12-01T00:00', '--dir', ws, '--json'));
    expect(out.now).toBe('2026-11-30T22:00:00.000Z');
    expect(out.executions.length).toBeGreaterThan(0);
    expect(out.executions.every((e: { triggerId?: string }) => e.triggerId)).toBe(true);
  });

  it('call returns a server function result as JSON, and --faults replays a failure', () => {
    const good = etapaja('call', 'setup', '--dir', ws);
    expect(JSON.parse(good)).toHaveProperty('triggersCreated', []);
    expect(() => etapaja('call', 'setup', '--dir', ws, '--faults', 'all=1,seed=3')).toThrow();
  });
});
