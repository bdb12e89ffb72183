import { GOAL_TAGS, STARTER_TASKS, taskInstructions, taskTitle } from '../../../src/core/task-bank';
import { LANGS, type Task } from '../../../src/core/types';

const RETURN_FORMATS = ['writing', 'photo', 'video', 'none'];
const MODES = ['remote', 'in-person', 'any'];

function sentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length;
}

describe('STARTER_TASKS', () => {
  it('has at least 36 tasks with unique ids like T001', () => {
    expect(STARTER_TASKS.length).toBeGreaterThanOrEqual(36);
    const ids = STARTER_TASKS.map((task) => task.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^T\d{3}$/);
  });

  it('has at least five tasks for every goal tag and no unknown tags', () => {
    for (const tag of GOAL_TAGS) {
      const count = STARTER_TASKS.filter((task) => task.goalTags.includes(tag)).length;
      expect({ tag, ok: count >= 5 }).toEqual({ tag, ok: true });
    }
    for (const task of STARTER_TASKS) {
      expect(task.goalTags.length).toBeGreaterThan(0);
      for (const tag of task.goalTags) expect(GOAL_TAGS).toContain(tag);
    }
  });

  it.each(STARTER_TASKS.map((task) => [task.id, task] as [string, Task]))(
    '%s has a title and 2–5 sentences of instructions in every language',
    (_id, task) => {
      for (const lang of LANGS) {
        expect(task.title[lang].trim()).not.toBe('');
        expect(task.instructions[lang].trim()).not.toBe('');
        const count = sentences(task.instructions[lang]);
        expect(count).toBeGreaterThanOrEqual(2);
        expect(count).toBeLessThanOrEqual(5);
      }
      // Translations are real, not copies of the Finnish text.
      expect(task.instructions.sv).not.toBe(task.instructions.fi);
      expect(task.instructions.en).not.toBe(task.instructions.fi);
    },
  );

  it('has valid minutes, return formats, modes and links', () => {
    for (const task of STARTER_TASKS) {
      expect(task.minutes).toBeGreaterThanOrEqual(30);
      expect(task.minutes).toBeLessThanOrEqual(180);
      expect(RETURN_FORMATS).toContain(task.returnFormat);
      expect(MODES).toContain(task.mode);
      if (task.materialLink !== '')
        expect(task.materialLink).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
  });

  it('has tasks for workshop days and for remote days', () => {
    const inPerson = STARTER_TASKS.filter((task) => task.mode !== 'remote');
    const remote = STARTER_TASKS.filter((task) => task.mode !== 'in-person');
    expect(STARTER_TASKS.some((task) => task.mode === 'in-person')).toBe(true);
    expect(inPerson.length).toBeGreaterThanOrEqual(12);
    expect(remote.length).toBeGreaterThanOrEqual(30);
  });

  it('tells the client never to hand over passwords when a task touches them', () => {
    for (const task of STARTER_TASKS.filter((t) => /password/i.test(t.instructions.en))) {
      expect(task.instructions.en).toMatch(/never send your password/i);
    }
  });
});

describe('taskTitle / taskInstructions', () => {
  const task = STARTER_TASKS[0];

  it('returns the text in the requested language', () => {
    expect(taskTitle(task, 'fi')).toBe(task.title.fi);
    expect(taskTitle(task, 'sv')).toBe(task.title.sv);
    expect(taskTitle(task, 'en')).toBe(task.title.en);
    expect(taskInstructions(task, 'sv')).toBe(task.instructions.sv);
  });

  it('falls back to Finnish, then to the id', () => {
    const partial: Task = { ...task, title: { fi: 'Otsikko', sv: '', en: '' } };
    expect(taskTitle(partial, 'sv')).toBe('Otsikko');
    const empty: Task = { ...task, title: { fi: '', sv: '', en: '' } };
    expect(taskTitle(empty, 'en')).toBe(task.id);
  });
});
