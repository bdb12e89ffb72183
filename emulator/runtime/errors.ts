import { isDate } from './clock';
import { scriptOnlyStack } from './script-stack';

/**
 * Errors as Apps Script raises them. In the V8 runtime a service error is an `Error` whose
 * message is the text Google shows ("Exception: " is only the log prefix), so scripts that read
 * `e.message` see the same words here.
 */
export function appsScriptError(message: string): Error {
  // Deep enough to reach the script's frames under the service's own.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 40;
  const error = new Error(message);
  Error.stackTraceLimit = limit;
  error.name = 'Exception';
  return scriptOnlyStack(error);
}

/**
 * The execution was killed (injected crash or the 6-minute limit). Like a real time-out it
 * ends the execution: every later service call in the same execution throws again, so a script
 * that catches it can do no more harm than a dead one.
 */
export class ExecutionKilled extends Error {
  constructor(readonly reason: 'crash' | 'timeout') {
    super(
      reason === 'timeout'
        ? 'Exceeded maximum execution time'
        : 'Execution killed by injected fault (crash-at)',
    );
    this.name = 'ExecutionKilled';
  }
}

/** A method of Apps Script that the emulator does not implement: never a silent no-op. */
export function notEmulated(what: string): never {
  throw new Error(`Not emulated: ${what}. See emulator/IMPLEMENTATION_COVERAGE.md.`);
}

/** Google's "The parameters (…) don't match the method signature for …" error. */
export function signatureError(args: unknown[], method: string): Error {
  const types = args.map((a) =>
    a === null || a === undefined
      ? 'null'
      : Array.isArray(a)
        ? 'Object[]'
        : isDate(a)
          ? 'Date'
          : typeof a === 'number'
            ? 'number'
            : typeof a === 'string'
              ? 'String'
              : typeof a === 'boolean'
                ? 'Boolean'
                : 'Object',
  );
  return appsScriptError(
    `The parameters (${types.join(',')}) don't match the method signature for ${method}.`,
  );
}
