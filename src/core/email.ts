import { toASCII } from 'punycode.js';
import type { Problem } from './types';
import { stripInvisible } from './text';

/**
 * Email addresses as MailApp and mail servers take them: exactly one plain address
 * (`local@domain`), no display name, no list. Stored lower-case with the domain in its ASCII
 * (punycode) form, so "ASA@X.EXAMPLE" and "asa@x.example", "user@bücher.example" and
 * "user@xn--bcher-kva.example" are one mailbox, one client.
 *
 * Why lower-case the local part too: RFC 5321 §2.4 lets a server treat it case-sensitively, but
 * no mail service a client of ours uses does, and one stored spelling means every comparison in
 * the product (duplicates, re-imports, form respondents) agrees. Non-ASCII local parts
 * (RFC 6531) are refused: most receiving servers reject them, so the client would get nothing.
 */

export type EmailResult = { email: string } | { problem: Problem };

/** RFC 5321 §4.5.3.1: 64 octets for the local part, 254 for a whole forward-path address. */
const LOCAL_MAX = 64;
const ADDRESS_MAX = 254;
const LABEL_MAX = 63;
// RFC 5322 §3.2.3 atext: the characters a dot-atom local part may hold without quoting.
const ATEXT = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

function problem(key: string, value: string, field: string): { problem: Problem } {
  return { problem: { key, params: { value }, field } };
}

/** Trim, drop a "mailto:", check it is one address, lower-case it; '' stays ''. */
export function normaliseEmail(text: string, field = 'email'): EmailResult {
  const typed = stripInvisible(String(text ?? '')).trim();
  const value = typed.replace(/^mailto:/i, '');
  if (value === '') return { email: '' };
  if (/[,;]/.test(value)) return problem('roster.email.many', typed, field);
  if (/[<>]/.test(value)) return problem('roster.email.brackets', typed, field);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return problem('roster.email.spaces', typed, field);
  const at = value.split('@');
  if (at.length < 2) return problem('roster.email.noAt', value, field);
  if (at.length > 2) return problem('roster.email.manyAt', value, field);
  const [local, domain] = at;
  if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return problem('roster.email.invalid', value, field);
  }
  if (!local.split('.').every((part) => ATEXT.test(part))) {
    return problem('roster.email.localChars', value, field);
  }
  const ascii = asciiDomain(domain);
  if (ascii === null) return problem('roster.email.badDomain', value, field);
  const email = `${local.toLowerCase()}@${ascii}`;
  if (local.length > LOCAL_MAX || email.length > ADDRESS_MAX) {
    return problem('roster.email.tooLong', value, field);
  }
  return { email };
}

/** The domain as mail servers look it up (IDNA: NFC, lower case, punycode), or null. */
function asciiDomain(domain: string): string | null {
  let ascii: string;
  try {
    ascii = toASCII(domain.normalize('NFC').toLowerCase());
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => label.length <= LABEL_MAX && LABEL.test(label))) return null;
  const tld = labels[labels.length - 1];
  return /^(?:[a-z]{2,}|xn--[a-z0-9-]+)$/.test(tld) ? ascii : null;
}

/** The key two addresses compare by: equal keys are one mailbox ('' when not an address). */
export function emailKey(text: string): string {
  const result = normaliseEmail(text);
  return 'email' in result ? result.email : '';
}
