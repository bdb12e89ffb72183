import {
  DEFAULT_SETTINGS,
  parseDateList,
  parseSettings,
  parseTime,
} from '../../../src/core/settings';

describe('DEFAULT_SETTINGS', () => {
  it('holds the law’s limits and the house defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      lang: 'fi',
      timeZone: 'Europe/Helsinki',
      sendWeekday: 4,
      sendTime: '12:00',
      reminderLeadsMinutes: [60, 15],
      minDaysPerWeek: 1,
      maxDaysPerWeek: 4,
      minHoursPerDay: 4,
      maxHoursPerDay: 8,
      maxHoursPerWeek: 32,
      minPeriodMonths: 3,
      maxPeriodMonths: 24,
      retentionMonths: 24,
      plansNeedApproval: false,
      allowanceEuros: 9,
      meetingPlatform: 'meet',
      coaches: [],
      closedDates: [],
    });
  });
});

describe('parseSettings', () => {
  it('returns the defaults for no rows', () => {
    const { settings, problems } = parseSettings([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual([]);
  });

  it('returns a copy whose arrays can be changed', () => {
    const { settings } = parseSettings([]);
    settings.coaches.push('x@y.fi');
    expect(DEFAULT_SETTINGS.coaches).toEqual([]);
  });

  it('reads every kind of value', () => {
    const { settings, problems } = parseSettings([
      { key: 'lang', value: 'ruotsi' },
      { key: 'timeZone', value: 'Europe/Stockholm' },
      { key: 'organisation', value: 'Esimerkkilän kaupunki' },
      { key: 'coaches', value: 'Ohjaaja@Kunta.FI, toinen@kunta.fi' },
      { key: 'send_weekday', value: 'perjantai' },
      { key: 'Send time', value: '9.30' },
      { key: 'reminderLeadsMinutes', value: '15, 60, 1440' },
      { key: 'maxDaysPerWeek', value: 3 },
      { key: 'maxHoursPerDay', value: '7,5' },
      { key: 'maxHoursPerWeek', value: '30 h' },
      { key: 'retentionMonths', value: '36' },
      { key: 'plansNeedApproval', value: 'kyllä' },
      { key: 'allowanceEuros', value: '9,50 €' },
      { key: 'closedDates', value: '22.12.2026–26.12.2026, 2027-01-06' },
      { key: 'meetingPlatform', value: 'oma linkki' },
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      lang: 'sv',
      timeZone: 'Europe/Stockholm',
      organisation: 'Esimerkkilän kaupunki',
      coaches: ['Ohjaaja@kunta.fi', 'toinen@kunta.fi'],
      sendWeekday: 5,
      sendTime: '09:30',
      reminderLeadsMinutes: [1440, 60, 15],
      maxDaysPerWeek: 3,
      maxHoursPerDay: 7.5,
      maxHoursPerWeek: 30,
      retentionMonths: 36,
      plansNeedApproval: true,
      allowanceEuros: 9.5,
      closedDates: [
        '2026-12-22',
        '2026-12-23',
        '2026-12-24',
        '2026-12-25',
        '2026-12-26',
        '2027-01-06',
      ],
      meetingPlatform: 'own-link',
    });
  });

  it('falls back to the default on a bad value, with a problem', () => {
    const { settings, problems } = parseSettings([
      { key: 'maxHoursPerWeek', value: 'paljon' },
      { key: 'timeZone', value: 'Europe/Tampere' },
      { key: 'sendTime', value: '25:00' },
      { key: 'sendWeekday', value: 9 },
    ]);
    expect(settings.maxHoursPerWeek).toBe(32);
    expect(settings.timeZone).toBe('Europe/Helsinki');
    expect(settings.sendTime).toBe('12:00');
    expect(settings.sendWeekday).toBe(4);
    expect(problems.map((p) => p.key)).toEqual([
      'maxHoursPerWeek',
      'timeZone',
      'sendTime',
      'sendWeekday',
    ]);
    expect(problems[0].problem).toEqual({
      key: 'roster.settings.badValue',
      params: { key: 'maxHoursPerWeek', value: 'paljon', default: '32' },
      field: 'maxHoursPerWeek',
    });
  });

  it('keeps defaults quietly for empty values', () => {
    const { settings, problems } = parseSettings([
      { key: 'sendTime', value: '' },
      { key: '', value: 'x' },
    ]);
    expect(settings.sendTime).toBe('12:00');
    expect(problems).toEqual([]);
  });

  it('reports unknown keys', () => {
    expect(parseSettings([{ key: 'colour', value: 'red' }]).problems).toEqual([
      {
        key: 'colour',
        problem: { key: 'roster.settings.unknownKey', params: { key: 'colour' }, field: 'colour' },
      },
    ]);
  });

  it('restores defaults when a minimum exceeds its maximum', () => {
    const { settings, problems } = parseSettings([
      { key: 'minHoursPerDay', value: 6 },
      { key: 'maxHoursPerDay', value: 5 },
    ]);
    expect(settings.minHoursPerDay).toBe(4);
    expect(settings.maxHoursPerDay).toBe(8);
    expect(problems[0].problem.key).toBe('roster.settings.minAboveMax');
  });

  it('reads a Sheets time cell', () => {
    // Sheets gives a time as a Date on 30.12.1899 in the sheet's zone; 12:00 Helsinki LMT.
    const offsetLmt = (1 * 3600 + 39 * 60 + 49) * 1000;
    const d = new Date(Date.UTC(1899, 11, 30, 12, 0, 0) - offsetLmt);
    expect(parseSettings([{ key: 'sendTime', value: d }]).settings.sendTime).toBe('12:00');
  });
});

describe('helpers', () => {
  it('parses times', () => {
    expect(parseTime('12:00')).toBe('12:00');
    expect(parseTime('8')).toBe('08:00');
    expect(parseTime('8.15')).toBe('08:15');
    expect(parseTime('8:75')).toBeNull();
  });

  it('parses date lists', () => {
    expect(parseDateList('1.6.2026 - 3.6.2026')).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
    ]);
    expect(parseDateList('2026-06-01..2026-06-02')).toEqual(['2026-06-01', '2026-06-02']);
    expect(parseDateList('3.6.2026–1.6.2026')).toBeNull();
    expect(parseDateList('ei')).toBeNull();
  });
});
