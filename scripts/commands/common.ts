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

export function readBundle(): { code: string; manifest: Manifest } {
  const dist = path.join(repoRoot(), 'dist');
  const codeFile = path.join(dist, 'Code.js');
  if (!fs.existsSync(codeFile)) throw new Error('dist/Code.js is missing. Run: npm run build');
  return {
    code: fs.readFileSync(codeFile, 'utf8'),
    manifest: JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8')) as Manifest,
  };
}

/** Pushes the current dist/ bundle, as `clasp push` would, when it differs from the stored one. */
export function pushBundle(workspace: Workspace): void {
  const { code, manifest } = readBundle();
  let current: string | undefined;
  try {
    current = workspace.project(PROJECT_ID).code;
  } catch {
    current = undefined;
  }
  if (current !== code) workspace.push(PROJECT_ID, code, manifest, 'Etäpaja');
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
