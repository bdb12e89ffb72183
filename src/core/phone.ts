import {
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
} from 'libphonenumber-js/max';
import type { Problem } from './types';
import { stripInvisible } from './text';

/**
 * Phone numbers to E.164 (`+358401234567`) with libphonenumber-js (Google's libphonenumber
 * metadata, "max" set so a mobile number can be told from a landline). Finnish numbers may be
 * written nationally (040…, (09)…), with 358 or 00358; numbers of other countries must carry
 * their +code or 00 prefix.
 */

const HOME: CountryCode = 'FI';
// Shorter national numbers exist (service numbers) but are never a client's own phone.
const FRAGMENT_DIGITS = 7;

export type PhoneResult = { e164: string } | { problem: Problem };

function problem(key: string, value: string): { problem: Problem } {
  return { problem: { key, params: { value }, field: 'phone' } };
}

/** "00358 40…" and "358 40…" as "+358 40…"; "+358 (0)40" without the bracketed trunk zero. */
function international(value: string): string | null {
  let text = value.replace(/^\s*00/, '+');
  if (/^358/.test(text.replace(/\D/g, '')) && !text.startsWith('+') && !text.startsWith('0')) {
    text = `+${text}`;
  }
  text = text.replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
  const lead = text.replace(/^[\s(]+/, '');
  if (!lead.startsWith('+') && !lead.startsWith('0')) return null;
  return text;
}

export function normalisePhone(text: string): PhoneResult {
  const value = stripInvisible(String(text ?? '')).trim();
  if (value === '') return { e164: '' };
  // Only digits and the usual separators; letters or extensions are a mistake to show.
  if (!/^\+?[\d\s\-./()]+$/.test(value)) return problem('roster.phone.invalid', value);
  const typed = international(value);
  if (typed === null) return problem('roster.phone.noPrefix', value);
  const length = validatePhoneNumberLength(typed, HOME);
  if (length === 'TOO_SHORT') return problem('roster.phone.tooShort', value);
  if (length === 'TOO_LONG') return problem('roster.phone.tooLong', value);
  const parsed = parsePhoneNumberFromString(typed, HOME);
  if (!parsed || length !== undefined) return problem('roster.phone.invalid', value);
  if (!parsed.isValid()) {
    // A fragment ("040 12") reads better as "too short" than as "not a number in use".
    const key = parsed.nationalNumber.length < FRAGMENT_DIGITS ? 'tooShort' : 'notInUse';
    return problem(`roster.phone.${key}`, value);
  }
  return { e164: parsed.number };
}

export type PhoneKind = 'mobile' | 'landline' | 'unknown';

/** Whether a normalised number reaches a mobile phone (text messages and WhatsApp need one). */
export function phoneKind(e164: string): PhoneKind {
  const parsed = e164 ? parsePhoneNumberFromString(e164) : undefined;
  const type = parsed?.getType();
  if (type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE') return 'mobile';
  if (type === undefined) return 'unknown';
  return 'landline';
}
