import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * One writer at a time on a workspace folder. Every command that loads a workspace, runs
 * something and saves it holds this lock for the whole read-modify-write, so two commands on the
 * same --dir never lose each other's changes: the second waits (ETAPAJA_LOCK_WAIT seconds,
 * default 60) and then refuses with a plain message naming the holder.
 *
 * Why our own lockfile and not proper-lockfile: that library decides staleness by the lock's
 * mtime, refreshed by a timer, and our commands run synchronously for many seconds (a long
 * `advance`), so the timer would not run and a live lock would look stale. Here the lock file is
 * made with O_EXCL and names its holder (pid, host, command, since); it is stale only when that
 * pid no longer runs on this host.
 */

export const LOCK_FILE = '.lock';
const DEFAULT_WAIT_SECONDS = 60;
const POLL_MS = 50;
/** A lock file still empty after this long was left by a process that died while making it. */
const EMPTY_LOCK_STALE_MS = 5_000;

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
  /** Which acquisition this is: a process may take and release the lock many times (serve). */
  token?: string;
}

export class WorkspaceBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | undefined,
    waitedSeconds: number,
  ) {
    super(
      holder
        ? `The workspace ${dir} is in use by "${holder.command}" (pid ${holder.pid}` +
            `${holder.host === os.hostname() ? '' : ` on ${holder.host}`}) since ${holder.since}. ` +
            `Waited ${waitedSeconds} s. Try again when it has finished ` +
            `(wait longer with ETAPAJA_LOCK_WAIT=seconds).`
        : `The workspace ${dir} is in use by another command. Waited ${waitedSeconds} s. ` +
            `Try again when it has finished.`,
    );
    this.name = 'WorkspaceBusyError';
  }
}

/** Seconds to wait for a busy workspace: ETAPAJA_LOCK_WAIT, else 60. */
export function lockWaitSeconds(): number {
  const configured = Number(process.env.ETAPAJA_LOCK_WAIT);
  return process.env.ETAPAJA_LOCK_WAIT !== undefined &&
    Number.isFinite(configured) &&
    configured >= 0
    ? configured
    : DEFAULT_WAIT_SECONDS;
}

function sleep(ms: number): void {
  // A synchronous pause: the commands are synchronous, and no timer needs to run meanwhile.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock whose holder died (a crash, kill -9) may be taken over. */
function isStale(file: string, holder: LockHolder | undefined): boolean {
  if (!holder || typeof holder.pid !== 'number') {
    try {
      return Date.now() - fs.statSync(file).mtimeMs > EMPTY_LOCK_STALE_MS;
    } catch {
      return false;
    }
  }
  return holder.host === os.hostname() && !isRunning(holder.pid);
}

function tryCreate(file: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = fs.openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(holder));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

/** Removes a stale lock, unless another process replaced it meanwhile (compared by inode). */
function removeStale(file: string, seenIno: number): void {
  try {
    if (fs.statSync(file).ino === seenIno) fs.unlinkSync(file);
  } catch {
    // Already gone: someone else removed it first.
  }
}

export interface HeldLock {
  release(): void;
}

/** Takes the lock of `dir` for `command`, waiting up to `waitSeconds`; throws WorkspaceBusyError. */
export function acquireWorkspaceLock(
  dir: string,
  command: string,
  waitSeconds = lockWaitSeconds(),
): HeldLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    command,
    since: new Date().toISOString(),
    token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  const deadline = Date.now() + waitSeconds * 1000;
  let holder: LockHolder | undefined;
  for (;;) {
    if (tryCreate(file, me)) break;
    let ino = -1;
    try {
      ino = fs.statSync(file).ino;
    } catch {
      continue; // released between our attempt and the stat: try again at once
    }
    holder = readHolder(file);
    if (isStale(file, holder)) {
      removeStale(file, ino);
      continue;
    }
    if (Date.now() >= deadline) throw new WorkspaceBusyError(dir, holder, waitSeconds);
    sleep(POLL_MS);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    // Only our own lock: never remove one a later process took over.
    if (readHolder(file)?.token === me.token) fs.rmSync(file, { force: true });
  };
  process.on('exit', release);
  return { release };
}

/** Runs `work` holding the lock of `dir`; releases it however `work` ends. */
export function withWorkspaceLock<T>(dir: string, command: string, work: () => T): T {
  const lock = acquireWorkspaceLock(dir, command);
  try {
    return work();
  } finally {
    lock.release();
  }
}
