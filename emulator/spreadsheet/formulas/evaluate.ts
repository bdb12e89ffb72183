import { isDate, makeDate } from '../../runtime/clock';
import { appsScriptError } from '../../runtime/errors';
import { cellA1, parseA1, quoteSheetName } from '../a1';
import type { CellValue, StoredSheet, StoredSpreadsheet } from '../store';
import type { Call, Thunk } from './call';
import { FUNCTIONS } from './functions';
import { isSheetsFunction } from './names';
import { ParseError, parseFormula, type Node } from './parse';
import {
  FormulaError,
  compare,
  err,
  isError,
  isRange,
  serialToDate,
  toNumber,
  toText,
  type Locale,
  type RangeValue,
  type Scalar,
  type Value,
} from './values';

/**
 * Evaluates a formula cell when a script reads it. Formulas refer to other cells (of any sheet of
 * the same spreadsheet), which are evaluated in turn; a cell met again while it is being
 * evaluated is a circular dependency (`#REF!`). What the runtime cannot evaluate throws
 * "Not emulated: …" rather than giving a value Sheets would not give.
 */

export interface FormulaHost {
  book: StoredSpreadsheet;
  /** The simulated clock (TODAY, NOW). */
  nowMs: number;
  /** Whether a spreadsheet with this id is in the workspace (IMPORTRANGE). */
  hasSpreadsheet(id: string): boolean;
  /** Whether a script project defines a function of this name; undefined when unknown. */
  scriptDefines?(name: string): boolean | undefined;
  /** One evaluation per read: formula cells read twice are evaluated once. */
  evaluation?: Evaluation;
}

/** Deeper chains of formulas than this are refused rather than risking the JS stack. */
const MAX_DEPTH = 400;

export function formulaNotEmulated(what: string, where: string): Error {
  return appsScriptError(
    `Not emulated: ${what} (${where}). See emulator/spreadsheet/LIMITATIONS.md.`,
  );
}

export class Evaluation {
  private readonly cache = new Map<string, Scalar>();
  private readonly visiting = new Set<string>();
  private readonly loc: Locale;
  private readonly parsed = new Map<string, Node | ParseError>();

  constructor(readonly host: FormulaHost) {
    this.loc = { locale: host.book.locale, timeZone: host.book.timeZone, nowMs: host.nowMs };
  }

  /** The value of a cell as a formula sees it: blank is null, a formula is evaluated. */
  cell(sheet: StoredSheet, row: number, column: number): Scalar {
    const stored = sheet.rows[row - 1]?.[column - 1];
    if (!stored) return null;
    if (stored.f) {
      const v = this.formula(sheet, row, column, stored.f);
      // A formula cell is never blank to the formulas reading it (=A1 of a blank gives '').
      return v === null ? '' : v;
    }
    if (stored.v === undefined) return null;
    return stored.v;
  }

