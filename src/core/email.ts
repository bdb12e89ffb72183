import type { Problem } from './types';

/**
 * Email addresses as coaches paste them. We only reject what is clearly wrong: full RFC 5322
 * checking would refuse nothing useful and the real test is whether mail arrives.
 */

export type EmailResult = { email: string } | { problem: Problem };

function problem(key: string, value: string, field: string): { problem: Problem } {
  return { problem: { key, params: { value }, field } };
}

/** Trim, accept "Name <a@b.fi>" and "mailto:", lower-case the domain; '' stays ''. */
export function normaliseEmail(text: string, field = 'email'): EmailResult {
  let value = text.trim();
  const angled = /<([^<>]*)>\s*$/.exec(value);
  if (angled) value = angled[1].trim();
  value = value.replace(/^mailto:/i, '');
  if (value === '') return { email: '' };
  if (/\s/.test(value)) return problem('roster.email.spaces', text.trim(), field);
  const at = value.split('@');
  if (at.length < 2) return problem('roster.email.noAt', value, field);
  if (at.length > 2) return problem('roster.email.manyAt', value, field);
  const [local, domain] = at;
  if (local === '' || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return problem('roster.email.invalid', value, field);
  }
  const labels = domain.split('.');
  const domainOk =
    labels.length >= 2 &&
    labels.every((label) => /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u.test(label)) &&
    /^\p{L}{2,}$/u.test(labels[labels.length - 1]);
  if (!domainOk) return problem('roster.email.badDomain', value, field);
  return { email: `${local}@${domain.toLowerCase()}` };
}
