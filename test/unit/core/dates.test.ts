import * as vm from 'node:vm';
import {
  addDays,
  addMonths,
  datesOfIsoWeek,
  diffDays,
  formatDate,
  isoWeekOf,
  mondayOfIsoWeek,
  monthsBetween,
  parseDate,
  weekdayOf,
} from '../../../src/core/dates';

describe('parseDate', () => {
  it.each([
    ['1.3.2026', '2026-03-01'],
    ['01.03.2026', '2026-03-01'],
    ['01.03.26', '2026-03-01'],
    ['1.3.26', '2026-03-01'],
    ['1.3.2026.', '2026-03-01'],
    [' 24.12.2026 ', '2026-12-24'],
    ['2026-03-01', '2026-03-01'],
    ['29.2.2028', '2028-02-29'],
  ])('%s → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    '31.2.2026',
    '29.2.2026',
    '32.1.2026',
    '1.13.2026',
    '0.1.2026',
    '2026-02-30',
    'huomenna',
    '',
    '1.3',
    '1/3/2026',
    '1.3.202',
    '2026-3-1x',
  ])('rejects %j', (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it('rejects non-strings and non-dates', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate(46000)).toBeNull();
    expect(parseDate(new Date(NaN))).toBeNull();
  });

  it('reads Date objects as the Helsinki calendar day', () => {
    // Midnight in Helsinki on 1.3.2026 is 22:00 UTC the day before.
    expect(parseDate(new Date(Date.UTC(2026, 1, 28, 22, 0)))).toBe('2026-03-01');
    // Summer time: midnight 1.7.2026 in Helsinki is 21:00 UTC on 30.6.
    expect(parseDate(new Date(Date.UTC(2026, 5, 30, 21, 0)))).toBe('2026-07-01');
    expect(parseDate(new Date(Date.UTC(2026, 5, 30, 20, 59)))).toBe('2026-06-30');
  });

  it('reads Date objects from another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2026, 2, 14, 22, 0))') as unknown;
    expect(foreign instanceof Date).toBe(false);
    expect(parseDate(foreign)).toBe('2026-03-15');
  });
});

describe('arithmetic', () => {
  it('adds days across months, years and DST changes', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('adds months, clamping to the end of the month', () => {
    expect(addMonths('2026-03-01', 3)).toBe('2026-06-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-03-01', 24)).toBe('2028-03-01');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('counts days between dates', () => {
    expect(diffDays('2026-03-01', '2026-03-08')).toBe(7);
    expect(diffDays('2026-03-08', '2026-03-01')).toBe(-7);
    expect(diffDays('2026-03-28', '2026-03-30')).toBe(2);
    expect(diffDays('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('counts whole months between dates', () => {
    expect(monthsBetween('2026-01-15', '2026-04-14')).toBe(2);
    expect(monthsBetween('2026-01-15', '2026-04-15')).toBe(3);
    expect(monthsBetween('2026-03-01', '2028-03-01')).toBe(24);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(monthsBetween('2026-04-15', '2026-01-15')).toBe(-3);
    expect(monthsBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('formats dates the Finnish way', () => {
    expect(formatDate('2026-03-01')).toBe('1.3.2026');
    expect(formatDate('2026-12-24')).toBe('24.12.2026');
  });
});

describe('weeks', () => {
  it('gives ISO weekdays', () => {
    expect(weekdayOf('2026-03-02')).toBe(1);
    expect(weekdayOf('2026-03-01')).toBe(7);
    expect(weekdayOf('2026-12-03')).toBe(4);
  });

  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-01-01', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-12-28', '2026-W53'],
  ])('isoWeekOf(%s) = %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('finds the Monday and the days of an ISO week', () => {
    expect(mondayOfIsoWeek('2026-W49')).toBe('2026-11-30');
    expect(mondayOfIsoWeek('2026-W01')).toBe('2025-12-29');
    expect(mondayOfIsoWeek('2025-W01')).toBe('2024-12-30');
    expect(mondayOfIsoWeek('2026-W53')).toBe('2026-12-28');
    expect(datesOfIsoWeek('2026-W49')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });

  it('round-trips every week of several years', () => {
    for (let d = '2024-01-01'; d < '2029-01-01'; d = addDays(d, 1)) {
      const week = isoWeekOf(d);
      const monday = mondayOfIsoWeek(week);
      expect(weekdayOf(monday)).toBe(1);
      expect(diffDays(monday, d)).toBe(weekdayOf(d) - 1);
    }
  });

  it('rejects bad week strings', () => {
    expect(() => mondayOfIsoWeek('2026-49')).toThrow(RangeError);
    expect(() => mondayOfIsoWeek('2025-W53')).toThrow(RangeError);
  });
});
