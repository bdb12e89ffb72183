import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { pushBundle } from '../../../scripts/commands/common';
import { startServer, type RunningServer } from '../../../scripts/serve/server';

/**
 * `etapaja serve` beside other commands on the same workspace folder: it reads the saved state
 * before each request and writes under the workspace lock, so a token rotated by
 * `etapaja call rotateReflectionToken` while serve runs stays rotated. And who calls a server
 * function is decided by the session serve gave the page, never by the Referer header.
 */
const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'scripts', 'etapaja.js');

function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

const sessionOf = (html: string) => /data-session="([^"]+)"/.exec(html)?.[1] ?? '';

function run(server: RunningServer, fn: string, args: unknown[], headers: Record<string, string>) {
  return request(`${server.url}/__etapaja/run`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Etapaja-Run': '1', ...headers },
    body: JSON.stringify({ fn, args }),
  }).then((r) => ({ status: r.status, answer: r.status === 200 ? JSON.parse(r.body) : r.body }));
}

function tokenOnDisk(dir: string, id: string): unknown {
  const ws = Workspace.open(dir);
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  const row = rows.find((r) => r.includes(id)) ?? [];
  return row[header.indexOf('Lomaketunniste')];
}

jest.setTimeout(120_000);

describe('etapaja serve with other commands on the same workspace', () => {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-serve-')), 'ws');
  let server: RunningServer;

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
      cwd: root,
    });
    const ws = Workspace.init(dir, { start: '2026-11-26T09:00:00+02:00' });
    pushBundle(ws);
    ws.call('setup', [{ lang: 'fi' }]);
    ws.call('loadDemoRoster');
    ws.call('setupParticipation');
    ws.save();
    server = await startServer({ dir, port: 0 });
  });
  afterAll(() => server.close());

  it('a token rotated by another command while serve runs stays rotated', async () => {
    const page = await request(`${server.url}/`);
    const coach = { 'X-Etapaja-Session': sessionOf(page.body) };
    const before = tokenOnDisk(dir, 'A0001');
    expect(typeof before).toBe('string');

    execFileSync(
      process.execPath,
      [cli, 'call', 'rotateReflectionToken', '["A0001"]', '--dir', dir],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const rotated = tokenOnDisk(dir, 'A0001');
    expect(rotated).not.toBe(before);

    // Requests that write (the sidebar page, a server function) save serve's state again.
    expect((await request(`${server.url}/`)).status).toBe(200);
    const link = await run(server, 'reflectionLink', ['A0001', '2026-11-30'], coach);
    expect(link.answer).toMatchObject({ ok: true });
    expect(String(link.answer.value)).toContain(String(rotated));
    expect(String(link.answer.value)).not.toContain(String(before));
    expect(tokenOnDisk(dir, 'A0001')).toBe(rotated);
    expect(fs.existsSync(path.join(dir, '.lock'))).toBe(false);
  });

  it('decides who calls from the session it gave the page, never from the Referer', async () => {
    // No session: refused, whatever the Referer says.
    for (const referer of [undefined, `${server.url}/`, `${server.url}/exec`]) {
      const headers: Record<string, string> = referer ? { Referer: referer } : {};
      expect((await run(server, 'sidebarClient', ['A0001'], headers)).status).toBe(403);
      expect(
        (
          await run(server, 'sidebarClient', ['A0001'], {
            ...headers,
            'X-Etapaja-Session': 'guess',
          })
        ).status,
      ).toBe(403);
    }
    // The web app's page gets a session of the public web app: coach-only functions refuse it,
    // even when the Referer claims to be the sidebar.
    const upload = await request(`${server.url}/exec`);
    const publicSession = sessionOf(upload.body);
    expect(publicSession).not.toBe('');
    const asPublic = await run(server, 'sidebarClient', ['A0001'], {
      'X-Etapaja-Session': publicSession,
      Referer: `${server.url}/`,
    });
    expect(asPublic.answer).toMatchObject({ ok: false });
    // The sidebar's session is the coach's.
    const coach = sessionOf((await request(`${server.url}/`)).body);
    const asCoach = await run(server, 'sidebarClient', ['A0001'], { 'X-Etapaja-Session': coach });
    expect(asCoach.answer).toMatchObject({ ok: true, value: { id: 'A0001' } });
  });

  it('answers "Script function not found" for names that are not the script\'s functions', async () => {
    const coach = { 'X-Etapaja-Session': sessionOf((await request(`${server.url}/`)).body) };
    for (const fn of [
      'constructor',
      'toString',
      '__proto__',
      'hasOwnProperty',
      'MailApp',
      'Etapaja',
    ])
      expect((await run(server, fn, [], coach)).answer).toEqual({
        ok: false,
        error: { name: 'ScriptError', message: `Script function not found: ${fn}` },
      });
  });
  it('a google.script.run payload over the assumed 50 MB is refused and runs nothing', async () => {
    const coach = { 'X-Etapaja-Session': sessionOf((await request(`${server.url}/`)).body) };
    const before = server.workspace.rt.store<{ executions: unknown[] }>('script').executions.length;
    // The server answers 413; the client may see the connection closed first, while it is
    // still sending. Either way nothing runs.
    const outcome = await request(`${server.url}/__etapaja/run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Etapaja-Run': '1', ...coach },
      body: JSON.stringify({ fn: 'sidebarClient', args: ['x'.repeat(50 * 1024 * 1024)] }),
    }).then(
      (r) => r.status,
      () => 'closed',
    );
    expect([413, 'closed']).toContain(outcome);
    const after = Workspace.open(dir).rt.store<{ executions: unknown[] }>('script').executions;
    expect(after.length).toBe(before);
  });
});
