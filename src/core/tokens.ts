import { foldText } from './text';

/**
 * Who a reflection-form response belongs to. The design rule (DESIGN.md, data protection): a
 * response is a client's only through a verified respondent email or that client's unguessable
 * per-client token from the prefilled link; never by a typed name. Everything else goes to the
 * coach's review list.
 */

/** Tokens come from Utilities.getUuid(): 122 random bits, unguessable; rotated by replacing. */
export const TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token.trim().toLowerCase());
}

export interface TokenHolder {
  id: string;
  email: string;
  token: string;
  status: string; // 'active' | 'paused' | 'closed' (or a coach's word already parsed)
}

export type ReviewReason =
  'missing-token' | 'unknown-token' | 'token-email-conflict' | 'client-closed';

export type Attribution =
  | { clientId: string; via: 'token' | 'email' }
  | { clientId: ''; via: 'review'; reason: ReviewReason };

const sameEmail = (a: string, b: string): boolean => a !== '' && foldText(a) === foldText(b);

/**
 * Attributes one response. `verifiedEmail` is '' unless the form required sign-in, so that the
 * email is Google's, not typed. A token and a verified email that point to different clients
 * are a conflict for a person to resolve.
 */
export function attributeResponse(input: {
  token: string;
  verifiedEmail: string;
  clients: readonly TokenHolder[];
}): Attribution {
  const token = input.token.trim().toLowerCase();
  const byToken = isWellFormedToken(token)
    ? input.clients.find((c) => c.token.trim().toLowerCase() === token)
    : undefined;
  const byEmail = input.verifiedEmail
    ? input.clients.find((c) => sameEmail(c.email.trim(), input.verifiedEmail.trim()))
    : undefined;
  if (byToken && byEmail && byToken.id !== byEmail.id) {
    return { clientId: '', via: 'review', reason: 'token-email-conflict' };
  }
  const client = byToken ?? byEmail;
  if (client) {
    if (client.status === 'closed') return { clientId: '', via: 'review', reason: 'client-closed' };
    return { clientId: client.id, via: byToken ? 'token' : 'email' };
  }
  return { clientId: '', via: 'review', reason: token ? 'unknown-token' : 'missing-token' };
}

/** Placeholders in the prefilled-link template made once at setup (see jobs/reflection-form). */
export const TOKEN_PLACEHOLDER = 'ETAPAJA_TOKEN_PLACEHOLDER';
export const DATE_PLACEHOLDER = '2000-01-01';

/** A client's link from the template: no service call per link. */
export function fillLinkTemplate(template: string, token: string, date: string): string {
  return template
    .replace(TOKEN_PLACEHOLDER, encodeURIComponent(token))
    .replace(DATE_PLACEHOLDER, encodeURIComponent(date));
}
