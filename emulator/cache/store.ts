import { registerStore } from '../runtime/state';

/** One cached value: expiry and insertion order are simulated-clock milliseconds. */
export interface CacheEntry {
  value: string;
  expiresAt: number;
  createdAt: number;
}

/**
 * State of CacheService: one map per cache. Cache keys:
 * - `script:<projectId>`
 * - `user:<projectId>:<user>`
 * - `document:<projectId>:<spreadsheetId>`
 */
export interface CacheStore {
  caches: Record<string, Record<string, CacheEntry>>;
}

export const CACHE_STORE = 'cache';

registerStore<CacheStore>({
  name: CACHE_STORE,
  empty: () => ({ caches: {} }),
});

/** Harness helper: the live (unexpired) values of one cache at `nowMs`. */
export function liveCacheValues(
  store: CacheStore,
  cacheKey: string,
  nowMs: number,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, entry] of Object.entries(store.caches[cacheKey] ?? {})) {
    if (entry.expiresAt > nowMs) out[key] = entry.value;
  }
  return out;
}

/** Harness helper: empties every cache, as Google may do at any time. */
export function flushAllCaches(store: CacheStore): void {
  store.caches = {};
}
