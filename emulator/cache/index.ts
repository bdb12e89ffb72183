export {
  createCacheService,
  cacheStoreKey,
  CACHE_KEY_MAX_CHARS,
  CACHE_VALUE_MAX_BYTES,
  CACHE_DEFAULT_EXPIRATION_S,
  CACHE_MAX_EXPIRATION_S,
  CACHE_ITEM_CAP,
  KEY_TOO_LARGE,
  VALUE_TOO_LARGE,
  type CacheKind,
} from './cache';
export {
  CACHE_STORE,
  liveCacheValues,
  flushAllCaches,
  type CacheStore,
  type CacheEntry,
} from './store';
