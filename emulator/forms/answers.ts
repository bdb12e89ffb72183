import { appsScriptError } from '../runtime/errors';
import type { StoredItem } from './store';

/**
 * What an answer to each item type may be, shared by `Item.createResponse()` and the harness.
 * https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
 */

export const INVALID_RESPONSE_MESSAGE = 'Invalid response submitted to item.';

/** Checks and normalises an answer for an item: what ItemResponse.getResponse() will return. */
export function answerFor(
  item: StoredItem,
  value: unknown,
  toDate: (v: unknown) => string,
): string | string[] {
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      return String(value ?? '');
    case 'SCALE': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < (item.lowerBound ?? 1) || n > (item.upperBound ?? 5)) {
        throw appsScriptError(INVALID_RESPONSE_MESSAGE);
      }
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const text = String(value ?? '');
      if (!(item.choices ?? []).includes(text)) throw appsScriptError(INVALID_RESPONSE_MESSAGE);
      return text;
    }
    case 'CHECKBOX': {
      // https://developers.google.com/apps-script/reference/forms/checkbox-item#createResponse(String)
      const chosen = (Array.isArray(value) ? value : [value]).map((v) => String(v ?? ''));
      if (chosen.some((v) => !(item.choices ?? []).includes(v)))
        throw appsScriptError(INVALID_RESPONSE_MESSAGE);
      return chosen;
    }
    case 'DATE':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : toDate(value);
  }
}
