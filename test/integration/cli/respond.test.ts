import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { FORMS_STORE, type FormsStore } from '../../../emulator/forms';

/**
 * `etapaja respond` as a person runs it: a client answers through the link the product sends
 * them; someone else answers with a token they guessed. Only the first reaches a client's row.
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

function reflections(dir: string): Record<string, unknown>[] {
  const ws = Workspace.open(dir);
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Päiväkirjat',
  );
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

interface Responded {
  submittedAt: string;
  recordedBy: { functionName: string; at: string } | null;
}

/**
 * The form trigger only queues a response; the next recording run writes its row: the hourly
 * `reminders` (or the nightly, should it come first), which `respond` names. Moves the
 * workspace's clock to that run, as time passing would.
 */
function passNextHourlyRun(dir: string, out: Responded): void {
  expect(['reminders', 'nightly']).toContain(out.recordedBy?.functionName);
  const { functionName, at } = out.recordedBy as { functionName: string; at: string };
  // The next run falls in the coming hour, anywhere inside it (as Apps Script runs an hourly
  // trigger): never more than two hours after the submission.
  expect(Date.parse(at) - Date.parse(out.submittedAt)).toBeLessThan(2 * 3_600_000);
  const advanced = JSON.parse(etapaja('advance', '--to', at, '--dir', dir, '--json')) as {
    executions: { functionName: string; status: string }[];
  };
  expect(advanced.executions).toContainEqual(
    expect.objectContaining({ functionName, status: 'completed' }),
  );
  for (const e of advanced.executions) expect(e).toMatchObject({ status: 'completed' });
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
});

describe('etapaja respond', () => {
  const ws = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-respond-')), 'ws');

  beforeAll(() => {
    etapaja('init', '--dir', ws);
    etapaja('call', 'loadDemoRoster', '--dir', ws);
    // Tokens for the clients imported after setup.
    etapaja('call', 'setupParticipation', '--dir', ws);
  });

  it("a client's answer, sent through their own link, lands on their row by the next hourly run", () => {
    const out = JSON.parse(
      etapaja(
        ...['respond', '--client', 'A0001', '--date', '2026-11-30', '--hours', '5'],
        ...['--went', '4', '--did', 'Kirjoitin', '--thoughts', '=SUM(1)', '--to-coach', 'Hei'],
        ...['--wish', 'Lisää ulkotöitä', '--dir', ws, '--json'],
      ),
    );
    expect(out).toMatchObject({ via: 'link', clientId: 'A0001', date: '2026-11-30' });
    // The form-submit trigger fired within the command, as Forms fires it within seconds; it
    // only queues the response, and the command names the run that will record it.
    expect(out.executions).toEqual([{ functionName: 'onReflectionSubmit', status: 'completed' }]);
    expect(reflections(ws).filter((r) => r.Vastaus === out.responseId)).toEqual([]);
    passNextHourlyRun(ws, out);
    const rows = reflections(ws).filter((r) => r.Vastaus === out.responseId);
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row).toMatchObject({
      Asiakas: 'A0001',
      Tunnistettu: 'oma linkki',
      Vointi: '4',
      'Tehdyt tehtävät': 'Kirjoitin',
      Huomiot: '',
    });
    expect(String(row.Kirjoitus).split('\n')).toEqual([
      '=SUM(1)',
      'Tunnit: 5',
      'Ohjaajalle: Hei',
      'Toive: Lisää ulkotöitä',
    ]);
  });

  it('a forged token lands in the review list only, never on a client row', () => {
    const before = reflections(ws).filter((r) => r.Asiakas !== '').length;
    const out = JSON.parse(
      etapaja(
        ...['respond', '--token', '123e4567-e89b-42d3-a456-426614174000', '--date', '2026-11-30'],
        ...['--thoughts', 'Olen A0001', '--dir', ws, '--json'],
      ),
    );
    expect(out.via).toBe('token');
    passNextHourlyRun(ws, out);
    const rows = reflections(ws);
    const row = rows.find((r) => r.Vastaus === out.responseId)!;
    expect(row).toMatchObject({ Asiakas: '', Tunnistettu: 'tarkistettava' });
    expect(String(row.Huomiot)).not.toBe('');
    expect(rows.filter((r) => r.Asiakas !== '').length).toBe(before);
  });

  it("replaying a client's real token is their answer: the token is the credential", () => {
    const state = Workspace.open(ws);
    const forms = (state.rt.stores[FORMS_STORE.name] as FormsStore).forms;
    const token = Object.values(forms)
      .flatMap((f) => f.responses)
      .flatMap((r) => r.answers)
      .map((a) => String(a.value))
      .find((v) => /^[0-9a-f]{8}-[0-9a-f-]{27}$/.test(v))!;
    const out = JSON.parse(etapaja('respond', '--token', token, '--dir', ws, '--json'));
    passNextHourlyRun(ws, out);
    const row = reflections(ws).find((r) => r.Vastaus === out.responseId)!;
    expect(row).toMatchObject({ Asiakas: 'A0001', Tunnistettu: 'oma linkki' });
  });

  it('refuses an unknown client and a missing or doubled identity, with a clear message', () => {
    expect(() => etapaja('respond', '--client', 'A9999', '--dir', ws)).toThrow(
      /No reflection link for A9999/,
    );
    expect(() => etapaja('respond', '--dir', ws)).toThrow(/exactly one of --client/);
    expect(() => etapaja('respond', '--client', 'A0001', '--token', 'x', '--dir', ws)).toThrow(
      /exactly one of --client/,
    );
    expect(() => etapaja('respond', '--client', 'A0001', '--went', '9', '--dir', ws)).toThrow(
      /Bad --went/,
    );
  });
});
