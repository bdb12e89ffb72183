/**
 * Errors as Apps Script raises them. In the V8 runtime a service error is an `Error` whose
 * message is the text Google shows ("Exception: " is only the log prefix), so scripts that read
 * `e.message` see the same words here.
 */
export function appsScriptError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
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
