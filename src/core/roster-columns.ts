import type { IsoDate, Lang } from './types';
import { parseDate } from './dates';
import { normaliseHeader, stripInvisible } from './text';
import { wordKey, wordMatcher } from './roster-matcher';
import {
  CONTACT_WORDS,
  LANG_WORDS,
  MODEL_WORDS,
  NEGATIONS,
  STATUS_WORDS,
  YES_NO_WORDS,
  type VocabularyData,
} from './roster-vocabulary';

/**
 * The client roster's columns and the words allowed in its dropdown cells. Field keys are the
 * stable names used in code; headers and values are what coaches see and type, in fi/sv/en.
 */

export const ROSTER_FIELDS = [
  'id',
  'name',
  'email',
  'phone',
  'lang',
  'contact',
  'model',
  'periodStart',
  'periodEnd',
  'continuationUntil',
  'workDays',
  'inPersonDays',
  'hoursPerDay',
  'group',
  'coach',
  'goals',
  'goalTags',
  'digitalSkills',
  'oriented',
  'orientedOn',
  'status',
  'problems',
] as const;

export type RosterField = (typeof ROSTER_FIELDS)[number];

/** `problems` (Huomiot) is written by the system; everything else is the coach's. */
export const SYSTEM_FIELDS: readonly RosterField[] = ['problems'];

export const ROSTER_HEADERS: Record<RosterField, Record<Lang, string>> = {
  id: { fi: 'Tunnus', sv: 'Id', en: 'ID' },
  name: { fi: 'Nimi', sv: 'Namn', en: 'Name' },
  email: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
  phone: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
  lang: { fi: 'Kieli', sv: 'Språk', en: 'Language' },
  contact: { fi: 'Yhteystapa', sv: 'Kontaktsätt', en: 'Contact by' },
  model: { fi: 'Malli', sv: 'Modell', en: 'Model' },
  periodStart: { fi: 'Jakso alkaa', sv: 'Perioden börjar', en: 'Period starts' },
  periodEnd: { fi: 'Jakso päättyy', sv: 'Perioden slutar', en: 'Period ends' },
  continuationUntil: {
    fi: 'Jatkosopimus asti',
    sv: 'Fortsatt avtal till',
    en: 'Continuation until',
  },
  workDays: { fi: 'Työtoimintapäivät', sv: 'Arbetsverksamhetsdagar', en: 'Work days' },
  inPersonDays: { fi: 'Lähipäivät', sv: 'Närdagar', en: 'In-person days' },
  hoursPerDay: { fi: 'Tunnit/päivä', sv: 'Timmar/dag', en: 'Hours/day' },
  group: { fi: 'Ryhmä', sv: 'Grupp', en: 'Group' },
  coach: { fi: 'Ohjaaja', sv: 'Handledare', en: 'Coach' },
  goals: { fi: 'Tavoitteet', sv: 'Mål', en: 'Goals' },
  goalTags: { fi: 'Tavoitealueet', sv: 'Målområden', en: 'Goal areas' },
  digitalSkills: { fi: 'Digitaidot', sv: 'Digitala färdigheter', en: 'Digital skills' },
  oriented: { fi: 'Perehdytetty', sv: 'Introducerad', en: 'Oriented' },
  orientedOn: { fi: 'Perehdytetty pvm', sv: 'Introducerad datum', en: 'Orientation date' },
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  problems: { fi: 'Huomiot', sv: 'Anmärkningar', en: 'Notes' },
};

/** Other headers seen in real rosters and exports. Matched after normaliseHeader. */
export const HEADER_ALIASES: Record<RosterField, string[]> = {
  id: ['id', 'tunniste', 'asiakastunnus', 'asiakasnumero', 'client id', 'kundnummer'],
  name: ['nimi', 'asiakas', 'asiakkaan nimi', 'koko nimi', 'full name', 'client', 'kund', 'namn'],
  email: [
    'email',
    'e-mail',
    'sähköpostiosoite',
    's-posti',
    'sposti',
    'email address',
    'e-postadress',
    'epost',
  ],
  phone: [
    'puhelinnumero',
    'puh',
    'puh.',
    'matkapuhelin',
    'gsm',
    'phone number',
    'mobile',
    'telefonnummer',
    'tel',
  ],
  lang: ['asiointikieli', 'kieli', 'lang', 'sprak'],
  contact: [
    'yhteydenottotapa',
    'yhteydenpito',
    'yhteydenpitotapa',
    'yhteyskanava',
    'contact',
    'contact channel',
    'preferred contact',
    'kontakt',
    'kontaktväg',
  ],
  model: ['palvelumalli', 'toimintamalli', 'service model', 'tjänstemodell'],
  periodStart: [
    'alkaa',
    'alkupäivä',
    'aloituspäivä',
    'jakson alku',
    'start',
    'start date',
    'startdatum',
  ],
  periodEnd: ['päättyy', 'loppupäivä', 'jakson loppu', 'end', 'end date', 'slutdatum'],
  continuationUntil: [
    'jatkosopimus',
    'jatkosopimus saakka',
    'jatko asti',
    'continuation',
    'fortsättningsavtal',
  ],
  workDays: ['päivät', 'toimintapäivät', 'työpäivät', 'days', 'dagar', 'arbetsdagar'],
  inPersonDays: [
    'lähitoimintapäivät',
    'paikan päällä',
    'on-site days',
    'in person days',
    'närvarodagar',
  ],
  hoursPerDay: [
    'tunnit',
    'tuntia/päivä',
    'tuntia päivässä',
    'h/pv',
    'hours',
    'hours per day',
    'timmar',
    'timmar per dag',
  ],
  group: ['ryhmätunnus', 'group id', 'gruppen'],
  coach: ['ohjaajan sähköposti', 'vastuuohjaaja', 'coach email', 'handledarens e-post'],
  goals: ['tavoite', 'goal', 'mål'],
  goalTags: ['tavoitetunnisteet', 'tagit', 'goal tags', 'tags', 'taggar'],
  digitalSkills: ['digitaidot', 'digiosaaminen', 'digital skills', 'digitala kunskaper'],
  oriented: ['perehdytys tehty', 'perehdytys', 'orientation done', 'orientation', 'introduktion'],
  orientedOn: [
    'perehdytyspäivä',
    'perehdytyspvm',
    'perehdytetty päivä',
    'perehdytyksen päivämäärä',
    'perehdytetty pvm.',
    'orientation day',
    'oriented on',
    'introduktionsdatum',
    'introducerad den',
  ],
  status: ['asiakkuuden tila', 'state'],
  problems: ['huomautukset', 'ongelmat', 'problems', 'issues'],
};

