import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { FORMS_STORE, type FormsStore } from '../../../emulator/forms';
import { benchRosterCsv } from '../../../scripts/bench/roster';
import { LOCK_FILE } from '../../../scripts/commands/workspace-lock';

/**
 * Two writing commands on one workspace at the same time, started together in both orders:
 * the workspace lock makes the second wait for the first, so neither loses the other's change
 * (issue 14: an `advance` used to save over an `import-clients`, a `respond` and a rotated token).
 */
const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'scripts', 'etapaja.js');

function etapaja(...args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts both at once; `delayMs` later for the second, so each order is tried. */
async function together(first: string[], second: string[], delayMs: number): Promise<Ran[]> {
  const a = start(first);
  await new Promise((r) => setTimeout(r, delayMs));
  const b = start(second);
  return Promise.all([a, b]);
}

function clientsSheet(dir: string): Record<string, unknown>[] {
  const ws = Workspace.open(dir);
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

const tokenOf = (dir: string, id: string) =>
  clientsSheet(dir).find((c) => c['Asiakasnumero'] === id || Object.values(c)[0] === id)?.[
    'Lomaketunniste'
  ];

function responses(dir: string): number {
  const forms = Workspace.open(dir).rt.store<FormsStore>(FORMS_STORE.name).forms;
  return Object.values(forms).reduce(
    (n, f) => n + ((f as { responses?: unknown[] }).responses?.length ?? 0),
    0,
  );
}

const clockOf = (dir: string) => Workspace.open(dir).now();

// Each round starts two commands of a few seconds each, on a shared CPU.
jest.setTimeout(300_000);

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
});

describe('one writer at a time', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-lock-'));
  const ws = path.join(tmp, 'ws');
  let hour = Date.parse('2026-11-30T09:00:00+02:00');
  const nextHour = () => new Date((hour += 3_600_000)).toISOString();

  beforeAll(() => {
    etapaja('init', '--dir', ws);
    etapaja('call', 'loadDemoRoster', '--dir', ws);
    etapaja('call', 'setupParticipation', '--dir', ws);
  });

  it('advance and call rotateReflectionToken, together in both orders, keep both changes', async () => {
    for (let round = 0; round < 4; round++) {
      const id = `A000${round + 1}`;
      const before = tokenOf(ws, id);
      expect(before).toBeTruthy();
      const to = nextHour();
      const advance = ['advance', '--to', to, '--dir', ws];
      const rotate = ['call', 'rotateReflectionToken', JSON.stringify([id]), '--dir', ws];
      const ran =
        round % 2 ? await together(rotate, advance, 0) : await together(advance, rotate, 0);
      for (const r of ran) expect(r).toMatchObject({ code: 0 });
      expect(tokenOf(ws, id)).not.toBe(before);
      expect(clockOf(ws)).toBeGreaterThanOrEqual(Date.parse(to));
    }
  });

  it('advance and import-clients, together in both orders, keep both changes', async () => {
    for (let round = 0; round < 4; round++) {
      const email = `lock.round${round}@asiakas.example`;
      const csv = benchRosterCsv(1, '2026-11-30').csv.replace(/[\w.]+@asiakas\.example/, email);
      const file = path.join(tmp, `roster-${round}.csv`);
      fs.writeFileSync(file, csv);
      const to = nextHour();
      const advance = ['advance', '--to', to, '--dir', ws];
      const load = ['import-clients', file, '--dir', ws];
      const ran = round % 2 ? await together(load, advance, 30) : await together(advance, load, 30);
      for (const r of ran) expect(r).toMatchObject({ code: 0 });
      expect(clientsSheet(ws).some((c) => Object.values(c).includes(email))).toBe(true);
      expect(clockOf(ws)).toBeGreaterThanOrEqual(Date.parse(to));
    }
  });

  it('advance and respond, together in both orders, keep both changes', async () => {
    for (let round = 0; round < 4; round++) {
      const before = responses(ws);
      const to = nextHour();
      const advance = ['advance', '--to', to, '--dir', ws];
      const answer = ['respond', '--client', 'A0005', '--hours', '5', '--did', `kierros ${round}`];
      const ran =
        round % 2
          ? await together([...answer, '--dir', ws], advance, 0)
          : await together(advance, [...answer, '--dir', ws], 0);
      for (const r of ran) expect(r).toMatchObject({ code: 0 });
      expect(responses(ws)).toBe(before + 1);
      expect(clockOf(ws)).toBeGreaterThanOrEqual(Date.parse(to));
    }
  });

  it('a busy workspace: the second waits its bounded time, then names the holder plainly', async () => {
    // A live process holds the lock: this very test process.
    const lock = path.join(ws, LOCK_FILE);
    fs.writeFileSync(
      lock,
      JSON.stringify({
        pid: process.pid,
        host: os.hostname(),
        command: 'etapaja advance',
        since: '2026-12-04T10:00:00.000Z',
        token: 'held-by-test',
      }),
    );
    try {
      const ran = await start(['call', 'rotateReflectionToken', '["A0001"]', '--dir', ws], {
        ETAPAJA_LOCK_WAIT: '1',
      });
      expect(ran.code).toBe(1);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain(
        `The workspace ${ws} is in use by "etapaja advance" (pid ${process.pid}) since 2026-12-04T10:00:00.000Z. Waited 1 s.`,
      );
    } finally {
      fs.rmSync(lock, { force: true });
    }
  });

  it('a lock left by a process that died is taken over', () => {
    const lock = path.join(ws, LOCK_FILE);
    // A pid that does not run: a child that has already exited.
    const dead = execFileSync(
      process.execPath,
      ['-e', 'process.stdout.write(String(process.pid))'],
      {
        encoding: 'utf8',
      },
    );
    fs.writeFileSync(
      lock,
      JSON.stringify({
        pid: Number(dead),
        host: os.hostname(),
        command: 'etapaja advance',
        since: '',
      }),
    );
    expect(JSON.parse(etapaja('call', 'rotateReflectionToken', '["A0002"]', '--dir', ws))).toBe(
      true,
    );
    expect(fs.existsSync(lock)).toBe(false);
  });
});
