#!/usr/bin/env node
/**
 * Builds everything:
 * - dist/Code.js: src/main.ts bundled by esbuild into one IIFE (global `Etapaja`) for the Apps
 *   Script V8 runtime, followed by one top-level delegating function per export, because Apps
 *   Script only sees top-level function declarations (menus, triggers, google.script.run).
 * - dist/appsscript.json and the HTML files of the sidebar and web pages.
 * - build/cli.js: the `etapaja` command line for Node (emulator, scripts).
 */
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const GLOBAL = 'Etapaja';

/** Readers (tests running in parallel) never see a half-written file. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** Names of the entry points: what the bundle's global object exports. */
function exportedNames(code) {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const api = context[GLOBAL];
  if (!api) throw new Error(`The bundle did not define the global ${GLOBAL}`);
  return Object.keys(api).filter((name) => typeof api[name] === 'function');
}

function delegatingStubs(names) {
  return names
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
}

async function buildAppsScript() {
  fs.mkdirSync(dist, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // papaparse requires Node's stream only inside its Node streaming mode, and chardet Node's
    // fs only inside detectFile; neither is ever called in Apps Script.
    external: ['stream', 'fs'],
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'inline',
    write: false,
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  const names = exportedNames(bundle);
  const banner =
    '// Etäpaja — built by scripts/build.js from src/. Do not edit: edit src/ and rebuild.\n';
  const code = `${banner}${bundle}\n// Entry points Apps Script can see (menus, triggers, google.script.run):\n${delegatingStubs(names)}\n`;
  writeAtomically(path.join(dist, 'Code.js'), code);
  writeAtomically(
    path.join(dist, 'appsscript.json'),
    fs.readFileSync(path.join(root, 'appsscript.json')),
  );
  await buildHtml();
  return names;
}

/** Sidebar and pages: each ui/<name>.ts is bundled into the <script> of ui/<name>.html. */
async function buildHtml() {
  const uiDir = path.join(root, 'src', 'addon', 'ui');
  if (!fs.existsSync(uiDir)) return;
  for (const file of fs.readdirSync(uiDir).filter((f) => f.endsWith('.html'))) {
    const name = file.replace(/\.html$/, '');
    let html = fs.readFileSync(path.join(uiDir, file), 'utf8');
    const entry = path.join(uiDir, `${name}.ts`);
    if (fs.existsSync(entry)) {
      const out = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2019',
        write: false,
        logLevel: 'warning',
      });
      // `</script` inside the bundle would end the tag early.
      const script = out.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
      html = html.replace('<!-- BUNDLE -->', () => `<script>\n${script}</script>`);
    }
    const css = path.join(uiDir, `${name}.css`);
    if (fs.existsSync(css)) {
      html = html.replace(
        '<!-- STYLE -->',
        () => `<style>\n${fs.readFileSync(css, 'utf8')}</style>`,
      );
    }
    writeAtomically(path.join(dist, file), html);
  }
}

async function buildCli() {
  await esbuild.build({
    entryPoints: [path.join(root, 'scripts', 'cli.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile: path.join(root, 'build', 'cli.js'),
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

async function main() {
  const names = await buildAppsScript();
  // Jest's global setup needs only the Apps Script bundle; the suites import the CLI from source.
  if (!process.argv.includes('--apps-script-only')) await buildCli();
  const appsScriptOnly = process.argv.includes('--apps-script-only');
  if (!process.argv.includes('--quiet')) {
    console.log(
      `Built dist/Code.js (${names.length} entry points)${appsScriptOnly ? '' : ' and build/cli.js'}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
