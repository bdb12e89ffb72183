import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace, type InitOptions } from '../../emulator/workspace';
import type { Manifest } from '../../emulator/projects/store';

const root = path.join(__dirname, '..', '..');

/** The built bundle (jest's global setup runs scripts/build.js before the suites). */
export function bundle(): { code: string; manifest: Manifest } {
  return {
    code: fs.readFileSync(path.join(root, 'dist', 'Code.js'), 'utf8'),
    manifest: JSON.parse(
      fs.readFileSync(path.join(root, 'dist', 'appsscript.json'), 'utf8'),
    ) as Manifest,
  };
}

/**
 * An in-memory workspace (nothing written to disk) with dist/Code.js pushed as project
 * "etapaja", bound to a fresh workbook: the built product on the emulator, as users run it.
 */
export function freshWorkspace(
  options: InitOptions & { addon?: boolean } = {},
  dir = '',
): Workspace {
  const workspace = Workspace.init(dir, options);
  const { code, manifest } = bundle();
  // `addon`: installed from the Marketplace as an editor add-on (emulator/projects/store.ts).
  workspace.push('etapaja', code, manifest, 'Etäpaja', {}, options.addon ? 'addon' : undefined);
  return workspace;
}

/**
 * A fresh workspace after the add-on's setup, with `coachScript` pushed as a second script bound
 * to the workbook (project "coach"): a coach typing into the sheets. `dir` '' keeps it in memory.
 */
export function setUpWithCoach(
  coachScript: string,
  options: InitOptions = {},
  dir = '',
): Workspace {
  const workspace = freshWorkspace(options, dir);
  workspace.call('setup');
  workspace.push('coach', coachScript, { timeZone: 'Europe/Helsinki' } as Manifest, 'coach');
  return workspace;
}
