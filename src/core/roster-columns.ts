import type { ClientStatus, ContactChannel, Lang, ServiceModel } from './types';
import { foldText, normaliseHeader } from './text';

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
  status: { fi: 'Tila', sv: 'Status', en: 'Status' },
  problems: { fi: 'Huomiot', sv: 'Anmärkningar', en: 'Notes' },
};

/** Other headers seen in real rosters and exports. Matched after normaliseHeader. */
const HEADER_ALIASES: Record<RosterField, string[]> = {
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
  contact: ['yhteydenottotapa', 'contact', 'contact channel', 'kontakt'],
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

export function fieldOfHeader(header: string): RosterField | null {
  return HEADER_LOOKUP.get(normaliseHeader(header)) ?? null;
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
      extra.set(normaliseHeader(text), field as RosterField);
    }
  }
  const result: HeaderMatch = { columns: new Map(), unknown: [], duplicates: [] };
  header.forEach((text, index) => {
    const k = normaliseHeader(String(text ?? ''));
    if (k === '') return;
    const field = extra.get(k) ?? HEADER_LOOKUP.get(k);
    if (!field) result.unknown.push({ index, header: text });
    else if (result.columns.has(field)) result.duplicates.push({ index, header: text, field });
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
 * A closed list of values. The first word per language is what dropdowns show; all words of all
 * languages are accepted when reading, so a Swedish word in a Finnish workbook still works.
 */
export interface Vocabulary<T extends string> {
  readonly values: readonly T[];
  parse(value: unknown): T | null;
  display(value: T, lang: Lang): string;
  /** Dropdown options in a language, in canonical order. */
  options(lang: Lang): string[];
}

type Words<T extends string> = Record<T, Record<Lang, string[]>>;

function vocabulary<T extends string>(
  words: Words<T>,
  extra: Partial<Record<T, string[]>> = {},
): Vocabulary<T> {
  const values = Object.keys(words) as T[];
  const lookup = new Map<string, T>();
  for (const value of values) {
    const all = [
      value,
      ...words[value].fi,
      ...words[value].sv,
      ...words[value].en,
      ...(extra[value] ?? []),
    ];
    for (const word of all) lookup.set(foldText(word), value);
  }
  return {
    values,
    parse: (value) => (typeof value === 'string' ? (lookup.get(foldText(value)) ?? null) : null),
    display: (value, lang) => words[value][lang][0],
    options: (lang) => values.map((value) => words[value][lang][0]),
  };
}

export const LANG_VALUES = vocabulary<Lang>(
  {
    fi: { fi: ['suomi', 'suomeksi'], sv: ['finska'], en: ['Finnish'] },
    sv: { fi: ['ruotsi', 'ruotsiksi'], sv: ['svenska'], en: ['Swedish'] },
    en: { fi: ['englanti', 'englanniksi'], sv: ['engelska'], en: ['English'] },
  },
  { fi: ['fin', 'suomi (fi)'], sv: ['swe', 'se', 'ruotsi (sv)'], en: ['eng', 'englanti (en)'] },
);

export const MODEL_VALUES = vocabulary<ServiceModel>(
  {
    'long-term': {
      fi: ['pitkäkestoinen', 'pitkä'],
      sv: ['långvarig'],
      en: ['long-term', 'long term', 'long'],
    },
    'short-term': {
      fi: ['lyhytkestoinen', 'lyhyt'],
      sv: ['kortvarig'],
      en: ['short-term', 'short term', 'short'],
    },
    interval: {
      fi: ['jaksottainen', 'jaksoittainen', 'intervalli'],
      sv: ['periodvis', 'intervall'],
      en: ['interval', 'intermittent'],
    },
    hybrid: { fi: ['hybridi'], sv: ['hybrid'], en: ['hybrid'] },
  },
  { 'long-term': ['longterm'], 'short-term': ['shortterm'] },
);

export const CONTACT_VALUES = vocabulary<ContactChannel>({
  email: {
    fi: ['sähköposti', 's-posti', 'sposti'],
    sv: ['e-post', 'epost'],
    en: ['email', 'e-mail'],
  },
  phone: {
    fi: ['puhelin', 'puhelu', 'soitto'],
    sv: ['telefon', 'samtal'],
    en: ['phone', 'call', 'telephone'],
  },
  whatsapp: { fi: ['WhatsApp'], sv: ['WhatsApp'], en: ['WhatsApp', 'wa'] },
  sms: {
    fi: ['tekstiviesti', 'tekstari', 'sms'],
    sv: ['sms', 'textmeddelande'],
    en: ['SMS', 'text message', 'text'],
  },
});

export const STATUS_VALUES = vocabulary<ClientStatus>({
  active: { fi: ['aktiivinen', 'käynnissä', 'voimassa'], sv: ['aktiv'], en: ['active'] },
  paused: {
    fi: ['tauolla', 'tauko', 'keskeytetty'],
    sv: ['paus', 'pausad', 'på paus'],
    en: ['paused', 'on hold', 'pause'],
  },
  closed: {
    fi: ['päättynyt', 'päättyi', 'loppunut'],
    sv: ['avslutad', 'avslutat'],
    en: ['closed', 'ended', 'finished'],
  },
});

const YES_NO = vocabulary<'yes' | 'no'>(
  {
    yes: { fi: ['kyllä', 'k', 'tosi'], sv: ['ja', 'j', 'sant'], en: ['yes', 'y', 'true'] },
    no: { fi: ['ei', 'e', 'epätosi'], sv: ['nej', 'n', 'falskt'], en: ['no', 'false'] },
  },
  { yes: ['x', '✓', '✔', '☑', '1', 'ok', 'done', 'tehty'], no: ['0', '-', '✗', '✘'] },
);

/** A checkbox or yes/no cell: booleans from Sheets checkboxes, or a word. Null if unreadable. */
export function parseYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const word = YES_NO.parse(value);
  return word === null ? null : word === 'yes';
}

export function displayYesNo(value: boolean, lang: Lang): string {
  return YES_NO.display(value ? 'yes' : 'no', lang);
}

export function yesNoOptions(lang: Lang): string[] {
  return YES_NO.options(lang);
}