const HEADER_LOOKUP = new Map<string, RosterField>();
for (const field of ROSTER_FIELDS) {
  // Canonical headers first so an alias can never shadow one.
  for (const lang of ['fi', 'sv', 'en'] as const) {
    HEADER_LOOKUP.set(normaliseHeader(ROSTER_HEADERS[field][lang]), field);
  }
}
for (const field of ROSTER_FIELDS) {
  for (const alias of HEADER_ALIASES[field]) {
    const k = normaliseHeader(alias);
    if (!HEADER_LOOKUP.has(k)) HEADER_LOOKUP.set(k, field);
  }
}

export function headerFor(field: RosterField, lang: Lang): string {
  return ROSTER_HEADERS[field][lang];
}

/** The roster header row in a language, in canonical column order. */
export function rosterHeaderRow(lang: Lang): string[] {
  return ROSTER_FIELDS.map((field) => ROSTER_HEADERS[field][lang]);
}

/** The same keys without spaces: "Sähkö posti" (or a no-break space inside) is Sähköposti. */
const SPACELESS_LOOKUP = new Map<string, RosterField>();
for (const [k, field] of HEADER_LOOKUP) {
  const bare = k.replace(/\s+/g, '');
  if (!SPACELESS_LOOKUP.has(bare)) SPACELESS_LOOKUP.set(bare, field);
}

/** A header cell's matching key: invisible characters (zero-width space, soft hyphen…) gone. */
const headerKey = (text: string): string => normaliseHeader(stripInvisible(text));

function lookupHeader(key: string): RosterField | undefined {
  return HEADER_LOOKUP.get(key) ?? SPACELESS_LOOKUP.get(key.replace(/\s+/g, ''));
}

export function fieldOfHeader(header: string): RosterField | null {
  return lookupHeader(headerKey(header)) ?? null;
}

export interface HeaderMatch {
  columns: Map<RosterField, number>;
  unknown: { index: number; header: string }[];
  /** A second column for a field already matched: ignored, reported so nothing is lost silently. */
  duplicates: { index: number; header: string; field: RosterField }[];
}

/**
 * Find each field's column. `extraMap` (header → field key) lets an admin map their own
 * headers; it wins over the built-in names. Empty headers are neither matched nor reported.
 */
export function matchHeaders(header: string[], extraMap: Record<string, string> = {}): HeaderMatch {
  const extra = new Map<string, RosterField>();
  for (const [text, field] of Object.entries(extraMap)) {
    if ((ROSTER_FIELDS as readonly string[]).includes(field)) {
      extra.set(headerKey(text), field as RosterField);
    }
  }
  const result: HeaderMatch = { columns: new Map(), unknown: [], duplicates: [] };
  header.forEach((text, index) => {
    const k = headerKey(String(text ?? ''));
    if (k === '') return;
    const field = extra.get(k) ?? lookupHeader(k);
    const shown = stripInvisible(String(text ?? '')).trim();
    if (!field) result.unknown.push({ index, header: shown });
    else if (result.columns.has(field)) result.duplicates.push({ index, header: shown, field });
    else result.columns.set(field, index);
  });
  return result;
}

/** A sheet or CSV row as field → cell value, for validateClientRow. */
export function rowToRaw(
  cells: readonly unknown[],
  columns: Map<RosterField, number>,
): Partial<Record<RosterField, unknown>> {
  const raw: Partial<Record<RosterField, unknown>> = {};
  for (const [field, index] of columns) raw[field] = cells[index] ?? '';
  return raw;
}

