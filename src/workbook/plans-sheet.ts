import { parseDate } from '../core/dates';
import { planKey, stableHash, type ExistingPlanRow } from '../core/plans';
import { parseYesNo } from '../core/roster-columns';
import { parseNumber } from '../core/settings';
import type { Lang, PlanDay, Task } from '../core/types';
import { taskTitle } from '../core/task-bank';
import { cellText } from './cells';
import { displayChoice, parseChoice } from './choices';
import type { Table } from './table';

/**
 * How a coach's edit is detected: each generated row carries a checksum (Tarkiste) of what we
 * wrote — tasks, mode and hours. If the row's content no longer matches it, a person changed
 * it, and regenerating leaves the row alone. An empty checksum (a row the coach added) counts
 * as edited too.
 */
export function planFingerprint(taskIds: string[], mode: string, hours: number): string {
  return stableHash(`${taskIds.join(',')}|${mode}|${hours}`).toString(36);
}

export function splitIds(value: unknown): string[] {
  return cellText(value)
    .split(/[,;\s]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
}

export interface PlanRowView {
  key: string;
  clientId: string;
  date: string;
  week: string;
  taskIds: string[];
  mode: PlanDay['mode'] | null;
  hours: number | null;
  approved: boolean;
  coachEdited: boolean;
}

export function planRowView(values: Record<string, unknown>): PlanRowView | null {
  const clientId = cellText(values.clientId);
  const date = parseDate(values.date);
  if (clientId === '' || date === null) return null;
  const taskIds = splitIds(values.taskIds);
  const mode = parseChoice('planMode', values.mode) as PlanDay['mode'] | null;
  const hours = parseNumber(values.hours);
  const stored = cellText(values.fingerprint);
  let edited: boolean | undefined;
  return {
    key: planKey(clientId, date),
    clientId,
    date,
    week: cellText(values.week),
    taskIds,
    mode,
    hours,
    approved:
      parseYesNo(typeof values.approved === 'string' ? values.approved.trim() : values.approved) ===
      true,
    // Worked out when asked: planning needs it, the mail jobs that read every row do not.
    get coachEdited(): boolean {
      if (edited === undefined)
        edited = stored === '' || stored !== planFingerprint(taskIds, mode ?? '', hours ?? NaN);
      return edited;
    },
  };
}

export function existingPlanRows(table: Table): ExistingPlanRow[] {
  const out: ExistingPlanRow[] = [];
  for (const row of table.rows) {
    const view = planRowView(row.values);
    if (!view) continue;
    out.push({
      key: view.key,
      taskIds: view.taskIds,
      coachEdited: view.coachEdited,
      approved: view.approved,
      mode: view.mode ?? undefined,
      hours: view.hours ?? undefined,
    });
  }
  return out;
}

/** The cells of a generated plan row; `name` is the client's, for the coach's eyes only. */
export function planToRow(
  day: PlanDay,
  name: string,
  tasks: Map<string, Task>,
  lang: Lang,
): Record<string, unknown> {
  const titles = day.taskIds.map((id) => {
    const task = tasks.get(id);
    return task ? taskTitle(task, lang) : id;
  });
  return {
    key: planKey(day.clientId, day.date),
    week: day.isoWeek,
    date: day.date,
    clientId: day.clientId,
    name,
    mode: displayChoice('mode', day.mode, lang),
    hours: day.hours,
    taskIds: day.taskIds.join(', '),
    taskTitles: titles.join('; '),
    fingerprint: planFingerprint(day.taskIds, day.mode, day.hours),
  };
}
