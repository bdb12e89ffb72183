import type { Problem } from './types';
import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  STATUS_VALUES,
  displayYesNo,
  fieldOfHeader,
  headerFor,
  readYesNo,
  type RosterField,
} from './roster-columns';
import { wordKey } from './roster-matcher';
import { LEAVE_OUT_WORDS } from './roster-vocabulary';
import { parseWorkDays } from './weekdays';
import type { Lang } from './types';

/**
 * Unknown values as questions: a coach's own word ("jatkuva") mapped once to a known one
 * ("pitkäaikainen") or to "leave out", remembered for the workbook and applied to every later
 * import and check. Keys are the typed word's wordKey, so case and accents do not matter.
 */

export const CODED_FIELDS = [
  'lang',
  'contact',
  'model',
  'status',
  'oriented',
  'workDays',
  'inPersonDays',
] as const;
export type CodedField = (typeof CODED_FIELDS)[number];

/** field → typed word's key → the word it means ('' = leave the cell out). */
export type ValueMap = Partial<Record<CodedField, Record<string, string>>>;

const LEAVE_OUT = new Set(LEAVE_OUT_WORDS.map(wordKey));

export function isCodedField(field: string): field is CodedField {
  return (CODED_FIELDS as readonly string[]).includes(field);
}

/** Whether a word is understood in a coded column (what a mapping may point to). */
export function isKnownValue(field: CodedField, value: string): boolean {
  switch (field) {
    case 'lang':
      return LANG_VALUES.parse(value) !== null;
    case 'contact':
      return CONTACT_VALUES.parse(value) !== null;
    case 'model':
      return MODEL_VALUES.parse(value) !== null;
    case 'status':
      return STATUS_VALUES.parse(value) !== null;
    case 'oriented':
      return 'oriented' in readYesNo(value);
    case 'workDays':
    case 'inPersonDays': {
      const parsed = parseWorkDays(value);
      return parsed.problems.length === 0 && parsed.days.length > 0;
    }
  }
}

export interface ValueMapping {
  field: CodedField;
  from: string;
  /** '' = leave out. */
  to: string;
}

export type MappingParse = { mapping: ValueMapping } | { problem: Problem };

/**
 * `Malli:jatkuva=pitkäaikainen` (column as in the file, in any of our languages, or a field
 * key), `Kieli:somali=leave out`. The target must be a word the column understands.
 */
export function parseValueMapping(
  text: string,
  extraHeaders: Record<string, string> = {},
): MappingParse {
  const colon = text.indexOf(':');
  const equals = text.lastIndexOf('=');
  const bad = (key: string): MappingParse => ({ problem: { key, params: { value: text } } });
  if (colon <= 0 || equals < colon) return bad('import.map.syntax');
  const column = text.slice(0, colon).trim();
  const from = text.slice(colon + 1, equals).trim();
  const target = text.slice(equals + 1).trim();
  const mapped = Object.entries(extraHeaders).find(([h]) => wordKey(h) === wordKey(column));
  const field = mapped?.[1] ?? fieldOfHeader(column) ?? column;
  if (!isCodedField(field)) return bad('import.map.column');
  if (from === '') return bad('import.map.syntax');
  const to = target === '' || LEAVE_OUT.has(wordKey(target)) ? '' : target;
  if (to !== '' && !isKnownValue(field, to)) return bad('import.map.target');
  return { mapping: { field, from, to } };
}

export function addMapping(map: ValueMap, mapping: ValueMapping): ValueMap {
  const next: ValueMap = { ...map };
  next[mapping.field] = { ...(map[mapping.field] ?? {}), [wordKey(mapping.from)]: mapping.to };
  return next;
}

/** A plain-object value map read back from storage, keeping only well-formed entries. */
export function sanitiseValueMap(input: unknown): ValueMap {
  const map: ValueMap = {};
  if (!input || typeof input !== 'object') return map;
  for (const [field, entries] of Object.entries(input as Record<string, unknown>)) {
    if (!isCodedField(field) || !entries || typeof entries !== 'object') continue;
    const clean: Record<string, string> = {};
    for (const [from, to] of Object.entries(entries as Record<string, unknown>)) {
      if (typeof to === 'string' && (to === '' || isKnownValue(field, to))) clean[from] = to;
    }
    map[field] = clean;
  }
  return map;
}

/** The raw row with mapped words replaced; `applied` names the fields that changed. */
export function applyValueMap(
  raw: Partial<Record<RosterField, unknown>>,
  map: ValueMap | undefined,
): { raw: Partial<Record<RosterField, unknown>>; applied: CodedField[] } {
  if (!map) return { raw, applied: [] };
  const out = { ...raw };
  const applied: CodedField[] = [];
  for (const field of CODED_FIELDS) {
    const value = raw[field];
    if (typeof value !== 'string' || value.trim() === '') continue;
    const to = map[field]?.[wordKey(value)];
    if (to === undefined) continue;
    out[field] = to;
    applied.push(field);
  }
  return { raw: out, applied };
}

/** Problems that only ask what a word means: the row is held until the word is mapped. */
export function isUnknownValueProblem(problem: Problem): boolean {
  return problem.key === 'roster.value.unknown' && isCodedField(String(problem.field ?? ''));
}

export interface UnknownValue {
  field: CodedField;
  column: string;
  value: string;
  count: number;
  lines: number[];
  /** The known words to choose from in the sidebar ([] = type the days). */
  choices: string[];
}

/** What a Perehdytetty cell may say: yes, no, or the day it was done. */
export function orientedChoices(lang: Lang): string[] {
  return [displayYesNo(true, lang), displayYesNo(false, lang), '27.11.2026'];
}

/** The known words a coach may map an unknown one to, in the workbook's language. */
export function choicesFor(field: CodedField, lang: Lang): string[] {
  switch (field) {
    case 'lang':
      return LANG_VALUES.options(lang);
    case 'contact':
      return CONTACT_VALUES.options(lang);
    case 'model':
      return MODEL_VALUES.options(lang);
    case 'status':
      return STATUS_VALUES.options(lang);
    case 'oriented':
      return orientedChoices(lang);
    case 'workDays':
    case 'inPersonDays':
      return [];
  }
}

/** Each distinct unknown word once per column, with its rows, in first-seen order. */
export function collectUnknownValues(
  rows: { line: number; problems: Problem[] }[],
  lang: Lang,
): UnknownValue[] {
  const byKey = new Map<string, UnknownValue>();
  for (const { line, problems } of rows) {
    for (const p of problems) {
      if (!isUnknownValueProblem(p)) continue;
      const field = p.field as CodedField;
      const value = String(p.params?.value ?? '');
      const key = `${field}:${wordKey(value) || value}`;
      const entry = byKey.get(key) ?? {
        field,
        column: headerFor(field, lang),
        value,
        count: 0,
        lines: [],
        choices: choicesFor(field, lang),
      };
      entry.count += 1;
      entry.lines.push(line);
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()];
}
