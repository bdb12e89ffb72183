import type { Runtime } from './runtime';

/**
 * What a service needs to know about the script that is running: which project (script
 * properties and triggers are per project), as whom, in which zone, bound to which workbook.
 */
export interface ScriptContext {
  rt: Runtime;
  projectId: string;
  /** Session.getActiveUser / getEffectiveUser: the account the execution runs as. */
  user: string;
  /**
   * Session.getActiveUser when it differs from the account the script runs as: '' for an
   * anonymous visitor of a web app that executes as its deployer. Undefined means `user`.
   */
  activeUser?: string;
  /** The owner of the workspace (the script's owner). */
  owner: string;
  /** The script's time zone (appsscript.json `timeZone`). */
  timeZone: string;
  /** The spreadsheet the script is bound to (getActiveSpreadsheet), if any. */
  boundSpreadsheetId?: string;
  /** The project runs as an editor add-on in that spreadsheet, not as its bound script. */
  addon?: boolean;
}

/**
 * Wraps a service object so that any method the emulator lacks throws a distinct
 * "Not emulated" error naming it, instead of `undefined is not a function`.
 */
export function withCoverage<T extends object>(
  target: T,
  typeName: string,
  /** Google's namespace when the class name is not unique (`Drive` for Drive's `User`). */
  namespace?: string,
): T {
  coverageRecorder?.(typeName, namespace, target);
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'symbol' || property in object) {
        return Reflect.get(object, property, receiver);
      }
      if (property === 'then' || property === 'toJSON' || property.startsWith('__'))
        return undefined;
      return () => {
        throw new Error(
          `Not emulated: ${typeName}.${property}(). See emulator/IMPLEMENTATION_COVERAGE.md.`,
        );
      };
    },
  });
}

/** Sees every object the runtime hands to scripts; set only by scripts/emulator-coverage.ts. */
type CoverageRecorder = (typeName: string, namespace: string | undefined, target: object) => void;
let coverageRecorder: CoverageRecorder | undefined;

export function recordCoverage(recorder: CoverageRecorder | undefined): void {
  coverageRecorder = recorder;
}
