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

  it("a client's answer, sent through their own link, lands on their row at once", () => {
    const out = JSON.parse(
      etapaja(
        ...['respond', '--client', 'A0001', '--date', '2026-11-30', '--hours', '5'],
        ...['--went', '4', '--did', 'Kirjoitin', '--thoughts', '=SUM(1)', '--to-coach', 'Hei'],
        ...['--wish', 'Lisää ulkotöitä', '--dir', ws, '--json'],
      ),
    );
    expect(out).toMatchObject({ via: 'link', clientId: 'A0001', date: '2026-11-30' });
    // The form-submit trigger fired within the command, as Forms fires it within seconds.
    expect(out.executions).toEqual([{ functionName: 'onReflectionSubmit', status: 'completed' }]);
    const row = reflections(ws).find((r) => r.Vastaus === out.responseId)!;
    expect(row).toMatchObject({
      Asiakas: 'A0001',
      Tunnistettu: 'token',
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
    const rows = reflections(ws);
    const row = rows.find((r) => r.Vastaus === out.responseId)!;
    expect(row).toMatchObject({ Asiakas: '', Tunnistettu: 'review' });
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
    const row = reflections(ws).find((r) => r.Vastaus === out.responseId)!;
    expect(row).toMatchObject({ Asiakas: 'A0001', Tunnistettu: 'token' });
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
