import type { ErrorCode } from './values';

/**
 * A recursive-descent parser for formulas as Apps Script's `setFormula` takes them: the en_US
 * syntax (`,` between arguments, `.` for decimals) whatever the spreadsheet's locale.
 * Precedence, lowest first: comparison, `&`, `+ -`, `* /`, `^`, unary `- +`, postfix `%`.
 * A formula that does not parse evaluates to `#ERROR!` ("Formula parse error").
 */

export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; code: ErrorCode }
  | { t: 'ref'; text: string }
  | { t: 'name'; name: string }
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'unary'; op: '-' | '+'; e: Node }
  | { t: 'pct'; e: Node }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'array' };

export class ParseError extends Error {}

type Token =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'err'; v: ErrorCode }
  | { k: 'ref'; v: string }
  | { k: 'word'; v: string }
  | { k: 'op'; v: string }
  | { k: 'end'; v: '' };

const ERRORS: ErrorCode[] = [
  '#DIV/0!',
  '#REF!',
  '#VALUE!',
  '#N/A',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
];

const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const SHEET_PREFIX = /^(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00c0-\uffff]+)!/;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE = new RegExp(
  String.raw`^(?:${CELL}(?::\$?[A-Za-z]{1,3}\$?\d*)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?:\$?\d+)?|\$?\d+:\$?\d+)`,
);
const WORD = /^[A-Za-z_\u00c0-\uffff][A-Za-z0-9_.\u00c0-\uffff]*/;
const OPS = [
  '<=',
  '>=',
  '<>',
  '+',
  '-',
  '*',
  '/',
  '^',
  '&',
  '=',
  '<',
  '>',
  '%',
  '(',
  ')',
  ',',
  '{',
  '}',
  ';',
];

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const token = readToken(rest);
    out.push(token.token);
    i += token.length;
  }
  out.push({ k: 'end', v: '' });
  return out;
}

function readToken(rest: string): { token: Token; length: number } {
  const ch = rest[0];
  if (ch === '"') return readString(rest);
  if (ch === '#') {
    const code = ERRORS.find((e) => rest.toUpperCase().startsWith(e));
    if (!code) throw new ParseError(`unknown error literal in ${rest}`);
    return { token: { k: 'err', v: code }, length: code.length };
  }
  const ref = readReference(rest);
  if (ref) return ref;
  const number = NUMBER.exec(rest);
  if (number) return { token: { k: 'num', v: Number(number[0]) }, length: number[0].length };
  const word = WORD.exec(rest);
  if (word) return { token: { k: 'word', v: word[0] }, length: word[0].length };
  const op = OPS.find((o) => rest.startsWith(o));
  if (op) return { token: { k: 'op', v: op }, length: op.length };
  throw new ParseError(`unexpected ${ch}`);
}

function readString(rest: string): { token: Token; length: number } {
  let j = 1;
  let value = '';
  for (;;) {
    const close = rest.indexOf('"', j);
    if (close < 0) throw new ParseError('unterminated string');
    value += rest.slice(j, close);
    if (rest[close + 1] === '"') {
      value += '"';
      j = close + 2;
    } else {
      return { token: { k: 'str', v: value }, length: close + 1 };
    }
  }
}

/** `A1`, `$A$1`, `A1:B3`, `A:A`, `A2:A`, `1:3`, each optionally after `Sheet!` or `'My sheet'!`. */
function readReference(rest: string): { token: Token; length: number } | undefined {
  const prefix = SHEET_PREFIX.exec(rest);
  const start = prefix ? prefix[0].length : 0;
  const range = RANGE.exec(rest.slice(start));
  if (!range) {
    if (prefix) throw new ParseError(`bad reference after ${prefix[0]}`);
    return undefined;
  }
  const length = start + range[0].length;
  // `LOG10(` or `A1B`: a word, not a reference.
  if (/^[A-Za-z0-9_.(]/.test(rest.slice(length))) {
    if (prefix) throw new ParseError(`bad reference after ${prefix[0]}`);
    return undefined;
  }
  return { token: { k: 'ref', v: rest.slice(0, length) }, length };
}

class Parser {
  private pos = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    const node = this.comparison();
    if (this.peek().k !== 'end') throw new ParseError(`unexpected ${this.peek().v}`);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.pos];
  }

  private isOp(...ops: string[]): string | undefined {
    const t = this.peek();
    return t.k === 'op' && ops.includes(t.v) ? t.v : undefined;
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw new ParseError(`expected ${op}`);
    this.pos++;
  }

  private binary(ops: string[], next: () => Node): Node {
    let left = next();
    for (let op = this.isOp(...ops); op; op = this.isOp(...ops)) {
      this.pos++;
      left = { t: 'bin', op, l: left, r: next() };
    }
    return left;
  }

  private comparison = (): Node => this.binary(['=', '<>', '<', '>', '<=', '>='], this.concat);
  private concat = (): Node => this.binary(['&'], this.additive);
  private additive = (): Node => this.binary(['+', '-'], this.multiplicative);
  private multiplicative = (): Node => this.binary(['*', '/'], this.power);
  private power = (): Node => this.binary(['^'], this.unary);

  private unary = (): Node => {
    const op = this.isOp('-', '+');
    if (op) {
      this.pos++;
      return { t: 'unary', op: op as '-' | '+', e: this.unary() };
    }
    return this.postfix();
  };

  private postfix(): Node {
    let node = this.primary();
    while (this.isOp('%')) {
      this.pos++;
      node = { t: 'pct', e: node };
    }
    return node;
  }

  private primary(): Node {
    const t = this.peek();
    this.pos++;
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', code: t.v };
      case 'ref':
        return { t: 'ref', text: t.v };
      case 'word':
        return this.word(t.v);
      case 'op':
        if (t.v === '(') {
          const inner = this.comparison();
          this.expect(')');
          return inner;
        }
        if (t.v === '{') return this.arrayLiteral();
        throw new ParseError(`unexpected ${t.v}`);
      default:
        throw new ParseError('unexpected end of formula');
    }
  }

  private word(name: string): Node {
    if (!this.isOp('(')) {
      if (/^(true|false)$/i.test(name)) return { t: 'bool', v: name.toUpperCase() === 'TRUE' };
      return { t: 'name', name };
    }
    this.pos++;
    const args: Node[] = [];
    if (this.isOp(')')) {
      this.pos++;
      return { t: 'call', name: name.toUpperCase(), args };
    }
    for (;;) {
      // An empty argument (`IF(A1,,1)`) is a blank.
      args.push(this.isOp(',', ')') ? { t: 'name', name: '' } : this.comparison());
      if (this.isOp(')')) break;
      this.expect(',');
    }
    this.pos++;
    return { t: 'call', name: name.toUpperCase(), args };
  }

  /** `{1,2;3,4}`: parsed so the formula is known to be an array formula, never evaluated. */
  private arrayLiteral(): Node {
    let depth = 1;
    while (depth > 0) {
      const t = this.peek();
      if (t.k === 'end') throw new ParseError('unterminated array');
      if (t.k === 'op' && t.v === '{') depth++;
      if (t.k === 'op' && t.v === '}') depth--;
      this.pos++;
    }
    return { t: 'array' };
  }
}

/** Parses a formula (with or without its leading `=`); throws ParseError when it does not parse. */
export function parseFormula(formula: string): Node {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  if (!text.trim()) throw new ParseError('empty formula');
  return new Parser(tokenize(text)).parse();
}
