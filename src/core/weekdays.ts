import type { Lang, Problem, Weekday } from './types';
import { foldText } from './text';
import { wordMatcher } from './roster-matcher';
import { ALL_WEEKDAYS_WORDS, WEEKDAY_WORDS } from './roster-vocabulary';

/**
 * Work days as coaches type them, in Finnish, Swedish or English: "ma, ke", "ti–to",
 * "mån och ons", "Mon/Wed", "tiistaisin ja torstaisin". The names are data in
 * roster-vocabulary.ts; they are compared after folding, so "mån" and "man", "lö" and "lo" are
 * the same, and stems cover inflected forms ("maanantaisin", "tisdagarna").
 */

// English names, for telling "Mon to Fri" (a range) from Finnish "ma to pe" (Mon, Thu, Fri).
const ENGLISH = new Set([
  'monday',
  'mon',
  'mo',
  'tuesday',
  'tue',
  'tues',
  'tu',
  'wednesday',
  'wed',
  'we',
  'thursday',
  'thu',
  'thur',
  'thurs',
  'th',
  'friday',
  'fri',
  'saturday',
  'sat',
  'sa',
  'sunday',
  'sun',
]);

const DAY_MATCHER = wordMatcher<Weekday>(
  Object.entries(WEEKDAY_WORDS).map(([day, words]) => [Number(day) as Weekday, words]),
);
const ALL_WEEKDAYS = wordMatcher<true>([[true, ALL_WEEKDAYS_WORDS]]);

const SHORT: Record<Lang, string[]> = {
  fi: ['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su'],
  sv: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

function key(token: string): string {
  return foldText(token).replace(/\.+$/, '');
}

/** One weekday name in any of the three languages, or null. */
export function parseWeekday(token: string): Weekday | null {
  return DAY_MATCHER.match(key(token));
}

function range(from: Weekday, to: Weekday): Weekday[] {
  const days: Weekday[] = [];
  for (let d = from; d <= to; d++) days.push(d as Weekday);
  return days;
}

export interface ParsedDays {
  days: Weekday[];
  problems: Problem[];
}

/** Parse a list of days; `field` names the roster column in the problems. */
export function parseWorkDays(text: string, field = 'workDays'): ParsedDays {
  const found = new Set<Weekday>();
  const problems: Problem[] = [];
  const spaced = text
    .replace(/[–—−]/g, '-')
    .replace(/(^|\s)(ja|och|and|sekä|seka|&|\+)(?=\s|$)/gi, '$1,')
    .replace(/\s+(till|through|thru|until)\s+/gi, '-')
    .replace(/\s*-\s*/g, '-');
  const tokens = spaced.split(/[\s,;/|]+/).filter((token) => token !== '');

  for (let i = 0; i < tokens.length; i++) {
    // "Mon to Fri": only a range when both ends are English names.
    if (
      key(tokens[i]) === 'to' &&
      i > 0 &&
      i + 1 < tokens.length &&
      ENGLISH.has(key(tokens[i - 1])) &&
      ENGLISH.has(key(tokens[i + 1]))
    ) {
      const from = parseWeekday(tokens[i - 1]) as Weekday;
      const to = parseWeekday(tokens[i + 1]) as Weekday;
      addRange(`${tokens[i - 1]} ${tokens[i]} ${tokens[i + 1]}`, from, to);
      i++;
      continue;
    }
    readToken(tokens[i]);
  }

  function addRange(token: string, from: Weekday | null, to: Weekday | null): void {
    if (from === null || to === null || from > to) {
      problems.push({ key: 'roster.workDays.badRange', params: { token }, field });
      return;
    }
    for (const day of range(from, to)) found.add(day);
  }

  function readToken(token: string): void {
    if (ALL_WEEKDAYS.match(key(token)) === true) {
      for (const day of range(1, 5)) found.add(day);
      return;
    }
    if (/^[\d.-]+$/.test(token)) {
      // 1 = Monday or Sunday? Numbers mean different things to different people.
      problems.push({ key: 'roster.workDays.number', params: { token }, field });
      return;
    }
    const parts = token.split('-').filter((part) => part !== '');
    if (parts.length === 2 && token.includes('-')) {
      addRange(token, parseWeekday(parts[0]), parseWeekday(parts[1]));
      return;
    }
    const day = parseWeekday(token);
    if (day !== null) found.add(day);
    else problems.push({ key: 'roster.workDays.unknown', params: { token }, field });
  }

  return { days: [...found].sort((a, b) => a - b), problems };
}

/** Short day names for a cell or a mail: "ma, ke" / "mån, ons" / "Mon, Wed". */
export function formatWorkDays(days: readonly Weekday[], lang: Lang): string {
  const unique = [...new Set(days)].sort((a, b) => a - b);
  return unique.map((day) => SHORT[lang][day - 1]).join(', ');
}
