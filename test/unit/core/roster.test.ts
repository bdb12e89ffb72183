import { findDuplicates, validateClientRow, type RosterContext } from '../../../src/core/roster';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { hasMessage } from '../../../src/core/i18n';
import type { RosterField } from '../../../src/core/roster-columns';
import type { Problem } from '../../../src/core/types';
import { choicesFor } from '../../../src/core/roster-values';

const ctx: RosterContext = {
  settings: DEFAULT_SETTINGS,
  today: '2026-03-01',
  knownGroups: new Set(['R1', 'Ti-To']),
  knownCoaches: new Set(['ohjaaja@kunta.fi']),
};

type Raw = Partial<Record<RosterField, unknown>>;

const good: Raw = {
  id: 'A0001',
  name: ' Matti  Meikäläinen ',
  email: 'Matti@Example.FI',
  phone: '040 123 4567',
  lang: '',
  contact: '',
  model: 'pitkäkestoinen',
  periodStart: '1.3.2026',
  periodEnd: '31.8.2026',
  continuationUntil: '',
  workDays: 'ma, ke',
  inPersonDays: '',
  hoursPerDay: '6',
  group: 'R1',
  coach: 'Ohjaaja@kunta.fi',
  goals: 'Oppia Excel',
  goalTags: 'digi, työnhaku; Digi',
  digitalSkills: 'perus',
  oriented: 'kyllä',
  status: '',
};

function check(overrides: Raw, context: RosterContext = ctx) {
  return validateClientRow({ ...good, ...overrides }, context);
}
const keys = (problems: Problem[]) => problems.map((p) => `${p.field}:${p.key}`);

describe('validateClientRow: a good row', () => {
  it('builds the client with defaults and normalised values', () => {
    const result = check({});
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.client).toEqual({
      id: 'A0001',
      name: 'Matti Meikäläinen',
      email: 'matti@example.fi',
      phone: '+358401234567',
      lang: 'fi',
      contact: 'email',
      model: 'long-term',
      periodStart: '2026-03-01',
      periodEnd: '2026-08-31',
      continuationUntil: '',
      workDays: [1, 3],
      inPersonDays: [],
      hoursPerDay: 6,
      group: 'R1',
      coach: 'ohjaaja@kunta.fi',
      goals: 'Oppia Excel',
      goalTags: ['digi', 'työnhaku'],
      digitalSkills: 'perus',
      oriented: true,
      status: 'active',
    });
  });

  it('accepts Sheets types: Date cells, numbers, checkbox booleans', () => {
    const result = check({
      periodStart: new Date(Date.UTC(2026, 1, 28, 22)),
      hoursPerDay: 6.5,
      oriented: false,
    });
    expect(result.problems).toEqual([]);
    expect(result.client?.periodStart).toBe('2026-03-01');
    expect(result.client?.hoursPerDay).toBe(6.5);
    expect(result.client?.oriented).toBe(false);
  });

  it.each(['6', '6,5', '6.5', '6 h', '6h', 7])('accepts hours %j', (hours) => {
    expect(check({ hoursPerDay: hours }).problems).toEqual([]);
  });

  it('reads words in any language', () => {
    const client = check({
      lang: 'svenska',
      contact: 'e-post',
      model: 'kortvarig',
      periodEnd: '31.5.2026',
      status: 'paus',
    }).client;
    expect(client).toMatchObject({
      lang: 'sv',
      contact: 'email',
      model: 'short-term',
      status: 'paused',
    });
  });

  it('matches groups regardless of case and keeps the sheet’s spelling', () => {
    expect(check({ group: 'ti-to' }).client?.group).toBe('Ti-To');
  });

  it('allows an empty group, coach, orientation and id', () => {
    const result = check({ group: '', coach: '', oriented: '', id: '' });
    expect(result.problems).toEqual([]);
    expect(result.client).toMatchObject({ group: '', coach: '', oriented: false, id: '' });
  });
});

