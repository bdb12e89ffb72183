import type { ClientStatus, ContactChannel, Lang, ServiceModel, Weekday } from './types';

/**
 * The words coaches write in the roster's coded columns, as data in one place. Read by
 * roster-columns.ts (parsing) and by scripts/vocabulary-docs.ts (the word lists in the coach
 * guides), so adding a word here adds it everywhere.
 *
 * How to extend:
 * - a word is matched in any case, with or without accents (ä = a, å = a), spaces and hyphens
 *   ("long-term" = "long term" = "longterm");
 * - a word ending in `*` is a stem: every word that starts with it matches, which covers
 *   Finnish inflection and compounds ("pitkä*" → pitkäaikainen, pitkäkestoinen, pitkäaikaisessa);
 *   when two stems match, the longer one wins;
 * - the FIRST plain word per language is what the workbook writes and its dropdown shows (the
 *   stored code never changes; only the coach-facing word is per language).
 */

export type WordsByLang = Record<Lang, string[]>;
export type VocabularyData<T extends string> = Record<T, WordsByLang>;

export const MODEL_WORDS: VocabularyData<ServiceModel> = {
  'long-term': {
    fi: ['pitkäkestoinen', 'pitkäaikainen', 'pitkä', 'pitkä*', 'pitkäjaks*'],
    sv: ['långvarig', 'lång', 'långvarig*', 'långtid*'],
    en: ['long-term', 'long', 'long*', 'ongoing', 'continuous'],
  },
  'short-term': {
    fi: ['lyhytkestoinen', 'lyhytaikainen', 'lyhyt', 'lyhyt*', 'lyhyeh*', 'lyhytjaks*'],
    sv: ['kortvarig', 'kort', 'kortvarig*', 'korttid*'],
    en: ['short-term', 'short', 'short*'],
  },
  interval: {
    fi: ['jaksottainen', 'intervallimalli', 'intervalli', 'jaksott*', 'jaksoitt*', 'interval*'],
    sv: ['periodvis', 'intervall', 'periodvis*', 'intervall*'],
    en: ['interval', 'intermittent', 'interval*', 'intermitt*'],
  },
  hybrid: {
    fi: ['hybridi', 'hybridimalli', 'hybrid*', 'monimuoto*', 'yhdistelm*'],
    sv: ['hybrid', 'hybrid*', 'kombinerad*'],
    en: ['hybrid', 'hybrid*', 'blended', 'mixed'],
  },
};

export const LANG_WORDS: VocabularyData<Lang> = {
  fi: {
    fi: ['suomi', 'suomeksi', 'suomenkielinen', 'fi', 'fin', 'suom*'],
    sv: ['finska', 'finsk*'],
    en: ['Finnish', 'finn*'],
  },
  sv: {
    fi: ['ruotsi', 'ruotsiksi', 'ruotsinkielinen', 'sv', 'swe', 'se', 'ruots*'],
    sv: ['svenska', 'svensk*'],
    en: ['Swedish', 'swed*'],
  },
  en: {
    fi: ['englanti', 'englanniksi', 'englanninkielinen', 'en', 'eng', 'englan*', 'englann*'],
    sv: ['engelska', 'engelsk*'],
    en: ['English', 'engli*'],
  },
};

export const CONTACT_WORDS: VocabularyData<ContactChannel> = {
  email: {
    fi: ['sähköposti', 's-posti', 'sposti', 'sähköpost*', 'sposti*', 'meili*', 'maili*'],
    sv: ['e-post', 'epost', 'e-post*', 'mejl*'],
    en: ['email', 'e-mail', 'email*', 'mail', 'mail*'],
  },
  phone: {
    fi: ['puhelin', 'puhelu', 'soitto', 'puhel*', 'soit*', 'puh'],
    sv: ['telefon', 'samtal', 'telefon*', 'samtal*', 'ring*'],
    en: ['phone', 'call', 'telephone', 'phone*', 'call*', 'teleph*'],
  },
  whatsapp: {
    fi: ['WhatsApp', 'whatsapp*', 'whats*', 'watsap*', 'vatsap*', 'wa'],
    sv: ['WhatsApp'],
    en: ['WhatsApp'],
  },
  sms: {
    fi: ['tekstiviesti', 'tekstari', 'sms', 'tekstiv*', 'tekstar*', 'viesti*'],
    sv: ['sms', 'textmeddelande', 'sms*', 'textmedd*'],
    en: ['SMS', 'text message', 'text', 'text*'],
  },
};

