import { badRequest, notEmulated } from './http';

/**
 * The subset of the Drive v3 search language (`files.list` `q`) the REST emulation understands:
 *   '<id>' in parents      mimeType = '…'   mimeType != '…'
 *   name = '…'             name contains '…'
 *   trashed = true|false
 * joined by `and`. `or`, `not`, parentheses and the other terms answer 501 "Not emulated".
 * Reference: https://developers.google.com/drive/api/guides/ref-search-terms
 */
export interface QueryTarget {
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
}
export type QueryPredicate = (item: QueryTarget) => boolean;

interface Token {
  kind: 'string' | 'word' | 'op';
  value: string;
}

function tokenise(q: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const c = q[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      while (i < q.length && q[i] !== "'") {
        if (q[i] === '\\' && i + 1 < q.length) i += 1;
        value += q[i];
        i += 1;
      }
      if (i >= q.length) throw badRequest('Invalid Value', 'q');
      i += 1;
      tokens.push({ kind: 'string', value });
    } else if (c === '=' || c === '!' || c === '<' || c === '>') {
      const op = q[i + 1] === '=' ? c + '=' : c;
      i += op.length;
      tokens.push({ kind: 'op', value: op });
    } else if (/[A-Za-z_]/.test(c)) {
      let word = '';
      while (i < q.length && /[A-Za-z0-9_.]/.test(q[i])) word += q[i++];
      tokens.push({ kind: 'word', value: word });
    } else {
      throw notEmulated(`Drive v3 search syntax "${c}" in q=${q}`);
    }
  }
  return tokens;
}

export function parseDriveV3Query(q: string): QueryPredicate {
  const tokens = tokenise(q);
  const clauses: QueryPredicate[] = [];
  let i = 0;
  const unsupported = (): never => {
    throw notEmulated(`Drive v3 search query: ${q}`);
  };
  while (i < tokens.length) {
    const [a, b, c] = tokens.slice(i, i + 3);
    if (!a || !b || !c) unsupported();
    if (a.kind === 'string' && b.kind === 'word' && b.value === 'in' && c.value === 'parents') {
      const id = a.value;
      clauses.push((item) => item.parents.includes(id));
    } else if (a.kind === 'word' && b.kind === 'op' && c.kind === 'string') {
      const value = c.value;
      if (a.value === 'mimeType' && b.value === '=') clauses.push((it) => it.mimeType === value);
      else if (a.value === 'mimeType' && b.value === '!=')
        clauses.push((it) => it.mimeType !== value);
      else if (a.value === 'name' && b.value === '=') clauses.push((it) => it.name === value);
      else if (a.value === 'name' && b.value === '!=') clauses.push((it) => it.name !== value);
      else unsupported();
    } else if (
      a.kind === 'word' &&
      a.value === 'name' &&
      b.value === 'contains' &&
      c.kind === 'string'
    ) {
      const value = c.value.toLowerCase();
      clauses.push((it) => it.name.toLowerCase().includes(value));
    } else if (a.kind === 'word' && a.value === 'trashed' && b.kind === 'op' && c.kind === 'word') {
      if (c.value !== 'true' && c.value !== 'false') throw badRequest('Invalid Value', 'q');
      const want = c.value === 'true';
      if (b.value === '=') clauses.push((it) => it.trashed === want);
      else if (b.value === '!=') clauses.push((it) => it.trashed !== want);
      else unsupported();
    } else {
      unsupported();
    }
    i += 3;
    if (i < tokens.length) {
      if (tokens[i].kind !== 'word' || tokens[i].value !== 'and') unsupported();
      i += 1;
      if (i >= tokens.length) throw badRequest('Invalid Value', 'q');
    }
  }
  return (item) => clauses.every((clause) => clause(item));
}
