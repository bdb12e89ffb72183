import type { Lang, Problem } from './types';
import { ROSTER_FIELDS, headerFor, type RosterField } from './roster-columns';
import { SHEETS_CELL_LIMIT, hasNul, stripInvisible } from './text';

/**
 * How long each roster cell may be, checked at the edge (import, paste, Tarkista asiakkaat)
 * with a plain message. Sheets holds 50,000 characters in a cell; a name or a goal needs far
 * less, and a longer one is a paste gone wrong. Emails: RFC 5321's 254.
 */
export const FIELD_MAX: Record<RosterField, number> = {
  id: 20,
  name: 120,
  email: 254,
  phone: 40,
  lang: 60,
  contact: 60,
  model: 60,
  periodStart: 40,
  periodEnd: 40,
  continuationUntil: 40,
  workDays: 200,
  inPersonDays: 200,
  hoursPerDay: 20,
  group: 100,
  coach: 254,
  goals: 2000,
  goalTags: 500,
  digitalSkills: 1000,
  oriented: 60,
  orientedOn: 40,
  status: 60,
  problems: SHEETS_CELL_LIMIT,
};

/**
 * A row as it may be written: invisible and bidi control characters removed from every text
 * cell; a cell with a NUL, or longer than its limit, is left empty with a problem saying why
 * (the file still has it), so nothing garbled or oversized ever reaches the sheet.
 */
export function cleanRosterRow(
  typed: Partial<Record<RosterField, unknown>>,
  lang: Lang,
): { raw: Partial<Record<RosterField, unknown>>; problems: Problem[] } {
  const raw: Partial<Record<RosterField, unknown>> = {};
  const problems: Problem[] = [];
  for (const field of ROSTER_FIELDS) {
    if (!(field in typed)) continue;
    const value = typed[field];
    if (typeof value !== 'string') {
      raw[field] = value;
      continue;
    }
    const column = headerFor(field, lang);
    if (hasNul(value)) {
      problems.push({ key: 'import.text.nul', params: { column }, field });
      raw[field] = '';
      continue;
    }
    const text = stripInvisible(value);
    if (text.length > FIELD_MAX[field]) {
      problems.push({
        key: 'import.text.tooLong',
        params: { column, length: text.length, max: FIELD_MAX[field] },
        field,
      });
      raw[field] = '';
      continue;
    }
    raw[field] = text;
  }
  return { raw, problems };
}
