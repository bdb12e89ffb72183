import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';

/** `npm start` runs this: the demo must work end to end and leave readable mail behind. */
const root = path.join(__dirname, '..', '..', '..');

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
});

// The demo alone takes about 50 s on an idle 2-core machine; other suites share the cores.
jest.setTimeout(300_000);

describe('etapaja demo', () => {
  it('sets up, enrols, plans and runs two weeks, and says where to look', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-demo-')), 'demo');
    const run = (...args: string[]) =>
      execFileSync(
        process.execPath,
        [path.join(root, 'scripts', 'etapaja.js'), 'demo', '--dir', dir, ...args],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
    const summary = JSON.parse(run('--json'));
    expect(summary.steps.map((s: { status: string }) => s.status)).toEqual([
      'completed',
      'completed',
      'completed',
    ]);
    expect(summary.failedRuns).toBe(0);
    expect(summary.mailsByKind.weekly).toBeGreaterThanOrEqual(22);
    expect(summary.mailsByKind.welcome).toBe(22);
    expect(summary.mailsByKind.reminder).toBeGreaterThan(0);
    // Clients answer through their mail's link; the hourly runs write every answer once.
    expect(summary.reflections.sent).toBeGreaterThan(50);
    expect(summary.reflections.failed).toBe(0);
    expect(summary.reflections.recorded).toBe(summary.reflections.sent);

    // The mails themselves, as any mail client reads them.
    const emls = fs.readdirSync(path.join(dir, 'mail')).filter((f) => f.endsWith('.eml'));
    expect(emls.length).toBe(summary.mails);
    const weekly = [];
    for (const file of emls) {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, 'mail', file)));
      if (String(mail.html).includes('data-etapaja-kind="weekly"')) weekly.push(mail);
    }
    expect(weekly.length).toBe(summary.mailsByKind.weekly);
    for (const mail of weekly) {
      const to = Array.isArray(mail.to) ? mail.to : [mail.to];
      expect(to.flatMap((a) => a?.value ?? [])).toHaveLength(1);
      expect(mail.text).toBeTruthy();
    }
    // Client folders are real folders on disk.
    expect(fs.readdirSync(path.join(dir, 'drive')).length).toBeGreaterThan(0);

    // The human summary names the places to look, and a second demo starts afresh.
    const human = run();
    expect(human).toContain(path.join(dir, 'mail'));
    expect(human).toMatch(
      /simulated time: 2026-11-26 09:00 → 2026-12-10 \d\d:\d\d \(Europe\/Helsinki\)/,
    );
  });
});
