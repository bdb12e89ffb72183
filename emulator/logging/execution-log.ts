import { formatDate } from '../utilities/format-date';
import type { LogEntry, LogLevel } from './store';

/**
 * An execution's log as the Apps Script editor's execution log shows it: one line per
 * `console.*` or `Logger.log` call with its time, level and message, between "Execution started"
 * and "Execution completed" notices. https://developers.google.com/apps-script/guides/logging
 * The time is the simulated clock in the project's zone; the editor's levels are Debug, Info,
 * Warning, Error (console.log and Logger.log are Info).
 */

export interface ExecutionLogLine {
  /** ISO instant of the simulated clock. */
  at: string;
  /** Wall-clock time in the project's zone, as the editor prints it (`8:00:01 AM`). */
  time: string;
  level: 'Notice' | 'Debug' | 'Info' | 'Warning' | 'Error';
  message: string;
}

const LEVELS: Record<LogLevel, ExecutionLogLine['level']> = {
  debug: 'Debug',
  info: 'Info',
  warn: 'Warning',
  error: 'Error',
};

export interface ExecutionSpan {
  startedAt: number;
  endedAt: number;
  status: string;
  error?: string;
  trace?: string[];
}

function line(at: number, timeZone: string, level: ExecutionLogLine['level'], message: string) {
  return {
    at: new Date(at).toISOString(),
    time: formatDate(at, timeZone, 'h:mm:ss a'),
    level,
    message,
  };
}

/** The lines of one execution, framed by the editor's start and end notices. */
export function executionLog(
  execution: ExecutionSpan,
  entries: LogEntry[],
  timeZone: string,
): ExecutionLogLine[] {
  const lines: ExecutionLogLine[] = [
    line(execution.startedAt, timeZone, 'Notice', 'Execution started'),
  ];
  for (const entry of entries)
    lines.push(line(entry.at, timeZone, LEVELS[entry.level], entry.message));
  if (execution.status === 'completed') {
    lines.push(line(execution.endedAt, timeZone, 'Notice', 'Execution completed'));
  } else {
    // The editor shows a failed execution's error as the last line, at level Error.
    const reason =
      execution.status === 'timed-out'
        ? 'Exceeded maximum execution time'
        : (execution.trace?.join('\n') ?? execution.error ?? execution.status);
    lines.push(line(execution.endedAt, timeZone, 'Error', reason));
  }
  return lines;
}

/** The lines as text, tab-separated like the editor's log copied out. */
export function formatExecutionLog(lines: ExecutionLogLine[]): string {
  return lines.map((l) => `${l.time}\t${l.level}\t${l.message}`).join('\n');
}
