import {
  datesOfIsoWeek,
  isCalendarDate,
  isoWeekOfDate,
  isoWeekdayOfDate,
  laterIsoDate,
  mondayOfIsoWeek,
  shiftIsoDate,
} from '../../../src/core/calendar-math';
import {
  checkPlanLimits,
  MAX_TASKS_PER_DAY,
  mergeWithExisting,
  planKey,
  proposeWeekPlan,
  stableHash,
  type SkipReason,
  type WeekPlanInput,
} from '../../../src/core/plans';
import { STARTER_TASKS } from '../../../src/core/task-bank';
import type { Client, IsoDate, PlanDay, Settings, Task } from '../../../src/core/types';
import { hasMessage } from '../../../src/core/i18n';

const SETTINGS: Settings = {
  lang: 'fi',
  timeZone: 'Europe/Helsinki',
  organisation: 'Testikunta',
  coaches: ['a@example.org', 'b@example.org'],
  sendWeekday: 5,
  sendTime: '12:00',
  minDaysPerWeek: 1,
  maxDaysPerWeek: 4,
  minHoursPerDay: 4,
  maxHoursPerDay: 8,
  maxHoursPerWeek: 32,
  minPeriodMonths: 3,
  maxPeriodMonths: 24,
  retentionMonths: 12,
  plansNeedApproval: true,
  allowanceEuros: 9,
  closedDates: [],
  meetingPlatform: 'meet',
};

function client(overrides: Partial<Client> = {}): Client {
  return {
    id: 'A0001',
    name: 'Testi Asiakas',
    email: 'asiakas@example.org',
    phone: '',
    lang: 'fi',
    contact: 'email',
    model: 'long-term',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    continuationUntil: '',
    workDays: [1, 2, 3, 4],
    inPersonDays: [],
    hoursPerDay: 4,
    group: '',
    coach: 'a@example.org',
    goals: '',
    goalTags: ['digital-skills'],
    digitalSkills: '',
    oriented: true,
    status: 'active',
    ...overrides,
  };
}

function input(overrides: Partial<WeekPlanInput> = {}): WeekPlanInput {
  return {
    client: client(),
    isoWeek: '2026-W49', // Mon 2026-11-30 … Sun 2026-12-06
    tasks: STARTER_TASKS,
    recentTaskIds: new Set(),
    skipDates: new Map(),
    settings: SETTINGS,
    ...overrides,
  };
}

const byId = new Map(STARTER_TASKS.map((task) => [task.id, task]));
const minutesOf = (day: PlanDay) =>
  day.taskIds.reduce((sum, id) => sum + (byId.get(id)?.minutes ?? 0), 0);

