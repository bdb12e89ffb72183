/**
 * Runs `work` under the script lock so that two overlapping trigger runs never work on the
 * same ledger at once. Returns undefined when another run holds the lock; that run finishes
 * the job. https://developers.google.com/apps-script/reference/lock/lock
 */
export function withScriptLock<T>(
  work: () => T,
  waitMs = 10_000,
): { ran: true; value: T } | { ran: false } {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ran: false };
  try {
    return { ran: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
