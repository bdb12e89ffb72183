import { dueWork } from '../core/schedule';
import { readSchedule, writeSchedule } from '../services/triggers';
import { weeklyDispatch } from './dispatch';
import { nightly } from './nightly';
import { reminders } from './reminders';
import { NIGHTLY_HOUR } from './setup';
import { recordHeartbeat } from './trigger-health';
import { openWorkbook } from './workbook-context';

/** The add-on's one time-driven trigger per coach per workbook (setup.ts `triggerSpecs`). */
export const HOURLY_HANDLER = 'hourlyRun';
/** Reminders run after a heavy job only while this much of the execution is left unused. */
const REMINDERS_WITHIN_MS = 3 * 60_000;

export interface HourlyReport {
  nightly?: Record<string, unknown>;
  dispatch?: ReturnType<typeof weeklyDispatch>;
  reminders?: { sent: number };
  due: ReturnType<typeof dueWork>;
}

/**
 * The hourly run of an editor add-on. An add-on may hold one time-driven trigger per user per
 * document, at most hourly, so this one run decides from the workbook's schedule what is due
 * (core/schedule.ts): the nightly work from 02, the weekly dispatch on the send day from the send
 * hour, a dispatch continuation whose time has come — at most one of those per run, each needing
 * most of six minutes — then the hourly reminders and the reflection intake they include, if time
 * is left (otherwise the next hour's run). What a run starts is written down before it starts, so
 * a crash costs the retry that the bound script's own triggers would not make either; the
 * dispatch and the nightly work are exactly-once and idempotent themselves.
 */
export function hourlyRun(event?: unknown): HourlyReport {
  const startedAt = Date.now();
  recordHeartbeat(HOURLY_HANDLER);
  const wb = openWorkbook();
  const state = readSchedule();
  const due = dueWork(startedAt, wb.settings, NIGHTLY_HOUR, state);
  const report: HourlyReport = { due };
  if (due.nightly) {
    writeSchedule({ ...state, lastNightly: due.today });
    report.nightly = nightly();
  } else if (due.dispatch !== '') {
    const next = { ...state, continueDispatchAt: undefined };
    if (due.dispatch === 'weekly') next.lastDispatchWeek = due.week;
    writeSchedule(next);
    report.dispatch = weeklyDispatch(event);
  }
  if (Date.now() - startedAt < REMINDERS_WITHIN_MS) report.reminders = reminders(event);
  return report;
}
