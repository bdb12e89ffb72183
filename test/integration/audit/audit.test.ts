import { spawnSync, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DRIVE_STORE, plantItem, plantPermission, type DriveStore } from '../../../emulator/drive';
import { applyUserEdit, readSheetValues } from '../../../emulator/spreadsheet/harness';
import { Workspace } from '../../../emulator/workspace';
import { auditWorkspace, type Finding } from '../../../scripts/commands/audit';
import { freshWorkspace, bundle } from '../../helpers/workspace';

/**
 * `etapaja audit` end to end: the built bundle sets up a workbook and makes the client folders
 * on the emulator; the audit reads them back through `googleapis` (Drive v3, Sheets v4) from
 * the emulator's REST server, as it reads real Google.
 */
// Each case builds a workbook with the bundle, or spawns Node: slower than jest's default 5 s.
jest.setTimeout(60_000);
const root = path.join(__dirname, '..', '..', '..');
const START = '2026-11-30T08:00:00+02:00';
const STRANGER = 'naapuri@gmail.example';
const FORMER = 'entinen.ohjaaja@etapaja.example';

function clientRows(ws: Workspace): Record<string, string>[] {
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), String(r[i])])));
}

/** Setup, the demo roster and the client folders, as a coach's first day leaves them. */
function enrolledWorkspace(dir = ''): Workspace {
  const ws = dir ? Workspace.init(dir, { start: START }) : freshWorkspace({ start: START });
  if (dir) ws.push('etapaja', bundle().code, bundle().manifest, 'Etäpaja');
  ws.call('setup');
  ws.call('loadDemoRoster');
  ws.call('ensureClientFolders');
  return ws;
}

/** A stranger on one client's folder, a file shared by link in another's. */
function plantLeaks(ws: Workspace): { strangerClient: string; linkClient: string; fileId: string } {
  const drive = ws.rt.store<DriveStore>(DRIVE_STORE.name);
  const [first, second] = clientRows(ws).filter((c) => c.Kansio !== '');
  plantPermission(drive, first.Kansio, STRANGER, 'viewer');
  const fileId = plantItem(drive, {
    kind: 'file',
    name: 'CV.pdf',
    owner: second['Sähköposti'],
    parents: [second.Kansio],
    mimeType: 'application/pdf',
    content: '%PDF-1.4',
    sharing: { access: 'ANYONE_WITH_LINK', permission: 'VIEW' },
  });
  return { strangerClient: first.Tunnus, linkClient: second.Tunnus, fileId };
}

const summary = (findings: Finding[]) =>
  findings.map((f) => ({ kind: f.kind, clientId: f.clientId, email: f.email, itemId: f.itemId }));

