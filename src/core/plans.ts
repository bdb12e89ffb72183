import { datesOfIsoWeek, isoWeekOfDate, isoWeekdayOfDate } from './calendar-math';
import {
  inPersonWeekdays,
  intervalOnSite,
  lastServiceDay,
  orientationPending,
} from './service-models';
import type { Client, IsoDate, PlanDay, Problem, Settings, Task } from './types';

/**
 * Weekly plan proposals. The proposal is only a draft for the coach: it is deterministic (same
 * input, same plan) so regenerating is safe, and `mergeWithExisting` guarantees that a coach's
 * edit or approval is never overwritten by a regenerated draft.
 */

/** `on-site`: an interval client's week at the centre (no remote tasks). */
export type SkipReason = 'holiday' | 'no-service' | 'closed' | 'on-site';

export interface WeekPlanInput {
  client: Client;
  isoWeek: string; // "2026-W49"
  tasks: Task[];
  /** Tasks the client did in recent weeks: avoided when something else fits. */
  recentTaskIds: Set<string>;
  skipDates: Map<IsoDate, SkipReason>;
  settings: Settings;
  /** The coach's reason to plan tasks before orientation is done ('' = wait for orientation). */
  orientationOverride?: string;
}

export interface WeekPlan {
  days: PlanDay[];
  skipped: { date: IsoDate; reason: SkipReason }[];
  problems: Problem[];
}

/**
 * Keeps the client's weekly letter readable even on an 8-hour day full of short tasks: three
 * tasks a day, plus at most one whole-week task (a sleep diary) shown once under the week.
 */
export const MAX_TASKS_PER_DAY = 3;

/** The key of a plan row: one row per client and date. */
export function planKey(clientId: string, date: IsoDate): string {
  return `${clientId}|${date}`;
}

/** FNV-1a: a small stable hash, so the rotation is the same on every run and platform. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function modeFits(task: Task, dayMode: PlanDay['mode']): boolean {
  return task.mode === 'any' || task.mode === dayMode;
}

interface DayContext {
  goalTags: Set<string>;
  recent: Set<string>;
  usedThisWeek: Set<string>;
  /** Goal tasks per day before other fresh tasks get a turn, so goals spread over the week. */
  goalQuota: number;
}

function matchesGoal(task: Task, goalTags: Set<string>): boolean {
  return goalTags.size === 0 || task.goalTags.some((tag) => goalTags.has(tag));
}

/**
 * Preference tier of a task for the next slot of a day, lower is better:
 * 0 a fresh goal task within the day's quota, 1 any fresh task, 2 a fresh goal task beyond the
 * quota, 3–4 a task done in recent weeks (goal first), 5–6 a task already planned this week.
 * Fresh non-goal tasks before extra goal tasks give each day a mix, e.g. a walk beside the CV.
 */
function tierOf(task: Task, ctx: DayContext, goalPicked: number): number {
  const goal = matchesGoal(task, ctx.goalTags);
  if (ctx.usedThisWeek.has(task.id)) return goal ? 5 : 6;
  if (ctx.recent.has(task.id)) return goal ? 3 : 4;
  if (!goal) return 1;
  return goalPicked < ctx.goalQuota ? 0 : 2;
}

/**
 * Picks tasks for one day slot by slot, filling `budget` minutes without exceeding it. Each slot
 * takes the best tier, then the task repeating fewest tags already in the day (variety), then a
 * task long enough to fill the rest of the day in the slots left, then the client's rotation.
 */
