import { parseYesNo } from '../core/roster-columns';
import { parseNumber } from '../core/settings';
import type { Lang, ReturnFormat, Task } from '../core/types';
import { cellText } from './cells';
import { displayChoice, parseChoice } from './choices';
import type { Table } from './table';

export function taskToRow(task: Task, lang: Lang): Record<string, unknown> {
  return {
    id: task.id,
    titleFi: task.title.fi,
    titleSv: task.title.sv,
    titleEn: task.title.en,
    instructionsFi: task.instructions.fi,
    instructionsSv: task.instructions.sv,
    instructionsEn: task.instructions.en,
    materialLink: task.materialLink,
    goalTags: task.goalTags.join(', '),
    returnFormat: displayChoice('returnFormat', task.returnFormat, lang),
    minutes: task.minutes,
    mode: displayChoice('mode', task.mode, lang),
    active: yes(lang),
    weekLong: task.weekLong ? yes(lang) : no(lang),
  };
}

const yes = (lang: Lang): string => ({ fi: 'kyllä', sv: 'ja', en: 'yes' })[lang];
const no = (lang: Lang): string => ({ fi: 'ei', sv: 'nej', en: 'no' })[lang];

/** Task rows the planner may use: an id, a length, and not switched off by the coach. */
export function tasksFromTable(table: Table | null): Task[] {
  const tasks: Task[] = [];
  for (const row of table?.rows ?? []) {
    const v = row.values;
    const id = cellText(v.id);
    const minutes = parseNumber(v.minutes);
    if (id === '' || minutes === null || minutes <= 0) continue;
    if (
      cellText(v.active) !== '' &&
      parseYesNo(typeof v.active === 'string' ? v.active.trim() : v.active) === false
    )
      continue;
    const fi = cellText(v.titleFi);
    tasks.push({
      id,
      title: { fi, sv: cellText(v.titleSv) || fi, en: cellText(v.titleEn) || fi },
      instructions: {
        fi: cellText(v.instructionsFi),
        sv: cellText(v.instructionsSv) || cellText(v.instructionsFi),
        en: cellText(v.instructionsEn) || cellText(v.instructionsFi),
      },
      materialLink: cellText(v.materialLink),
      goalTags: cellText(v.goalTags)
        .split(/[,;]+/)
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
      returnFormat: (parseChoice('returnFormat', v.returnFormat) ?? 'none') as ReturnFormat,
      minutes,
      mode: (parseChoice('taskMode', v.mode) ?? 'any') as Task['mode'],
      ...(parseYesNo(v.weekLong) === true ? { weekLong: true } : {}),
    });
  }
  return tasks;
}
