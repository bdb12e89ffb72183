import { dayRefusal, hoursFlag, type ClientDays } from '../../../src/core/attendance-days';

const client: ClientDays = {
  periodStart: '2026-11-02',
  periodEnd: '2026-12-18',
  continuationUntil: null,
  workDays: [1, 3, 4], // Monday, Wednesday, Thursday
};
const refusal = (date: string, extra: Partial<Parameters<typeof dayRefusal>[0]> = {}) =>
  dayRefusal({ client, date, today: '2026-12-10', planned: false, closedDates: [], ...extra });

describe('dayRefusal (issue 14: dates that make sense)', () => {
  it('accepts a past work day inside the period', () => {
    expect(refusal('2026-12-09')).toBeNull(); // Wednesday
    expect(refusal('2026-12-10')).toBeNull(); // today, a Thursday
  });
  it('refuses the future, the days outside the period and days that are not work days', () => {
    expect(refusal('2026-12-14')).toBe('future');
    expect(refusal('2026-10-29')).toBe('before-period');
    expect(refusal('2026-12-21', { today: '2027-01-10' })).toBe('after-period');
    expect(refusal('2026-12-08')).toBe('not-work-day'); // Tuesday
  });
  it('a continuation contract extends the period; a planned swapped day counts', () => {
    expect(
      refusal('2026-12-21', {
        today: '2027-01-10',
        client: { ...client, continuationUntil: '2027-03-31' },
      }),
    ).toBeNull();
    expect(refusal('2026-12-08', { planned: true })).toBeNull();
  });
  it('refuses Finnish public holidays and closed days even when planned', () => {
    expect(refusal('2026-12-08', { today: '2026-12-10', planned: true })).toBeNull();
    expect(refusal('2026-12-06', { today: '2026-12-10', planned: true })).toBe('holiday');
    expect(refusal('2026-12-03', { closedDates: ['2026-12-03'] })).toBe('closed');
  });
  it('does not refuse a weekday when the work days are unknown', () => {
    expect(refusal('2026-12-08', { client: { ...client, workDays: [] } })).toBeNull();
  });
});

describe('hoursFlag', () => {
  const limits = { minHoursPerDay: 4, maxHoursPerDay: 8 };
  it('flags hours outside 0…max and under the day minimum', () => {
    expect(hoursFlag(null, limits)).toBeNull();
    expect(hoursFlag(6, limits)).toBeNull();
    expect(hoursFlag(4, limits)).toBeNull();
    expect(hoursFlag(3.5, limits)).toBe('hours-below-minimum');
    expect(hoursFlag(9, limits)).toBe('hours-out-of-range');
    expect(hoursFlag(-1, limits)).toBe('hours-out-of-range');
  });
});