describe('calendar-math', () => {
  it('maps ISO weeks to their dates, across year boundaries', () => {
    expect(mondayOfIsoWeek('2026-W49')).toBe('2026-11-30');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28'); // 2026 has 53 weeks
    expect(mondayOfIsoWeek('2025-W53')).toBeNull(); // 2025 does not
    expect(mondayOfIsoWeek('2026-49')).toBeNull();
    expect(datesOfIsoWeek('2026-W49')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(datesOfIsoWeek('nonsense')).toEqual([]);
  });

  it('gives weekdays and week labels', () => {
    expect(isoWeekdayOfDate('2026-11-30')).toBe(1);
    expect(isoWeekdayOfDate('2026-12-06')).toBe(7);
    expect(isoWeekdayOfDate('1969-12-31')).toBe(3);
    expect(isoWeekOfDate('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOfDate('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOfDate('2025-12-29')).toBe('2026-W01');
    expect(isoWeekOfDate('2024-03-31')).toBe('2024-W13'); // DST change day
  });

  it('shifts and compares dates', () => {
    expect(shiftIsoDate('2026-02-28', 1)).toBe('2026-03-01');
    expect(shiftIsoDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(() => shiftIsoDate('x', 1)).toThrow(RangeError);
    expect(laterIsoDate('2026-01-01', '')).toBe('2026-01-01');
    expect(laterIsoDate('2026-01-01', '2026-06-01')).toBe('2026-06-01');
    expect(laterIsoDate('', '')).toBe('');
  });
});

describe('proposeWeekPlan', () => {
  it('plans every work day of the week with tasks that fit the day', () => {
    const plan = proposeWeekPlan(input());
    expect(plan.days.map((d) => d.date)).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ]);
    for (const day of plan.days) {
      expect(day.clientId).toBe('A0001');
      expect(day.isoWeek).toBe('2026-W49');
      expect(day.mode).toBe('remote');
      expect(day.hours).toBe(4);
      expect(day.taskIds.length).toBeGreaterThanOrEqual(1);
      expect(day.taskIds.length).toBeLessThanOrEqual(MAX_TASKS_PER_DAY);
      expect(minutesOf(day)).toBeLessThanOrEqual(4 * 60);
      for (const id of day.taskIds) expect(byId.get(id)?.mode).not.toBe('in-person');
    }
    expect(plan.skipped).toEqual([]);
    expect(plan.problems).toEqual([]);
  });

  // Three tasks a day at most (a readable letter): they fill at least half the day, the rest is
  // for the diary, the meeting and breaks.
  it('fills at least half the day, not just one task', () => {
    for (const hoursPerDay of [4, 6]) {
      const plan = proposeWeekPlan(input({ client: client({ hoursPerDay }) }));
      for (const day of plan.days) {
        expect(minutesOf(day)).toBeGreaterThanOrEqual((hoursPerDay * 60) / 2);
      }
    }
  });

  it('gives every day goal tasks, mixed with other kinds of task', () => {
    const plan = proposeWeekPlan(input());
    for (const day of plan.days) {
      const tags = day.taskIds.map((id) => byId.get(id)?.goalTags ?? []);
      expect(byId.get(day.taskIds[0])?.goalTags).toContain('digital-skills');
      expect(tags.some((t) => !t.includes('digital-skills'))).toBe(true);
    }
  });

  it('skips holidays and no-service dates and reports them', () => {
    const skipDates = new Map<IsoDate, SkipReason>([
      ['2026-12-24', 'holiday'],
      ['2026-12-25', 'holiday'],
      ['2026-12-22', 'no-service'],
      ['2026-12-26', 'holiday'], // Saturday: not a work day, so not reported
    ]);
    const plan = proposeWeekPlan(
      input({ isoWeek: '2026-W52', skipDates, client: client({ workDays: [1, 2, 3, 4, 5] }) }),
    );
    expect(plan.days.map((d) => d.date)).toEqual(['2026-12-21', '2026-12-23']);
    expect(plan.skipped).toEqual([
      { date: '2026-12-22', reason: 'no-service' },
      { date: '2026-12-24', reason: 'holiday' },
      { date: '2026-12-25', reason: 'holiday' },
    ]);
  });

  it('treats the workbook’s closed dates as closed', () => {
    const plan = proposeWeekPlan(input({ settings: { ...SETTINGS, closedDates: ['2026-12-01'] } }));
    expect(plan.days.map((d) => d.date)).not.toContain('2026-12-01');
    expect(plan.skipped).toEqual([{ date: '2026-12-01', reason: 'closed' }]);
  });

  it('respects the start and end of the period', () => {
    const starts = proposeWeekPlan(input({ client: client({ periodStart: '2026-12-02' }) }));
    expect(starts.days.map((d) => d.date)).toEqual(['2026-12-02', '2026-12-03']);
    const ends = proposeWeekPlan(input({ client: client({ periodEnd: '2026-12-01' }) }));
    expect(ends.days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01']);
    const before = proposeWeekPlan(input({ client: client({ periodStart: '2027-01-01' }) }));
    expect(before.days).toEqual([]);
  });

  it('extends the period with a continuation contract', () => {
    const plan = proposeWeekPlan(
      input({ client: client({ periodEnd: '2026-11-30', continuationUntil: '2027-05-31' }) }),
    );
    expect(plan.days).toHaveLength(4);
  });

  it('gives hybrid clients in-person days with fitting tasks', () => {
    const plan = proposeWeekPlan(
      input({ client: client({ model: 'hybrid', workDays: [1, 3], inPersonDays: [3] }) }),
    );
    expect(plan.days.map((d) => [d.date, d.mode])).toEqual([
      ['2026-11-30', 'remote'],
      ['2026-12-02', 'in-person'],
    ]);
    for (const id of plan.days[1].taskIds) expect(byId.get(id)?.mode).not.toBe('remote');
    for (const id of plan.days[0].taskIds) expect(byId.get(id)?.mode).not.toBe('in-person');
  });

  it('keeps interval and other models remote even with in-person days listed', () => {
    for (const model of ['interval', 'long-term', 'short-term'] as const) {
      const plan = proposeWeekPlan(input({ client: client({ model, inPersonDays: [1, 2] }) }));
      expect(plan.days.every((d) => d.mode === 'remote')).toBe(true);
    }
  });

  it('never exceeds the day’s hours, even for long days', () => {
    for (const hoursPerDay of [4, 5, 6, 7.5, 8]) {
      const plan = proposeWeekPlan(input({ client: client({ hoursPerDay }) }));
      for (const day of plan.days) expect(minutesOf(day)).toBeLessThanOrEqual(hoursPerDay * 60);
    }
  });

  it('reports a day when no task fits instead of overfilling it', () => {
    const long: Task = { ...STARTER_TASKS[0], id: 'X1', minutes: 180 };
    const plan = proposeWeekPlan(input({ tasks: [long], client: client({ hoursPerDay: 2 }) }));
    expect(plan.days.every((d) => d.taskIds.length === 0)).toBe(true);
    expect(plan.problems.some((p) => p.key === 'plans.noTaskFits')).toBe(true);
  });

  it('is deterministic', () => {
    const a = proposeWeekPlan(input());
    const b = proposeWeekPlan(input({ tasks: [...STARTER_TASKS].reverse() }));
    expect(b).toEqual(a);
  });

  it('counts a duplicated task id once', () => {
    const only: Task = { ...STARTER_TASKS[0], id: 'X1', minutes: 60, mode: 'any' };
    const plan = proposeWeekPlan(input({ tasks: [only, { ...only }] }));
    expect(plan.days[0].taskIds).toEqual(['X1']);
  });

  it('varies between clients and weeks', () => {
    const ids = ['A0001', 'A0002', 'A0003', 'A0004', 'A0005'];
    const plans = ids.map((id) =>
      JSON.stringify(proposeWeekPlan(input({ client: client({ id }) })).days.map((d) => d.taskIds)),
    );
    expect(new Set(plans).size).toBeGreaterThan(1);
    const weeks = ['2026-W10', '2026-W11', '2026-W12', '2026-W13'].map((isoWeek) =>
      JSON.stringify(proposeWeekPlan(input({ isoWeek })).days.map((d) => d.taskIds)),
    );
    expect(new Set(weeks).size).toBeGreaterThan(1);
    expect(stableHash('A0001|2026-W49')).toBe(stableHash('A0001|2026-W49'));
  });

  it('avoids repeating a task within the week when possible', () => {
    const plan = proposeWeekPlan(input());
    const all = plan.days.flatMap((d) => d.taskIds);
    expect(new Set(all).size).toBe(all.length);
  });

  it('avoids recent tasks when possible', () => {
    const first = proposeWeekPlan(input({ isoWeek: '2026-W48' }));
    const recent = new Set(first.days.flatMap((d) => d.taskIds));
    const next = proposeWeekPlan(input({ recentTaskIds: recent }));
    const used = next.days.flatMap((d) => d.taskIds);
    expect(used.filter((id) => recent.has(id))).toEqual([]);
  });

  it('still plans from recent tasks when nothing else is left', () => {
    const recent = new Set(STARTER_TASKS.map((task) => task.id));
    const plan = proposeWeekPlan(input({ recentTaskIds: recent }));
    expect(plan.days.every((d) => d.taskIds.length > 0)).toBe(true);
  });

  it('falls back to any tag when no task matches the goals', () => {
    const plan = proposeWeekPlan(input({ client: client({ goalTags: ['astronomy'] }) }));
    expect(plan.days.every((d) => d.taskIds.length > 0)).toBe(true);
    const none = proposeWeekPlan(input({ client: client({ goalTags: [] }) }));
    expect(none.days.every((d) => d.taskIds.length > 0)).toBe(true);
  });

  it('repeats tasks within a week rather than leave a day empty', () => {
    const only: Task = { ...STARTER_TASKS[0], id: 'X1', minutes: 60, mode: 'any' };
    const plan = proposeWeekPlan(input({ tasks: [only] }));
    expect(plan.days.map((d) => d.taskIds)).toEqual([['X1'], ['X1'], ['X1'], ['X1']]);
  });

  it('plans nothing for paused or closed clients', () => {
    for (const status of ['paused', 'closed'] as const) {
      const plan = proposeWeekPlan(input({ client: client({ status }) }));
      expect(plan).toEqual({ days: [], skipped: [], problems: [] });
    }
  });

  it('reports a malformed week or day length', () => {
    expect(proposeWeekPlan(input({ isoWeek: '2026-49' })).problems[0].key).toBe(
      'plans.invalidWeek',
    );
    expect(proposeWeekPlan(input({ client: client({ hoursPerDay: NaN }) })).problems[0].key).toBe(
      'plans.invalidHours',
    );
  });

  it('warns when the client’s plan breaks the limits', () => {
    const plan = proposeWeekPlan(
      input({ client: client({ workDays: [1, 2, 3, 4, 5], hoursPerDay: 7 }) }),
    );
    expect(plan.days).toHaveLength(5);
    expect(plan.problems.map((p) => p.key).sort()).toEqual([
      'plans.tooManyDays',
      'plans.tooManyHours',
    ]);
  });
});

describe('checkPlanLimits', () => {
  const day = (date: IsoDate, hours: number, clientId = 'A0001'): PlanDay => ({
    clientId,
    date,
    isoWeek: isoWeekOfDate(date),
    mode: 'remote',
    taskIds: [],
    hours,
  });

  it('accepts a plan inside the limits', () => {
    const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'].map((d) => day(d, 8));
    expect(checkPlanLimits(days, SETTINGS)).toEqual([]);
  });

  it('warns about too many days, hours out of range and too many hours a week', () => {
    const days = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) =>
      day(d, 7),
    );
    days.push(day('2026-12-07', 3)); // next week, too short
    days.push(day('2026-12-08', 9)); // next week, too long
    const problems = checkPlanLimits(days, SETTINGS);
    expect(problems).toContainEqual({
      key: 'plans.tooManyDays',
      params: { clientId: 'A0001', week: '2026-W49', days: 5, max: 4 },
    });
    expect(problems).toContainEqual({
      key: 'plans.tooManyHours',
      params: { clientId: 'A0001', week: '2026-W49', hours: 35, max: 32 },
    });
    expect(problems.filter((p) => p.key === 'plans.hoursPerDayOutOfRange')).toHaveLength(2);
    expect(problems.filter((p) => p.params?.week === '2026-W50')).toEqual([]);
  });

  it('checks each client separately and uses the numbers from settings', () => {
    const days = [
      day('2026-11-30', 6, 'A1'),
      day('2026-11-30', 6, 'A2'),
      day('2026-12-01', 6, 'A1'),
    ];
    expect(checkPlanLimits(days, SETTINGS)).toEqual([]);
    const strict = { ...SETTINGS, maxDaysPerWeek: 1, maxHoursPerDay: 5, maxHoursPerWeek: 10 };
    const keys = checkPlanLimits(days, strict).map((p) => `${p.key}:${p.params?.clientId}`);
    expect(keys.filter((k) => k === 'plans.tooManyDays:A1')).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('plans.tooManyDays:A2'))).toHaveLength(0);
    expect(keys.filter((k) => k === 'plans.tooManyHours:A1')).toHaveLength(1);
    expect(keys.filter((k) => k.startsWith('plans.hoursPerDayOutOfRange'))).toHaveLength(3);
  });

  it('uses message keys that exist in the catalogue', () => {
    for (const key of [
      'plans.tooManyDays',
      'plans.tooManyHours',
      'plans.hoursPerDayOutOfRange',
      'plans.noTaskFits',
      'plans.invalidWeek',
      'plans.invalidHours',
    ]) {
      expect(hasMessage(key)).toBe(true);
    }
  });
});

