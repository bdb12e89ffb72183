import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  STATUS_VALUES,
  readYesNo,
  type Vocabulary,
} from '../../../src/core/roster-columns';
import {
  CONTACT_WORDS,
  LANG_WORDS,
  MODEL_WORDS,
  STATUS_WORDS,
  WEEKDAY_WORDS,
  YES_NO_WORDS,
  type VocabularyData,
} from '../../../src/core/roster-vocabulary';
import { parseWeekday } from '../../../src/core/weekdays';

/**
 * One test per word of the vocabulary data: every word (and, for a stem, an inflected form of
 * it) reads as its value, in lower case, UPPER CASE and with the accents dropped.
 */

const variants = (word: string): string[] => {
  const base = word.endsWith('*') ? `${word.slice(0, -1)}ssa` : word;
  return [base, base.toUpperCase(), base.normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
};

function cases<T extends string>(data: VocabularyData<T>): [string, T][] {
  const out: [string, T][] = [];
  for (const value of Object.keys(data) as T[]) {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const word of data[value][lang]) out.push([word, value]);
    }
  }
  return out;
}

const vocabularies: [string, VocabularyData<string>, Vocabulary<string>][] = [
  ['model', MODEL_WORDS, MODEL_VALUES],
  ['lang', LANG_WORDS, LANG_VALUES],
  ['contact', CONTACT_WORDS, CONTACT_VALUES],
  ['status', STATUS_WORDS, STATUS_VALUES],
];

describe.each(vocabularies)('%s words', (_name, data, vocabulary) => {
  it.each(cases(data))('%s → %s', (word, value) => {
    for (const typed of variants(word)) expect(vocabulary.parse(typed)).toBe(value);
  });
});

describe('the words of the pilot report and of the issue', () => {
  it.each([
    ['pitkäaikainen', 'long-term'],
    ['pitkäkestoinen', 'long-term'],
    ['Pitkä', 'long-term'],
    ['long-term', 'long-term'],
    ['långvarig', 'long-term'],
    ['pitkäaikainen malli', 'long-term'],
    ['lyhytaikainen', 'short-term'],
    ['lyhytkestoinen', 'short-term'],
    ['intervallimalli', 'interval'],
    ['jaksottainen', 'interval'],
    ['interval', 'interval'],
    ['hybridimalli', 'hybrid'],
    ['hybridi', 'hybrid'],
    ['HYBRIDIMALLISSA', 'hybrid'],
  ])('%s → %s', (word, value) => {
    expect(MODEL_VALUES.parse(word)).toBe(value);
  });

  it('leaves a word it does not know to the coach', () => {
    expect(MODEL_VALUES.parse('jatkuva')).toBeNull();
    expect(LANG_VALUES.parse('somali')).toBeNull();
  });
});

describe('yes/no words', () => {
  it.each(cases(YES_NO_WORDS))('%s → %s', (word, value) => {
    for (const typed of variants(word)) {
      expect(readYesNo(typed)).toEqual({ oriented: value === 'yes', date: '' });
    }
  });

  it.each([
    ['27.11.2026', '2026-11-27'],
    ['27.11.26', '2026-11-27'],
    ['2026-11-27', '2026-11-27'],
    ['tehty 27.11.2026', '2026-11-27'],
    ['kyllä, 27.11.2026', '2026-11-27'],
    ['x 1.12.2026', '2026-12-01'],
  ])('a date means done that day: %s', (typed, date) => {
    expect(readYesNo(typed)).toEqual({ oriented: true, date });
  });

  it('an empty cell, a dash and a negation are no', () => {
    for (const typed of ['', '  ', '-', 'ei vielä', 'not yet', 'inte än', 'ei 27.11.2026']) {
      expect(readYesNo(typed)).toEqual({ oriented: false, date: '' });
    }
  });

  it('an impossible date is a bad date, an unknown word a question', () => {
    expect(readYesNo('31.2.2026')).toEqual({ badDate: '31.2.2026' });
    expect(readYesNo('1.2.0026')).toEqual({ badDate: '1.2.0026' });
    expect(readYesNo('ehkä')).toEqual({ unknown: true });
  });

  it('reads Sheets checkboxes and date cells', () => {
    expect(readYesNo(true)).toEqual({ oriented: true, date: '' });
    expect(readYesNo(false)).toEqual({ oriented: false, date: '' });
    expect(readYesNo(new Date('2026-11-27T00:00:00+02:00'))).toEqual({
      oriented: true,
      date: '2026-11-27',
    });
  });
});

describe('weekday words', () => {
  const all = Object.entries(WEEKDAY_WORDS).flatMap(([day, words]) =>
    words.map((word) => [word, Number(day)] as [string, number]),
  );
  it.each(all)('%s → %s', (word, day) => {
    for (const typed of variants(word)) expect(parseWeekday(typed)).toBe(day);
  });
});
