import { appsScriptError } from '../runtime/errors';
import { columnLetters, columnNumber } from './a1';
import { MAX_COLUMNS } from './grid';

/**
 * References inside formula text, in A1 (`B2`, `$B$2`, `A1:C3`, `A:C`, `2:5`) and R1C1
 * (`R[-1]C[0]`, `R2C3`, `RC[1]`, `R1:R3`, `C[0]:C[2]`) notation: converting between the two
 * relative to a cell (Range.setFormulaR1C1/getFormulaR1C1) and moving relative references when a
 * formula is copied (Range.copyTo). String literals and sheet names are left alone.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulaR1C1(String)
 */

/** One coordinate of a reference, resolved to an absolute 1-based index. */
interface Coord {
  value: number;
  abs: boolean;
}

interface Corner {
  row?: Coord;
  col?: Coord;
}

type Ref = Corner[];

const MAX_ROWS = 10_000_000;
const WORD = /[A-Za-z0-9_.$]/;

function cellCorner(text: string): Corner | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(text);
  if (!m) return undefined;
  const col = columnNumber(m[2]);
  const row = Number(m[4]);
  if (col > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return undefined;
  return { col: { value: col, abs: m[1] === '$' }, row: { value: row, abs: m[3] === '$' } };
}

function columnCorner(text: string): Corner | undefined {
  const m = /^(\$?)([A-Za-z]{1,3})$/.exec(text);
  if (!m || columnNumber(m[2]) > MAX_COLUMNS) return undefined;
  return { col: { value: columnNumber(m[2]), abs: m[1] === '$' } };
}

function rowCorner(text: string): Corner | undefined {
  const m = /^(\$?)(\d+)$/.exec(text);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > MAX_ROWS) return undefined;
  return { row: { value: Number(m[2]), abs: m[1] === '$' } };
}

/** An A1 reference starting at `i`: its end and corners, or undefined. */
function a1At(text: string, i: number): { end: number; ref: Ref } | undefined {
  const word = (from: number) => {
    let j = from;
    while (j < text.length && WORD.test(text[j])) j++;
    return j;
  };
  const e1 = word(i);
  const first = text.slice(i, e1);
  if (text[e1] === ':') {
    const e2 = word(e1 + 1);
    const second = text.slice(e1 + 1, e2);
    if (!WORD.test(text[e2] ?? '') && text[e2] !== '(' && text[e2] !== '!') {
      for (const parse of [cellCorner, columnCorner, rowCorner]) {
        const a = parse(first);
        const b = parse(second);
        if (a && b) return { end: e2, ref: [a, b] };
      }
    }
  }
  if (text[e1] === '(' || text[e1] === '!') return undefined;
  const cell = cellCorner(first);
  return cell ? { end: e1, ref: [cell] } : undefined;
}

const R1C1_PART = /^(\[-?\d+\]|\d+)?/;

function r1c1Coord(token: string | undefined, base: number): Coord | undefined {
  if (token === undefined || token === '') return { value: base, abs: false };
  if (token.startsWith('[')) return { value: base + Number(token.slice(1, -1)), abs: false };
  return { value: Number(token), abs: true };
}

/** An R1C1 reference starting at `i`, resolved against the cell (row, column). */
function r1c1At(
  text: string,
  i: number,
  row: number,
  column: number,
): { end: number; ref: Ref } | undefined {
  const corner = (from: number): { end: number; corner: Corner } | undefined => {
    let j = from;
    const out: Corner = {};
    if (/[Rr]/.test(text[j] ?? '')) {
      const m = R1C1_PART.exec(text.slice(j + 1)) as RegExpExecArray;
      out.row = r1c1Coord(m[1], row);
      j += 1 + m[0].length;
    }
    if (/[Cc]/.test(text[j] ?? '')) {
      const m = R1C1_PART.exec(text.slice(j + 1)) as RegExpExecArray;
      out.col = r1c1Coord(m[1], column);
      j += 1 + m[0].length;
    }
    if (j === from || WORD.test(text[j] ?? '') || text[j] === '(' || text[j] === '!')
      return undefined;
    return { end: j, corner: out };
  };
  const a = corner(i);
  if (!a) return undefined;
  if (text[a.end] === ':') {
    const b = corner(a.end + 1);
    const sameKind = b && !!a.corner.row === !!b.corner.row && !!a.corner.col === !!b.corner.col;
    if (b && sameKind) return { end: b.end, ref: [a.corner, b.corner] };
  }
  // A lone `R1` or `C2` is not a reference (only whole rows/columns in a range are).
  if (!a.corner.row || !a.corner.col) return undefined;
  return { end: a.end, ref: [a.corner] };
}

function validRef(ref: Ref): boolean {
  return ref.every(
    (c) =>
      (!c.row || (c.row.value >= 1 && c.row.value <= MAX_ROWS)) &&
      (!c.col || (c.col.value >= 1 && c.col.value <= MAX_COLUMNS)),
  );
}

function a1Text(ref: Ref): string {
  if (!validRef(ref)) return '#REF!';
  return ref
    .map(
      (c) =>
        (c.col ? `${c.col.abs ? '$' : ''}${columnLetters(c.col.value)}` : '') +
        (c.row ? `${c.row.abs ? '$' : ''}${c.row.value}` : ''),
    )
    .join(':');
}

function r1c1Text(ref: Ref, row: number, column: number): string {
  if (!validRef(ref)) return '#REF!';
  const part = (letter: string, c: Coord | undefined, base: number) =>
    c ? `${letter}${c.abs ? c.value : `[${c.value - base}]`}` : '';
  return ref.map((c) => part('R', c.row, row) + part('C', c.col, column)).join(':');
}

/** Copies the formula, rewriting each reference the parser finds at a word start. */
function mapFormula(
  formula: string,
  parse: (text: string, i: number) => { end: number; ref: Ref } | undefined,
  print: (ref: Ref) => string,
): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string literal or a quoted sheet name, with doubled quotes inside.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (WORD.test(ch) && !(i > 0 && WORD.test(formula[i - 1]))) {
      const found = parse(formula, i);
      if (found) {
        out += print(found.ref);
        i = found.end;
        continue;
      }
      let j = i;
      while (j < formula.length && WORD.test(formula[j])) j++;
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** `=SUM(B2:B4)` in B5 → `=SUM(R[-3]C[0]:R[-1]C[0])`. */
export function formulaToR1C1(formula: string, row: number, column: number): string {
  return mapFormula(formula, a1At, (ref) => r1c1Text(ref, row, column));
}

/** `=SUM(R[-3]C[0]:R[-1]C[0])` in B5 → `=SUM(B2:B4)`. */
export function formulaFromR1C1(formula: string, row: number, column: number): string {
  const text = String(formula);
  const converted = mapFormula(
    text,
    (t, i) => r1c1At(t, i, row, column),
    (ref) => a1Text(ref),
  );
  if (converted.includes('#REF!') && !text.includes('#REF!')) {
    // [unverified wording] Sheets stores #REF! here; a script gets the stricter refusal.
    throw appsScriptError(`Invalid argument: formula`);
  }
  return converted;
}

/** Moves the relative references of a formula copied `rows` down and `columns` right. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapFormula(formula, a1At, (ref) =>
    a1Text(
      ref.map((c) => ({
        row: c.row && (c.row.abs ? c.row : { value: c.row.value + rows, abs: false }),
        col: c.col && (c.col.abs ? c.col : { value: c.col.value + columns, abs: false }),
      })),
    ),
  );
}