describe('mergeWithExisting', () => {
  const day = (clientId: string, date: IsoDate, taskIds: string[]): PlanDay => ({
    clientId,
    date,
    isoWeek: isoWeekOfDate(date),
    mode: 'remote',
    taskIds,
    hours: 4,
  });
  const row = (
    clientId: string,
    date: IsoDate,
    taskIds: string[],
    coachEdited = false,
    approved = false,
  ) => ({ key: planKey(clientId, date), taskIds, coachEdited, approved });

  it('uses clientId|date as the key', () => {
    expect(planKey('A0001', '2026-12-01')).toBe('A0001|2026-12-01');
  });

  it('adds new rows, updates changed drafts and skips unchanged ones', () => {
    const proposed = [
      day('A1', '2026-11-30', ['T001']),
      day('A1', '2026-12-01', ['T002']),
      day('A1', '2026-12-02', ['T003']),
    ];
    const existing = [row('A1', '2026-12-01', ['T009']), row('A1', '2026-12-02', ['T003'])];
    const merge = mergeWithExisting(proposed, existing);
    expect(merge.toAdd.map((d) => d.date)).toEqual(['2026-11-30']);
    expect(merge.toUpdate.map((d) => d.date)).toEqual(['2026-12-01']);
    expect(merge.protectedKeys).toEqual([]);
  });

  it('never overwrites a coach-edited or approved row', () => {
    const proposed = [
      day('A1', '2026-11-30', ['T001']),
      day('A1', '2026-12-01', ['T002']),
      day('A1', '2026-12-02', ['T003']),
    ];
    const existing = [
      row('A1', '2026-11-30', ['T020'], true, false),
      row('A1', '2026-12-01', ['T021'], false, true),
      row('A1', '2026-12-02', ['T022'], true, true),
    ];
    const merge = mergeWithExisting(proposed, existing);
    expect(merge.toAdd).toEqual([]);
    expect(merge.toUpdate).toEqual([]);
    expect(merge.protectedKeys).toEqual(['A1|2026-11-30', 'A1|2026-12-01', 'A1|2026-12-02']);
  });

  it('protects a key if any duplicate row for it is protected', () => {
    const proposed = [day('A1', '2026-11-30', ['T001'])];
    for (const existing of [
      [row('A1', '2026-11-30', ['T020']), row('A1', '2026-11-30', ['T021'], true)],
      [row('A1', '2026-11-30', ['T021'], true), row('A1', '2026-11-30', ['T020'])],
    ]) {
      const merge = mergeWithExisting(proposed, existing);
      expect(merge.toUpdate).toEqual([]);
      expect(merge.toAdd).toEqual([]);
      expect(merge.protectedKeys).toEqual(['A1|2026-11-30']);
    }
  });

  it('refreshes a draft whose mode or hours changed', () => {
    const proposed = [day('A1', '2026-11-30', ['T001'])];
    const existing = [{ ...row('A1', '2026-11-30', ['T001']), mode: 'in-person' as const }];
    expect(mergeWithExisting(proposed, existing).toUpdate).toHaveLength(1);
    const sameHours = [{ ...row('A1', '2026-11-30', ['T001']), mode: 'remote' as const, hours: 4 }];
    expect(mergeWithExisting(proposed, sameHours).toUpdate).toHaveLength(0);
  });

  it('keeps other clients and dates apart and ignores duplicate proposals', () => {
    const proposed = [
      day('A1', '2026-11-30', ['T001']),
      day('A2', '2026-11-30', ['T001']),
      day('A2', '2026-11-30', ['T005']),
    ];
    const existing = [row('A1', '2026-11-30', ['T001'], true)];
    const merge = mergeWithExisting(proposed, existing);
    expect(merge.toAdd).toEqual([day('A2', '2026-11-30', ['T001'])]);
    expect(merge.protectedKeys).toEqual(['A1|2026-11-30']);
  });

  it('regenerating a week leaves every coach edit as it was', () => {
    const week = proposeWeekPlan(input());
    const existing = week.days.map((d, i) =>
      row(d.clientId, d.date, i % 2 === 0 ? ['T040'] : d.taskIds, i % 2 === 0, false),
    );
    const again = proposeWeekPlan(input({ recentTaskIds: new Set(['T014', 'T015']) }));
    const merge = mergeWithExisting(again.days, existing);
    const touched = [...merge.toAdd, ...merge.toUpdate].map((d) => planKey(d.clientId, d.date));
    for (const r of existing.filter((r) => r.coachEdited)) expect(touched).not.toContain(r.key);
  });
});
