import { registerStore } from '../runtime/state';

/** Who holds one lock: the execution that acquired it, and when (simulated-clock ms). */
export interface LockRecord {
  holderExecutionId: string;
  acquiredAt: number;
}

/**
 * State of LockService: the held locks. Lock keys:
 * - `script:<projectId>`
 * - `user:<projectId>:<user>`
 * - `document:<projectId>:<spreadsheetId>`
 */
export interface LockStore {
  locks: Record<string, LockRecord>;
}

export const LOCK_STORE = 'locks';

registerStore<LockStore>({
  name: LOCK_STORE,
  empty: () => ({ locks: {} }),
});

/**
 * Releases every lock held by an execution. The workspace calls this when an execution ends,
 * normally or not: Apps Script releases a script's locks when its execution ends.
 * Returns the keys released.
 */
export function releaseLocksOf(store: LockStore, executionId: string): string[] {
  const released: string[] = [];
  for (const [key, record] of Object.entries(store.locks)) {
    if (record.holderExecutionId === executionId) {
      delete store.locks[key];
      released.push(key);
    }
  }
  return released;
}

/** Harness helper: a copy of the held locks. */
export function heldLocks(store: LockStore): Record<string, LockRecord> {
  return JSON.parse(JSON.stringify(store.locks)) as Record<string, LockRecord>;
}
