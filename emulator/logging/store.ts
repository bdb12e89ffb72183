import { registerStore } from '../runtime/state';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** One log line: `at` is simulated-clock ms; `executionId` is null outside an execution. */
export interface LogEntry {
  at: number;
  level: LogLevel;
  message: string;
  executionId: string | null;
  source: 'Logger' | 'console';
}

export interface LogStore {
  entries: LogEntry[];
}

export const LOG_STORE = 'logs';
/** The store keeps the newest entries only. */
export const LOG_CAP = 5000;

registerStore<LogStore>({
  name: LOG_STORE,
  empty: () => ({ entries: [] }),
});

export function appendLog(store: LogStore, entry: LogEntry): void {
  store.entries.push(entry);
  if (store.entries.length > LOG_CAP) store.entries.splice(0, store.entries.length - LOG_CAP);
}

/** Harness helper: the entries of one execution, oldest first (what the CLI shows). */
export function logsOf(store: LogStore, executionId: string): LogEntry[] {
  return store.entries.filter((entry) => entry.executionId === executionId);
}