export const STATUS_WORDS: VocabularyData<ClientStatus> = {
  active: {
    fi: ['aktiivinen', 'käynnissä', 'voimassa', 'jatkuu', 'aktiiv*', 'käynnis*', 'voimas*'],
    sv: ['aktiv', 'pågående', 'aktiv*', 'pågå*'],
    en: ['active', 'ongoing', 'open', 'active*'],
  },
  paused: {
    fi: ['tauolla', 'tauko', 'keskeytetty', 'tauo*', 'tauko*', 'keskeyt*'],
    sv: ['paus', 'pausad', 'på paus', 'vilande', 'paus*'],
    en: ['paused', 'on hold', 'pause', 'paus*', 'hold*'],
  },
  closed: {
    fi: ['päättynyt', 'päättyi', 'loppunut', 'lopetettu', 'päätt*', 'lopet*', 'loppun*'],
    sv: ['avslutad', 'avslutat', 'avslut*', 'slut'],
    en: ['closed', 'ended', 'finished', 'closed*', 'finish*', 'ended*'],
  },
};

/**
 * Yes/no cells (Perehdytetty). A date alone, or a yes word with a date ("tehty 27.11.2026"),
 * means yes, done on that date: roster-columns.ts keeps the date as the orientation date.
 * An empty cell is no. A row starting with a negation ("ei vielä", "not yet") is no.
 */
export const YES_NO_WORDS: VocabularyData<'yes' | 'no'> = {
  yes: {
    fi: ['kyllä', 'k', 'joo', 'juu', 'jep', 'on', 'tehty', 'valmis', 'tosi', 'kyll*', 'tehty*'],
    sv: ['ja', 'j', 'klar', 'gjord', 'gjort', 'sant', 'klar*', 'gjor*'],
    en: ['yes', 'y', 'done', 'true', 'ok', 'x', '✓', '✔', '☑', '1', 'yes*', 'done*', 'complet*'],
  },
  no: {
    fi: ['ei', 'e', 'epätosi', 'puuttuu', 'kesken', 'tekemättä', 'tekemät*'],
    sv: ['nej', 'n', 'falskt', 'inte', 'ej'],
    en: ['no', 'false', 'not yet', 'pending', '-', '–', '—', '0', '✗', '✘', '☐'],
  },
};

/** Words that start a "no" answer whatever follows ("ei vielä", "not done", "inte än"). */
export const NEGATIONS = ['ei', 'no', 'not', 'nej', 'inte', 'ej', 'eikä'];

/**
 * Weekday names for the work-day columns. Plain words match whole; a stem (`*`) covers the
 * inflected and plural forms coaches write ("maanantaisin", "tisdagarna", "Mondays").
 */
export const WEEKDAY_WORDS: Record<Weekday, string[]> = {
  1: [
    'maanantai',
    'ma',
    'maa',
    'maanantai*',
    'måndag',
    'mån',
    'måndag*',
    'monday',
    'mon',
    'mo',
    'monday*',
  ],
  2: [
    'tiistai',
    'ti',
    'tii',
    'tiistai*',
    'tisdag',
    'tis',
    'tisdag*',
    'tuesday',
    'tue',
    'tues',
    'tu',
    'tuesday*',
  ],
  3: [
    'keskiviikko',
    'ke',
    'kesk',
    'keskiviikko*',
    'onsdag',
    'ons',
    'on',
    'onsdag*',
    'wednesday',
    'wed',
    'we',
    'wednesday*',
  ],
  4: [
    'torstai',
    'to',
    'tor',
    'torstai*',
    'torsdag',
    'tors',
    'torsdag*',
    'thursday',
    'thu',
    'thur',
    'thurs',
    'th',
    'thursday*',
  ],
  5: [
    'perjantai',
    'pe',
    'per',
    'perj',
    'perjantai*',
    'fredag',
    'fre',
    'fr',
    'fredag*',
    'friday',
    'fri',
    'friday*',
  ],
  6: [
    'lauantai',
    'la',
    'lau',
    'lauantai*',
    'lördag',
    'lör',
    'lo',
    'lördag*',
    'saturday',
    'sat',
    'sa',
    'saturday*',
  ],
  7: [
    'sunnuntai',
    'su',
    'sun',
    'sunnuntai*',
    'söndag',
    'sön',
    'so',
    'söndag*',
    'sunday',
    'sunday*',
  ],
};

/** Words that stand for every weekday Monday–Friday. */
export const ALL_WEEKDAYS_WORDS = [
  'arkipäivät',
  'arkisin',
  'arkipäivisin',
  'arki*',
  'vardag*',
  'weekdays',
];

/** The words that mean "leave this value out" when a coach maps an unknown value. */
export const LEAVE_OUT_WORDS = ['leave out', 'jätä pois', 'lämna bort', 'ohita', 'skip', '(tyhjä)'];
