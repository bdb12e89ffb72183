import {
  DEFAULT_SETTINGS,
  parseDateList,
  parseSettings,
  parseSubstitutes,
  parseTime,
  SETTING_KEYS,
  settingKeyOf,
  settingLabel,
} from '../../../src/core/settings';

describe('DEFAULT_SETTINGS', () => {
  it('holds the law’s limits and the house defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      lang: 'fi',
      timeZone: 'Europe/Helsinki',
      sendWeekday: 4,
      sendTime: '12:00',
      reminderMorningTime: '07:00',
      reminderSoonMinutes: 120,
      siteDayStart: '09:00',
      remoteDayStart: '09:00',
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
      { key: 'reminderMorningTime', value: '7.30' },
      { key: 'reminderSoonMinutes', value: '150' },
      { key: 'siteAddress', value: 'Pajakatu 1, Kunta' },
      { key: 'siteDayStart', value: '8.30' },
      {
        key: 'coachContacts',
        value: 'Anna@Kunta.fi, Anna Ohjaaja, 040 123 4567\nmikko@kunta.fi, Mikko Ohjaaja',
      },
      // An older workbook's row is read without complaint and not used.
      { key: 'reminderLeadsMinutes', value: '60, 15' },
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
      coaches: ['ohjaaja@kunta.fi', 'toinen@kunta.fi'],
      sendWeekday: 5,
      sendTime: '09:30',
      reminderMorningTime: '07:30',
      reminderSoonMinutes: 150,
      siteAddress: 'Pajakatu 1, Kunta',
      siteDayStart: '08:30',
      coachContacts: [
        { email: 'anna@kunta.fi', name: 'Anna Ohjaaja', phone: '+358401234567' },
        { email: 'mikko@kunta.fi', name: 'Mikko Ohjaaja', phone: '' },
      ],
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

describe('settings named in the workbook’s language', () => {
  it('every setting has a label in fi, sv and en, none equal to its code name', () => {
    for (const key of SETTING_KEYS) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const label = settingLabel(key, lang);
        expect(label).not.toBe(key);
        expect(label).not.toMatch(/^settings\.label\./);
        expect(settingKeyOf(label)).toBe(key);
      }
    }
  });

  it('reads a row by its label in any language or by its code name', () => {
    const { settings, problems } = parseSettings([
      { key: 'Säilytysaika (kk)', value: '36' },
      { key: 'Planerna godkänns före utskick', value: 'ja' },
      { key: 'Mail per coach', value: 'yes' },
      { key: 'allowanceEuros', value: '10' },
    ]);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      retentionMonths: 36,
      plansNeedApproval: true,
      mailPerCoach: true,
      allowanceEuros: 10,
    });
  });

  it('reads the privacy and service-model settings', () => {
    const { settings, problems } = parseSettings([
      { key: 'Rekisterinpitäjä', value: 'Esimerkkilän hyvinvointialue' },
      { key: 'Tietosuojaselosteen osoite', value: 'https://esimerkki.fi/tietosuoja' },
      {
        key: 'Sijaiset',
        value: 'Anna@Kunta.fi = mikko@kunta.fi, liisa@kunta.fi;\nmikko@kunta.fi: anna@kunta.fi',
      },
      { key: 'Jaksomallin etäjaksot', value: '6.7.2026–8.7.2026' },
      { key: 'Lyhytkestoisen jakson pituus (kk)', value: '3' },
      { key: 'Hybridimallin lähipäivät', value: 'ti, to' },
    ]);
    expect(problems).toEqual([]);
    expect(settings.controllerName).toBe('Esimerkkilän hyvinvointialue');
    expect(settings.privacyNoticeUrl).toBe('https://esimerkki.fi/tietosuoja');
    expect(settings.substitutes).toEqual({
      'anna@kunta.fi': ['mikko@kunta.fi', 'liisa@kunta.fi'],
      'mikko@kunta.fi': ['anna@kunta.fi'],
    });
    expect(settings.intervalRemoteDates).toEqual(['2026-07-06', '2026-07-07', '2026-07-08']);
    expect(settings.shortTermMonths).toBe(3);
    expect(settings.hybridInPersonDays).toEqual([2, 4]);
  });

  it('refuses a privacy link that is not https and a substitutes line without a coach', () => {
    const { settings, problems } = parseSettings([
      { key: 'privacyNoticeUrl', value: 'javascript:alert(1)' },
      { key: 'substitutes', value: 'mikko@kunta.fi' },
    ]);
    expect(problems.map((p) => p.problem.key)).toEqual([
      'roster.settings.badValue',
      'roster.settings.badValue',
    ]);
    expect(settings.privacyNoticeUrl).toBe('');
    expect(settings.substitutes).toEqual({});
    expect(parseSubstitutes('a@b.fi = c@d.fi')).toEqual({ 'a@b.fi': ['c@d.fi'] });
  });
});
