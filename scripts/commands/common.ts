import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import type { Manifest } from '../../emulator/projects/store';
import { zonedToEpoch } from '../../src/core/time-zone';
import { withWorkspaceLock } from './workspace-lock';

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
export function pushBundle(workspace: Workspace, installedAs?: 'bound' | 'addon'): void {
  const { code, manifest, files } = readBundle();
  let current: { code: string; files?: Record<string, string> } | undefined;
  try {
    current = workspace.project(PROJECT_ID);
  } catch {
    current = undefined;
  }
  if (
    installedAs !== undefined ||
    current?.code !== code ||
    JSON.stringify(current.files ?? {}) !== JSON.stringify(files)
  )
    workspace.push(PROJECT_ID, code, manifest, 'Etäpaja', files, installedAs);
}

/** What the holder of a workspace lock is called in a "busy" message: `etapaja advance`. */
export function commandName(): string {
  const name = process.argv[2];
  return name && !name.startsWith('-') ? `etapaja ${name}` : 'etapaja';
}

/** Output of the running command, held back until its workspace is saved (see withWorkspace). */
let heldOutput: string[] | undefined;

/** Prints a line; inside withWorkspace, only once the workspace has been saved. */
export function say(text: string): void {
  if (heldOutput) heldOutput.push(text);
  else console.log(text);
}

/**
 * Saves, or explains that it could not: the command's work is then lost, and the person must
 * know that before anything that looks like success.
 */
export function saveOrExplain(workspace: Workspace): void {
  try {
    workspace.save();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not save the workspace at ${workspace.dir}: ${reason}. ` +
        `Nothing this command did was kept; fix the cause (disk full? permissions?) and run it again.`,
    );
  }
}

/**
 * Opens the workspace, pushes the bundle, runs the command and saves — also when it failed —
 * holding the workspace lock throughout, so no other command's changes are lost. What the
 * command prints appears only after the save succeeded.
 */
export function withWorkspace<T>(options: WorkspaceOptions, work: (workspace: Workspace) => T): T {
  const dir = options.dir ?? DEFAULT_DIR;
  return withWorkspaceLock(dir, commandName(), () => {
    const workspace = Workspace.open(dir, { faults: options.faults });
    pushBundle(workspace);
    const outer = heldOutput;
    const output: string[] = [];
    heldOutput = output;
    let value: T | undefined;
    let failure: unknown;
    let failed = false;
    try {
      value = work(workspace);
    } catch (error) {
      failure = error;
      failed = true;
    } finally {
      heldOutput = outer;
    }
    saveOrExplain(workspace);
    for (const line of output) say(line);
    if (failed) throw failure;
    return value as T;
  });
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(Z|z|[+-]\d\d:?\d\d)?$/;

/** Whether year-month-day names a day of the calendar (2026-02-30 does not). */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/**
 * An ISO date or date-time; NaN for anything else, including days that do not exist
 * (2026-12-32, 2027-13-01, 2026-02-30) which Date.parse would roll into the next month.
 * Without an offset the time is read in the workbook's zone.
 */
export function parseInstant(text: string, timeZone: string): number {
  const m = ISO_INSTANT.exec(String(text).trim());
  if (!m) return NaN;
  const [, y, mo, d, h = '00', mi = '00', sec = '00', offset] = m;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return NaN;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return NaN;
  if (offset) return Date.parse(String(text).trim().replace(' ', 'T'));
  return zonedToEpoch(`${y}-${mo}-${d}`, `${h}:${mi}`, timeZone) + Number(sec) * 1000;
}

export function print(options: { json?: boolean }, data: unknown, human: () => string): void {
  say(options.json ? JSON.stringify(data, null, 2) : human());
}
