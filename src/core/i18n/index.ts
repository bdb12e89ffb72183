import type { Lang, Problem } from '../types';
import { catalogues } from './catalogues';

export type Params = Record<string, string | number>;

/**
 * Translate a message key. `{name}` placeholders are filled from params. An unknown key falls
 * back to English, then to the key itself, so a gap shows up as text rather than a crash.
 */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const template = catalogues[lang][key] ?? catalogues.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function hasMessage(key: string): boolean {
  return key in catalogues.en;
}

/** A problem in words, in the given language. */
export function describeProblem(lang: Lang, problem: Problem): string {
  return t(lang, problem.key, problem.params);
}