/**
 * A closed list of values. The first plain word per language is what dropdowns show; every
 * word of every language is accepted when reading (a Swedish word in a Finnish workbook still
 * works), in any case and with the endings the stems of roster-vocabulary.ts allow.
 */
export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  parse(value: unknown): T | null;
  display(value: T, lang: Lang): string;
  /** Dropdown options in a language, in canonical order. */
  options(lang: Lang): string[];
}

const displayWord = (words: string[]): string => words.find((w) => !w.endsWith('*')) ?? '';

function vocabulary<T extends string>(data: VocabularyData<T>): Vocabulary<T> {
  const values = Object.keys(data) as T[];
  const matcher = wordMatcher<T>(
    values.map((value) => [
      value,
      [value, ...data[value].fi, ...data[value].sv, ...data[value].en],
    ]),
  );
  return {
    values,
    parse: (value) => (typeof value === 'string' ? matcher.match(value) : null),
    display: (value, lang) => displayWord(data[value][lang]),
    options: (lang) => values.map((value) => displayWord(data[value][lang])),
  };
}

export const LANG_VALUES = vocabulary<Lang>(LANG_WORDS);
export const MODEL_VALUES = vocabulary(MODEL_WORDS);
export const CONTACT_VALUES = vocabulary(CONTACT_WORDS);
export const STATUS_VALUES = vocabulary(STATUS_WORDS);
const YES_NO = vocabulary(YES_NO_WORDS);

const NEGATION_KEYS = new Set(NEGATIONS.map(wordKey));
const DATE_IN_TEXT = /(\d{1,4}[.\-/]\d{1,2}[.\-/]\d{1,4}\.?)/;
/** "27.11." as Finns write a date this year: no year. */
const DAY_MONTH_IN_TEXT = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(?=\s|$)/;

/**
 * A day and month without a year ("27.11.") as the most recent such day on or before `today`:
 * an orientation is never in the future. Null for an impossible day (31.2.).
 */
export function pastDayMonth(day: number, month: number, today: IsoDate): IsoDate | null {
  const year = Number(today.slice(0, 4));
  const thisYear = parseDate(`${day}.${month}.${year}`);
  if (thisYear === null) {
    // 29.2. in a year without it: the last leap year's.
    for (let y = year - 1; y > year - 8; y--) {
      const date = parseDate(`${day}.${month}.${y}`);
      if (date !== null && date <= today) return date;
    }
    return null;
  }
  return thisYear <= today ? thisYear : parseDate(`${day}.${month}.${year - 1}`);
}

export type YesNoReading =
  { oriented: boolean; date: IsoDate | '' } | { unknown: true } | { badDate: string };

/**
 * A yes/no cell as coaches fill it: a checkbox, a word, a date ("27.11.2026" = done that day),
 * or a word with a date ("tehty 27.11.2026"). Empty is no. A date without a year ("27.11.") is
 * the last such day up to `today` (without `today`: yes, with no date).
 */
export function readYesNo(value: unknown, today?: IsoDate): YesNoReading {
  if (typeof value === 'boolean') return { oriented: value, date: '' };
  if (typeof value === 'number') {
    return value === 1 || value === 0 ? { oriented: value === 1, date: '' } : { unknown: true };
  }
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = parseDate(value);
    return date ? { oriented: true, date } : { unknown: true };
  }
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') return { oriented: false, date: '' };
  const firstWord = wordKey(text.split(/\s+/)[0]);
  if (NEGATION_KEYS.has(firstWord)) return { oriented: false, date: '' };
  const found = DATE_IN_TEXT.exec(text);
  const dayMonth = found ? null : DAY_MONTH_IN_TEXT.exec(text);
  if (found || dayMonth) {
    const written = found ? found[1] : `${dayMonth![1]}.${dayMonth![2]}.`;
    const at = found ? found.index : text.indexOf(written, dayMonth!.index);
    let date: IsoDate | '' | null;
    if (found) date = parseDate(found[1]);
    else {
      const [day, month] = [Number(dayMonth![1]), Number(dayMonth![2])];
      const possible = parseDate(`${day}.${month}.2024`) !== null; // 2024: a leap year
      date = !possible ? null : today ? pastDayMonth(day, month, today) : '';
    }
    if (date === null) return { badDate: written };
    const rest = (text.slice(0, at) + ' ' + text.slice(at + written.length))
      .replace(/[,;:()]/g, ' ')
      .trim();
    if (rest === '' || YES_NO.parse(rest) === 'yes') return { oriented: true, date };
    return { unknown: true };
  }
  const word = YES_NO.parse(text);
  return word === null ? { unknown: true } : { oriented: word === 'yes', date: '' };
}

/** A checkbox or yes/no cell as a boolean (a date counts as yes). Null if unreadable. */
export function parseYesNo(value: unknown): boolean | null {
  const reading = readYesNo(value);
  return 'oriented' in reading ? reading.oriented : null;
}

export function displayYesNo(value: boolean, lang: Lang): string {
  return YES_NO.display(value ? 'yes' : 'no', lang);
}

export function yesNoOptions(lang: Lang): string[] {
  return YES_NO.options(lang);
}
