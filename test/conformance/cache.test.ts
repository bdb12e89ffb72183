import { createCacheService } from '../../emulator/cache';
import { makeTestContext } from '../helpers/runtime';

const setup = () => {
  const ctx = makeTestContext();
  return { ctx, cache: createCacheService(ctx).getScriptCache() };
};

/** Lets time pass between executions (one execution may not outlive 6 minutes). */
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

describe('https://developers.google.com/apps-script/reference/cache/cache', () => {
  it('get returns null if none is found', () => {
    expect(setup().cache.get('nothing')).toBeNull();
  });

  it('getAll returns only the keys found', () => {
    const { cache } = setup();
    cache.putAll({ foo: 'somevalue', x: 'othervalue' });
    expect(cache.getAll(['foo', 'x', 'missing'])).toEqual({ foo: 'somevalue', x: 'othervalue' });
  });

  it('put without expiration keeps the value for 600 seconds (10 minutes)', () => {
    const { ctx, cache } = setup();
    cache.put('k', 'v');
    later(ctx, 599_000);
    expect(cache.get('k')).toBe('v');
    later(ctx, 1_000);
    expect(cache.get('k')).toBeNull();
  });

  it('put with expirationInSeconds expires it then', () => {
    const { ctx, cache } = setup();
    cache.put('rss-feed-contents', 'contents', 15);
    ctx.rt.clock.advance(15_000);
    expect(cache.get('rss-feed-contents')).toBeNull();
  });

  it('put replaces the value of a key that is already cached, with its new expiration', () => {
    const { ctx, cache } = setup();
    cache.put('card', 'old', 600);
    later(ctx, 300_000);
    cache.put('card', 'new', 600);
    later(ctx, 599_000);
    expect(cache.get('card')).toBe('new');
  });

  it('the maximum expiration is 21600 seconds (6 hours)', () => {
    const { ctx, cache } = setup();
    cache.put('k', 'v', 21600);
    later(ctx, 21_599_000);
    expect(cache.get('k')).toBe('v');
    later(ctx, 1_000);
    expect(cache.get('k')).toBeNull();
  });

  it('remove and removeAll delete entries', () => {
    const { cache } = setup();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  it('the maximum length of a key is 250 characters', () => {
    const { cache } = setup();
    expect(() => cache.put('k'.repeat(250), 'v')).not.toThrow();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(new Error('Argument too large: key'));
  });

  it('the maximum amount of data that can be stored per key is 100KB', () => {
    const { cache } = setup();
    expect(() => cache.put('ok', 'v'.repeat(100 * 1024))).not.toThrow();
    expect(() => cache.put('big', 'v'.repeat(100 * 1024 + 1))).toThrow(
      new Error('Argument too large: value'),
    );
    expect(cache.get('big')).toBeNull();
  });

  it('putAll that holds one value too large stores none of them', () => {
    const { cache } = setup();
    expect(() => cache.putAll({ a: '1', b: 'v'.repeat(100 * 1024 + 1) })).toThrow(
      new Error('Argument too large: value'),
    );
    expect(cache.get('a')).toBeNull();
  });
});

describe('https://developers.google.com/apps-script/reference/cache/cache-service', () => {
  it('getDocumentCache returns null when the script is not bound', () => {
    expect(createCacheService(makeTestContext()).getDocumentCache()).toBeNull();
  });
});