describe('validateClientRow: problems', () => {
  it('requires a name', () => {
    expect(keys(check({ name: '  ' }).problems)).toEqual(['name:roster.name.required']);
    expect(check({ name: '' }).client).toBeUndefined();
  });

  it('requires a valid email for email contact', () => {
    expect(keys(check({ email: '' }).problems)).toEqual(['email:roster.email.required']);
    expect(keys(check({ email: 'matti.example.fi' }).problems)).toEqual([
      'email:roster.email.noAt',
    ]);
  });

  it('requires a phone, not an email, for phone, WhatsApp and SMS', () => {
    for (const contact of ['puhelin', 'WhatsApp', 'tekstiviesti']) {
      expect(check({ contact, email: '' }).problems).toEqual([]);
      expect(keys(check({ contact, email: '', phone: '' }).problems)).toEqual([
        'phone:roster.phone.required',
      ]);
    }
  });

  it('rejects a bad phone even when email is the channel', () => {
    expect(keys(check({ phone: '040 12' }).problems)).toEqual(['phone:roster.phone.tooShort']);
  });

  it('rejects unknown words with the allowed options in the workbook language', () => {
    const result = check({ model: 'etä', lang: 'saksa' });
    expect(result.problems).toContainEqual({
      key: 'roster.value.unknown',
      params: {
        column: 'Malli',
        value: 'etä',
        options: 'pitkäkestoinen, lyhytkestoinen, jaksottainen, hybridi',
      },
      field: 'model',
    });
    expect(keys(result.problems)).toContain('lang:roster.value.unknown');
  });

  it('requires a model', () => {
    expect(keys(check({ model: '' }).problems)).toEqual(['model:roster.model.required']);
  });

  it('requires valid period dates', () => {
    expect(keys(check({ periodStart: '' }).problems)).toEqual(['periodStart:roster.date.required']);
    expect(check({ periodEnd: '31.2.2026' }).problems).toEqual([
      {
        key: 'roster.date.invalid',
        params: { column: 'Jakso päättyy', value: '31.2.2026' },
        field: 'periodEnd',
      },
    ]);
    expect(keys(check({ continuationUntil: 'pian' }).problems)).toEqual([
      'continuationUntil:roster.date.invalid',
    ]);
  });

  it('requires the end after the start', () => {
    expect(keys(check({ periodEnd: '1.3.2026' }).problems)).toEqual([
      'periodEnd:roster.period.endBeforeStart',
    ]);
    expect(keys(check({ periodEnd: '1.2.2026' }).problems)).toEqual([
      'periodEnd:roster.period.endBeforeStart',
    ]);
  });

  it('keeps the period between 3 and 24 months', () => {
    expect(check({ periodEnd: '31.5.2026' }).problems).toEqual([]);
    expect(check({ periodEnd: '30.5.2026' }).problems).toEqual([
      { key: 'roster.period.tooShort', params: { months: 3 }, field: 'periodEnd' },
    ]);
    expect(check({ periodEnd: '29.2.2028' }).problems).toEqual([]);
    expect(check({ periodEnd: '1.3.2028' }).problems).toEqual([
      { key: 'roster.period.tooLong', params: { months: 24 }, field: 'periodEnd' },
    ]);
  });

  it('follows the period limits in settings', () => {
    const settings = { ...DEFAULT_SETTINGS, minPeriodMonths: 6 };
    expect(keys(check({}, { ...ctx, settings }).problems)).toEqual([]);
    expect(keys(check({ periodEnd: '31.7.2026' }, { ...ctx, settings }).problems)).toEqual([
      'periodEnd:roster.period.tooShort',
    ]);
  });

  it('requires the continuation to be after the end', () => {
    expect(check({ continuationUntil: '28.2.2027' }).problems).toEqual([]);
    expect(keys(check({ continuationUntil: '31.8.2026' }).problems)).toEqual([
      'continuationUntil:roster.continuation.notAfterEnd',
    ]);
  });

  it('keeps work days between 1 and 4 a week', () => {
    expect(keys(check({ workDays: '' }).problems)).toEqual(['workDays:roster.workDays.required']);
    expect(check({ workDays: 'ma-pe', hoursPerDay: 4 }).problems).toEqual([
      { key: 'roster.workDays.count', params: { count: 5, min: 1, max: 4 }, field: 'workDays' },
    ]);
    expect(check({ workDays: 'ma-to', hoursPerDay: 8 }).problems).toEqual([]);
    expect(keys(check({ workDays: '1, 3' }).problems)).toEqual([
      'workDays:roster.workDays.number',
      'workDays:roster.workDays.number',
    ]);
    expect(keys(check({ workDays: 'ma, kk' }).problems)).toEqual(['workDays:roster.value.unknown']);
  });

  it('keeps hours between 4 and 8 a day', () => {
    expect(check({ hoursPerDay: '3,5' }).problems).toEqual([
      {
        key: 'roster.hours.outOfRange',
        params: { hours: 3.5, min: 4, max: 8 },
        field: 'hoursPerDay',
      },
    ]);
    expect(keys(check({ hoursPerDay: '9' }).problems)).toEqual([
      'hoursPerDay:roster.hours.outOfRange',
    ]);
    expect(keys(check({ hoursPerDay: 'kuusi' }).problems)).toEqual([
      'hoursPerDay:roster.hours.invalid',
    ]);
  });

  it('takes the minimum day when hours are missing, and tells the coach', () => {
    const result = check({ hoursPerDay: '' });
    expect(result.problems).toEqual([]);
    expect(result.client?.hoursPerDay).toBe(4);
    expect(result.warnings).toContainEqual({
      key: 'roster.hours.assumed',
      params: { hours: 4 },
      field: 'hoursPerDay',
    });
  });

  it('keeps the week at 32 hours at most', () => {
    expect(check({ workDays: 'ma-to', hoursPerDay: '8' }).problems).toEqual([]);
    const settings = { ...DEFAULT_SETTINGS, maxHoursPerWeek: 20 };
    expect(check({ workDays: 'ma-to', hoursPerDay: '6' }, { ...ctx, settings }).problems).toEqual([
      { key: 'roster.hours.weekTooMany', params: { hours: 24, max: 20 }, field: 'hoursPerDay' },
    ]);
  });

  it('requires hybrid in-person days to be a non-empty subset of work days', () => {
    const hybrid = { model: 'hybridi', workDays: 'ma, ke, pe' };
    const ok = check({ ...hybrid, inPersonDays: 'ke' });
    expect(ok.problems).toEqual([]);
    expect(ok.client?.inPersonDays).toEqual([3]);
    expect(keys(check({ ...hybrid, inPersonDays: '' }).problems)).toEqual([
      'inPersonDays:roster.inPerson.required',
    ]);
    expect(check({ ...hybrid, inPersonDays: 'ke, to' }).problems).toEqual([
      { key: 'roster.inPerson.notWorkDay', params: { days: 'to' }, field: 'inPersonDays' },
    ]);
    expect(keys(check({ ...hybrid, inPersonDays: 'xx' }).problems)).toEqual([
      'inPersonDays:roster.value.unknown',
    ]);
    expect(keys(check({ ...hybrid, inPersonDays: 'ma, ke, pe' }).warnings)).toEqual([
      'inPersonDays:roster.inPerson.allDays',
    ]);
  });

  it('refuses in-person days outside the hybrid model', () => {
    expect(keys(check({ inPersonDays: 'ma' }).problems)).toEqual([
      'inPersonDays:roster.inPerson.notHybrid',
    ]);
  });

  it('rejects unknown groups and coaches', () => {
    expect(check({ group: 'R9' }).problems).toEqual([
      { key: 'roster.group.unknown', params: { value: 'R9' }, field: 'group' },
    ]);
    expect(keys(check({ coach: 'muu@kunta.fi' }).problems)).toEqual(['coach:roster.coach.unknown']);
    expect(keys(check({ coach: 'not an email' }).problems)).toEqual(['coach:roster.coach.unknown']);
  });

  it('rejects an unreadable orientation mark', () => {
    expect(keys(check({ oriented: 'ehkä' }).problems)).toEqual(['oriented:roster.value.unknown']);
  });

  it('reports every problem of a row at once, each naming its field', () => {
    const result = check({
      name: '',
      email: 'x',
      model: '',
      workDays: 'zz',
      hoursPerDay: 'x',
      group: 'R9',
    });
    expect(result.client).toBeUndefined();
    expect(result.problems.length).toBe(6);
    for (const problem of result.problems) {
      expect(problem.field).toBeTruthy();
      expect(hasMessage(problem.key)).toBe(true);
    }
  });
});

