import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * `npm run deploy` with npm and clasp replaced by a recorder: the steps, their order, the clasp
 * config copied before the push, and a failing step stopping everything after it. Nothing here
 * reaches Google.
 */
// Each case builds a workbook with the bundle, or spawns Node: slower than jest's default 5 s.
jest.setTimeout(60_000);
const deployScript = path.join(__dirname, '..', '..', '..', 'scripts', 'deploy.js');

const RECORDER = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const name = path.basename(process.argv[1]);
const args = process.argv.slice(2).join(' ');
const line = { program: name, args };
if (name === 'clasp') line.claspJson = JSON.parse(fs.readFileSync('.clasp.json', 'utf8'));
fs.appendFileSync(process.env.RECORD_FILE, JSON.stringify(line) + '\\n');
process.exit(process.env.FAIL_ON && args === process.env.FAIL_ON ? 3 : 0);
`;

interface Recorded {
  program: string;
  args: string;
  claspJson?: { scriptId: string; rootDir: string };
}

function project(options: { devId?: string } = {}): { root: string; bin: string; record: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-deploy-'));
  const bin = path.join(root, 'bin');
  fs.mkdirSync(bin);
  for (const name of ['npm', 'clasp']) {
    fs.writeFileSync(path.join(bin, name), RECORDER, { mode: 0o755 });
  }
  fs.mkdirSync(path.join(root, 'dist'));
  fs.writeFileSync(path.join(root, 'dist', 'Code.js'), '// built\n');
  fs.writeFileSync(path.join(root, 'dist', 'appsscript.json'), '{}\n');
  const config = (scriptId: string) => JSON.stringify({ scriptId, rootDir: 'dist' });
  fs.writeFileSync(path.join(root, '.clasp-dev.json'), config(options.devId ?? 'DEV-SCRIPT-ID'));
  fs.writeFileSync(path.join(root, '.clasp-prod.json'), config('PROD-SCRIPT-ID'));
  return { root, bin, record: path.join(root, 'record.jsonl') };
}

function deploy(p: ReturnType<typeof project>, args: string[] = [], failOn = '') {
  const run = spawnSync(process.execPath, [deployScript, ...args], {
    cwd: p.root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ETAPAJA_DEPLOY_ROOT: p.root,
      ETAPAJA_NPM: path.join(p.bin, 'npm'),
      ETAPAJA_CLASP: path.join(p.bin, 'clasp'),
      RECORD_FILE: p.record,
      FAIL_ON: failOn,
    },
  });
  const recorded: Recorded[] = fs.existsSync(p.record)
    ? fs
        .readFileSync(p.record, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Recorded)
    : [];
  return { ...run, recorded, steps: recorded.map((r) => `${r.program} ${r.args}`) };
}

const ALL_STEPS = [
  'npm run lint',
  'npm run format:check',
  'npm run typecheck',
  'npm run jest -- --ci',
  'npm run build',
  'clasp push',
];

describe('npm run deploy (clasp replaced by a recorder)', () => {
  it('lints, tests, builds, copies .clasp-dev.json to .clasp.json, then pushes', () => {
    const p = project();
    const run = deploy(p);
    expect(run.status).toBe(0);
    expect(run.steps).toEqual(ALL_STEPS);
    expect(run.recorded[5].claspJson).toEqual({ scriptId: 'DEV-SCRIPT-ID', rootDir: 'dist' });
  });

  it('--env prod pushes with the production script id', () => {
    const p = project();
    const run = deploy(p, ['--env', 'prod']);
    expect(run.status).toBe(0);
    expect(run.recorded[run.recorded.length - 1].claspJson?.scriptId).toBe('PROD-SCRIPT-ID');
  });

  it.each(ALL_STEPS.slice(0, 5))(
    'a failing "%s" stops the deploy: nothing after it runs',
    (failing) => {
      const p = project();
      const run = deploy(p, [], failing.replace(/^npm /, ''));
      expect(run.status).toBe(3);
      expect(run.steps).toEqual(ALL_STEPS.slice(0, ALL_STEPS.indexOf(failing) + 1));
      expect(run.steps).not.toContain('clasp push');
      expect(fs.existsSync(path.join(p.root, '.clasp.json'))).toBe(false);
      expect(run.stderr).toContain('nothing was pushed');
    },
  );

  it('a clasp config without a real script id stops before the push', () => {
    const p = project({ devId: 'PASTE-THE-DEV-SCRIPT-ID-HERE' });
    const run = deploy(p);
    expect(run.status).toBe(1);
    expect(run.steps).toEqual(ALL_STEPS.slice(0, 5));
    expect(run.stderr).toContain('.clasp-dev.json has no script id yet');
  });

  it('a failing push is reported as the deploy failing', () => {
    const p = project();
    const run = deploy(p, [], 'push');
    expect(run.status).toBe(3);
    expect(run.steps).toEqual(ALL_STEPS);
  });

  it('rejects an unknown environment without running anything', () => {
    const p = project();
    const run = deploy(p, ['--env', 'staging']);
    expect(run.status).toBe(2);
    expect(run.recorded).toEqual([]);
  });
});
