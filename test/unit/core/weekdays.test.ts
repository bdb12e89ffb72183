import { formatWorkDays, parseWeekday, parseWorkDays } from '../../../src/core/weekdays';

describe('parseWorkDays', () => {
  it.each([
    ['ma, ke', [1, 3]],
    ['ti–to', [2, 3, 4]],
    ['ti-to', [2, 3, 4]],
    ['ti - to', [2, 3, 4]],
    ['maanantai', [1]],
    ['MAANANTAI', [1]],
    ['mån, ons', [1, 3]],
    ['Mån och Ons', [1, 3]],
    ['Mon Wed', [1, 3]],
    ['ma-pe', [1, 2, 3, 4, 5]],
    ['tiistai ja torstai', [2, 4]],
    ['tiistaisin ja torstaisin', [2, 4]],
    ['Tue/Thu', [2, 4]],
    ['Tuesday and Thursday', [2, 4]],
    ['Mon to Wed', [1, 2, 3]],
    ['ma to pe', [1, 4, 5]],
    ['mån till ons', [1, 2, 3]],
    ['ke, ma, ke', [1, 3]],
    ['ma., ke.', [1, 3]],
    ['to;pe', [4, 5]],
    ['lö, sö', [6, 7]],
    ['fre', [5]],
    ['arkisin', [1, 2, 3, 4, 5]],
    ['', []],
    ['  ', []],
  ])('%j → %j', (text, days) => {
    const result = parseWorkDays(text);
    expect(result.problems).toEqual([]);
    expect(result.days).toEqual(days);
  });

  it('refuses numbers as ambiguous', () => {
    expect(parseWorkDays('1, 3').problems).toEqual([
      { key: 'roster.workDays.number', params: { token: '1' }, field: 'workDays' },
      { key: 'roster.workDays.number', params: { token: '3' }, field: 'workDays' },
    ]);
    expect(parseWorkDays('1-3').problems[0].key).toBe('roster.workDays.number');
  });

  it('names an unknown token and keeps the known days', () => {
    const result = parseWorkDays('ma, kesk, torstaj');
    expect(result.days).toEqual([1, 3]);
    expect(result.problems).toEqual([
      { key: 'roster.workDays.unknown', params: { token: 'torstaj' }, field: 'workDays' },
    ]);
  });

  it('uses the given field in problems', () => {
    expect(parseWorkDays('xx', 'inPersonDays').problems[0].field).toBe('inPersonDays');
  });

  it('rejects backward or broken ranges', () => {
    expect(parseWorkDays('pe-ma').problems[0]).toEqual({
      key: 'roster.workDays.badRange',
      params: { token: 'pe-ma' },
      field: 'workDays',
    });
    expect(parseWorkDays('ma-xx').problems[0].key).toBe('roster.workDays.badRange');
  });

  it('parses single weekdays', () => {
    expect(parseWeekday('Torstai')).toBe(4);
    expect(parseWeekday('sön')).toBe(7);
    expect(parseWeekday('nope')).toBeNull();
  });
});

describe('formatWorkDays', () => {
  it('writes short names per language, sorted and unique', () => {
    expect(formatWorkDays([3, 1, 3], 'fi')).toBe('ma, ke');
    expect(formatWorkDays([1, 3], 'sv')).toBe('mån, ons');
    expect(formatWorkDays([2, 4], 'en')).toBe('Tue, Thu');
    expect(formatWorkDays([], 'fi')).toBe('');
  });

  it('round-trips through parseWorkDays in every language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(parseWorkDays(formatWorkDays([1, 2, 3, 4, 5, 6, 7], lang)).days).toEqual([
        1, 2, 3, 4, 5, 6, 7,
      ]);
    }
  });
});