function pickTasksForDay(rotated: Task[], ctx: DayContext, budget: number): Task[] {
  const picked: Task[] = [];
  const dayTags = new Set<string>();
  let goalPicked = 0;
  let remaining = budget;
  while (picked.length < MAX_TASKS_PER_DAY) {
    const needPerSlot = remaining / (MAX_TASKS_PER_DAY - picked.length);
    let best: Task | null = null;
    let bestKey: number[] = [];
    for (let index = 0; index < rotated.length; index++) {
      const task = rotated[index];
      if (task.minutes > remaining || picked.includes(task)) continue;
      const repeatsTags = task.goalTags.filter((tag) => dayTags.has(tag)).length;
      const key = [
        tierOf(task, ctx, goalPicked),
        repeatsTags,
        Math.max(0, Math.round(needPerSlot - task.minutes)),
        index,
      ];
      if (best === null || compareKeys(key, bestKey) < 0) {
        best = task;
        bestKey = key;
      }
    }
    if (best === null) break;
    const task = best;
    picked.push(task);
    remaining -= task.minutes;
    task.goalTags.forEach((tag) => dayTags.add(tag));
    if (matchesGoal(task, ctx.goalTags)) goalPicked += 1;
  }
  return picked;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/**
 * The task list in the client's own stable rotation for this week. Sorted by id first, so the
 * sheet's row order does not matter; a duplicated id (a copied row) counts once, first wins.
 */
function rotateFor(tasks: Task[], clientId: string, isoWeek: string): Task[] {
  const unique = new Map<string, Task>();
  for (const task of tasks) if (task.id && !unique.has(task.id)) unique.set(task.id, task);
  const byId = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (byId.length === 0) return byId;
  const offset = stableHash(`${clientId}|${isoWeek}`) % byId.length;
  return [...byId.slice(offset), ...byId.slice(0, offset)];
}

/** The week's whole-week task: a fresh one matching the goals first, then any fresh one. */
function pickWeekTask(
  rotated: Task[],
  goalTags: Set<string>,
  recent: Set<string>,
  planned: { mode: PlanDay['mode'] }[],
): Task | undefined {
  if (planned.length < 2) return undefined; // a one-day week has no "every day"
  const fits = rotated.filter(
    (task) => task.weekLong && planned.every((day) => modeFits(task, day.mode)),
  );
  const fresh = fits.filter((task) => !recent.has(task.id));
  return (
    fresh.find((task) => goalTags.size > 0 && matchesGoal(task, goalTags)) ??
    fresh.find((task) => matchesGoal(task, goalTags))
  );
}

/**
 * Proposes one client's plan for one ISO week. Dates in `skipDates` (and the workbook's
 * `settings.closedDates`, counted as 'closed') are reported in `skipped`, not planned.
 * `PlanDay.hours` is the client's agreed day length; the tasks fill it without exceeding it,
 * leaving the rest for the reflection form, meetings and breaks.
 */
export function proposeWeekPlan(input: WeekPlanInput): WeekPlan {
  const { client, isoWeek, tasks, recentTaskIds, settings } = input;
  const result: WeekPlan = { days: [], skipped: [], problems: [] };
  if (client.status !== 'active') return result;

  const dates = datesOfIsoWeek(isoWeek);
  if (dates.length === 0) {
    result.problems.push({ key: 'plans.invalidWeek', params: { week: isoWeek } });
    return result;
  }
  const hours = client.hoursPerDay;
  if (!Number.isFinite(hours) || hours <= 0) {
    result.problems.push({
      key: 'plans.invalidHours',
      params: { clientId: client.id, hours: String(hours) },
      field: 'hoursPerDay',
    });
    return result;
  }

  if (orientationPending(client, input.orientationOverride)) {
    // Orientation (data protection, confidentiality, how tasks are returned) comes first.
    result.problems.push({ key: 'plans.notOriented', params: { clientId: client.id } });
    return result;
  }

  const skipDates = new Map(input.skipDates);
  for (const date of settings.closedDates ?? []) {
    if (!skipDates.has(date)) skipDates.set(date, 'closed');
  }

  const lastDay = lastServiceDay(client, settings);
  const workDays = new Set(client.workDays);
  const inPersonDays = inPersonWeekdays(client, settings);
  const planned: { date: IsoDate; mode: PlanDay['mode'] }[] = [];
  for (const date of dates) {
    const weekday = isoWeekdayOfDate(date);
    if (!workDays.has(weekday)) continue;
    if (!client.periodStart || date < client.periodStart) continue;
    if (!lastDay || date > lastDay) continue;
    const reason =
      skipDates.get(date) ?? (intervalOnSite(client, settings, date) ? 'on-site' : null);
    if (reason) {
      result.skipped.push({ date, reason });
      continue;
    }
    // Only hybrid clients have workshop days in a planned week (service-models.ts).
    const mode = inPersonDays.has(weekday) ? 'in-person' : 'remote';
    planned.push({ date, mode });
  }

  const rotated = rotateFor(tasks, client.id, isoWeek);
  const goalTags = new Set(client.goalTags);
  const usedThisWeek = new Set<string>();
  // One whole-week task at most (a fresh goal task first): its minutes come off every day.
  const weekTask = pickWeekTask(rotated, goalTags, recentTaskIds, planned);
  const budget = Math.round(hours * 60) - (weekTask?.minutes ?? 0);

  for (const { date, mode } of planned) {
    const candidates = rotated.filter((task) => !task.weekLong && modeFits(task, mode));
    const freshGoal = candidates.filter(
      (task) =>
        matchesGoal(task, goalTags) && !recentTaskIds.has(task.id) && !usedThisWeek.has(task.id),
    ).length;
    const daysLeft = planned.filter((day) => day.date >= date).length;
    const ctx: DayContext = {
      goalTags,
      recent: recentTaskIds,
      usedThisWeek,
      // At most all but one slot: with three tasks a day, each day still gets a mix.
      goalQuota: Math.min(MAX_TASKS_PER_DAY - 1, Math.max(1, Math.ceil(freshGoal / daysLeft))),
    };
    const picked = pickTasksForDay(candidates, ctx, budget);
    if (picked.length === 0) {
      result.problems.push({
        key: 'plans.noTaskFits',
        params: { clientId: client.id, date, hours },
      });
    }
    for (const task of picked) usedThisWeek.add(task.id);
    // The whole-week task is written on the first day's row, after that day's own tasks.
    const week = weekTask && result.days.length === 0 ? [weekTask.id] : [];
    result.days.push({
      clientId: client.id,
      date,
      isoWeek,
      mode,
      taskIds: [...picked.map((task) => task.id), ...week],
      hours,
    });
  }

  result.problems.push(...checkPlanLimits(result.days, settings));
  return result;
}

/**
 * Warns about plans outside the legal limits (kept in settings since the law is changing):
 * more days a week than allowed, a day shorter or longer than allowed, too many hours a week.
 * Days are grouped by client and ISO week, so rows of many clients and weeks can be checked
 * at once. Warnings only: the coach decides.
 */
export function checkPlanLimits(days: PlanDay[], settings: Settings): Problem[] {
  const problems: Problem[] = [];
  const weeks = new Map<string, { clientId: string; week: string; days: number; hours: number }>();

  for (const day of days) {
    const week = day.isoWeek || isoWeekOfDate(day.date);
    if (day.hours < settings.minHoursPerDay || day.hours > settings.maxHoursPerDay) {
      problems.push({
        key: 'plans.hoursPerDayOutOfRange',
        params: {
          clientId: day.clientId,
          date: day.date,
          hours: day.hours,
          min: settings.minHoursPerDay,
          max: settings.maxHoursPerDay,
        },
        field: 'hours',
      });
    }
    const key = `${day.clientId}|${week}`;
    const total = weeks.get(key) ?? { clientId: day.clientId, week, days: 0, hours: 0 };
    total.days += 1;
    total.hours += day.hours;
    weeks.set(key, total);
  }

  for (const total of weeks.values()) {
    if (total.days > settings.maxDaysPerWeek) {
      problems.push({
        key: 'plans.tooManyDays',
        params: {
          clientId: total.clientId,
          week: total.week,
          days: total.days,
          max: settings.maxDaysPerWeek,
        },
      });
    }
    if (total.hours > settings.maxHoursPerWeek) {
      problems.push({
        key: 'plans.tooManyHours',
        params: {
          clientId: total.clientId,
          week: total.week,
          hours: total.hours,
          max: settings.maxHoursPerWeek,
        },
      });
    }
  }
  return problems;
}

export interface ExistingPlanRow {
  key: string; // planKey(clientId, date)
  taskIds: string[];
  coachEdited: boolean;
  approved: boolean;
  /** Compared when given, so a changed hybrid day or day length also refreshes a draft. */
  mode?: PlanDay['mode'];
  hours?: number;
}

export interface PlanMerge {
  /** Proposed days with no row yet. */
  toAdd: PlanDay[];
  /** Proposed days whose untouched draft row differs: safe to rewrite. */
  toUpdate: PlanDay[];
  /** Keys of rows left alone because the coach edited or approved them. */
  protectedKeys: string[];
}

function sameDraft(row: ExistingPlanRow, day: PlanDay): boolean {
  const a = row.taskIds;
  const b = day.taskIds;
  const sameTasks = a.length === b.length && a.every((id, i) => id === b[i]);
  return (
    sameTasks &&
    (row.mode === undefined || row.mode === day.mode) &&
    (row.hours === undefined || row.hours === day.hours)
  );
}

/**
 * Decides which proposed rows may be written. A row the coach edited or approved is never
 * overwritten, so regenerating plans is always safe. Existing rows that the proposal no longer
 * contains are not touched either: removing a row is the coach's decision.
 */
export function mergeWithExisting(proposed: PlanDay[], existing: ExistingPlanRow[]): PlanMerge {
  const byKey = new Map<string, ExistingPlanRow>();
  for (const row of existing) {
    const earlier = byKey.get(row.key);
    // With duplicate rows, one protected copy protects the key.
    if (!earlier || row.coachEdited || row.approved) {
      if (!earlier || !(earlier.coachEdited || earlier.approved)) byKey.set(row.key, row);
    }
  }

  const merge: PlanMerge = { toAdd: [], toUpdate: [], protectedKeys: [] };
  const seen = new Set<string>();
  for (const day of proposed) {
    const key = planKey(day.clientId, day.date);
    if (seen.has(key)) continue; // the first proposal for a key wins
    seen.add(key);
    const row = byKey.get(key);
    if (!row) merge.toAdd.push(day);
    else if (row.coachEdited || row.approved) merge.protectedKeys.push(key);
    else if (!sameDraft(row, day)) merge.toUpdate.push(day);
  }
  return merge;
}
