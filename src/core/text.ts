/**
 * Small text helpers shared by import, sheets and HTML output.
 */

// OWASP CSV-injection advice: these leading characters make Sheets/Excel treat text as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from forms or imports must never run as a formula. A leading apostrophe makes Sheets
 * show the text literally (the apostrophe itself is not displayed).
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Lower-case, strip accents (ä → a, å → a, é → e), collapse spaces: for tolerant matching. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A header as typed by a coach, reduced to a matching key: "Sähköposti", " SÄHKÖPOSTI " and
 * "sahkoposti" all become "sahkoposti". Underscores count as spaces, spaces around "/" and "-"
 * go, and a trailing ":" or "*" (a "required" marker) is ignored.
 */
export function normaliseHeader(text: string): string {
  return foldText(text.replace(/_/g, ' '))
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[\s:*]+$/, '')
    .trim();
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Everything user-typed that reaches HTML goes through this. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

// Invisible and bidirectional control characters (Unicode "Cf" format characters a coach never
// means to type: zero-width spaces and joiners, bidi embeddings/overrides/isolates such as
// U+202E, word joiner, BOM, soft hyphen) and C0/C1 controls other than tab and line break.
// They make two equal-looking addresses differ, or show text reversed (Trojan Source, CVE-2021-42574).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text from a file or a paste with invisible and bidi control characters removed. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** True when the text holds a NUL: no spreadsheet or mail field may carry one. */
export function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

/** Google Sheets' limit for one cell (https://support.google.com/docs/answer/37603). */
export const SHEETS_CELL_LIMIT = 50_000;
