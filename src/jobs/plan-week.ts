import { datesOfIsoWeek } from '../core/calendar-math';
import { addDays, isoWeekOf, parseDate } from '../core/dates';
import { isHoliday } from '../core/holidays';
import { describeProblem, t } from '../core/i18n';
import { mergeWithExisting, planKey, proposeWeekPlan, type SkipReason } from '../core/plans';
import type { Client, IsoDate, PlanDay, Problem, Settings } from '../core/types';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { parseChoice } from '../workbook/choices';
import { checkRoster, enrolledClients } from '../workbook/clients';
import { existingPlanRows, planRowView, planToRow } from '../workbook/plans-sheet';
import { PLANS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { tasksFromTable } from '../workbook/tasks-sheet';
import { updateRowsWhere } from '../workbook/update';
import { logRow, openWorkbook, rosterContext } from './workbook-context';

/** Weeks of earlier plans whose tasks the planner avoids repeating. */
export const RECENT_WEEKS = 3;

/** Finnish public holidays (and the eves workshops close on) of a week. */
export function holidaySkips(isoWeek: string): Map<IsoDate, SkipReason> {
  const skips = new Map<IsoDate, SkipReason>();
  for (const date of datesOfIsoWeek(isoWeek)) if (isHoliday(date)) skips.set(date, 'holiday');
  return skips;
}

/**
 * The dates the planning would give a client in a week: work days in the period, minus holidays
 * and closures, and none while orientation is pending unless the coach wrote a reason to skip it
 * (the override must be passed: without it a client planned by exception looked unplannable).
 */
export function workDaysInWeek(
  client: Client,
  isoWeek: string,
  settings: Settings,
  orientationOverride: string,
): IsoDate[] {
  const plan = proposeWeekPlan({
    client,
    isoWeek,
    tasks: [],
    recentTaskIds: new Set(),
    skipDates: holidaySkips(isoWeek),
    settings,
    orientationOverride,
  });
  return plan.days.map((day) => day.date);
}

/** The work days a client's period and week days give, orientation aside (roster warnings). */
export function calendarWorkDays(client: Client, isoWeek: string, settings: Settings): IsoDate[] {
  return workDaysInWeek({ ...client, oriented: true }, isoWeek, settings, '');
}

export interface PlanWeekResult {
  week: string;
  added: number;
  updated: number;
  /** Rows a coach edited or approved: left exactly as they are. */
  kept: number;
  unchanged: number;
  skipped: { clientId: string; date: IsoDate; reason: string }[];
  warnings: string[];
}

/**
 * Proposes next week's plan for every active client into the plans sheet. Deterministic, so
 * running it twice writes nothing the second time; a row the coach changed (its checksum no
 * longer matches) or approved is never overwritten.
 */
export function planNextWeek(isoWeek?: string): PlanWeekResult {
  const locked = withScriptLock(
    () => runPlan(typeof isoWeek === 'string' ? isoWeek : undefined),
    30_000,
  );
  if (!locked.ran) throw new Error('Etäpaja: another run is planning. Try again in a minute.');
  return locked.value;
}

/**
 * Plans the week for the clients named (the dispatch calls this, under its own lock, for
 * clients it found without a plan). Idempotent like planNextWeek.
 */
export function planClients(isoWeek: string, only: Set<string>): PlanWeekResult {
  return runPlan(isoWeek, only);
}

/**
 * The nightly catch-up: plans the week for every enrolled client that has no plan row in it
 * yet, leaving every client that has one exactly as it is (a coach who removed a day keeps it
 * removed). Runs every night, so a Monday run that failed is caught up the next night.
 */
export function planUnplanned(isoWeek: string): PlanWeekResult {
  const locked = withScriptLock(() => runPlan(isoWeek, 'unplanned'), 30_000);
  if (!locked.ran) throw new Error('Lock timeout: another run is planning.');
  return locked.value;
}

function runPlan(
  requested: string | undefined,
  only: Set<string> | 'unplanned' | undefined = undefined,
): PlanWeekResult {
  const ctx = openWorkbook();
  const { lang, settings } = ctx;
  const week =
    requested && /^\d{4}-W\d{2}$/.test(requested.trim())
      ? requested.trim()
      : isoWeekOf(addDays(ctx.today, 7));
  const result: PlanWeekResult = {
    week,
    added: 0,
    updated: 0,
    kept: 0,
    unchanged: 0,
    skipped: [],
    warnings: [],
  };
  if (datesOfIsoWeek(week).length === 0) {
    result.warnings.push(describeProblem(lang, { key: 'plans.invalidWeek', params: { week } }));
    return result;
  }

  const clientsTable = openTable(ctx.spreadsheet, 'clients');
  const groups = tryOpenTable(ctx.spreadsheet, 'groups');
  const rctx = rosterContext(
    ctx,
    groups,
    clientsTable.rows.map((r) => cellText(r.values.coach)),
  );
  const plans = openTable(ctx.spreadsheet, 'plans');
  const weekDates = new Set(datesOfIsoWeek(week));
  const planned = new Set(
    plans.rows
      .map((row) => planRowView(row.values))
      .filter((v) => v !== null && weekDates.has(v.date))
      .map((v) => v!.clientId),
  );
  const clients = enrolledClients(checkRoster(clientsTable, rctx)).filter((c) =>
    only === undefined ? true : only === 'unplanned' ? !planned.has(c.id) : only.has(c.id),
  );
  if (clients.length === 0) return result;
  const tasks = tasksFromTable(tryOpenTable(ctx.spreadsheet, 'tasks'));
  const taskById = new Map(tasks.map((task) => [task.id, task]));
  const attendance = tryOpenTable(ctx.spreadsheet, 'attendance');

  // Days the coach marked "no service arranged" for a client.
  const noService = new Map<string, Set<IsoDate>>();
  for (const row of attendance?.rows ?? []) {
    const mark =
      parseChoice('attendance', row.values.coachMark) ??
      parseChoice('attendance', row.values.final);
    const date = parseDate(row.values.date);
    if (mark !== 'no-service' || !date) continue;
    const id = cellText(row.values.clientId);
    noService.set(id, (noService.get(id) ?? new Set()).add(date));
  }

  // Tasks each client had in recent weeks.
  const earliest = addDays(datesOfIsoWeek(week)[0], -7 * RECENT_WEEKS);
  const recent = new Map<string, Set<string>>();
  for (const row of plans.rows) {
    const view = planRowView(row.values);
    if (!view || view.date < earliest || view.week === week || view.date >= datesOfIsoWeek(week)[0])
      continue;
    const set = recent.get(view.clientId) ?? new Set<string>();
    view.taskIds.forEach((id) => set.add(id));
    recent.set(view.clientId, set);
  }

  const overrides = new Map(
    clientsTable.rows.map((r) => [cellText(r.values.id), cellText(r.values.orientationOverride)]),
  );
  const holidays = holidaySkips(week);
  const proposed: PlanDay[] = [];
  const problems: Problem[] = [];
  const names = new Map(clients.map((c) => [c.id, c.name]));
  const overridden: Problem[] = [];
  for (const client of clients) {
    const skipDates = new Map(holidays);
    for (const date of noService.get(client.id) ?? [])
      if (!skipDates.has(date)) skipDates.set(date, 'no-service');
    const tasksForClient = tasks.filter((task) => cellText(task.title[client.lang]) !== '');
    const plan = proposeWeekPlan({
      client,
      isoWeek: week,
      tasks: tasksForClient,
      recentTaskIds: recent.get(client.id) ?? new Set(),
      skipDates,
      settings,
      orientationOverride: overrides.get(client.id) ?? '',
    });
    if (!client.oriented && plan.days.length > 0) {
      const reason = overrides.get(client.id) ?? '';
      overridden.push({
        key: 'plans.orientationOverridden',
        params: { clientId: client.id, reason },
      });
    }
    proposed.push(...plan.days);
    problems.push(...plan.problems);
    for (const skip of plan.skipped) {
      result.skipped.push({
        clientId: client.id,
        date: skip.date,
        reason: t(lang, `workbook.plan.skipped.${skip.reason}`),
      });
    }
  }

  const merge = mergeWithExisting(proposed, existingPlanRows(plans));
  result.added = merge.toAdd.length;
  result.updated = merge.toUpdate.length;
  result.kept = merge.protectedKeys.length;
  result.unchanged = proposed.length - result.added - result.updated - result.kept;
  result.warnings = problems.map((p) => describeProblem(lang, p));

  appendRows(
    plans,
    merge.toAdd.map((day) => planToRow(day, names.get(day.clientId) ?? '', taskById, lang)),
  );
  const updates = new Map(
    merge.toUpdate.map((day) => [
      planKey(day.clientId, day.date),
      planToRow(day, names.get(day.clientId) ?? '', taskById, lang),
    ]),
  );
  const planKeyOf = (values: Record<string, unknown>): string => planRowView(values)?.key ?? '';
  updateRowsWhere(plans.sheet, PLANS, planKeyOf, updates, [
    'mode',
    'hours',
    'taskIds',
    'taskTitles',
    'fingerprint',
    'name',
  ]);

  // Tasks before orientation are the coach's decision, and its reason is kept in the log.
  // Logged once, when the days are first written (a rerun that writes nothing logs nothing).
  const added = new Set(merge.toAdd.map((day) => day.clientId));
  const overrideRows = overridden
    .filter((o) => added.has(String(o.params?.clientId)))
    .map((o) =>
      logRow('planNextWeek', 'warning', describeProblem(lang, o), String(o.params?.clientId)),
    );
  if (result.added + result.updated > 0) {
    const log = tryOpenTable(ctx.spreadsheet, 'log');
    if (log) {
      appendRows(log, [
        ...overrideRows,
        logRow(
          'planNextWeek',
          'info',
          t(lang, 'workbook.plan.summary', {
            week,
            added: result.added,
            updated: result.updated,
            kept: result.kept,
          }),
        ),
        ...result.warnings.map((w) => logRow('planNextWeek', 'warning', w)),
      ]);
    }
  }
  return result;
}
