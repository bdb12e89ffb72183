import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Manifest } from '../../emulator/projects/store';
import { FILE_MARKER } from '../../emulator/runtime/script-stack';

/**
 * What `run-script` pushes: one `.js`/`.gs` file, or a project folder as clasp keeps it — every
 * `.js`/`.gs` file below it (one global scope, as Apps Script loads a project's files), every
 * `.html` file for HtmlService by its name without `.html` (`Page`, `sub/Page`) and
 * `appsscript.json` for the project's time zone. Files are read in path order, as clasp
 * pushes them by default. So a sample folder from Google runs unchanged.
 */
export interface ScriptProject {
  name: string;
  code: string;
  files: Record<string, string>;
  manifest: Manifest;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

function listFiles(root: string, under = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, under), { withFileTypes: true })) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const relative = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, relative));
    else out.push(relative);
  }
  return out.sort();
}

export function readScriptProject(target: string, timeZone: string): ScriptProject {
  const name = path.basename(path.resolve(target));
  if (!fs.statSync(target).isDirectory())
    return { name, code: fs.readFileSync(target, 'utf8'), files: {}, manifest: { timeZone } };
  const scripts: string[] = [];
  const files: Record<string, string> = {};
  let manifest: Manifest = { timeZone };
  for (const file of listFiles(target)) {
    const text = () => fs.readFileSync(path.join(target, file), 'utf8');
    if (/\.(js|gs)$/.test(file)) scripts.push(`${FILE_MARKER}${file}\n${text()}`);
    else if (file.endsWith('.html')) files[file.slice(0, -'.html'.length)] = text();
    else if (file === 'appsscript.json') manifest = { timeZone, ...(JSON.parse(text()) as object) };
  }
  if (scripts.length === 0) throw new Error(`${target}: no .js or .gs file in this folder`);
  return { name, code: scripts.join('\n'), files, manifest };
}
