import { notEmulated } from '../runtime/errors';

/**
 * Custom number formats as Sheets shows them in display values (`Range.getDisplayValue`), after
 * https://developers.google.com/sheets/api/guides/formats: up to four `;` sections (positive;
 * negative; zero; text), digit placeholders `0 #`, `.`, `,` (grouping, or ×1/1000 at the end),
 * `%`, scientific `E+`/`E-`, literals (`"text"`, `\x`, `[$€-2]`), colours (not part of the text),
 * `@` in the text section, and elapsed time `[h] [m] [s]`. Date patterns are drawn by the caller.
 * A token whose display is not known for certain throws "Not emulated" naming the format, so a
 * display value is never silently wrong.
 */

export interface NumberSymbols {
  decimal: string;
  group: string;
}

/** Draws a date pattern (already normalised: every literal quoted) for a serial number. */
export type DateRenderer = (serial: number, pattern: string) => string;

function unsupported(format: string, what: string): never {
  return notEmulated(`the number format "${format}": ${what}`);
}

/** Splits a format on the `;` that are not quoted, escaped or bracketed. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '\\') i++;
    else if (c === '"') i = closing(format, i, '"');
    else if (c === '[') i = closing(format, i, ']');
    else if (c === ';') {
      sections.push(format.slice(start, i));
      start = i + 1;
    }
  }
  sections.push(format.slice(start));
  if (sections.length > 4) unsupported(format, 'more than four sections');
  return sections;
}

function closing(text: string, open: number, close: string): number {
  const end = text.indexOf(close, open + 1);
  return end < 0 ? text.length : end;
}

const COLOURS = /^(black|white|red|green|blue|yellow|magenta|cyan|colou?r ?\d{1,2})$/i;

/** A bracketed token in normalised form: '' for a colour, a quoted symbol for a currency. */
function bracket(inner: string, format: string): string {
  if (COLOURS.test(inner)) return '';
  const currency = /^\$([^-]*)(?:-[0-9A-Za-z-]*)?$/.exec(inner);
  if (currency) {
    if (!currency[1]) unsupported(format, `the locale tag [${inner}]`);
    return `"${currency[1]}"`;
  }
  if (/^(h+|m+|s+)$/i.test(inner)) return `[${inner.toLowerCase()}]`;
  if (/^(<|>|=|<=|>=|<>)/.test(inner)) unsupported(format, `conditions such as [${inner}]`);
  return unsupported(format, `the token [${inner}]`);
}

/**
 * One section in normalised form: every literal quoted (`\x` → `"x"`, `[$€-2]` → `"€"`),
 * colours dropped and elapsed-time brackets kept as `[h]`, `[mm]`, `[s]`.
 */
function normalise(section: string, format: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '"') {
      const end = closing(section, i, '"');
      out += `"${section.slice(i + 1, end)}"`;
      i = end;
    } else if (c === '\\') {
      const next = section[++i] ?? '';
      if (next === '"') unsupported(format, 'an escaped quote');
      if (next) out += `"${next}"`;
    } else if (c === '[') {
      const end = closing(section, i, ']');
      out += bracket(section.slice(i + 1, end), format);
      i = end;
    } else out += c;
  }
  return out;
}

/** The section's tokens: quoted literals whole, everything else one character at a time. */
function tokens(normalised: string): string[] {
  return normalised.match(/"[^"]*"|\[[hms]+\]|./g) ?? [];
}

function unquoted(normalised: string): string {
  return normalised.replace(/"[^"]*"/g, '');
}

function isDateSection(normalised: string): boolean {
  return /[dyhsDYHS]|m{3,}|M/.test(unquoted(normalised));
}

const normalisedOf = new Map<string, string[]>();

/**
 * The format's sections in normalised form, made once per format (display values are drawn per
 * cell). Every section is checked, as a condition in one changes which section another serves.
 */
function normalisedSections(format: string): string[] {
  let sections = normalisedOf.get(format);
  if (!sections) {
    sections = splitSections(format).map((s) => normalise(s, format));
    if (normalisedOf.size > 1000) normalisedOf.clear();
    normalisedOf.set(format, sections);
  }
  return sections;
}

