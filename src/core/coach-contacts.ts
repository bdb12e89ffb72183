import { normaliseEmail } from './email';
import { normalisePhone } from './phone';

import type { CoachContact } from './types';

export type { CoachContact };

/**
 * The `coachContacts` setting (one coach a line, or separated by `;`: `email, name, phone`) gives
 * the name and phone the weekly letter's footer shows ("soita tai laita viesti ohjaajalle Anna
 * Ohjaaja, 040 123 4567"). Undefined when an entry cannot be read (the default is kept).
 */
export function parseCoachContacts(text: string): CoachContact[] | undefined {
  const contacts: CoachContact[] = [];
  for (const entry of text.split(/[\n;]+/).map((e) => e.trim())) {
    if (entry === '') continue;
    const [first = '', ...rest] = entry.split(',').map((part) => part.trim());
    const email = normaliseEmail(first);
    if ('problem' in email) return undefined;
    // The phone is the part made of digits and separators; the rest is the name.
    const phonePart = rest.find((part) => /^\+?[\d\s\-./()]{6,}$/.test(part)) ?? '';
    const phone = phonePart ? normalisePhone(phonePart) : { e164: '' };
    if ('problem' in phone) return undefined;
    const name = rest.filter((part) => part !== phonePart && part !== '').join(', ');
    contacts.push({ email: email.email, name, phone: phone.e164 });
  }
  return contacts;
}

/** The setting as a coach reads and types it: one line per coach. */
export function displayCoachContacts(contacts: readonly CoachContact[]): string {
  return contacts
    .map((c) => [c.email, c.name, displayPhone(c.phone)].filter(Boolean).join(', '))
    .join('\n');
}

/**
 * A Finnish number as people write it (`+358401234567` → `040 123 4567`); other countries'
 * numbers stay in their international form.
 */
export function displayPhone(e164: string): string {
  if (!e164.startsWith('+358')) return e164;
  const nsn = e164.slice(4);
  // Area codes 02, 03, 05, 06, 08 and 09 have one digit; mobile and 01x codes have two.
  const area = /^[235689]/.test(nsn) ? 1 : 2;
  const rest = nsn.slice(area);
  return `0${nsn.slice(0, area)} ${rest.slice(0, 3)} ${rest.slice(3)}`.trim();
}

/**
 * Finnish mobile numbers: 040–046, 049 and 050 (Traficom's numbering plan,
 * https://www.traficom.fi/en/communications/communications-networks/telephone-numbers). Only a
 * mobile number gets text-message and WhatsApp links; a landline gets a call link only. A
 * foreign number is treated as mobile: we cannot tell, and the coach sees the number.
 */
export function isMobile(e164: string): boolean {
  if (!/^\+\d{8,15}$/.test(e164)) return false;
  if (!e164.startsWith('+358')) return true;
  return /^\+358(4[0-69]|50)/.test(e164);
}

/** The coach's contact from the setting, or one made of the email alone. */
export function coachContactOf(contacts: readonly CoachContact[] | undefined, email: string) {
  const wanted = email.trim().toLowerCase();
  return (
    contacts?.find((c) => c.email.toLowerCase() === wanted) ?? {
      email: wanted,
      name: '',
      phone: '',
    }
  );
}
