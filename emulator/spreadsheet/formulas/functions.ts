import { isDate } from '../../runtime/clock';
import { MANY, scalars, spec, type Call, type Spec, type Thunk } from './call';
import { DATE_LOOKUP_FUNCTIONS } from './functions-lookup';
import {
  err,
  flatten,
  isError,
  isRange,
  toBool,
  toNumber,
  toText,
  type FormulaError,
  type Scalar,
  type Value,
} from './values';

/**
 * The functions the runtime evaluates (math, logic, text, information here; dates, criteria and
 * lookups in functions-lookup.ts), with Sheets' rules: in a range only numbers count for SUM and
 * friends, while an argument given directly is converted (`SUM("3", TRUE)` is 4); an error in
 * what a function reads is its result. https://support.google.com/docs/table/25273
 */

/** A function of numbers, each argument converted as an operator would. */
function numeric(min: number, max: number, fn: (xs: number[]) => Scalar): Spec {
  return spec(min, max, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const xs: number[] = [];
    for (const v of values) {
      const n = toNumber(v, call.loc);
      if (isError(n)) return n;
      xs.push(n);
    }
    return fn(xs);
  });
}

/** A function of text, its first argument converted to text, the others to numbers. */
function textual(min: number, max: number, fn: (s: string, ns: number[]) => Scalar): Spec {
  return spec(min, max, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const s = toText(values[0], call.loc);
    if (isError(s)) return s;
    const ns: number[] = [];
    for (const v of values.slice(1)) {
      const n = toNumber(v, call.loc);
      if (isError(n)) return n;
      ns.push(Math.trunc(n));
    }
    return fn(s, ns);
  });
}

/**
 * The numbers SUM, AVERAGE, MIN, MAX and COUNT see: numbers and dates of ranges (text and
 * booleans there are skipped), and direct arguments converted. Errors propagate.
 */
