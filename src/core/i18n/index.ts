import type { Lang, Problem } from '../types';
import { catalogues } from './catalogues';

export type Params = Record<string, string | number>;

/**
 * Translate a message key. `{name}` placeholders are filled from params. An unknown key falls
 * back to English, then to the key itself, so a gap shows up as text rather than a crash.
 *
 * A count picks its words with a plural choice, as ICU MessageFormat writes it:
 * `{count, plural, =0 {ei yhtään} one {# päivä} other {# päivää}}`. `=N` matches that exact
 * number first; then `one` (the number 1: the rule of Finnish, Swedish and English alike) or
 * `other`. `#` in a branch is the number, and a branch may hold other `{name}` placeholders.
 * Only server-side messages use it: the sidebar fills its own `sidebar.`/`attendance.`/
 * `import.ui.` messages in the browser with plain placeholders.
 */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return format(template, params);
}

/** The plural category of a number in fi, sv and en: `one` for exactly 1, else `other`. */
export function pluralCategory(n: number): 'one' | 'other' {
  return n === 1 ? 'one' : 'other';
}

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function choosePlural(body: string, value: number): string | null {
  const branches = new Map<string, string>();
  let rest = body;
  for (;;) {
    const head = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!head) break;
    const open = head[0].length - 1;
    const end = closing(rest, open);
    if (end < 0) return null;
    branches.set(head[1], rest.slice(open + 1, end));
    rest = rest.slice(end + 1);
  }
  if (rest.trim() !== '' || !branches.has('other')) return null;
  return (
    branches.get(`=${value}`) ?? branches.get(pluralCategory(value)) ?? branches.get('other') ?? ''
  );
}

/** `#` outside any nested `{…}` becomes the number (a nested choice keeps its own `#`). */
function hashes(branch: string, value: string): string {
  let depth = 0;
  let out = '';
  for (const ch of branch) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    out += ch === '#' && depth === 0 ? value : ch;
  }
  return out;
}

/** Fills a template: plain placeholders and plural choices (see `t`). */
export function format(template: string, params: Params): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) break;
    out += template.slice(i, open);
    const end = closing(template, open);
    if (end < 0) {
      i = open;
      break;
    }
    const inner = template.slice(open + 1, end);
    const whole = template.slice(open, end + 1);
    const simple = /^(\w+)$/.exec(inner);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    if (simple) {
      out += simple[1] in params ? String(params[simple[1]]) : whole;
    } else if (plural && plural[1] in params) {
      const value = Number(params[plural[1]]);
      const branch = choosePlural(plural[2], value);
      out += branch === null ? whole : format(hashes(branch, String(params[plural[1]])), params);
    } else {
      out += whole;
    }
    i = end + 1;
  }
  return out + template.slice(i);
}

export function hasMessage(key: string): boolean {
  return key in catalogues.en;
}

/** A problem in words, in the given language. */
export function describeProblem(lang: Lang, problem: Problem): string {
  return t(lang, problem.key, problem.params);
}
