import { notEmulated } from '../runtime/errors';
import type { DriveItem } from './store';

/**
 * The small subset of Drive's search query language (the Drive API v2 `q` syntax that
 * DriveApp.searchFiles/searchFolders take) that the emulator understands:
 *   title = 'x'            title contains 'x'       mimeType = 'x'
 *   'ID' in parents        trashed = true|false
 * joined by `and`. Anything else (`or`, `not`, parentheses, dates, fullText…) throws
 * "Not emulated", never silently matching everything.
 * Reference: https://developers.google.com/drive/api/guides/ref-search-terms
 */
export type ItemPredicate = (item: DriveItem) => boolean;

interface Token {
  kind: 'string' | 'word' | 'op';
  value: string;
}

function tokenise(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'" || c === '"') {
      let value = '';
      i += 1;
      while (i < query.length && query[i] !== c) {
        if (query[i] === '\\' && i + 1 < query.length) i += 1;
        value += query[i];
        i += 1;
      }
      if (i >= query.length)
        notEmulated(`Drive search query with an unterminated string: ${query}`);
      i += 1;
      tokens.push({ kind: 'string', value });
    } else if (c === '=' || c === '!' || c === '<' || c === '>') {
      let op = c;
      if (query[i + 1] === '=') op += '=';
      i += op.length;
      tokens.push({ kind: 'op', value: op });
    } else if (/[A-Za-z_]/.test(c)) {
      let word = '';
      while (i < query.length && /[A-Za-z0-9_.]/.test(query[i])) word += query[i++];
      tokens.push({ kind: 'word', value: word });
    } else {
      notEmulated(`Drive search query syntax "${c}" in: ${query}`);
    }
  }
  return tokens;
}

export function parseDriveQuery(query: string): ItemPredicate {
  const tokens = tokenise(query);
  const clauses: ItemPredicate[] = [];
  let i = 0;
  const unsupported = (): never => notEmulated(`Drive search query: ${query}`);
  while (i < tokens.length) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (!a || !b || !c) unsupported();
    if (a.kind === 'string' && b.kind === 'word' && b.value === 'in' && c.value === 'parents') {
      const parent = a.value;
      clauses.push((item) => item.parents.includes(parent));
    } else if (a.kind === 'word' && (a.value === 'title' || a.value === 'mimeType')) {
      if (c.kind !== 'string') unsupported();
      const field = a.value === 'title' ? 'name' : 'mimeType';
      const wanted = c.value;
      if (b.kind === 'op' && b.value === '=') clauses.push((item) => item[field] === wanted);
      else if (b.kind === 'op' && b.value === '!=') clauses.push((item) => item[field] !== wanted);
      else if (b.kind === 'word' && b.value === 'contains' && field === 'name') {
        // Drive matches `title contains` on whole-word prefixes; a substring match is close
        // enough for the names our tests use, and is documented in LIMITATIONS.md.
        const lower = wanted.toLowerCase();
        clauses.push((item) => item.name.toLowerCase().includes(lower));
      } else unsupported();
    } else if (a.kind === 'word' && a.value === 'trashed' && b.value === '=' && c.kind === 'word') {
      if (c.value !== 'true' && c.value !== 'false') unsupported();
      const wanted = c.value === 'true';
      clauses.push((item) => item.trashed === wanted);
    } else {
      unsupported();
    }
    i += 3;
    if (i < tokens.length) {
      if (tokens[i].kind !== 'word' || tokens[i].value.toLowerCase() !== 'and') unsupported();
      i += 1;
      if (i >= tokens.length) unsupported();
    }
  }
  if (clauses.length === 0) unsupported();
  return (item) => clauses.every((clause) => clause(item));
}
