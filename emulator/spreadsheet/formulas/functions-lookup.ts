import { isDate, makeDate } from '../../runtime/clock';
import { scalars, spec, type Call, type Spec } from './call';
import {
  compare,
  dateToSerial,
  err,
  flatten,
  isError,
  isRange,
  serialParts,
  serialToDate,
  toBool,
  toNumber,
  toText,
  type Locale,
  type RangeValue,
  type Scalar,
  type Value,
} from './values';

/**
 * Dates (serial numbers from 30.12.1899 in the spreadsheet's zone; TODAY and NOW read the
 * simulated clock), criteria (COUNTIF, SUMIF), VLOOKUP with an exact match, and IMPORTRANGE as
 * far as the offline runtime can answer it.
 */

const DAY_MS = 86_400_000;

/** One number argument of a date function, at least 0 (Sheets has no dates before 1899). */
function serialArg(v: Scalar, loc: Locale): number | ReturnType<typeof err> {
  const n = toNumber(v, loc);
  if (isError(n)) return n;
  return n < 0 ? err('#NUM!', 'Dates before 30.12.1899 are not valid.') : n;
}

function datePart(pick: (p: ReturnType<typeof serialParts>) => number): Spec {
  return spec(1, 1, (args, call) => {
    const n = serialArg(call.scalar(args[0]()), call.loc);
    return isError(n) ? n : pick(serialParts(n));
  });
}

const DATES: Record<string, Spec> = {
  TODAY: spec(0, 0, (_args, call) =>
    serialToDate(
      Math.floor(dateToSerial(makeDate(call.loc.nowMs), call.loc.timeZone)),
      call.loc.timeZone,
    ),
  ),
  NOW: spec(0, 0, (_args, call) => makeDate(call.loc.nowMs)),
  DATE: spec(3, 3, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const ns: number[] = [];
    for (const v of values) {
      const n = toNumber(v, call.loc);
      if (isError(n)) return n;
      ns.push(Math.trunc(n));
    }
    // Years 0–1899 are read as 1900–3799, as Sheets does.
    const year = ns[0] < 1900 ? ns[0] + 1900 : ns[0];
    if (ns[0] < 0 || year >= 10000) return err('#NUM!', 'DATE year out of range.');
    const utc = new Date(Date.UTC(2000, 0, 1));
    utc.setUTCFullYear(year, ns[1] - 1, ns[2]);
    const serial = (utc.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS;
    return serial < 0 ? err('#NUM!') : serialToDate(serial, call.loc.timeZone);
  }),
  YEAR: datePart((p) => p.y),
  MONTH: datePart((p) => p.m),
  DAY: datePart((p) => p.d),
  WEEKDAY: spec(1, 2, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const n = serialArg(values[0], call.loc);
    const type = values.length > 1 ? toNumber(values[1], call.loc) : 1;
    if (isError(n)) return n;
    if (isError(type)) return type;
    const wd = serialParts(n).wd; // 0 = Sunday
    if (type === 1) return wd + 1;
    if (type === 2) return ((wd + 6) % 7) + 1;
    if (type === 3) return (wd + 6) % 7;
    return err('#NUM!', 'WEEKDAY type must be 1, 2 or 3.');
  }),
};

// ---- criteria: 5, "x", "a*", ">=10", "<>", "" ----

function wildcard(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '~' && i + 1 < pattern.length) re += escape(pattern[++i]);
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else re += escape(ch);
  }
  return new RegExp(`^${re}$`, 'i');
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const OPERATORS: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '<': (c) => c < 0,
  '>': (c) => c > 0,
  '<=': (c) => c <= 0,
  '>=': (c) => c >= 0,
};

const isNumeric = (v: Scalar): boolean => typeof v === 'number' || isDate(v);

/** The test a COUNTIF/SUMIF criterion makes of each cell. */
function criterion(c: Scalar, loc: Locale): (v: Scalar) => boolean {
  if (typeof c === 'number' || isDate(c)) {
    const n = toNumber(c, loc) as number;
    return (v) => isNumeric(v) && toNumber(v, loc) === n;
  }
  if (typeof c === 'boolean') return (v) => v === c;
  const text = c === null || isError(c) ? '' : c;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(text) as RegExpExecArray;
  const op = m[1] ?? '=';
  const operand = m[2];
  const test = OPERATORS[op];
  if (operand === '')
    return op === '<>' ? (v) => v !== null && v !== '' : (v) => v === null || v === '';
  const n = toNumber(operand, loc);
  if (!isError(n)) return (v) => (isNumeric(v) ? test(compare(v, n, loc)) : op === '<>');
  const b = /^(true|false)$/i.test(operand) ? operand.toUpperCase() === 'TRUE' : undefined;
  if (b !== undefined)
    return (v) => (typeof v === 'boolean' ? test(compare(v, b, loc)) : op === '<>');
  if (op === '=' || op === '<>') {
    const re = wildcard(operand);
    return (v) => (typeof v === 'string' && re.test(v)) === (op === '=');
  }
  return (v) => typeof v === 'string' && test(compare(v, operand, loc));
}

