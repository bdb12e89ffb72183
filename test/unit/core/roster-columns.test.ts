import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  HEADER_ALIASES,
  ROSTER_FIELDS,
  ROSTER_HEADERS,
  STATUS_VALUES,
  displayYesNo,
  fieldOfHeader,
  matchHeaders,
  parseYesNo,
  readYesNo,
  rosterHeaderRow,
  rowToRaw,
  yesNoOptions,
} from '../../../src/core/roster-columns';

describe('roster headers', () => {
  it('has the canonical Finnish header row', () => {
    expect(rosterHeaderRow('fi')).toEqual([
      'Tunnus',
      'Nimi',
      'Sähköposti',
      'Puhelin',
      'Kieli',
      'Yhteystapa',
      'Malli',
      'Jakso alkaa',
      'Jakso päättyy',
      'Jatkosopimus asti',
      'Työtoimintapäivät',
      'Lähipäivät',
      'Tunnit/päivä',
      'Ryhmä',
      'Ohjaaja',
      'Tavoitteet',
      'Tavoitealueet',
      'Digitaidot',
      'Perehdytetty',
      'Perehdytetty pvm',
      'Tila',
      'Huomiot',
    ]);
  });

  it('matches its own headers in every language', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const { columns, unknown } = matchHeaders(rosterHeaderRow(lang));
      expect(unknown).toEqual([]);
      expect([...columns.keys()]).toEqual([...ROSTER_FIELDS]);
    }
  });

  it('has headers that are unique across fields', () => {
    for (const field of ROSTER_FIELDS) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(fieldOfHeader(ROSTER_HEADERS[field][lang])).toBe(field);
      }
    }
  });

  // One case per alias: each word coaches use for a column finds that column and no other.
  const aliases = Object.entries(HEADER_ALIASES).flatMap(([field, words]) =>
    words.map((word) => [word, field] as const),
  );
  it.each(aliases)('reads the header %p as %s', (word, field) => {
    expect(fieldOfHeader(word)).toBe(field);
  });

  it('matches aliases regardless of case, spacing and accents', () => {
    const header = [
      ' SAHKOPOSTI ',
      'e-mail',
      'Puhelinnumero',
      'id',
      'NIMI',
      'tunnit / päivä',
      'Mystery',
      '',
    ];
    const result = matchHeaders(header);
    expect(result.columns.get('email')).toBe(0);
    expect(result.duplicates).toEqual([{ index: 1, header: 'e-mail', field: 'email' }]);
    expect(result.columns.get('phone')).toBe(2);
    expect(result.columns.get('id')).toBe(3);
    expect(result.columns.get('name')).toBe(4);
    expect(result.columns.get('hoursPerDay')).toBe(5);
    expect(result.unknown).toEqual([{ index: 6, header: 'Mystery' }]);
  });

  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width non-joiner', '\u200c'],
    ['left-to-right mark', '\u200e'],
    ['BOM in the middle', '\ufeff'],
    ['soft hyphen', '\u00ad'],
    ['no-break space', '\u00a0'],
  ])('reads a header with a %s inside it', (_, invisible) => {
    const result = matchHeaders(['Nimi', `Sähkö${invisible}posti`, `Mystery${invisible}`]);
    expect(result.columns.get('email')).toBe(1);
    expect(fieldOfHeader(`Puhe${invisible}lin`)).toBe('phone');
    expect(result.unknown).toEqual([{ index: 2, header: 'Mystery' }]);
  });

  it.each([
    ['email', 'email'],
    ['Sähköpostiosoite', 'email'],
    ['puhelinnumero', 'phone'],
    ['ID', 'id'],
    ['Språk', 'lang'],
    ['Perioden börjar', 'periodStart'],
    ['Hours/day', 'hoursPerDay'],
  ])('%s → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it('lets an extra map name the admin’s own headers, overriding built-ins', () => {
    const result = matchHeaders(['Asiakkaan posti', 'Nimi', 'Puh'], {
      'asiakkaan posti': 'email',
      Puh: 'coach',
      Ignored: 'notAField',
    });
    expect(result.columns.get('email')).toBe(0);
    expect(result.columns.get('coach')).toBe(2);
  });

  it('turns cells into a field record', () => {
    const { columns } = matchHeaders(['Nimi', 'Sähköposti']);
    expect(rowToRaw(['Matti'], columns)).toEqual({ name: 'Matti', email: '' });
  });
});

