import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { EXECUTION_BUDGET_MS, Runtime } from '../runtime/runtime';
import { LOCK_STORE, LockRecord, LockStore } from './store';

/**
 * LockService and Lock.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * The emulator is single-threaded: two executions overlap only when one is begun while another
 * is still running (`rt.begin` nested inside an execution, how overlapping triggers are
 * simulated). A lock held by a different execution that is still running is contended: tryLock
 * waits its whole timeout on the simulated clock and fails, waitLock does the same and throws.
 * A lock held by the asking execution is granted again (re-entrant within one execution).
 *
 * "Still running" is decided by, in order:
 * 1. the record is younger than the 6-minute execution limit (an older holder must have ended);
 * 2. the check registered with `setRunningCheck(rt, fn)`, if any (the workspace registers one
 *    that knows its execution stack); without one, a younger record counts as running, so the
 *    workspace must call `releaseLocksOf` when an execution ends.
 */

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export type RunningCheck = (executionId: string) => boolean;

const runningChecks = new WeakMap<Runtime, RunningCheck>();

/** Registers how this runtime tells whether an execution is still running (undefined clears). */
export function setRunningCheck(rt: Runtime, check: RunningCheck | undefined): void {
  if (check) runningChecks.set(rt, check);
  else runningChecks.delete(rt);
}

export type LockKind = 'script' | 'user' | 'document';

function lockKeyOf(ctx: ScriptContext, kind: LockKind): string {
  if (kind === 'script') return `script:${ctx.projectId}`;
  if (kind === 'user') return `user:${ctx.projectId}:${ctx.user}`;
  return `document:${ctx.projectId}:${ctx.boundSpreadsheetId}`;
}

function holderRunning(ctx: ScriptContext, record: LockRecord): boolean {
  if (ctx.rt.clock.now() - record.acquiredAt >= EXECUTION_BUDGET_MS) return false;
  const check = runningChecks.get(ctx.rt);
  return check ? check(record.holderExecutionId) : true;
}

function makeLock(ctx: ScriptContext, kind: LockKind): GoogleAppsScript.Lock.Lock {
  const key = lockKeyOf(ctx, kind);
  const state = () => ctx.rt.store<LockStore>(LOCK_STORE);
  const me = () => ctx.rt.execution.info.id;

  /** Takes the lock if free, stale or already ours; otherwise waits out the timeout and fails. */
  const acquire = (timeoutInMillis: number): boolean => {
    const locks = state().locks;
    const record = locks[key];
    if (record && record.holderExecutionId !== me() && holderRunning(ctx, record)) {
      const wait = Math.max(0, Math.floor(Number(timeoutInMillis) || 0));
      ctx.rt.clock.advance(wait);
      return false;
    }
    if (!record || record.holderExecutionId !== me()) {
      locks[key] = { holderExecutionId: me(), acquiredAt: ctx.rt.clock.now() };
    }
    return true;
  };

  const lock = {
    tryLock(timeoutInMillis: number): boolean {
      ctx.rt.call('Lock', 'tryLock');
      return acquire(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number): void {
      ctx.rt.call('Lock', 'waitLock');
      if (!acquire(timeoutInMillis)) throw appsScriptError(LOCK_TIMEOUT);
    },
    releaseLock(): void {
      ctx.rt.call('Lock', 'releaseLock');
      const locks = state().locks;
      if (locks[key]?.holderExecutionId === me()) delete locks[key];
    },
    hasLock(): boolean {
      ctx.rt.call('Lock', 'hasLock');
      return state().locks[key]?.holderExecutionId === me();
    },
  };
  return withCoverage(lock, 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
}

export function createLockService(ctx: ScriptContext): GoogleAppsScript.Lock.LockService {
  const service = {
    getScriptLock() {
      ctx.rt.call('LockService', 'getScriptLock');
      return makeLock(ctx, 'script');
    },
    getUserLock() {
      ctx.rt.call('LockService', 'getUserLock');
      return makeLock(ctx, 'user');
    },
    /** Null when the script is not bound to a document, as in Apps Script. */
    getDocumentLock() {
      ctx.rt.call('LockService', 'getDocumentLock');
      return ctx.boundSpreadsheetId ? makeLock(ctx, 'document') : null;
    },
  };
  return withCoverage(service, 'LockService') as unknown as GoogleAppsScript.Lock.LockService;
}

/** Harness helper: the store key of a context's lock, for `heldLocks`. */
export function lockStoreKey(ctx: ScriptContext, kind: LockKind): string {
  return lockKeyOf(ctx, kind);
}