function rangeArg(v: Value, call: Call): RangeValue {
  if (!isRange(v)) throw call.notEmulated(`${call.name} of a value that is not a range`);
  return v;
}

const CRITERIA: Record<string, Spec> = {
  COUNTIF: spec(2, 2, (args, call) => {
    const range = rangeArg(args[0](), call);
    const c = call.scalar(args[1]());
    const test = criterion(c, call.loc);
    let n = 0;
    for (const { v } of flatten([range], test(null))) if (test(v)) n++;
    return n;
  }),
  SUMIF: spec(2, 3, (args, call) => {
    const range = rangeArg(args[0](), call);
    const test = criterion(call.scalar(args[1]()), call.loc);
    const sum = args[2] ? rangeArg(args[2](), call) : range;
    const { row, column, numRows, numColumns } = range.rect;
    let total = 0;
    for (let i = 0; i < Math.min(numRows, range.sheet.rows.length); i++) {
      for (let j = 0; j < numColumns; j++) {
        if (!test(range.cell(row + i, column + j))) continue;
        const v = sum.cell(sum.rect.row + i, sum.rect.column + j);
        if (isError(v)) return v;
        if (isNumeric(v)) total += toNumber(v, call.loc) as number;
      }
    }
    return total;
  }),
};

// ---- lookups ----

function vlookup(args: Parameters<Spec['fn']>[0], call: Call): Value {
  const key = call.scalar(args[0]());
  if (isError(key)) return key;
  const table = rangeArg(args[1](), call);
  const index = toNumber(call.scalar(args[2]()), call.loc);
  if (isError(index)) return index;
  const sorted = args[3] ? toBool(call.scalar(args[3]())) : true;
  if (isError(sorted)) return sorted;
  if (sorted) throw call.notEmulated('VLOOKUP with is_sorted TRUE or omitted (approximate match)');
  const col = Math.trunc(index);
  if (col < 1) return err('#VALUE!', 'VLOOKUP evaluates to an out of bounds range.');
  if (col > table.rect.numColumns)
    return err('#REF!', 'VLOOKUP evaluates to an out of bounds range.');
  const re = typeof key === 'string' && /[*?~]/.test(key) ? wildcard(key) : undefined;
  const { row, column, numRows } = table.rect;
  for (let r = row; r < row + Math.min(numRows, table.sheet.rows.length); r++) {
    const v = table.cell(r, column);
    const hit = re
      ? typeof v === 'string' && re.test(v)
      : v !== null && sameKind(v, key) && compare(v, key, call.loc) === 0;
    if (hit) return table.cell(r, column + col - 1);
  }
  const shown = toText(key, call.loc);
  return err('#N/A', `Did not find value '${isError(shown) ? '' : shown}' in VLOOKUP evaluation.`);
}

function sameKind(a: Scalar, b: Scalar): boolean {
  return isNumeric(a) === isNumeric(b) && (isNumeric(a) || typeof a === typeof b);
}

const LOOKUP: Record<string, Spec> = {
  VLOOKUP: spec(3, 4, vlookup),
  /**
   * IMPORTRANGE reads another spreadsheet, after a person allows access in the UI. A spreadsheet
   * the workspace does not hold cannot be opened: `#REF!`, as Sheets shows. Reading one it
   * holds is not emulated (access grants are not modelled).
   */
  IMPORTRANGE: spec(2, 2, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const url = toText(values[0], call.loc);
    if (isError(url)) return url;
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? url.trim();
    if (!call.host.hasSpreadsheet(id)) return err('#REF!', 'Spreadsheet not found.');
    throw call.notEmulated('the formula function IMPORTRANGE of a spreadsheet in the workspace');
  }),
};

export const DATE_LOOKUP_FUNCTIONS: Record<string, Spec> = {
  ...DATES,
  ...CRITERIA,
  ...LOOKUP,
};
