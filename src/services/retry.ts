/**
 * Retries a call that failed with a transient backend error, with exponential backoff.
 * Quota errors and time-outs are not retried: another attempt cannot succeed and would only
 * burn the execution's 6 minutes. See
 * https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
 */
const TRANSIENT = [
  /service unavailable/i,
  /server error occurred/i,
  /failed while accessing/i,
  /backend error/i,
  /try again/i,
  /timed out/i,
];
const PERMANENT = [/too many times/i, /exceeded maximum execution time/i, /killed/i];

export function isTransient(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  if (PERMANENT.some((p) => p.test(message))) return false;
  return TRANSIENT.some((p) => p.test(message));
}

export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /too many times/i.test(message);
}

export function withRetry<T>(operation: () => T, attempts = 3, firstDelayMs = 500): T {
  let delay = firstDelayMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return operation();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      Utilities.sleep(delay);
      delay *= 2;
    }
  }
}
