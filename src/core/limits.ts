/**
 * Google's size limits, and the smaller limits Etäpaja keeps at its own edges so that it never
 * reaches Google's. One module, so the import, the form intake, the sidebar, the upload page and
 * the mails all cut or refuse at the same numbers. Pure: no Apps Script, no DOM.
 *
 * Google's figures (the emulator enforces the same ones, each cited beside its check):
 * - Sheets: 50,000 characters in one cell. Sheets answers "Your input contains more than the
 *   maximum of 50000 characters in a single cell."
 *   https://support.google.com/drive/answer/37603 (files you can store in Google Drive: Sheets)
 * - MailApp, per message: body 200 KB (consumer) / 400 KB (Workspace), 250 attachments, 25 MB of
 *   attachments, 50 recipients. https://developers.google.com/apps-script/guides/services/quotas
 * - PropertiesService: 9 KB per value, 500 KB per property store (same page).
 * - CacheService: 100 KB per value, keys up to 250 characters.
 *   https://developers.google.com/apps-script/reference/cache/cache
 * - google.script.run: Google documents no payload limit. Assumed 50 MB per call, the figure
 *   the quotas page gives for URL Fetch POST bodies (stricter than anything measured).
 */

/** Sheets' hard limit of characters in one cell. */
export const SHEETS_MAX_CELL_CHARS = 50_000;
/** MailApp's body limit for consumer accounts; Workspace accounts get 400 KB. We keep the lower. */
export const MAIL_MAX_BODY_BYTES = 200 * 1024;
export const MAIL_MAX_ATTACHMENTS = 250;
export const MAIL_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
export const MAIL_MAX_RECIPIENTS = 50;
export const PROPERTIES_MAX_VALUE_BYTES = 9 * 1024;
export const PROPERTIES_MAX_STORE_BYTES = 500 * 1000;
export const CACHE_MAX_VALUE_BYTES = 100 * 1024;
export const CACHE_MAX_KEY_CHARS = 250;
/** Assumed, not documented: see the module comment. */
export const SCRIPT_RUN_MAX_PAYLOAD_BYTES = 50 * 1024 * 1024;

/**
 * Our own edges, well inside Google's. A person's text longer than these is refused (forms,
 * the upload page) or cut with a visible mark (import fields, names), never lost silently.
 */
export const EDGE_LIMITS = {
  /** A reflection answer or a note to the coach: a long page of text. */
  answerChars: 5_000,
  /** A written upload: several pages; still far below one cell. */
  uploadTextChars: 20_000,
  /** A person's name, a group's name, a short label. */
  nameChars: 200,
  /** An email address (RFC 5321 path limit). */
  emailChars: 254,
  /** Any other imported field (notes, goals). */
  fieldChars: 2_000,
  /**
   * Text a person types into one box of our own pages: a diary answer or note to the coach on
   * the web app's diary page, a coach's attendance note in the sidebar. Longer text is refused
   * where it was typed, the text kept in the box and nothing written (never cut, never half
   * saved). 5,000 characters is pages of handwriting, and it leaves room in the cell: the diary's
   * reflection cell joins the thoughts, the hours and the note to the coach (2 × 5,000 plus
   * labels), a fifth of Sheets' 50,000.
   */
  typedTextChars: 5_000,
  /** Largest roster file the import reads (CSV text, characters). */
  importFileChars: 5_000_000,
  /** A mail's plain-text or HTML body, kept well below MailApp's 200 KB. */
  mailBodyBytes: 150 * 1024,
} as const;

/** The first of `fields` (in their order) whose text is longer than EDGE_LIMITS.typedTextChars. */
export function overTypedLimit(
  fields: Record<string, unknown>,
): { field: string; length: number } | null {
  for (const [field, value] of Object.entries(fields)) {
    const length = typeof value === 'string' ? value.trim().length : 0;
    if (length > EDGE_LIMITS.typedTextChars) return { field, length };
  }
  return null;
}

/** UTF-8 length of a string, without TextEncoder (Apps Script V8 has none). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Cuts text to at most `max` characters, ending with `mark` so a reader sees it was cut. Never
 * splits a surrogate pair.
 */
export function cutText(text: string, max: number, mark = ' […]'): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - mark.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end) + mark;
}

/** Cuts text to at most `maxBytes` of UTF-8, ending with `mark`. */
export function cutToBytes(text: string, maxBytes: number, mark = '\n[…]'): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Bytes(mark);
  // Characters are 1–4 bytes: halve towards the longest prefix that fits.
  let low = 0;
  let high = Math.min(text.length, budget);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (utf8Bytes(text.slice(0, mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  const last = text.charCodeAt(low - 1);
  if (last >= 0xd800 && last <= 0xdbff) low -= 1;
  return text.slice(0, low) + mark;
}

/** Cuts HTML at a tag boundary (never inside a tag or an entity) to at most `maxBytes`. */
function cutHtml(html: string, maxBytes: number, noteHtml: string): string {
  const budget = maxBytes - utf8Bytes(noteHtml);
  const head = cutToBytes(html, budget, '');
  const boundary = head.lastIndexOf('<');
  return (boundary > 0 ? head.slice(0, boundary) : '') + noteHtml;
}

/**
 * A mail's bodies within EDGE_LIMITS.mailBodyBytes (MailApp counts the plain and the HTML body;
 * over its limit the send fails). What does not fit is cut, and both bodies end with `note`
 * (plain text; escaped here) so the reader knows to look in the workbook.
 */
export function fitMailBodies(
  text: string,
  html: string,
  note: string,
  maxBytes: number = EDGE_LIMITS.mailBodyBytes,
): { text: string; html: string; shortened: boolean } {
  if (utf8Bytes(text) + utf8Bytes(html) <= maxBytes) return { text, html, shortened: false };
  const escaped = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const textBudget = html ? Math.floor(maxBytes * 0.4) : maxBytes;
  return {
    text: cutToBytes(text, textBudget, `\n\n[…] ${note}`),
    html: html ? cutHtml(html, maxBytes - textBudget, `<p><strong>${escaped}</strong></p>`) : html,
    shortened: true,
  };
}