/** Which section shows a number, and the number it shows (a negative section shows |n|). */
function pick(value: number, sections: string[]): { section: string; n: number; minus: boolean } {
  if (value < 0 && sections.length >= 2) return { section: sections[1], n: -value, minus: false };
  if (value === 0 && sections.length >= 3) return { section: sections[2], n: 0, minus: false };
  return { section: sections[0], n: Math.abs(value), minus: value < 0 };
}

/** A number (or a date's serial number) shown with a custom format. */
export function formatCustom(
  value: number,
  format: string,
  symbols: NumberSymbols,
  drawDate: DateRenderer,
): string {
  const { section: normalised, n, minus } = pick(value, normalisedSections(format));
  if (/\[[hms]+\]/.test(unquoted(normalised))) {
    if (minus) unsupported(format, 'a negative elapsed time');
    return formatElapsed(n, normalised, format);
  }
  if (isDateSection(normalised)) {
    checkDatePattern(normalised, format);
    // A date before 30.12.1899 has a negative serial number; it is still a date, without a sign.
    return drawDate(minus ? value : n, normalised);
  }
  const shown = formatNumberSection(n, normalised, symbols, format);
  return minus ? `-${shown}` : shown;
}

/** Run lengths of each date letter `formatDate` draws; `yyy`, `mmmmm` or `Y` it would not. */
const DATE_RUNS: Record<string, number[]> = {
  y: [2, 4],
  m: [1, 2, 3, 4],
  M: [1, 2, 3, 4],
  d: [1, 2, 3, 4],
  D: [1, 2],
  h: [1, 2],
  H: [1, 2],
  s: [1, 2],
  Y: [],
  S: [],
};

function checkDatePattern(normalised: string, format: string): void {
  const bare = unquoted(normalised);
  if (/0/.test(bare)) unsupported(format, 'fractions of a second');
  if (/a\/p/i.test(bare)) unsupported(format, 'the a/p marker');
  for (const run of bare.match(/([a-zA-Z])\1*/g) ?? []) {
    if (DATE_RUNS[run[0]] && !DATE_RUNS[run[0]].includes(run.length)) {
      unsupported(format, `the date token ${run}`);
    }
  }
}

const ERRORS = /^#(DIV\/0!|REF!|VALUE!|N\/A|NAME\?|NUM!|NULL!|ERROR!)$/;

/** Text shown with a custom format: its text section (the fourth, or a lone section with `@`). */
export function formatCustomText(text: string, format: string): string {
  if (ERRORS.test(text)) return text;
  const sections = splitSections(format);
  const textSection =
    sections.length === 4
      ? sections[3]
      : sections.length === 1 && unquoted(normalise(sections[0], format)).includes('@')
        ? sections[0]
        : undefined;
  if (textSection === undefined) return text;
  return tokens(normalise(textSection, format))
    .map((t) => (t === '@' ? text : literal(t, format, 'in the text section')))
    .join('');
}

/** A token that stands for itself: quoted text or a character Sheets shows as it is. */
function literal(token: string, format: string, where: string): string {
  if (token.startsWith('"')) return token.slice(1, -1);
  if (/^[?/]$/.test(token)) return unsupported(format, '? placeholders and fractions');
  if (token === '*' || token === '_') return unsupported(format, `the ${token} spacing token`);
  if (token === '@') return unsupported(format, 'the text placeholder @ for a number');
  if (/^[\p{L}\p{N}]$/u.test(token)) {
    return unsupported(format, `the unquoted character "${token}" ${where} (quote literal text)`);
  }
  return token;
}

// ---- numbers ----

interface NumberBody {
  integer: string; // placeholders before the point, commas removed
  grouping: boolean;
  point: boolean;
  fraction: string;
  scale: number; // powers of 1000 to divide by (trailing commas)
  exponent?: { letter: string; sign: '+' | '-'; digits: number };
}

