import type { Problem } from './types';

/**
 * Phone numbers to E.164 (`+358401234567`). Finnish numbers may be written nationally (040…,
 * (09)…), with 358 or 00358; numbers of other countries must already carry their +code.
 */

// Finnish national significant numbers (without the trunk 0) are 5–10 digits; shorter ones are
// service numbers nobody gives as a client's phone, so ask for at least 6.
const FI_MIN = 6;
const FI_MAX = 10;
// E.164 allows 15 digits with the country code; 8 rules out obvious fragments.
const INTL_MIN = 8;
const INTL_MAX = 15;

export type PhoneResult = { e164: string } | { problem: Problem };

function problem(key: string, value: string): { problem: Problem } {
  return { problem: { key, params: { value }, field: 'phone' } };
}

function lengthCheck(e164Digits: string, min: number, max: number, nsn: string, value: string) {
  if (nsn.length < min) return problem('roster.phone.tooShort', value);
  if (nsn.length > max) return problem('roster.phone.tooLong', value);
  return { e164: `+${e164Digits}` };
}

export function normalisePhone(text: string): PhoneResult {
  const value = text.trim();
  if (value === '') return { e164: '' };
  // Only digits and the usual separators; letters or extensions are a mistake to show.
  if (!/^\+?[\d\s\-./()]+$/.test(value)) return problem('roster.phone.invalid', value);
  const plus = value.startsWith('+');
  let digits = value.replace(/\D/g, '');
  if (!plus && digits.startsWith('00')) digits = digits.slice(2);
  else if (!plus && digits.startsWith('0')) return finnish(digits.slice(1), value);
  else if (!plus && !digits.startsWith('358')) return problem('roster.phone.noPrefix', value);

  if (digits.startsWith('358')) {
    // "+358 (0)40 …" keeps the trunk zero in brackets: drop it.
    return finnish(digits.slice(3).replace(/^0/, ''), value);
  }
  return lengthCheck(digits, INTL_MIN, INTL_MAX, digits, value);
}

function finnish(nsn: string, value: string): PhoneResult {
  return lengthCheck(`358${nsn}`, FI_MIN, FI_MAX, nsn, value);
}