describe('vocabularies', () => {
  it.each([
    ['suomi', 'fi'],
    ['FI', 'fi'],
    ['Finnish', 'fi'],
    ['finska', 'fi'],
    ['ruotsi', 'sv'],
    ['svenska', 'sv'],
    ['sv', 'sv'],
    ['Swedish', 'sv'],
    ['englanti', 'en'],
    ['en', 'en'],
    ['English', 'en'],
    ['engelska', 'en'],
  ])('language %s → %s', (word, lang) => {
    expect(LANG_VALUES.parse(word)).toBe(lang);
  });

  it.each([
    ['pitkäkestoinen', 'long-term'],
    ['Pitkakestoinen', 'long-term'],
    ['long-term', 'long-term'],
    ['långvarig', 'long-term'],
    ['lyhytkestoinen', 'short-term'],
    ['short-term', 'short-term'],
    ['kortvarig', 'short-term'],
    ['jaksottainen', 'interval'],
    ['interval', 'interval'],
    ['hybridi', 'hybrid'],
    ['Hybrid', 'hybrid'],
  ])('model %s → %s', (word, model) => {
    expect(MODEL_VALUES.parse(word)).toBe(model);
  });

  it.each([
    ['sähköposti', 'email'],
    ['email', 'email'],
    ['e-post', 'email'],
    ['puhelin', 'phone'],
    ['telefon', 'phone'],
    ['WhatsApp', 'whatsapp'],
    ['whatsapp', 'whatsapp'],
    ['tekstiviesti', 'sms'],
    ['SMS', 'sms'],
  ])('contact %s → %s', (word, contact) => {
    expect(CONTACT_VALUES.parse(word)).toBe(contact);
  });

  it.each([
    ['aktiivinen', 'active'],
    ['aktiv', 'active'],
    ['active', 'active'],
    ['tauolla', 'paused'],
    ['paused', 'paused'],
    ['päättynyt', 'closed'],
    ['avslutad', 'closed'],
    ['closed', 'closed'],
  ])('status %s → %s', (word, status) => {
    expect(STATUS_VALUES.parse(word)).toBe(status);
  });

  it('rejects unknown words and non-strings', () => {
    expect(MODEL_VALUES.parse('etä')).toBeNull();
    expect(LANG_VALUES.parse(3)).toBeNull();
    expect(STATUS_VALUES.parse('')).toBeNull();
  });

  it('displays canonical values per language for dropdowns', () => {
    expect(MODEL_VALUES.display('interval', 'fi')).toBe('jaksottainen');
    expect(MODEL_VALUES.options('en')).toEqual(['long-term', 'short-term', 'interval', 'hybrid']);
    expect(LANG_VALUES.options('fi')).toEqual(['suomi', 'ruotsi', 'englanti']);
    expect(CONTACT_VALUES.options('fi')).toEqual([
      'sähköposti',
      'puhelin',
      'WhatsApp',
      'tekstiviesti',
    ]);
    expect(STATUS_VALUES.options('sv')).toEqual(['aktiv', 'paus', 'avslutad']);
  });

  it('parses back every option it displays', () => {
    for (const vocab of [LANG_VALUES, MODEL_VALUES, CONTACT_VALUES, STATUS_VALUES]) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        vocab.values.forEach((value, i) => expect(vocab.parse(vocab.options(lang)[i])).toBe(value));
      }
    }
  });

  it.each([
    ['kyllä', true],
    ['Kyllä', true],
    ['x', true],
    ['X', true],
    ['✓', true],
    ['true', true],
    ['ja', true],
    ['yes', true],
    [true, true],
    [1, true],
    ['ei', false],
    ['nej', false],
    ['no', false],
    ['false', false],
    [false, false],
    [0, false],
  ])('yes/no %j → %j', (value, expected) => {
    expect(parseYesNo(value)).toBe(expected);
  });

  it('returns null for unreadable yes/no', () => {
    expect(parseYesNo('ehkä')).toBeNull();
    expect(parseYesNo(2)).toBeNull();
  });

  it('displays yes/no', () => {
    expect(displayYesNo(true, 'fi')).toBe('kyllä');
    expect(displayYesNo(false, 'sv')).toBe('nej');
    expect(yesNoOptions('en')).toEqual(['yes', 'no']);
  });
});

describe('an orientation date without a year', () => {
  it('is the last such day up to today: never in the future', () => {
    expect(readYesNo('27.11.', '2026-11-30')).toEqual({ oriented: true, date: '2026-11-27' });
    expect(readYesNo('tehty 27.11.', '2026-11-30')).toEqual({ oriented: true, date: '2026-11-27' });
    expect(readYesNo('27.11.', '2027-01-05')).toEqual({ oriented: true, date: '2026-11-27' });
    expect(readYesNo('1.12.', '2026-11-30')).toEqual({ oriented: true, date: '2025-12-01' });
    expect(readYesNo('29.2.', '2027-03-01')).toEqual({ oriented: true, date: '2024-02-29' });
    expect(readYesNo('31.2.', '2026-11-30')).toEqual({ badDate: '31.2.' });
    expect(readYesNo('27.11.')).toEqual({ oriented: true, date: '' });
  });
});
