#!/usr/bin/env node
/**
 * `npm run deploy [-- --env dev|prod]`: every guard, then `clasp push`.
 *
 *   1. lint            npm run lint           (ESLint)
 *   2. format          npm run format:check   (Prettier)
 *   3. typecheck       npm run typecheck      (tsc --noEmit, strict)
 *   4. test            npm run jest -- --ci   (all suites, on the freshly built bundle)
 *   5. build           npm run build          (dist/Code.js, dist/appsscript.json)
 *   6. clasp config    copy .clasp-<env>.json to .clasp.json (rootDir must be "dist")
 *   7. push            clasp push
 *
 * The first step that fails stops the deploy with its exit status; nothing after it runs, so a
 * red test never reaches Google. Steps run in the project root (ETAPAJA_DEPLOY_ROOT, default
 * this repository). The programs are replaceable so that a test can put a recorder in their
 * place: ETAPAJA_NPM (default `npm`) and ETAPAJA_CLASP (default node_modules/.bin/clasp).
 * See docs/admin/install.md.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ENVS = ['dev', 'prod'];

function parseArgs(argv) {
  const options = { env: 'dev', dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--env') options.env = argv[++i];
    else if (arg.startsWith('--env=')) options.env = arg.slice('--env='.length);
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else
      throw new Error(
        `Unknown option ${arg}. Usage: npm run deploy -- [--env dev|prod] [--dry-run]`,
      );
  }
  if (!ENVS.includes(options.env)) {
    throw new Error(`--env must be one of ${ENVS.join(', ')}, not "${options.env}"`);
  }
  return options;
}

/** The .clasp-<env>.json checks clasp itself would only fail on later, or not at all. */
function checkClaspConfig(file) {
  if (!fs.existsSync(file)) throw new Error(`${path.basename(file)} is missing`);
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (
    typeof config.scriptId !== 'string' ||
    config.scriptId === '' ||
    /PASTE/i.test(config.scriptId)
  ) {
    throw new Error(
      `${path.basename(file)} has no script id yet: copy it from the Apps Script editor (Project settings → IDs) — see docs/admin/install.md`,
    );
  }
  if (String(config.rootDir).replace(/\/$/, '') !== 'dist') {
    throw new Error(
      `${path.basename(file)} must have "rootDir": "dist" (found ${JSON.stringify(config.rootDir)})`,
    );
  }
}

function steps(root, env) {
  const npm = process.env.ETAPAJA_NPM || (process.platform === 'win32' ? 'npm.cmd' : 'npm');
  const clasp =
    process.env.ETAPAJA_CLASP ||
    path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'clasp.cmd' : 'clasp');
  const source = path.join(root, `.clasp-${env}.json`);
  return [
    { name: 'lint', command: npm, args: ['run', 'lint'] },
    { name: 'format', command: npm, args: ['run', 'format:check'] },
    { name: 'typecheck', command: npm, args: ['run', 'typecheck'] },
    { name: 'test', command: npm, args: ['run', 'jest', '--', '--ci'] },
    { name: 'build', command: npm, args: ['run', 'build'] },
    {
      name: 'clasp config',
      run: () => {
        checkClaspConfig(source);
        for (const file of ['Code.js', 'appsscript.json']) {
          if (!fs.existsSync(path.join(root, 'dist', file)))
            throw new Error(`dist/${file} is missing after the build`);
        }
        fs.copyFileSync(source, path.join(root, '.clasp.json'));
        return `.clasp-${env}.json → .clasp.json`;
      },
    },
    { name: 'push', command: clasp, args: ['push'] },
  ];
}

function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`deploy: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log('Usage: npm run deploy -- [--env dev|prod] [--dry-run]');
    return 0;
  }
  const root = path.resolve(process.env.ETAPAJA_DEPLOY_ROOT || path.join(__dirname, '..'));
  const plan = steps(root, options.env);
  const all = plan.length;
  for (const [i, step] of plan.entries()) {
    const label = `[${i + 1}/${all}] ${step.name}`;
    if (options.dryRun) {
      console.log(
        `${label}: ${step.run ? 'copy the clasp config' : [step.command, ...step.args].join(' ')}`,
      );
      continue;
    }
    console.log(`${label}…`);
    if (step.run) {
      try {
        console.log(`  ${step.run()}`);
      } catch (error) {
        console.error(`deploy stopped at ${step.name}: ${error.message}`);
        return 1;
      }
      continue;
    }
    const result = spawnSync(step.command, step.args, {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.error || result.status !== 0) {
      const why = result.error
        ? result.error.message
        : `exit status ${result.status ?? result.signal}`;
      console.error(`deploy stopped at ${step.name} (${why}); nothing was pushed.`);
      return result.status || 1;
    }
  }
  if (!options.dryRun)
    console.log(`Deployed dist/ to the ${options.env} script. Reload the workbook.`);
  return 0;
}

process.exitCode = main();
