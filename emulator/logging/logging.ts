import { format } from 'node:util';
import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { isDate } from '../runtime/clock';
import { formatDate } from '../utilities/format-date';
import { appendLog, LOG_STORE, LogEntry, LogLevel, LogStore } from './store';

/**
 * Logger and console.
 * https://developers.google.com/apps-script/reference/base/logger
 * https://developers.google.com/apps-script/reference/base/console
 * Neither is a service call: they are not counted, priced or failed. Every line goes to the
 * 'logs' store and, if given, to `sink` (the CLI prints it live).
 */

export type LogSink = (entry: LogEntry) => void;

function write(
  ctx: ScriptContext,
  sink: LogSink | undefined,
  entry: Omit<LogEntry, 'at' | 'executionId'>,
): LogEntry {
  const full: LogEntry = {
    at: ctx.rt.clock.now(),
    executionId: ctx.rt.current?.info.id ?? null,
    ...entry,
  };
  appendLog(ctx.rt.store<LogStore>(LOG_STORE), full);
  sink?.(full);
  return full;
}

/** How Logger.log shows one value: strings as they are, objects as JSON. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return String(value);
  }
  if (value !== null && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

/** Logger.log(format, values...): each %s takes the next value. */
export function loggerMessage(data: unknown, values: unknown[]): string {
  if (values.length === 0) return show(data);
  let next = 0;
  return show(data).replace(/%s/g, (m) => (next < values.length ? show(values[next++]) : m));
}

export function createLogger(ctx: ScriptContext, sink?: LogSink): GoogleAppsScript.Base.Logger {
  /** getLog/clear see the current execution's Logger lines since its last clear. */
  const buffers = new Map<string, string[]>();
  const bufferKey = () => ctx.rt.current?.info.id ?? '';
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      const entry = write(ctx, sink, {
        level: 'info',
        source: 'Logger',
        message: loggerMessage(data, values),
      });
      const stamp = formatDate(entry.at, ctx.timeZone, 'yy-MM-dd HH:mm:ss:SSS z');
      const key = bufferKey();
      if (!buffers.has(key)) buffers.set(key, []);
      buffers.get(key)!.push(`[${stamp}] ${entry.message}`);
      return wrapped;
    },
    /** Lines as the classic Logger showed them: `[yy-MM-dd HH:mm:ss:SSS z] message`. */
    getLog(): string {
      const lines = buffers.get(bufferKey()) ?? [];
      return lines.map((line) => `${line}\n`).join('');
    },
    clear(): void {
      buffers.delete(bufferKey());
    },
  };
  const wrapped = withCoverage(logger, 'Logger') as unknown as GoogleAppsScript.Base.Logger;
  return wrapped;
}

export interface EmulatedConsole {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  time(label?: string): void;
  timeEnd(label?: string): void;
}

export function createConsole(ctx: ScriptContext, sink?: LogSink): EmulatedConsole {
  const timers = new Map<string, number>();
  // A Date prints as its toString (in the project's zone), as the execution log shows it, not
  // as Node's inspect would (an ISO string in UTC).
  const emit = (level: LogLevel, args: unknown[]) =>
    void write(ctx, sink, {
      level,
      source: 'console',
      message: format(...args.map((a) => (isDate(a) ? String(a) : a))),
    });
  const emulated: EmulatedConsole = {
    log: (...args) => emit('info', args),
    info: (...args) => emit('info', args),
    warn: (...args) => emit('warn', args),
    error: (...args) => emit('error', args),
    time(label = 'default') {
      timers.set(String(label), ctx.rt.clock.now());
    },
    timeEnd(label = 'default') {
      const key = String(label);
      const started = timers.get(key);
      if (started === undefined) {
        emit('warn', [`Timer '${key}' does not exist`]);
        return;
      }
      timers.delete(key);
      emit('info', [`${key}: ${ctx.rt.clock.now() - started}ms`]);
    },
  };
  return withCoverage(emulated, 'console');
}