  /** The value of a formula cell; a circular reference gives #REF!. */
  formula(sheet: StoredSheet, row: number, column: number, formula: string): Scalar {
    const key = `${sheet.sheetId}:${row}:${column}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    if (this.visiting.has(key)) return err('#REF!', 'Circular dependency detected.');
    const where = `${quoteSheetName(sheet.name)}!${cellA1(row, column)}`;
    if (this.visiting.size >= MAX_DEPTH) {
      throw formulaNotEmulated(`a chain of more than ${MAX_DEPTH} formulas`, where);
    }
    this.visiting.add(key);
    try {
      const node = this.parse(formula);
      const value = isError(node) ? node : this.top(this.eval(node, { sheet, where }), where);
      this.cache.set(key, value);
      return value;
    } finally {
      this.visiting.delete(key);
    }
  }

  private parse(formula: string): Node | FormulaError {
    let node = this.parsed.get(formula);
    if (!node) {
      try {
        node = parseFormula(formula);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        node = e;
      }
      this.parsed.set(formula, node);
    }
    return node instanceof ParseError ? err('#ERROR!', 'Formula parse error.') : node;
  }

  /** A formula's result in its cell: a range is an array result, which is not emulated. */
  private top(value: Value, where: string): Scalar {
    if (!isRange(value)) return value;
    if (value.rect.numRows === 1 && value.rect.numColumns === 1) {
      return value.cell(value.rect.row, value.rect.column);
    }
    throw formulaNotEmulated('an array result (a formula giving a range spills in Sheets)', where);
  }

  eval(node: Node, site: Site): Value {
    switch (node.t) {
      case 'num':
      case 'str':
      case 'bool':
        return node.v;
      case 'err':
        return err(node.code);
      case 'name':
        // An empty argument is blank; any other bare name is a named range.
        return node.name === '' ? null : this.namedRange(node.name);
      case 'ref':
        return this.reference(node.text, site);
      case 'array':
        throw formulaNotEmulated('array literals ({…})', site.where);
      case 'unary':
        return this.unary(node.op, this.scalar(this.eval(node.e, site), site));
      case 'pct': {
        const n = toNumber(this.scalar(this.eval(node.e, site), site), this.loc);
        return isError(n) ? n : n / 100;
      }
      case 'bin':
        return this.binary(node.op, node.l, node.r, site);
      case 'call':
        return this.call(node.name, node.args, site);
    }
  }

  /** A value where one value is expected: a single cell's range gives its value. */
  scalar(value: Value, site: Site): Scalar {
    if (!isRange(value)) return value;
    const { row, column, numRows, numColumns } = value.rect;
    if (numRows === 1 && numColumns === 1) return value.cell(row, column);
    throw formulaNotEmulated(
      'a range where one value is expected (array arithmetic needs ARRAYFORMULA in Sheets)',
      site.where,
    );
  }

  private reference(text: string, site: Site): Value {
    const parsed = parseA1(text.replace(/\$/g, ''));
    if (!parsed) return err('#REF!', `Unresolved reference ${text}.`);
    const name = parsed.sheetName;
    const sheet =
      name === undefined
        ? site.sheet
        : this.host.book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) return err('#REF!', `Unresolved sheet name '${name}'.`);
    const rect = parsed.resolve(sheet.maxRows, sheet.maxColumns);
    if (
      rect.row + rect.numRows - 1 > sheet.maxRows ||
      rect.column + rect.numColumns - 1 > sheet.maxColumns
    ) {
      return err('#REF!', `Range ${text} is outside the sheet.`);
    }
    const range: RangeValue = {
      kind: 'range',
      sheet,
      rect,
      cell: (r, c) => this.cell(sheet, r, c),
    };
    return range;
  }

  /** A named range (Spreadsheet.setNamedRange); names are case-insensitive in Sheets. */
  private namedRange(name: string): Value {
    const book = this.host.book;
    const named = book.namedRanges?.find((n) => n.name.toLowerCase() === name.toLowerCase());
    const sheet = named && book.sheets.find((s) => s.sheetId === named.sheetId);
    if (!named || !sheet) return err('#NAME?', `Unknown range name: '${name}'.`);
    return {
      kind: 'range',
      sheet,
      rect: { ...named.range },
      cell: (r, c) => this.cell(sheet, r, c),
    };
  }

  private unary(op: '-' | '+', v: Scalar): Scalar {
    if (op === '+') return v;
    const n = toNumber(v, this.loc);
    return isError(n) ? n : -n;
  }

  private binary(op: string, l: Node, r: Node, site: Site): Scalar {
    const a = this.scalar(this.eval(l, site), site);
    const b = this.scalar(this.eval(r, site), site);
    if (isError(a)) return a;
    if (isError(b)) return b;
    if (op === '&') {
      const x = toText(a, this.loc);
      const y = toText(b, this.loc);
      return isError(x) ? x : isError(y) ? y : x + y;
    }
    if (['=', '<>', '<', '>', '<=', '>='].includes(op))
      return comparison(op, compare(a, b, this.loc));
    return this.arithmetic(op, a, b);
  }

  private arithmetic(op: string, a: Scalar, b: Scalar): Scalar {
    const x = toNumber(a, this.loc);
    const y = toNumber(b, this.loc);
    if (isError(x)) return x;
    if (isError(y)) return y;
    let n: number;
    if (op === '+') n = x + y;
    else if (op === '-') n = x - y;
    else if (op === '*') n = x * y;
    else if (op === '/') {
      if (y === 0) return err('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.');
      n = x / y;
    } else n = Math.pow(x, y);
    if (!Number.isFinite(n)) return err('#NUM!');
    // A date plus or minus days is a date (Sheets keeps the date format); date - date is days.
    const dated =
      (op === '+' || op === '-') && isDate(a) !== isDate(b) && (isDate(a) || op === '+');
    return dated ? serialToDate(n, this.loc.timeZone) : n;
  }

  private call(name: string, args: Node[], site: Site): Value {
    const spec = FUNCTIONS[name];
    if (!spec) return this.unknownFunction(name, site);
    if (args.length < spec.min || args.length > spec.max) {
      return err('#N/A', `Wrong number of arguments to ${name}.`);
    }
    const thunks: Thunk[] = args.map((a) => {
      let done = false;
      let value: Value;
      return () => {
        if (!done) {
          value = this.eval(a, site);
          done = true;
        }
        return value;
      };
    });
    const call: Call = {
      name,
      loc: this.loc,
      host: this.host,
      scalar: (v) => this.scalar(v, site),
      notEmulated: (what) => formulaNotEmulated(what, site.where),
    };
    return spec.fn(thunks, call);
  }

  /**
   * A Sheets function outside the subset throws, and so does a custom function (a script's
   * function used in a formula). A name that is neither is #NAME?, as in Sheets.
   */
  private unknownFunction(name: string, site: Site): Value {
    if (isSheetsFunction(name))
      throw formulaNotEmulated(`the formula function ${name}`, site.where);
    const defined = this.host.scriptDefines?.(name);
    if (defined === true) throw formulaNotEmulated(`the custom function ${name}`, site.where);
    if (defined === undefined) {
      throw formulaNotEmulated(
        `the formula function ${name} (maybe a custom function)`,
        site.where,
      );
    }
    return err('#NAME?', `Unknown function: '${name}'.`);
  }
}

interface Site {
  sheet: StoredSheet;
  /** The formula's cell, for messages: `Sheet1!D1`. */
  where: string;
}

function comparison(op: string, c: number): boolean {
  switch (op) {
    case '=':
      return c === 0;
    case '<>':
      return c !== 0;
    case '<':
      return c < 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    default:
      return c >= 0;
  }
}

/** The value `getValue()` gives: errors as their code, blank as '', dates as Dates. */
export function cellValueOf(v: Scalar): CellValue {
  if (v === null) return '';
  if (v instanceof FormulaError) return v.code;
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  if (isDate(v)) return makeDate(v.getTime());
  return v;
}

/** Evaluates the formula in a cell for `getValue(s)` and `getDisplayValue(s)`. */
export function evaluateCell(
  host: FormulaHost,
  sheet: StoredSheet,
  row: number,
  column: number,
  formula: string,
): CellValue {
  host.evaluation ??= new Evaluation(host);
  return cellValueOf(host.evaluation.formula(sheet, row, column, formula));
}
