import { backoffMs, classifyFailure } from '../core/failure-kind';

/**
 * Retries a call that failed with a transient backend error, with exponential backoff and a
 * cap. What is transient is decided in one place, src/core/failure-kind.ts: quota errors,
 * refused values and the end of the execution are never retried (another attempt cannot
 * succeed and would only burn the execution's 6 minutes).
 */
export function isTransient(error: unknown): boolean {
  return classifyFailure(error).kind === 'transient';
}

export function isQuotaError(error: unknown): boolean {
  return classifyFailure(error).kind === 'quota';
}

/** The execution is ending (time-out, killed): let the error through, never catch it. */
export function isFatal(error: unknown): boolean {
  return classifyFailure(error).kind === 'fatal';
}

export function withRetry<T>(operation: () => T, attempts = 3): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return operation();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      Utilities.sleep(backoffMs(attempt) / 2);
    }
  }
}