const isPlaceholder = (t: string) => /^[0#.,]$/.test(t);

function formatNumberSection(
  n: number,
  normalised: string,
  symbols: NumberSymbols,
  format: string,
): string {
  const parts = tokens(normalised);
  const draw = (t: string) => (t === '%' ? '%' : literal(t, format, 'in a number section'));
  const first = parts.findIndex(isPlaceholder);
  if (first < 0) return parts.map(draw).join('');
  const exponentAt = parts.findIndex(
    (t, i) => i > first && /^[Ee]$/.test(t) && /^[+-]$/.test(parts[i + 1] ?? ''),
  );
  let last = (exponentAt < 0 ? parts.length : exponentAt) - 1;
  while (!isPlaceholder(parts[last])) last--;
  let end = last + 1;
  if (exponentAt >= 0) {
    end = exponentAt + 2;
    while (end < parts.length && /^[0#]$/.test(parts[end])) end++;
  }
  const inner = parts.slice(first, last + 1);
  const body = parseBody(
    inner.filter(isPlaceholder).join('') + parts.slice(last + 1, end).join(''),
    format,
  );
  const scaled = n * 100 ** parts.filter((t) => t === '%').length;
  const { int, rest } = digitsOf(scaled, body, symbols.decimal);
  const number = inner.every(isPlaceholder)
    ? `${body.grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, symbols.group) : int}${rest}`
    : interleave(int, inner, body, format, draw) + rest;
  return [...parts.slice(0, first).map(draw), number, ...parts.slice(end).map(draw)].join('');
}

/**
 * Integer digits with literals between their `0` placeholders, `(000) 000-0000` or `000000-0000`:
 * the digits fill the placeholders from the right, the first placeholder takes any extra ones.
 */
function interleave(
  int: string,
  inner: string[],
  body: NumberBody,
  format: string,
  draw: (t: string) => string,
): string {
  const point = inner.indexOf('.');
  const integer = point < 0 ? inner : inner.slice(0, point);
  const literalInFraction = point >= 0 && !inner.slice(point).every(isPlaceholder);
  if (literalInFraction || body.grouping || body.scale || body.exponent || /#/.test(body.integer)) {
    unsupported(format, 'literal text between digits other than 0 placeholders of a whole number');
  }
  let extra = int.length - body.integer.length;
  let at = 0;
  return integer
    .map((t) => {
      if (!isPlaceholder(t)) return draw(t);
      const take = 1 + Math.max(extra, 0);
      extra = 0;
      at += take;
      return int.slice(at - take, at);
    })
    .join('');
}

function parseBody(text: string, format: string): NumberBody {
  const m = /^([0#,]*)(?:(\.)([0#]*)(,*))?(?:([Ee])([+-])([0#]+))?$/.exec(text);
  if (!m) return unsupported(format, `the digit pattern ${text}`);
  const [, integerPart, point, fraction = '', fractionCommas = '', letter, sign, digits] = m;
  const trailing = /,*$/.exec(integerPart)![0].length;
  const integer = integerPart.slice(0, integerPart.length - trailing);
  const body: NumberBody = {
    integer: integer.replace(/,/g, ''),
    grouping: integer.includes(','),
    point: point !== undefined,
    fraction,
    scale: trailing + fractionCommas.length,
  };
  if (letter) {
    if (body.grouping || body.scale > 0 || body.integer.length !== 1 || /#/.test(digits)) {
      unsupported(format, 'engineering or grouped scientific notation');
    }
    body.exponent = { letter, sign: sign as '+' | '-', digits: digits.length };
  }
  return body;
}

/** The integer digits (padded, not grouped) and the rest: `.` and decimals, the exponent. */
function digitsOf(n: number, body: NumberBody, decimal: string): { int: string; rest: string } {
  const maxDecimals = body.fraction.length;
  const minDecimals = body.fraction.lastIndexOf('0') + 1;
  let int: string;
  let frac: string;
  let exponent = '';
  if (body.exponent) {
    const sci = scientific(n, maxDecimals);
    [int, frac] = [sci.int, sci.frac];
    const { letter, sign, digits } = body.exponent;
    const expSign = sci.exponent < 0 ? '-' : sign === '+' ? '+' : '';
    exponent = `${letter}${expSign}${String(Math.abs(sci.exponent)).padStart(digits, '0')}`;
  } else {
    ({ int, frac } = fixed(n / 1000 ** body.scale, maxDecimals));
    const zeroFrom = body.integer.indexOf('0');
    const minInteger = zeroFrom < 0 ? 0 : body.integer.length - zeroFrom;
    if (int === '0' && minInteger === 0) int = '';
    int = int.padStart(minInteger, '0');
  }
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  // 0.## on a whole number shows "5." with a bare separator, as Sheets and Excel both do (the
  // well-known complaint about custom formats); the separator is the locale's.
  return { int, rest: `${frac || body.point ? decimal + frac : ''}${exponent}` };
}

/** The digits of n ≥ 0 to 15 significant digits, as Sheets keeps them: n = 0.DIGITS × 10^point. */
function decimalDigits(n: number): { digits: string; point: number } {
  const [mantissa, e] = n.toExponential(14).split('e');
  return { digits: mantissa.replace('.', ''), point: Number(e) + 1 };
}

/** The first `keep` digits rounded half up; `carried` when rounding added a digit (9.99 → 10.0). */
function roundDigits(digits: string, keep: number): { digits: string; carried: boolean } {
  if (keep < 0) return { digits: '', carried: false };
  if (keep >= digits.length) return { digits: digits.padEnd(keep, '0'), carried: false };
  const head = digits.slice(0, keep);
  if (digits[keep] < '5') return { digits: head, carried: false };
  const up = (BigInt(`0${head}`) + 1n).toString().padStart(keep, '0');
  return { digits: up, carried: up.length > keep };
}

function fixed(n: number, decimals: number): { int: string; frac: string } {
  const { digits, point } = decimalDigits(n);
  const rounded = roundDigits(digits, point + decimals);
  const at = point + (rounded.carried ? 1 : 0);
  const all = at < 0 ? '0'.repeat(-at) + rounded.digits : rounded.digits;
  const split = Math.max(at, 0);
  return {
    int: all.slice(0, split).replace(/^0+(?=\d)/, '') || '0',
    frac: all.slice(split).padEnd(decimals, '0').slice(0, decimals),
  };
}

function scientific(n: number, decimals: number): { int: string; frac: string; exponent: number } {
  if (n === 0) return { int: '0', frac: '0'.repeat(decimals), exponent: 0 };
  const { digits, point } = decimalDigits(n);
  const rounded = roundDigits(digits, 1 + decimals);
  return {
    int: rounded.digits[0],
    frac: rounded.digits.slice(1, 1 + decimals),
    exponent: point - 1 + (rounded.carried ? 1 : 0),
  };
}

// ---- elapsed time ----

/** `[h]:mm:ss`, `[m]:ss`, `[s]`: a duration in days shown as elapsed hours, minutes or seconds. */
function formatElapsed(days: number, normalised: string, format: string): string {
  const parts = normalised.match(/"[^"]*"|\[[hms]+\]|h+|m+|s+|./gi) ?? [];
  const elapsed = parts.filter((t) => t.startsWith('['));
  if (elapsed.length !== 1) unsupported(format, 'more than one elapsed-time token');
  const unit = elapsed[0][1];
  const seconds = Math.round(days * 86_400);
  const allowed = unit === 'h' ? /^(m+|s+)$/ : unit === 'm' ? /^s+$/ : /^$/;
  return parts
    .map((t) => {
      if (t.startsWith('[')) {
        const total = Math.floor(seconds / (unit === 'h' ? 3600 : unit === 'm' ? 60 : 1));
        return String(total).padStart(t.length - 2, '0');
      }
      if (/^[a-z]+$/i.test(t)) {
        if (!allowed.test(t)) unsupported(format, `"${t}" next to an elapsed-time token`);
        const within = t[0] === 'm' ? Math.floor(seconds / 60) % 60 : seconds % 60;
        return String(within).padStart(t.length > 1 ? 2 : 1, '0');
      }
      return literal(t, format, 'in an elapsed time');
    })
    .join('');
}
