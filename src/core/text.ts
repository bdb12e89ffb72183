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
