/**
 * google.script.run as a promise. In Apps Script the object is provided by the sidebar's frame;
 * `etapaja serve` provides the same object (scripts/serve/shim.ts).
 */
interface Runner {
  withSuccessHandler(fn: (value: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [fn: string]: unknown;
}
declare const google: { script: { run: Runner } };

export function run<T>(fn: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(error));
    const call = runner[fn] as ((...a: unknown[]) => void) | undefined;
    if (typeof call !== 'function') reject(new Error(`No server function ${fn}`));
    else call.apply(runner, args);
  });
}
