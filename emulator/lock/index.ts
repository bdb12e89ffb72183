export {
  createLockService,
  setRunningCheck,
  lockStoreKey,
  LOCK_TIMEOUT,
  type RunningCheck,
  type LockKind,
} from './lock';
export { LOCK_STORE, releaseLocksOf, heldLocks, type LockStore, type LockRecord } from './store';
