import { getClock } from '../../runtime/clock';
import type { Runtime } from '../../runtime/runtime';
import { projectsStore, type ProjectsStore } from '../../projects/store';
import type { SpreadsheetStore, StoredSpreadsheet } from '../store';
import type { FormulaHost } from './evaluate';

/**
 * The surroundings of a formula read: the spreadsheet, the simulated clock and, through the
 * runtime, the script projects (a name Sheets does not know may be a custom function defined
 * in one; without a runtime that cannot be ruled out, so such a name is refused).
 */
export function formulaHost(
  store: SpreadsheetStore,
  book: StoredSpreadsheet,
  rt?: Runtime,
): FormulaHost {
  return {
    book,
    nowMs: rt ? rt.clock.now() : getClock().now(),
    hasSpreadsheet: (id) => Object.prototype.hasOwnProperty.call(store.spreadsheets, id),
    scriptDefines: rt ? (name) => scriptsDefine(rt, name) : undefined,
  };
}

function scriptsDefine(rt: Runtime, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  // Custom function names are case-insensitive in Sheets: `function name(`, `var name =`,
  // `name = function` in any project of the workspace count as defining it.
  const pattern = new RegExp(
    `function\\s+${name}\\s*\\(|(var|let|const)\\s+${name}\\s*=|(^|[;\\s])${name}\\s*=\\s*(function|\\()`,
    'i',
  );
  const { projects } = rt.store<ProjectsStore>(projectsStore.name);
  return Object.values(projects).some((p) => pattern.test(p.code));
}
