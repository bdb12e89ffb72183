import { isDate } from '../runtime/clock';
import { appsScriptError } from '../runtime/errors';
import { zonedParts } from '../runtime/time-zone';
import type { AnswerValue, StoredItem } from './store';

/**
 * What an answer to each item type may be, shared by `Item.createResponse()` and the harness.
 * https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
 */

export const INVALID_RESPONSE_MESSAGE = 'Invalid response submitted to item.';

/** [unverified wording] A layout item (section header, page break) takes no answer. */
export const NO_ANSWER_MESSAGE = 'Invalid argument: item does not take a response.';

const pad = (n: number): string => String(n).padStart(2, '0');

function invalid(): never {
  throw appsScriptError(INVALID_RESPONSE_MESSAGE);
}

/** Whole numbers within [low, high], or the answer is refused. */
function inRange(value: unknown, low: number, high: number): number {
  const n = Number(value);
  if (typeof value === 'boolean' || !Number.isInteger(n) || n < low || n > high) invalid();
  return n;
}

/** A time answer as Forms gives it: `HH:mm` (24 h). https://developers.google.com/apps-script/reference/forms/time-item#createResponse(Integer,Integer) */
export function timeAnswer(hour: unknown, minute: unknown): string {
  return `${pad(inRange(hour, 0, 23))}:${pad(inRange(minute, 0, 59))}`;
}

/** A duration answer: `HH:mm:ss`, hours 0–72. https://developers.google.com/apps-script/reference/forms/duration-item#createResponse(Integer,Integer,Integer) */
export function durationAnswer(hours: unknown, minutes: unknown, seconds: unknown): string {
  return `${pad(inRange(hours, 0, 72))}:${pad(inRange(minutes, 0, 59))}:${pad(inRange(seconds, 0, 59))}`;
}

function choiceAnswer(item: StoredItem, value: unknown): string {
  const text = String(value ?? '');
  // With an "Other" option any text is an answer, as a respondent may type one.
  if (!item.otherOption && !(item.choices ?? []).includes(text)) invalid();
  return text;
}

/** One text per grid row; a null for a row is no answer ('' as getResponse gives it). */
function gridRows(item: StoredItem, value: unknown): unknown[] {
  if (!Array.isArray(value) || value.length !== (item.rows ?? []).length) invalid();
  return value;
}

/** Checks and normalises an answer for an item: what ItemResponse.getResponse() will return. */
export function answerFor(item: StoredItem, value: unknown, timeZone: string): AnswerValue {
  const columns = item.columns ?? [];
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      return String(value ?? '');
    case 'SCALE':
      return String(inRange(value, item.lowerBound ?? 1, item.upperBound ?? 5));
    case 'MULTIPLE_CHOICE':
      return choiceAnswer(item, value);
    case 'LIST': {
      const text = String(value ?? '');
      if (!(item.choices ?? []).includes(text)) invalid();
      return text;
    }
    case 'CHECKBOX':
      // https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
      return (Array.isArray(value) ? value : [value]).map((v) => choiceAnswer(item, v));
    case 'DATE':
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
      if (!isDate(value)) throw appsScriptError('Invalid argument: response');
      return zonedParts(value.getTime(), timeZone).date;
    case 'DATETIME': {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(value)) return value;
      if (!isDate(value)) throw appsScriptError('Invalid argument: response');
      const parts = zonedParts(value.getTime(), timeZone);
      return `${parts.date} ${parts.time}`;
    }
    case 'TIME': {
      const match = /^(\d{1,2}):(\d{2})$/.exec(String(value ?? ''));
      return match ? timeAnswer(match[1], match[2]) : invalid();
    }
    case 'DURATION': {
      const match = /^(\d{1,2}):(\d{2}):(\d{2})$/.exec(String(value ?? ''));
      return match ? durationAnswer(match[1], match[2], match[3]) : invalid();
    }
    case 'GRID':
      // https://developers.google.com/apps-script/reference/forms/grid-item#createResponse(String)
      return gridRows(item, value).map((v) => {
        if (v === null || v === undefined || v === '') return '';
        if (!columns.includes(String(v))) invalid();
        return String(v);
      });
    case 'CHECKBOX_GRID':
      // https://developers.google.com/apps-script/reference/forms/checkbox-grid-item#createResponse(String)
      return gridRows(item, value).map((row) => {
        if (row === null || row === undefined || row === '') return '';
        if (!Array.isArray(row)) invalid();
        const chosen = row.map((v) => String(v ?? ''));
        if (chosen.some((v) => !columns.includes(v))) invalid();
        return chosen.length === 0 ? '' : chosen;
      });
    case 'SECTION_HEADER':
    case 'PAGE_BREAK':
      throw appsScriptError(NO_ANSWER_MESSAGE);
  }
}

/** Whether an answer says anything (for a required item). */
export function isAnswered(value: AnswerValue): boolean {
  if (!Array.isArray(value)) return value !== '';
  return value.some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}
