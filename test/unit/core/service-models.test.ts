import { proposeWeekPlan, type WeekPlanInput } from '../../../src/core/plans';
import { defaultSettings } from '../../../src/core/settings';
import { lastServiceDay } from '../../../src/core/service-models';
import { STARTER_TASKS } from '../../../src/core/task-bank';
import type { Client, Settings } from '../../../src/core/types';

/** The service models' rules, as planning follows them (docs/*\/README.md "Palvelumallit"). */

function client(overrides: Partial<Client> = {}): Client {
  return {
    id: 'A0001',
    name: 'Testi Asiakas',
    email: 'asiakas@example.org',
    phone: '',
    lang: 'fi',
    contact: 'email',
    model: 'long-term',
    periodStart: '2026-01-05',
    periodEnd: '2026-12-31',
    continuationUntil: '',
    workDays: [1, 2, 3, 4],
    inPersonDays: [],
    hoursPerDay: 4,
    group: '',
    coach: 'a@example.org',
    goals: '',
    goalTags: [],
    digitalSkills: '',
    oriented: true,
    status: 'active',
    ...overrides,
  };
}

function plan(c: Client, isoWeek: string, settings: Partial<Settings> = {}, override = '') {
  const input: WeekPlanInput = {
    client: c,
    isoWeek,
    tasks: STARTER_TASKS,
    recentTaskIds: new Set(),
    skipDates: new Map(),
    settings: { ...defaultSettings(), ...settings },
    orientationOverride: override,
  };
  return proposeWeekPlan(input);
}

describe('interval model: remote only while the centre is closed', () => {
  // The centre is closed Mon 6.7.–Fri 17.7.2026 (weeks 28 and 29).
  const closed = { intervalRemoteDates: dateRange('2026-07-06', '2026-07-17') };

  it('plans remote days in the closed weeks', () => {
    const days = plan(client({ model: 'interval' }), '2026-W28', closed).days;
    expect(days.map((d) => d.date)).toEqual([
      '2026-07-06',
      '2026-07-07',
      '2026-07-08',
      '2026-07-09',
    ]);
    expect(days.every((d) => d.mode === 'remote' && d.taskIds.length > 0)).toBe(true);
  });

  it('plans nothing in a week at the centre, each day skipped as on site', () => {
    const week = plan(client({ model: 'interval' }), '2026-W30', closed);
    expect(week.days).toEqual([]);
    expect(week.skipped.map((s) => s.reason)).toEqual(['on-site', 'on-site', 'on-site', 'on-site']);
  });

  it('a week half in the closure gets only its closed days', () => {
    const half = { intervalRemoteDates: dateRange('2026-07-08', '2026-07-09') };
    expect(plan(client({ model: 'interval' }), '2026-W28', half).days.map((d) => d.date)).toEqual([
      '2026-07-08',
      '2026-07-09',
    ]);
  });

  it('without remote periods set, interval clients stay remote every week (as before)', () => {
    expect(plan(client({ model: 'interval' }), '2026-W30').days).toHaveLength(4);
  });

  it('the remote periods do not touch the other models', () => {
    expect(plan(client({ model: 'long-term' }), '2026-W30', closed).days).toHaveLength(4);
  });
});

describe('short-term model: ends as planned', () => {
  const shortTerm = client({
    model: 'short-term',
    periodStart: '2026-09-07',
    periodEnd: '2026-12-31', // typed longer than agreed
    continuationUntil: '2027-03-31',
  });

  it('the last day is three months after the start, continuation or not', () => {
    expect(lastServiceDay(shortTerm, defaultSettings())).toBe('2026-12-06');
    expect(
      lastServiceDay({ ...shortTerm, periodEnd: '2026-11-30', continuationUntil: '' }, {}),
    ).toBe('2026-11-30');
    expect(lastServiceDay({ ...shortTerm, model: 'long-term' }, defaultSettings())).toBe(
      '2027-03-31',
    );
  });

  it('plans the last week up to that day and nothing after', () => {
    // Week 49: Mon 30.11.–Sun 6.12.; week 50 starts 7.12.
    expect(plan(shortTerm, '2026-W49').days).toHaveLength(4);
    expect(plan(shortTerm, '2026-W50').days).toEqual([]);
  });

  it('the length is a setting', () => {
    expect(plan(shortTerm, '2026-W50', { shortTermMonths: 6 }).days).toHaveLength(4);
  });
});

describe('hybrid model: on-site weekdays', () => {
  it('uses the roster’s in-person days', () => {
    const days = plan(client({ model: 'hybrid', inPersonDays: [2] }), '2026-W49').days;
    expect(days.map((d) => d.mode)).toEqual(['remote', 'in-person', 'remote', 'remote']);
  });

  it('falls back to the hybridInPersonDays setting when the roster is blank', () => {
    const days = plan(client({ model: 'hybrid' }), '2026-W49', { hybridInPersonDays: [2, 4] }).days;
    expect(days.map((d) => d.mode)).toEqual(['remote', 'in-person', 'remote', 'in-person']);
  });

  it('in-person weekdays never make other models on site', () => {
    const days = plan(client({ model: 'long-term' }), '2026-W49', {
      hybridInPersonDays: [2, 4],
    }).days;
    expect(days.every((d) => d.mode === 'remote')).toBe(true);
  });
});

describe('orientation before tasks', () => {
  it('a client not yet oriented gets no tasks, and the coach is told why', () => {
    const week = plan(client({ oriented: false }), '2026-W49');
    expect(week.days).toEqual([]);
    expect(week.problems).toEqual([{ key: 'plans.notOriented', params: { clientId: 'A0001' } }]);
  });

  it('the coach’s written reason lets planning go on', () => {
    const week = plan(
      client({ oriented: false }),
      '2026-W49',
      {},
      'Perehdytetty puhelimessa 1.12.',
    );
    expect(week.days).toHaveLength(4);
  });

  it('a blank reason is no reason', () => {
    expect(plan(client({ oriented: false }), '2026-W49', {}, '   ').days).toEqual([]);
  });
});

function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to;) {
    out.push(d.toISOString().slice(0, 10));
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}
