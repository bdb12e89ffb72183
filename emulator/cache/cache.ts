import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { CACHE_STORE, CacheEntry, CacheStore } from './store';

/**
 * CacheService and Cache.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 * https://developers.google.com/apps-script/reference/cache/cache
 * ("The maximum length of a key is 250 characters. The maximum amount of data that can be stored
 * per key is 100KB." "The minimum is 1 second and the maximum is 21600 seconds (6 hours)."
 * "The cap for cached items is 1,000.")
 */

export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_EXPIRATION_S = 600;
export const CACHE_MAX_EXPIRATION_S = 21600;
export const CACHE_ITEM_CAP = 1000;
/** How many of the oldest items one eviction removes (observed: about 10 % at once). */
export const CACHE_EVICTION_BATCH = 100;

/** Texts Apps Script gives (not on a reference page; as reported by users of the service). */
export const KEY_TOO_LARGE = 'Argument too large: key';
export const VALUE_TOO_LARGE = 'Argument too large: value';

export type CacheKind = 'script' | 'user' | 'document';

function cacheKeyOf(ctx: ScriptContext, kind: CacheKind): string {
  if (kind === 'script') return `script:${ctx.projectId}`;
  if (kind === 'user') return `user:${ctx.projectId}:${ctx.user}`;
  return `document:${ctx.projectId}:${ctx.boundSpreadsheetId}`;
}

function checkKey(key: string): void {
  if (key.length > CACHE_KEY_MAX_CHARS) throw appsScriptError(KEY_TOO_LARGE);
}

function checkValue(value: string): void {
  if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_MAX_BYTES)
    throw appsScriptError(VALUE_TOO_LARGE);
}

/** Clamps the lifetime into the documented 1 s..21600 s; the default is 600 s. */
function lifetimeSeconds(expirationInSeconds: unknown): number {
  if (expirationInSeconds === undefined || expirationInSeconds === null) {
    return CACHE_DEFAULT_EXPIRATION_S;
  }
  const n = Math.floor(Number(expirationInSeconds));
  if (!Number.isFinite(n)) return CACHE_DEFAULT_EXPIRATION_S;
  return Math.min(Math.max(n, 1), CACHE_MAX_EXPIRATION_S);
}

function makeCache(ctx: ScriptContext, kind: CacheKind): GoogleAppsScript.Cache.Cache {
  const cacheKey = cacheKeyOf(ctx, kind);
  const call = (method: string) => ctx.rt.call('Cache', method);
  const now = () => ctx.rt.clock.now();

  /** The cache's map with expired entries dropped (expiry is by the simulated clock). */
  const live = (): Record<string, CacheEntry> => {
    const state = ctx.rt.store<CacheStore>(CACHE_STORE);
    const map = (state.caches[cacheKey] ??= {});
    const t = now();
    for (const [key, entry] of Object.entries(map)) if (entry.expiresAt <= t) delete map[key];
    return map;
  };

  const store = (pairs: Array<[string, string]>, expirationInSeconds: unknown) => {
    // Validate everything first: a refused put writes nothing.
    for (const [key, value] of pairs) {
      checkKey(key);
      checkValue(value);
    }
    const map = live();
    const t = now();
    const expiresAt = t + lifetimeSeconds(expirationInSeconds) * 1000;
    for (const [key, value] of pairs) {
      delete map[key]; // re-put counts as newest
      map[key] = { value, expiresAt, createdAt: t };
    }
    const keys = Object.keys(map);
    if (keys.length > CACHE_ITEM_CAP) {
      const oldest = keys
        .sort((a, b) => map[a].createdAt - map[b].createdAt)
        .slice(0, Math.max(CACHE_EVICTION_BATCH, keys.length - CACHE_ITEM_CAP));
      for (const key of oldest) delete map[key];
    }
  };

  const cache = {
    get(key: string): string | null {
      call('get');
      const k = String(key);
      checkKey(k);
      const entry = live()[k];
      return entry ? entry.value : null;
    },
    getAll(keys: string[]): Record<string, string> {
      call('getAll');
      const ks = Array.from(keys ?? [], String);
      ks.forEach(checkKey);
      const map = live();
      const out: Record<string, string> = {};
      for (const k of ks) if (map[k]) out[k] = map[k].value;
      return out;
    },
    put(key: string, value: string, expirationInSeconds?: number): void {
      call('put');
      store([[String(key), String(value)]], expirationInSeconds);
    },
    putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
      call('putAll');
      store(
        Object.entries(values ?? {}).map(([k, v]) => [k, String(v)]),
        expirationInSeconds,
      );
    },
    remove(key: string): void {
      call('remove');
      const k = String(key);
      checkKey(k);
      delete live()[k];
    },
    removeAll(keys: string[]): void {
      call('removeAll');
      const ks = Array.from(keys ?? [], String);
      ks.forEach(checkKey);
      const map = live();
      for (const k of ks) delete map[k];
    },
  };
  return withCoverage(cache, 'Cache') as unknown as GoogleAppsScript.Cache.Cache;
}

export function createCacheService(ctx: ScriptContext): GoogleAppsScript.Cache.CacheService {
  const service = {
    getScriptCache() {
      ctx.rt.call('CacheService', 'getScriptCache');
      return makeCache(ctx, 'script');
    },
    getUserCache() {
      ctx.rt.call('CacheService', 'getUserCache');
      return makeCache(ctx, 'user');
    },
    /** Null when the script is not bound to a document, as in Apps Script. */
    getDocumentCache() {
      ctx.rt.call('CacheService', 'getDocumentCache');
      return ctx.boundSpreadsheetId ? makeCache(ctx, 'document') : null;
    },
  };
  return withCoverage(service, 'CacheService') as unknown as GoogleAppsScript.Cache.CacheService;
}

/** Harness helper: the store key of a context's cache, for `liveCacheValues`. */
export function cacheStoreKey(ctx: ScriptContext, kind: CacheKind): string {
  return cacheKeyOf(ctx, kind);
}
