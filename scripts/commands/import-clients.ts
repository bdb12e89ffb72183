import * as fs from 'node:fs';
import { PROJECT_ID, print, withWorkspace, type WorkspaceOptions } from './common';

interface ImportResult {
  accepted: number;
  updated: number;
  rejected: { line: number; problems: string[] }[];
  unknownColumns?: string[];
}

/** `etapaja import-clients FILE.csv`: the same server function the sidebar's import uses. */
export function importClients(file: string, options: WorkspaceOptions & { map?: string[] }): void {
  const csv = fs.readFileSync(file).toString('utf8');
  const map: Record<string, string> = {};
  for (const pair of options.map ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new Error(`Bad --map "${pair}": expected "Header=field"`);
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  withWorkspace(options, (workspace) => {
    const result = workspace.run(PROJECT_ID, 'importClients', [csv, { map }]);
    if (result.error) {
      process.exitCode = 1;
      console.error(`Import failed: ${result.error.message}`);
      return;
    }
    const value = result.value as ImportResult;
    print(options, value, () =>
      [
        `Accepted ${value.accepted}, updated ${value.updated}, rejected ${value.rejected.length}`,
        ...value.rejected.map((r) => `  line ${r.line}: ${r.problems.join('; ')}`),
        ...(value.unknownColumns?.length
          ? [`Unknown columns: ${value.unknownColumns.join(', ')}`]
          : []),
      ].join('\n'),
    );
  });
}
