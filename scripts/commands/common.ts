import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import type { Manifest } from '../../emulator/projects/store';
import { zonedToEpoch } from '../../src/core/time-zone';

export const PROJECT_ID = 'etapaja';
export const DEFAULT_DIR = '.etapaja/default';

export interface WorkspaceOptions {
  dir?: string;
  faults?: string;
  json?: boolean;
}

export function repoRoot(): string {
  // build/cli.js → repository root; also right when run from sources by jest.
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the Etäpaja repository root');
    dir = parent;
  }
  return dir;
}

export function readBundle(): {
  code: string;
  manifest: Manifest;
  files: Record<string, string>;
} {
  const dist = path.join(repoRoot(), 'dist');
  const codeFile = path.join(dist, 'Code.js');
  if (!fs.existsSync(codeFile)) throw new Error('dist/Code.js is missing. Run: npm run build');
  // The HTML files (sidebar, pages) go with the code, as `clasp push` sends them.
  const files: Record<string, string> = {};
  for (const file of fs
    .readdirSync(dist)
    .filter((f) => f.endsWith('.html'))
    .sort())
    files[file.replace(/\.html$/, '')] = fs.readFileSync(path.join(dist, file), 'utf8');
  return {
    code: fs.readFileSync(codeFile, 'utf8'),
    manifest: JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8')) as Manifest,
    files,
  };
}

/** Pushes the current dist/ bundle, as `clasp push` would, when it differs from the stored one. */
export function pushBundle(workspace: Workspace): void {
  const { code, manifest, files } = readBundle();
  let current: { code: string; files?: Record<string, string> } | undefined;
  try {
    current = workspace.project(PROJECT_ID);
  } catch {
    current = undefined;
  }
  if (current?.code !== code || JSON.stringify(current.files ?? {}) !== JSON.stringify(files))
    workspace.push(PROJECT_ID, code, manifest, 'Etäpaja', files);
}

/** Opens the workspace, pushes the bundle, runs the command and saves — also when it failed. */
export function withWorkspace<T>(options: WorkspaceOptions, work: (workspace: Workspace) => T): T {
  const workspace = Workspace.open(options.dir ?? DEFAULT_DIR, { faults: options.faults });
  pushBundle(workspace);
  try {
    return work(workspace);
  } finally {
    workspace.save();
  }
}

export function parseInstant(text: string, timeZone: string): number {
  // A date-time without an offset is read in the workbook's zone.
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(text)) return Date.parse(text);
  const [date, time = '00:00'] = text.split('T');
  return zonedToEpoch(date, time.slice(0, 5), timeZone);
}

export function print(options: { json?: boolean }, data: unknown, human: () => string): void {
  console.log(options.json ? JSON.stringify(data, null, 2) : human());
}