describe('validateClientRow: warnings', () => {
  it('warns when the period ends within 14 days', () => {
    const result = check({ periodStart: '1.12.2025', periodEnd: '14.3.2026' });
    expect(result.client).toBeDefined();
    expect(result.warnings).toEqual([
      { key: 'roster.period.endsSoon', params: { date: '14.3.2026' }, field: 'periodEnd' },
    ]);
    expect(check({ periodStart: '1.12.2025', periodEnd: '16.3.2026' }).warnings).toEqual([]);
  });

  it('looks at the continuation when there is one', () => {
    expect(
      check({ periodStart: '1.12.2025', periodEnd: '14.3.2026', continuationUntil: '30.6.2026' })
        .warnings,
    ).toEqual([]);
    expect(
      check({ periodStart: '1.9.2025', periodEnd: '31.12.2025', continuationUntil: '10.3.2026' })
        .warnings,
    ).toEqual([
      { key: 'roster.period.endsSoon', params: { date: '10.3.2026' }, field: 'continuationUntil' },
    ]);
  });

  it('warns when an active client’s period has ended', () => {
    expect(check({ periodStart: '1.9.2025', periodEnd: '28.2.2026' }).warnings).toEqual([
      { key: 'roster.period.endedButActive', params: { date: '28.2.2026' }, field: 'periodEnd' },
    ]);
    expect(
      check({ periodStart: '1.9.2025', periodEnd: '28.2.2026', status: 'päättynyt' }).warnings,
    ).toEqual([]);
    expect(
      check({ periodStart: '1.9.2025', periodEnd: '28.2.2026', status: 'tauolla' }).warnings,
    ).toEqual([]);
  });

  it('warns when the 24-month review is due within 30 days or past', () => {
    const row = {
      periodStart: '15.3.2024',
      periodEnd: '14.3.2026',
      continuationUntil: '31.12.2026',
    };
    expect(check(row).warnings).toEqual([
      { key: 'roster.review.due', params: { date: '15.3.2026' }, field: 'periodStart' },
    ]);
    expect(check({ ...row, periodStart: '1.5.2024', periodEnd: '30.4.2026' }).warnings).toEqual([]);
    // Counted from the first period start when history knows it.
    const result = check(
      { periodStart: '1.9.2025', periodEnd: '31.8.2026' },
      { ...ctx, firstPeriodStart: '2024-02-01' },
    );
    expect(result.warnings).toEqual([
      { key: 'roster.review.due', params: { date: '1.2.2026' }, field: 'periodStart' },
    ]);
  });

  it('warns about weekend work days', () => {
    expect(keys(check({ workDays: 'ma, la' }).warnings)).toEqual([
      'workDays:roster.workDays.weekend',
    ]);
  });
});

