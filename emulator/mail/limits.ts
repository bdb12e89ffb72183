import { appsScriptError } from '../runtime/errors';
import type { MailAttachment } from './store';

/**
 * MailApp's per-message size limits, from the quotas page's "Current limitations" table
 * (https://developers.google.com/apps-script/guides/services/quotas):
 * - Email body size: 200 KB / msg (consumer accounts), 400 KB / msg (Google Workspace);
 * - Email attachments: 250 / msg;
 * - Email total attachments size: 25 MB / msg.
 * The error texts are Apps Script's ("Limit Exceeded: Email Body Size.", "Limit Exceeded: Email
 * Total Attachments Size." appear in public scripts that catch them; the attachments-count text
 * follows the same pattern and is [unverified wording]).
 *
 * Where Google is unclear we are stricter: the plain body and the HTML body count together, a KB
 * is 1,024 bytes of UTF-8, inline images count as attachments, and a store that does not say
 * which kind of account sends gets the consumer limit.
 */
export const BODY_SIZE_MESSAGE = 'Limit Exceeded: Email Body Size.';
export const ATTACHMENTS_SIZE_MESSAGE = 'Limit Exceeded: Email Total Attachments Size.';
export const ATTACHMENTS_COUNT_MESSAGE = 'Limit Exceeded: Email Attachments Per Message.';

export const CONSUMER_MAX_BODY_BYTES = 200 * 1024;
export const WORKSPACE_MAX_BODY_BYTES = 400 * 1024;
export const MAX_ATTACHMENTS = 250;
export const MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024;

export function maxBodyBytes(accountKind: 'workspace' | 'consumer' | undefined): number {
  return accountKind === 'workspace' ? WORKSPACE_MAX_BODY_BYTES : CONSUMER_MAX_BODY_BYTES;
}

/** Throws Google's text when a message is over one of MailApp's per-message limits. */
export function assertMessageFits(
  bodies: { text: string; html?: string },
  files: MailAttachment[],
  accountKind: 'workspace' | 'consumer' | undefined,
): void {
  const bodyBytes = Buffer.byteLength(bodies.text) + Buffer.byteLength(bodies.html ?? '');
  if (bodyBytes > maxBodyBytes(accountKind)) throw appsScriptError(BODY_SIZE_MESSAGE);
  if (files.length > MAX_ATTACHMENTS) throw appsScriptError(ATTACHMENTS_COUNT_MESSAGE);
  const attached = files.reduce((n, f) => n + Buffer.byteLength(f.base64, 'base64'), 0);
  if (attached > MAX_ATTACHMENTS_BYTES) throw appsScriptError(ATTACHMENTS_SIZE_MESSAGE);
}
