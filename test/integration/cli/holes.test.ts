import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseInstant } from '../../../scripts/commands/common';

/**
 * Smaller holes of issue 14, tried as a person would from the command line: names that are not
 * the script's functions, impossible dates, a damaged state.json and a save that failed.
 */
const root = path.join(__dirname, '..', '..', '..');
const cli = path.join(root, 'scripts', 'etapaja.js');

function etapaja(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

jest.setTimeout(120_000);

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
});

describe('etapaja: smaller holes', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-holes-'));
  const ws = path.join(tmp, 'ws');
  beforeAll(() => expect(etapaja('init', '--dir', ws).code).toBe(0));

  it('call answers "Script function not found" for anything but the script\'s own functions', () => {
    for (const fn of [
      'constructor',
      'toString',
      '__proto__',
      'valueOf',
      'MailApp',
      'Etapaja',
      'x_',
    ]) {
      const r = etapaja('call', fn, '--dir', ws);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`Script function not found: ${fn}`);
    }
    expect(etapaja('call', 'reflectionLink', '["A0001","2026-11-30"]', '--dir', ws).code).toBe(0);
  });

  it('advance --to refuses impossible dates instead of rolling over', () => {
    const before = fs.readFileSync(path.join(ws, 'state.json'), 'utf8');
    for (const to of [
      '2026-12-32',
      '2027-13-01',
      '2026-02-30',
      '2026-12-01T24:00',
      '1.12.2026',
      'tomorrow',
    ]) {
      const r = etapaja('advance', '--to', to, '--dir', ws);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Bad --to: ${to}`);
    }
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'state.json'), 'utf8')).clockMs).toBe(
      JSON.parse(before).clockMs,
    );
  });

  it('a damaged state.json is named, with what is wrong and how to recover', () => {
    const copy = path.join(tmp, 'damaged');
    fs.cpSync(ws, copy, { recursive: true });
    const file = path.join(copy, 'state.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 500));
    const r = etapaja('advance', '--to', '2026-12-01', '--dir', copy);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`The workspace state ${file} is damaged: it is not valid JSON`);
    expect(r.stderr).toContain(`copy ${path.join(copy, 'state.prev.json')}`);
    // Following the advice brings the workspace back.
    fs.copyFileSync(path.join(copy, 'state.prev.json'), file);
    expect(etapaja('advance', '--to', '2026-12-01', '--dir', copy).code).toBe(0);

    fs.writeFileSync(file, JSON.stringify({ format: 'etapaja-emulator-workspace', version: 1 }));
    expect(etapaja('call', 'setup', '--dir', copy).stderr).toContain(
      `${file} is damaged: it has no clockMs, meta, stores`,
    );
  });

  it('a command that could not save says so, with a non-zero exit and no success output', () => {
    const copy = path.join(tmp, 'unsavable');
    fs.cpSync(ws, copy, { recursive: true });
    // Drive's files cannot be written: a file stands where its folder should be.
    fs.rmSync(path.join(copy, 'drive'), { recursive: true, force: true });
    fs.writeFileSync(path.join(copy, 'drive'), 'not a folder');
    const before = fs.readFileSync(path.join(copy, 'state.json'), 'utf8');
    const r = etapaja('advance', '--to', '2026-12-01T10:00', '--dir', copy, '--json');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Could not save the workspace at ${copy}`);
    expect(r.stderr).toContain('Nothing this command did was kept');
    expect(fs.readFileSync(path.join(copy, 'state.json'), 'utf8')).toBe(before);
  });
});

describe('parseInstant', () => {
  const tz = 'Europe/Helsinki';
  it('reads real dates in the workbook zone, or with their offset', () => {
    expect(new Date(parseInstant('2026-12-01', tz)).toISOString()).toBe('2026-11-30T22:00:00.000Z');
    expect(new Date(parseInstant('2026-07-01T09:30', tz)).toISOString()).toBe(
      '2026-07-01T06:30:00.000Z',
    );
    expect(new Date(parseInstant('2028-02-29T12:00:00Z', tz)).toISOString()).toBe(
      '2028-02-29T12:00:00.000Z',
    );
    expect(new Date(parseInstant('2026-12-01T10:00+01:00', tz)).toISOString()).toBe(
      '2026-12-01T09:00:00.000Z',
    );
  });
  it('refuses days and times that do not exist', () => {
    for (const bad of [
      '2026-12-32',
      '2027-13-01',
      '2026-02-30',
      '2027-02-29',
      '2026-00-10',
      '2026-04-31',
      '2026-12-01T25:00',
      '2026-12-01T10:60',
      '',
    ])
      expect(parseInstant(bad, tz)).toBeNaN();
  });
});
