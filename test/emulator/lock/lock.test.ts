import {
  createLockService,
  heldLocks,
  LOCK_STORE,
  LOCK_TIMEOUT,
  lockStoreKey,
  releaseLocksOf,
  setRunningCheck,
  type LockStore,
} from '../../../emulator/lock';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { makeTestContext } from '../../helpers/runtime';

function overlap(ctx: ReturnType<typeof makeTestContext>, id = 'exec-2') {
  return ctx.rt.begin({
    id,
    projectId: ctx.projectId,
    functionName: 'onFormSubmit',
    user: ctx.user,
  });
}

describe('LockService (emulator)', () => {
  it('a second execution cannot take a lock the first still holds', () => {
    const ctx = makeTestContext();
    const service = createLockService(ctx);
    const first = service.getScriptLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(heldLocks(ctx.rt.store(LOCK_STORE))).toEqual({
      'script:test': { holderExecutionId: 'test-exec', acquiredAt: expect.any(Number) },
    });

    const second = overlap(ctx);
    const lock = service.getScriptLock();
    const before = ctx.rt.clock.now();
    expect(lock.tryLock(5000)).toBe(false);
    expect(ctx.rt.clock.now() - before).toBeGreaterThanOrEqual(5000);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(2000)).toThrow(LOCK_TIMEOUT);
    lock.releaseLock(); // not ours: no effect
    ctx.rt.end(second);

    expect(first.hasLock()).toBe(true);
    first.releaseLock();
    expect(first.hasLock()).toBe(false);
    const third = overlap(ctx, 'exec-3');
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    ctx.rt.end(third);
  });

  it('the same execution may take its own lock again', () => {
    const ctx = makeTestContext();
    const service = createLockService(ctx);
    service.getScriptLock().waitLock(100);
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('user locks of different users do not contend; the script lock does', () => {
    const ctx = makeTestContext();
    createLockService(ctx).getUserLock().waitLock(10);
    const second = ctx.rt.begin({
      id: 'other',
      projectId: 'test',
      functionName: 'f',
      user: 'b@kunta.example',
    });
    const other = createLockService({ ...ctx, user: 'b@kunta.example' });
    expect(other.getUserLock().tryLock(10)).toBe(true);
    ctx.rt.end(second);
  });

  it('releaseLocksOf frees the locks of an execution that ended', () => {
    const ctx = makeTestContext();
    createLockService(ctx).getScriptLock().waitLock(10);
    const store = ctx.rt.store<LockStore>(LOCK_STORE);
    expect(releaseLocksOf(store, 'test-exec')).toEqual([lockStoreKey(ctx, 'script')]);
    expect(store.locks).toEqual({});
  });

  it('a running check that says the holder ended makes the lock free', () => {
    const ctx = makeTestContext();
    createLockService(ctx).getScriptLock().waitLock(10);
    const second = overlap(ctx);
    setRunningCheck(ctx.rt, (id) => id !== 'test-exec');
    expect(createLockService(ctx).getScriptLock().tryLock(10)).toBe(true);
    setRunningCheck(ctx.rt, undefined);
    ctx.rt.end(second);
  });

  it('a record older than the 6-minute execution limit is stale', () => {
    const ctx = makeTestContext();
    createLockService(ctx).getScriptLock().waitLock(10);
    ctx.rt.clock.advance(6 * 60 * 1000);
    const second = overlap(ctx);
    expect(createLockService(ctx).getScriptLock().tryLock(10)).toBe(true);
    ctx.rt.end(second);
  });

  it('getDocumentLock is null when the script is not bound', () => {
    const ctx = makeTestContext();
    expect(createLockService(ctx).getDocumentLock()).toBeNull();
    expect(createLockService({ ...ctx, boundSpreadsheetId: 'S' }).getDocumentLock()).not.toBeNull();
  });

  it('an injected fault takes no lock', () => {
    const ctx = makeTestContext();
    const lock = createLockService(ctx).getScriptLock();
    ctx.rt.faults = new FaultInjector(parseFaults('lock=1'));
    expect(() => lock.tryLock(10)).toThrow('Service unavailable: Lock');
    expect(ctx.rt.store<LockStore>(LOCK_STORE).locks).toEqual({});
  });
});
