import {
  CACHE_STORE,
  cacheStoreKey,
  createCacheService,
  flushAllCaches,
  liveCacheValues,
  type CacheStore,
} from '../../../emulator/cache';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { makeTestContext } from '../../helpers/runtime';

/** Lets time pass between executions, as a later trigger run would see it. */
function later(ctx: ReturnType<typeof makeTestContext>, ms: number): void {
  ctx.rt.end(ctx.rt.execution);
  ctx.rt.clock.advance(ms);
  ctx.rt.begin({
    id: `exec-${ctx.rt.clock.now()}`,
    projectId: 'test',
    functionName: 'f',
    user: ctx.user,
  });
}

describe('CacheService (emulator)', () => {
  it('expires values by the simulated clock (default 600 s)', () => {
    const ctx = makeTestContext();
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('a', 'x');
    cache.put('b', 'y', 30);
    later(ctx, 29_000);
    expect(cache.getAll(['a', 'b'])).toEqual({ a: 'x', b: 'y' });
    later(ctx, 2_000);
    expect(cache.get('b')).toBeNull();
    expect(cache.get('a')).toBe('x');
    later(ctx, 600_000);
    expect(cache.get('a')).toBeNull();
  });

  it('caps the lifetime at 21600 s', () => {
    const ctx = makeTestContext();
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('long', 'v', 999_999);
    later(ctx, 21_599_000);
    expect(cache.get('long')).toBe('v');
    later(ctx, 2_000);
    expect(cache.get('long')).toBeNull();
  });

  it('measures the 100 KB value limit in UTF-8 bytes', () => {
    const cache = createCacheService(makeTestContext()).getScriptCache();
    expect(() => cache.put('fi', 'ä'.repeat(51_200))).not.toThrow();
    expect(() => cache.put('fi', 'ä'.repeat(51_201))).toThrow(
      new Error('Argument too large: value'),
    );
    expect(cache.get('fi')).toBe('ä'.repeat(51_200));
  });

  it('keeps user caches per user and the document cache per bound spreadsheet', () => {
    const ctx = makeTestContext();
    createCacheService(ctx).getUserCache().put('k', 'mine');
    expect(
      createCacheService({ ...ctx, user: 'b@kunta.example' })
        .getUserCache()
        .get('k'),
    ).toBeNull();
    expect(createCacheService(ctx).getDocumentCache()).toBeNull();
    const bound = { ...ctx, boundSpreadsheetId: 'S1' };
    createCacheService(bound).getDocumentCache()!.put('k', 'doc');
    expect(
      liveCacheValues(
        ctx.rt.store(CACHE_STORE),
        cacheStoreKey(bound, 'document'),
        ctx.rt.clock.now(),
      ),
    ).toEqual({
      k: 'doc',
    });
  });

  it('evicts the oldest items past the 1,000-item cap', () => {
    const ctx = makeTestContext();
    const cache = createCacheService(ctx).getScriptCache();
    const values: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) values[`k${i}`] = String(i);
    cache.putAll(values);
    ctx.rt.clock.advance(1000);
    cache.put('newest', 'n');
    const store = ctx.rt.store<CacheStore>(CACHE_STORE);
    const live = liveCacheValues(store, cacheStoreKey(ctx, 'script'), ctx.rt.clock.now());
    expect(Object.keys(live).length).toBe(901);
    expect(live.newest).toBe('n');
  });

  it('an injected fault on put writes nothing; flushAllCaches empties everything', () => {
    const ctx = makeTestContext();
    const cache = createCacheService(ctx).getScriptCache();
    ctx.rt.faults = new FaultInjector(parseFaults('cache=1'));
    expect(() => cache.put('a', 'b')).toThrow('Service unavailable: Cache');
    ctx.rt.faults = new FaultInjector(parseFaults(undefined));
    expect(cache.get('a')).toBeNull();
    cache.put('a', 'b');
    flushAllCaches(ctx.rt.store(CACHE_STORE));
    expect(cache.get('a')).toBeNull();
  });

  it('counts calls under CacheService', () => {
    const ctx = makeTestContext();
    const cache = createCacheService(ctx).getScriptCache();
    cache.put('a', '1');
    cache.removeAll(['a']);
    expect(ctx.rt.execution.callsByService()).toEqual({ CacheService: 3 });
  });
});
