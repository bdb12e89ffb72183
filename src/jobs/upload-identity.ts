import { workbookProperties } from '../services/properties';
import { isWellFormedToken } from '../core/tokens';
import { withScriptLock } from '../services/lock';
import { openTable } from '../workbook/schema';
import { participantsOf, type Participant } from './reflection-form';
import type { WorkbookContext } from './workbook-context';

/**
 * Who is uploading. The upload page is reached without a Google account, so the client's own
 * token from the weekly mail is the only identity (DESIGN.md: an unguessable per-client token,
 * never a typed name). The page the link opens also carries a *ticket*: an HMAC of the client
 * and the token under a key only the script knows. An upload must bring a token and the ticket
 * of the page that token opened, so a link pasted into another client's open page, or a request
 * whose token was changed on the way, is refused; a rotated token stops working at once.
 */
export const UPLOAD_KEY_PROPERTY = 'uploadTicketKey';

export type IdentityRefusal = 'token';

function ticketKey(): string {
  const properties = workbookProperties();
  const known = properties.getProperty(UPLOAD_KEY_PROPERTY);
  if (known) return known;
  // Made once, under the lock, so two first visits cannot make two keys.
  const made = withScriptLock(() => {
    const again = properties.getProperty(UPLOAD_KEY_PROPERTY);
    if (again) return again;
    const key = `${Utilities.getUuid()}${Utilities.getUuid()}`;
    properties.setProperty(UPLOAD_KEY_PROPERTY, key);
    return key;
  }, 20_000);
  if (!made.ran) throw new Error('Etäpaja: the upload key could not be made (busy).');
  return made.value;
}

/** The ticket of a client's page: 32 characters, web-safe. */
export function ticketFor(client: { id: string; token: string }): string {
  const signature = Utilities.computeHmacSha256Signature(
    `${client.id}|${client.token.trim().toLowerCase()}`,
    ticketKey(),
  );
  return Utilities.base64EncodeWebSafe(signature).slice(0, 32);
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * The client a token belongs to, or null: the token must be well formed and be exactly one
 * current client's (not closed, with a folder to put work in). One read of the clients sheet.
 */
export function clientByToken(token: unknown, wb: WorkbookContext): Participant | null {
  const wanted = typeof token === 'string' ? token.trim().toLowerCase() : '';
  if (!isWellFormedToken(wanted)) return null;
  const matches = participantsOf(openTable(wb.spreadsheet, 'clients')).filter(
    (c) => c.token.trim().toLowerCase() === wanted,
  );
  if (matches.length !== 1) return null;
  const client = matches[0];
  return client.status === 'closed' || client.folderId === '' ? null : client;
}

/** The client of a token and the ticket of its page, or null when they do not belong together. */
export function verifyUploader(
  token: unknown,
  ticket: unknown,
  wb: WorkbookContext,
): Participant | null {
  const client = clientByToken(token, wb);
  if (!client || typeof ticket !== 'string' || ticket === '') return null;
  return sameText(ticket, ticketFor(client)) ? client : null;
}
