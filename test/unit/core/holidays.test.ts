import { easterSunday, finnishHolidays, holidayOf, isHoliday } from '../../../src/core/holidays';
import { hasMessage } from '../../../src/core/i18n';
import { weekdayOf } from '../../../src/core/dates';

describe('easterSunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('finnishHolidays', () => {
  it('lists 2026 in date order', () => {
    expect([...finnishHolidays(2026).entries()]).toEqual([
      ['2026-01-01', 'roster.holiday.newYear'],
      ['2026-01-06', 'roster.holiday.epiphany'],
      ['2026-04-03', 'roster.holiday.goodFriday'],
      ['2026-04-05', 'roster.holiday.easterSunday'],
      ['2026-04-06', 'roster.holiday.easterMonday'],
      ['2026-05-01', 'roster.holiday.mayDay'],
      ['2026-05-14', 'roster.holiday.ascension'],
      ['2026-05-24', 'roster.holiday.pentecost'],
      ['2026-06-19', 'roster.holiday.midsummerEve'],
      ['2026-06-20', 'roster.holiday.midsummerDay'],
      ['2026-10-31', 'roster.holiday.allSaints'],
      ['2026-12-06', 'roster.holiday.independenceDay'],
      ['2026-12-24', 'roster.holiday.christmasEve'],
      ['2026-12-25', 'roster.holiday.christmasDay'],
      ['2026-12-26', 'roster.holiday.stStephensDay'],
    ]);
  });

  it('places midsummer and All Saints on the right weekdays', () => {
    const cases: [number, string, string][] = [
      [2025, '2025-06-20', '2025-11-01'],
      [2027, '2027-06-25', '2027-11-06'],
      [2028, '2028-06-23', '2028-11-04'],
      [2030, '2030-06-21', '2030-11-02'],
    ];
    for (const [year, eve, saints] of cases) {
      const map = finnishHolidays(year);
      expect(map.get(eve)).toBe('roster.holiday.midsummerEve');
      expect(weekdayOf(eve)).toBe(5);
      expect(map.get(saints)).toBe('roster.holiday.allSaints');
      expect(weekdayOf(saints)).toBe(6);
    }
  });

  it('keeps midsummer eve between 19 and 25 June and All Saints between 31.10. and 6.11.', () => {
    for (let year = 2000; year < 2100; year++) {
      const map = finnishHolidays(year);
      const eve = [...map].find(([, k]) => k === 'roster.holiday.midsummerEve')![0];
      const saints = [...map].find(([, k]) => k === 'roster.holiday.allSaints')![0];
      expect(eve >= `${year}-06-19` && eve <= `${year}-06-25`).toBe(true);
      expect(saints >= `${year}-10-31` && saints <= `${year}-11-06`).toBe(true);
      // Ascension can fall on May Day (2008, 2065): one date, one entry.
      expect(map.size).toBeGreaterThanOrEqual(14);
    }
  });

  it('has a message for every holiday', () => {
    for (const key of finnishHolidays(2026).values()) expect(hasMessage(key)).toBe(true);
  });

  it('returns a copy the caller may change', () => {
    finnishHolidays(2026).delete('2026-12-24');
    expect(isHoliday('2026-12-24')).toBe(true);
  });
});

describe('isHoliday', () => {
  it('counts eves as non-working days', () => {
    expect(isHoliday('2026-06-19')).toBe(true);
    expect(isHoliday('2026-12-24')).toBe(true);
    expect(holidayOf('2026-04-06')).toBe('roster.holiday.easterMonday');
  });

  it('is false on ordinary days', () => {
    expect(isHoliday('2026-06-18')).toBe(false);
    expect(isHoliday('2026-12-27')).toBe(false);
    expect(holidayOf('2026-03-02')).toBeNull();
  });
});
