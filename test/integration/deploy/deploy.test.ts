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

/**
 * npm and clasp replaced by one recorder. As clasp it answers as clasp 3 does: `push` without
 * --force meets the manifest prompt ("Manifest file has been updated. Do you want to push and
 * overwrite?"), which without a terminal is answered No — it prints "Skipping push." and exits 0;
 * CLASP_SAYS_NO makes it answer No even with --force (a clasp that never pushes).
 */
const RECORDER = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const name = path.basename(process.argv[1]);
const argv = process.argv.slice(2);
const args = argv.join(' ');
const line = { program: name, args };
if (name === 'clasp') line.claspJson = JSON.parse(fs.readFileSync('.clasp.json', 'utf8'));
fs.appendFileSync(process.env.RECORD_FILE, JSON.stringify(line) + '\\n');
if (process.env.FAIL_ON && args === process.env.FAIL_ON) process.exit(3);
if (name === 'clasp' && argv[0] === 'push') {
  if (!argv.includes('--force') || process.env.CLASP_SAYS_NO) {
    console.log('? Manifest file has been updated. Do you want to push and overwrite? No');
    console.log('Skipping push.');
  } else {
    console.log('Pushed 2 files at 12:00:00.');
    console.log('└─ dist/appsscript.json');
    console.log('└─ dist/Code.js');
  }
}
if (name === 'clasp' && argv[0] === 'list-deployments')
  console.log(process.env.CLASP_DEPLOYMENTS || '[{"deploymentId":"AKfyHEAD","description":""}]');
if (name === 'clasp' && argv[0] === 'create-deployment') {
  const i = argv.indexOf('--deploymentId');
  console.log('Deployed ' + (i >= 0 ? argv[i + 1] : 'AKfyNEW') + ' @7');
}
process.exit(0);
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

function deploy(
  p: ReturnType<typeof project>,
  args: string[] = [],
  failOn = '',
  env: Record<string, string> = {},
) {
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
      ...env,
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
  'clasp push --force',
  'clasp list-deployments --json',
  'clasp create-deployment --description Etäpaja web app',
];

describe('npm run deploy (clasp replaced by a recorder)', () => {
  it('lints, tests, builds, copies .clasp-dev.json to .clasp.json, pushes with --force, deploys', () => {
    const p = project();
    const run = deploy(p);
    expect(run.status).toBe(0);
    expect(run.steps).toEqual(ALL_STEPS);
    expect(run.recorded[5].claspJson).toEqual({ scriptId: 'DEV-SCRIPT-ID', rootDir: 'dist' });
    // It says what was pushed and which version the web app now runs.
    expect(run.stdout).toContain('pushed 2 file(s): dist/appsscript.json, dist/Code.js');
    expect(run.stdout).toContain('web app deployment AKfyNEW runs version 7');
  });

  it('a new version goes to the web app deployment already made, not a second one', () => {
    const p = project();
    const deployments = JSON.stringify([
      { deploymentId: 'AKfyHEAD', description: '' },
      { deploymentId: 'AKfyWEB', versionNumber: 6, description: 'Etäpaja web app' },
    ]);
    const run = deploy(p, [], '', { CLASP_DEPLOYMENTS: deployments });
    expect(run.status).toBe(0);
    expect(run.steps[run.steps.length - 1]).toBe(
      'clasp create-deployment --deploymentId AKfyWEB --description Etäpaja web app',
    );
    expect(run.stdout).toContain('web app deployment AKfyWEB runs version 7');
  });

  it('fails loudly when clasp answers No to the manifest prompt and skips the push', () => {
    const p = project();
    const run = deploy(p, [], '', { CLASP_SAYS_NO: '1' });
    expect(run.status).toBe(1);
    expect(run.steps).toEqual(ALL_STEPS.slice(0, 6));
    expect(run.stderr).toContain('deploy stopped at push: clasp did not push');
    expect(run.stderr).toContain('Skipping push.');
    expect(run.stdout).not.toContain('Deployed dist/');
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
      expect(run.steps).not.toContain('clasp push --force');
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
    const run = deploy(p, [], 'push --force');
    expect(run.status).toBe(3);
    expect(run.steps).toEqual(ALL_STEPS.slice(0, 6));
  });

  it('rejects an unknown environment without running anything', () => {
    const p = project();
    const run = deploy(p, ['--env', 'staging']);
    expect(run.status).toBe(2);
    expect(run.recorded).toEqual([]);
  });
});
