import { foldText } from './text';

/**
 * Matches a typed word against the vocabulary data (roster-vocabulary.ts): whole words after
 * folding, then stems (`word*`) as prefixes, the longest stem winning. Kept apart from the data
 * so the data stays a plain list a non-programmer can extend.
 */

/** "Pitkä-aikainen " → "pitkaaikainen": case, accents, spaces, hyphens and dots do not count. */
export function wordKey(text: string): string {
  return foldText(text).replace(/[\s\-_.:;,!?'"”“’()[\]]+/g, '');
}

export interface WordMatcher<T> {
  match(text: string): T | null;
}

export function wordMatcher<T>(entries: [T, readonly string[]][]): WordMatcher<T> {
  const exact = new Map<string, T>();
  const stems: { stem: string; value: T }[] = [];
  for (const [value, words] of entries) {
    for (const word of words) {
      if (word.endsWith('*')) {
        const stem = wordKey(word.slice(0, -1));
        if (stem !== '') stems.push({ stem, value });
      } else {
        // Symbols like "-" or "✓" are whole words: keep them when folding leaves nothing.
        const key = wordKey(word) || word.trim();
        if (!exact.has(key)) exact.set(key, value);
      }
    }
  }
  stems.sort((a, b) => b.stem.length - a.stem.length);
  return {
    match(text: string): T | null {
      const key = wordKey(text) || text.trim();
      if (key === '') return null;
      const whole = exact.get(key);
      if (whole !== undefined) return whole;
      const hits = stems.filter((s) => key.startsWith(s.stem));
      if (hits.length === 0) return null;
      // Two different values with equally long stems: ambiguous, so ask the coach.
      const best = hits.filter((h) => h.stem.length === hits[0].stem.length);
      return best.every((h) => h.value === best[0].value) ? best[0].value : null;
    },
  };
}