describe('etapaja audit (googleapis over the emulator REST server)', () => {
  it('a fresh enrolment has no findings, and every client folder was read', async () => {
    const ws = enrolledWorkspace();
    const report = await auditWorkspace(ws);
    expect(report.findings).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.checked.clients).toBe(clientRows(ws).length);
    expect(report.checked.folders).toBe(clientRows(ws).filter((c) => c.Kansio !== '').length);
    expect(report.coaches).toEqual([
      'anna.ohjaaja@etapaja.example',
      'mikko.ohjaaja@etapaja.example',
    ]);
    expect(report.workbookOwner).toBe('ohjaaja@kunta.example');
    // The ledger setup wrote matches the triggers the emulator's script store really holds.
    expect(report.triggerLedger).toEqual([
      {
        owner: 'ohjaaja@kunta.example',
        functions: ws
          .triggers()
          .filter((t) => t.owner === 'ohjaaja@kunta.example')
          .map((t) => t.functionName)
          .sort(),
        time: expect.any(String),
      },
    ]);
  });

  it('finds exactly the planted stranger and the file shared by link', async () => {
    const ws = enrolledWorkspace();
    const leak = plantLeaks(ws);
    const report = await auditWorkspace(ws);
    const stranger = clientRows(ws).find((c) => c.Tunnus === leak.strangerClient)!;
    expect(summary(report.findings)).toEqual([
      { kind: 'stranger', clientId: leak.strangerClient, email: STRANGER, itemId: stranger.Kansio },
      { kind: 'link-sharing', clientId: leak.linkClient, email: undefined, itemId: leak.fileId },
    ]);
    expect(report.findings[0].role).toBe('reader');
    expect(report.findings[1].path).toMatch(/\/CV\.pdf$/);
    expect(report.checked.files).toBe(1);
  });

  it('flags a closed client past retention and triggers of someone who is no longer a coach', async () => {
    const ws = enrolledWorkspace();
    const id = ws.meta.boundSpreadsheetId as string;
    const rows = clientRows(ws);
    const header = Object.keys(rows[0]);
    const col = (name: string) => String.fromCharCode(65 + header.indexOf(name));
    // Row 2 ended long ago and was closed; row 3 was closed without an end date.
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Jakso päättyy')}2`,
      value: '1.10.2024',
    });
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Jatkosopimus asti')}2`,
      value: '',
    });
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Tila')}2`,
      value: 'päättynyt',
    });
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Jakso päättyy')}3`,
      value: '',
    });
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Jatkosopimus asti')}3`,
      value: '',
    });
    applyUserEdit(ws.rt, id, 'Asiakkaat', {
      kind: 'set',
      a1: `${col('Tila')}3`,
      value: 'päättynyt',
    });
    // A coach who has since left ran setup once: the ledger row it wrote names its triggers,
    // which still run as that account. (Setup run as a second account also makes that account
    // a new root folder; the first test shows setup writing the ledger row itself.)
    const logRows = readSheetValues(ws.rt, id, 'Loki').length;
    const ledger = JSON.stringify({ owner: FORMER, functions: ['nightly', 'reminders'] });
    ['2026-06-01T06:00:00.000Z', 'info', 'triggers', '', 'Ajastukset', ledger].forEach((value, i) =>
      applyUserEdit(ws.rt, id, 'Loki', {
        kind: 'set',
        a1: `${String.fromCharCode(65 + i)}${logRows + 1}`,
        value: i === 0 ? `'${value}` : value,
      }),
    );
    const report = await auditWorkspace(ws);
    expect(summary(report.findings).map((f) => [f.kind, f.clientId ?? f.email])).toEqual([
      ['past-retention', rows[0].Tunnus],
      ['closed-without-end-date', rows[1].Tunnus],
      ['trigger-owner', FORMER],
    ]);
    expect(report.findings[0].detail).toContain('2026-10-01');
    // Retention is measured in the workbook's days: on 30.9.2026 the client is still kept.
    const before = await auditWorkspace(ws, { today: '2026-09-30' });
    expect(before.findings.map((f) => f.kind)).not.toContain('past-retention');
  });

  describe('through the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-audit-'));
    beforeAll(() => {
      execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
        cwd: root,
      });
      const ws = enrolledWorkspace(path.join(dir, 'ws'));
      plantLeaks(ws);
      ws.save();
    });
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('`etapaja audit --json` reports the leaks and exits with status 2', () => {
      const run = spawnSync(
        process.execPath,
        [
          path.join(root, 'scripts', 'etapaja.js'),
          'audit',
          '--json',
          '--dir',
          path.join(dir, 'ws'),
        ],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(2);
      const report = JSON.parse(run.stdout);
      expect(report.findings.map((f: Finding) => f.kind)).toEqual(['stranger', 'link-sharing']);
      expect(report.findings[0].email).toBe(STRANGER);
    });

    it('the human report names each finding', () => {
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'scripts', 'etapaja.js'), 'audit', '--dir', path.join(dir, 'ws')],
        { cwd: root, encoding: 'utf8' },
      );
      expect(run.stdout).toContain('2 finding(s):');
      expect(run.stdout).toContain(`[stranger]`);
      expect(run.stdout).toContain(STRANGER);
    });
  });
});