describe('findDuplicates', () => {
  it('pairs clients sharing an email or a phone', () => {
    expect(
      findDuplicates([
        { id: 'A1', email: 'matti@x.fi', phone: '+358401234567' },
        { id: 'A2', email: 'MATTI@x.fi', phone: '' },
        { id: 'A3', email: 'anna@x.fi', phone: '+358401234567' },
        { id: 'A4', email: '', phone: '' },
        { id: 'A5', email: '', phone: '' },
      ]),
    ).toEqual([
      { a: 'A1', b: 'A2', field: 'email', value: 'matti@x.fi' },
      { a: 'A1', b: 'A3', field: 'phone', value: '+358401234567' },
    ]);
  });

  it('lists every pair in a larger group', () => {
    const same = ['A', 'B', 'C'].map((id) => ({ id, email: 'x@y.fi', phone: '' }));
    expect(findDuplicates(same).map((d) => d.a + d.b)).toEqual(['AB', 'AC', 'BC']);
  });
});

describe('orientation dates without a year', () => {
  it('read 27.11. in Perehdytetty or Perehdytetty pvm as the last 27 November up to today', () => {
    expect(check({ oriented: '27.11.' }).client).toMatchObject({
      oriented: true,
      orientedOn: '2025-11-27',
    });
    expect(check({ oriented: '', orientedOn: '27.2.' }).client).toMatchObject({
      oriented: true,
      orientedOn: '2026-02-27',
    });
  });

  it('offer the same choices in the message and in the unknown-word list', () => {
    const { problems } = check({ oriented: 'ehkä' });
    expect(problems[0].params?.options).toBe('kyllä, ei, 27.11.2026');
    expect(choicesFor('oriented', 'fi')).toEqual(['kyllä', 'ei', '27.11.2026']);
  });
});