function numbersOf(args: Thunk[], call: Call, strict = true): number[] | FormulaError {
  const out: number[] = [];
  for (const { v, fromRange } of flatten(args.map((a) => a()))) {
    if (isError(v)) return v;
    if (typeof v === 'number') out.push(v);
    else if (isDate(v)) out.push(toNumber(v, call.loc) as number);
    else if (!fromRange && v !== null && strict) {
      const n = toNumber(v, call.loc);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function aggregate(fn: (xs: number[]) => Scalar): Spec {
  return spec(1, MANY, (args, call) => {
    const xs = numbersOf(args, call);
    return isError(xs) ? xs : fn(xs);
  });
}

function round(x: number, places: number, mode: 'near' | 'up' | 'down'): number {
  const p = Math.trunc(places);
  const scaled = Number((Math.abs(x) * Math.pow(10, p)).toPrecision(15));
  const r =
    mode === 'near' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return (Math.sign(x) * r) / Math.pow(10, p);
}

function logical(combine: (xs: boolean[]) => boolean): Spec {
  return spec(1, MANY, (args) => {
    const xs: boolean[] = [];
    for (const { v, fromRange } of flatten(args.map((a) => a()))) {
      if (isError(v)) return v;
      if (v === null || (fromRange && typeof v === 'string')) continue;
      const b = toBool(v);
      if (isError(b)) return b;
      xs.push(b);
    }
    return xs.length === 0 ? err('#VALUE!', 'No logical values.') : combine(xs);
  });
}

function isKind(test: (v: Scalar) => boolean): Spec {
  return spec(1, 1, (args, call) => test(call.scalar(args[0]())));
}

function joinText(args: Value[], call: Call, delimiter: string, skipEmpty: boolean): Scalar {
  const parts: string[] = [];
  for (const { v } of flatten(args)) {
    const s = toText(v, call.loc);
    if (isError(s)) return s;
    if (!(skipEmpty && s === '')) parts.push(s);
  }
  return parts.join(delimiter);
}

const MATH: Record<string, Spec> = {
  SUM: aggregate((xs) => xs.reduce((s, x) => s + x, 0)),
  AVERAGE: aggregate((xs) =>
    xs.length === 0
      ? err('#DIV/0!', 'Evaluation of function AVERAGE caused a divide by zero error.')
      : xs.reduce((s, x) => s + x, 0) / xs.length,
  ),
  MIN: aggregate((xs) => (xs.length ? Math.min(...xs) : 0)),
  MAX: aggregate((xs) => (xs.length ? Math.max(...xs) : 0)),
  PRODUCT: aggregate((xs) => xs.reduce((p, x) => p * x, 1)),
  COUNT: spec(1, MANY, (args, call) => {
    let n = 0;
    for (const { v, fromRange } of flatten(args.map((a) => a()))) {
      if (typeof v === 'number' || isDate(v)) n++;
      else if (!fromRange && typeof v === 'string' && !isError(toNumber(v, call.loc)) && v !== '')
        n++;
    }
    return n;
  }),
  COUNTA: spec(1, MANY, (args) => {
    let n = 0;
    for (const { v } of flatten(args.map((a) => a()))) if (v !== null) n++;
    return n;
  }),
  ROUND: numeric(1, 2, ([x, p = 0]) => round(x, p, 'near')),
  ROUNDUP: numeric(1, 2, ([x, p = 0]) => round(x, p, 'up')),
  ROUNDDOWN: numeric(1, 2, ([x, p = 0]) => round(x, p, 'down')),
  ABS: numeric(1, 1, ([x]) => Math.abs(x)),
  INT: numeric(1, 1, ([x]) => Math.floor(x)),
  MOD: numeric(2, 2, ([x, y]) =>
    y === 0
      ? err('#DIV/0!', 'Function MOD parameter 2 cannot be zero.')
      : x - y * Math.floor(x / y),
  ),
};

const LOGIC: Record<string, Spec> = {
  IF: spec(2, 3, (args, call) => {
    const c = call.scalar(args[0]());
    const b = toBool(c);
    if (isError(b)) return b;
    if (b) return args[1]();
    return args[2] ? args[2]() : false;
  }),
  IFERROR: spec(1, 2, (args, call) => {
    const v = args[0]();
    const s = isRange(v) ? call.scalar(v) : v;
    if (!isError(s)) return v;
    return args[1] ? args[1]() : null;
  }),
  IFNA: spec(2, 2, (args, call) => {
    const v = args[0]();
    const s = isRange(v) ? call.scalar(v) : v;
    return isError(s) && s.code === '#N/A' ? args[1]() : v;
  }),
  AND: logical((xs) => xs.every(Boolean)),
  OR: logical((xs) => xs.some(Boolean)),
  NOT: spec(1, 1, (args, call) => {
    const b = toBool(call.scalar(args[0]()));
    return isError(b) ? b : !b;
  }),
  TRUE: spec(0, 0, () => true),
  FALSE: spec(0, 0, () => false),
  NA: spec(0, 0, () => err('#N/A', 'Value not available.')),
  ISBLANK: isKind((v) => v === null),
  ISNUMBER: isKind((v) => typeof v === 'number' || isDate(v)),
  ISTEXT: isKind((v) => typeof v === 'string'),
  ISERROR: isKind((v) => isError(v)),
  ISNA: isKind((v) => isError(v) && v.code === '#N/A'),
};

const TEXT: Record<string, Spec> = {
  LEN: textual(1, 1, (s) => s.length),
  LEFT: textual(1, 2, (s, [n = 1]) => (n < 0 ? err('#VALUE!') : s.slice(0, n))),
  RIGHT: textual(1, 2, (s, [n = 1]) => (n < 0 ? err('#VALUE!') : n === 0 ? '' : s.slice(-n))),
  MID: textual(3, 3, (s, [start, n]) =>
    start < 1 || n < 0 ? err('#VALUE!') : s.slice(start - 1, start - 1 + n),
  ),
  UPPER: textual(1, 1, (s) => s.toUpperCase()),
  LOWER: textual(1, 1, (s) => s.toLowerCase()),
  TRIM: textual(1, 1, (s) => s.replace(/ +/g, ' ').trim()),
  CONCATENATE: spec(1, MANY, (args, call) =>
    joinText(
      args.map((a) => a()),
      call,
      '',
      false,
    ),
  ),
  CONCAT: spec(2, 2, (args, call) => {
    const values = scalars(args, call);
    return isError(values) ? values : joinText(values, call, '', false);
  }),
  TEXTJOIN: spec(3, MANY, (args, call) => {
    const head = scalars(args.slice(0, 2), call);
    if (isError(head)) return head;
    const delimiter = toText(head[0], call.loc);
    const skip = toBool(head[1]);
    if (isError(delimiter)) return delimiter;
    if (isError(skip)) return skip;
    return joinText(
      args.slice(2).map((a) => a()),
      call,
      delimiter,
      skip,
    );
  }),
  EXACT: spec(2, 2, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    const [a, b] = values.map((v) => toText(v, call.loc));
    return isError(a) ? a : isError(b) ? b : a === b;
  }),
  /** The cell shows (and getValue gives) the label; the link itself is not a value. */
  HYPERLINK: spec(1, 2, (args, call) => {
    const values = scalars(args, call);
    if (isError(values)) return values;
    return values.length > 1 ? values[1] : toText(values[0], call.loc);
  }),
};

export const FUNCTIONS: Record<string, Spec> = {
  ...MATH,
  ...LOGIC,
  ...TEXT,
  ...DATE_LOOKUP_FUNCTIONS,
};
