import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ID, print, withWorkspace, type WorkspaceOptions } from './common';

interface UnknownValue {
  column: string;
  value: string;
  count: number;
  lines: number[];
}

interface ImportResult {
  accepted: number;
  updated: number;
  rejected: { line: number; problems: string[] }[];
  held: { line: number; problems: string[] }[];
  unknownValues: UnknownValue[];
  unknownColumns: string[];
  conflicts: { line: number; id: string; column: string; imported: string; kept: string }[];
  encoding: string;
  refused?: string;
}

type ImportOptions = WorkspaceOptions & { map?: string[]; mapValues?: string[]; sheet?: string };

function headerMap(pairs: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) throw new Error(`Bad --map "${pair}": expected "Header=field"`);
    map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return map;
}

function report(value: ImportResult): string {
  const lines = [
    `Encoding: ${value.encoding}`,
    `Accepted ${value.accepted}, updated ${value.updated}, waiting ${value.held.length}, rejected ${value.rejected.length}`,
    ...value.rejected.map((r) => `  line ${r.line}: ${r.problems.join('; ')}`),
    ...value.held.map((r) => `  line ${r.line} (waiting): ${r.problems.join('; ')}`),
  ];
  if (value.unknownValues.length > 0) {
    lines.push('Unknown words (map them with --map-values "Column:word=known word"):');
    for (const u of value.unknownValues) {
      lines.push(`  ${u.column}: "${u.value}" — ${u.count} row(s), line(s) ${u.lines.join(', ')}`);
    }
  }
  for (const c of value.conflicts) {
    // A row not yet enrolled has no id: the line number alone names it.
    const who = c.id ? `${c.id} ` : '';
    lines.push(`  line ${c.line}: ${who}${c.column} kept "${c.kept}", file has "${c.imported}"`);
  }
  if (value.unknownColumns.length > 0)
    lines.push(
      `Unknown columns: ${value.unknownColumns.join(', ')} (name what each holds with --map "Column=field")`,
    );
  return lines.join('\n');
}

/**
 * `etapaja import-clients FILE.csv|FILE.xlsx`: sends the file's bytes (base64) to the same
 * server function the sidebar's upload uses, so decoding and every rule run inside the add-on.
 * A refused file exits with status 1 and nothing written.
 */
export function importClients(file: string, options: ImportOptions): void {
  const bytes = fs.readFileSync(file);
  const args = {
    map: headerMap(options.map ?? []),
    mapValues: options.mapValues ?? [],
    sheet: options.sheet,
    fileName: path.basename(file),
  };
  withWorkspace(options, (workspace) => {
    const result = workspace.run(PROJECT_ID, 'importClientsFile', [bytes.toString('base64'), args]);
    if (result.error) {
      process.exitCode = 1;
      console.error(`Import failed: ${result.error.message}`);
      return;
    }
    const value = result.value as ImportResult;
    if (value.refused) {
      process.exitCode = 1;
      if (options.json) print(options, value, () => '');
      else console.error(value.refused);
      return;
    }
    print(options, value, () => report(value));
  });
}
