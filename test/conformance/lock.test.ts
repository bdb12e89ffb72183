import { createLockService } from '../../emulator/lock';
import { makeTestContext } from '../helpers/runtime';

describe('https://developers.google.com/apps-script/reference/lock/lock', () => {
  it('hasLock is false before tryLock/waitLock and after releaseLock', () => {
    const lock = createLockService(makeTestContext()).getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('releaseLock has no effect if the lock was not acquired', () => {
    const lock = createLockService(makeTestContext()).getScriptLock();
    expect(() => lock.releaseLock()).not.toThrow();
  });

  it('waitLock throws when another execution holds the lock past the timeout', () => {
    const ctx = makeTestContext();
    createLockService(ctx).getScriptLock().waitLock(30000);
    const overlapping = ctx.rt.begin({
      id: 'submit-2',
      projectId: 'test',
      functionName: 'onFormSubmit',
      user: ctx.user,
    });
    const lock = createLockService(ctx).getScriptLock();
    expect(() => lock.waitLock(30000)).toThrow(
      new Error('Lock timeout: another process was holding the lock for too long.'),
    );
    expect(lock.tryLock(10000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    ctx.rt.end(overlapping);
  });
});

describe('https://developers.google.com/apps-script/reference/lock/lock-service', () => {
  it('getDocumentLock returns null when the script is not bound to a document', () => {
    expect(createLockService(makeTestContext()).getDocumentLock()).toBeNull();
  });
});
