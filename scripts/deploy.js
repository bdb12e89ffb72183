#!/usr/bin/env node
/**
 * `npm run deploy [-- --env dev|prod]`: every guard, then `clasp push --force` and a versioned
 * deployment of the web app.
 *
 *   1. lint            npm run lint           (ESLint)
 *   2. format          npm run format:check   (Prettier)
 *   3. typecheck       npm run typecheck      (tsc --noEmit, strict)
 *   4. test            npm run jest -- --ci   (all suites, on the freshly built bundle)
 *   5. build           npm run build          (dist/Code.js, dist/appsscript.json)
 *   6. clasp config    copy .clasp-<env>.json to .clasp.json (rootDir must be "dist")
 *   7. push            clasp push --force
 *   8. deployments     clasp list-deployments --json
 *   9. deploy          clasp create-deployment [--deploymentId ID] --description "Etäpaja web app"
 *
 * The first step that fails stops the deploy with its exit status; nothing after it runs, so a
 * red test never reaches Google. `--force` because clasp 3 asks "Manifest file has been updated.
 * Do you want to push and overwrite?" whenever appsscript.json changed (always, for a new
 * script), answers No without a terminal, prints "Skipping push." and exits 0: so the push's own
 * words are checked too, and anything but "Pushed N files" fails the deploy. The web app then
 * gets a new version in its one deployment (found by its description, made on the first deploy),
 * so the web app, the triggers and the sidebar run the same code. Steps run in the project root (ETAPAJA_DEPLOY_ROOT, default
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
    { name: 'push', command: clasp, args: ['push', '--force'], check: checkPush },
    {
      name: 'deployments',
      command: clasp,
      args: ['list-deployments', '--json'],
      check: findWebAppDeployment,
    },
    {
      name: 'deploy',
      command: clasp,
      args: (state) => [
        'create-deployment',
        ...(state.deploymentId ? ['--deploymentId', state.deploymentId] : []),
        '--description',
        WEB_APP_DESCRIPTION,
      ],
      check: checkDeployed,
    },
  ];
}

/** The description that marks the web app's deployment, so each deploy updates the same one. */
const WEB_APP_DESCRIPTION = 'Etäpaja web app';

/** clasp push succeeded only if it says "Pushed N files" (or "one file"), nothing else. */
function checkPush(output) {
  if (/Skipping push/i.test(output) || !/^Pushed (\d+ files|one file)\b/m.test(output)) {
    throw new Error(
      `clasp did not push (it said: ${JSON.stringify(output.trim().split('\n').slice(-3).join(' / '))}). Nothing reached Google.`,
    );
  }
  const files = output
    .split('\n')
    .filter((line) => line.startsWith('└─'))
    .map((line) => line.replace(/^└─\s*/, '').trim());
  return { pushed: files, note: `pushed ${files.length} file(s): ${files.join(', ')}` };
}

/** The id of the web app deployment from `clasp list-deployments --json` ('' when none yet). */
function findWebAppDeployment(output) {
  const start = output.indexOf('[');
  let list;
  try {
    list = JSON.parse(output.slice(start));
  } catch {
    throw new Error(`clasp list-deployments gave no list: ${output.trim().slice(0, 200)}`);
  }
  const found = list.find((d) => d.versionNumber && d.description === WEB_APP_DESCRIPTION);
  return {
    deploymentId: found ? found.deploymentId : '',
    note: found
      ? `web app deployment ${found.deploymentId} (now @${found.versionNumber})`
      : 'no web app deployment yet: making one',
  };
}

function checkDeployed(output) {
  const match = /^Deployed (\S+) @(\d+)/m.exec(output);
  if (!match) throw new Error(`clasp made no versioned deployment: ${output.trim().slice(0, 200)}`);
  return { note: `web app deployment ${match[1]} runs version ${match[2]}` };
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
  const state = { deploymentId: '', pushed: [] };
  const argsOf = (step) => (typeof step.args === 'function' ? step.args(state) : step.args);
  for (const [i, step] of plan.entries()) {
    const label = `[${i + 1}/${all}] ${step.name}`;
    if (options.dryRun) {
      console.log(
        `${label}: ${step.run ? 'copy the clasp config' : [step.command, ...argsOf(step)].join(' ')}`,
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
    // clasp's words are read (checkPush…): its exit status alone does not tell a push happened.
    const result = spawnSync(step.command, argsOf(step), {
      cwd: root,
      stdio: step.check ? ['inherit', 'pipe', 'inherit'] : 'inherit',
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (step.check && result.stdout) process.stdout.write(result.stdout);
    if (result.error || result.status !== 0) {
      const why = result.error
        ? result.error.message
        : `exit status ${result.status ?? result.signal}`;
      const pushed = state.pushed.length > 0 ? 'dist/ was pushed' : 'nothing was pushed';
      console.error(`deploy stopped at ${step.name} (${why}); ${pushed}.`);
      return result.status || 1;
    }
    if (step.check) {
      try {
        const found = step.check(result.stdout || '');
        Object.assign(state, found);
        console.log(`  ${found.note}`);
      } catch (error) {
        console.error(`deploy stopped at ${step.name}: ${error.message}`);
        return 1;
      }
    }
  }
  if (!options.dryRun)
    console.log(
      `Deployed dist/ to the ${options.env} script (${state.pushed.join(', ')}) and its web app. Reload the workbook.`,
    );
  return 0;
}

process.exitCode = main();
