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
export function freshWorkspace(options: InitOptions = {}): Workspace {
  const workspace = Workspace.init('', options);
  const { code, manifest } = bundle();
  workspace.push('etapaja', code, manifest, 'Etäpaja');
  return workspace;
}
