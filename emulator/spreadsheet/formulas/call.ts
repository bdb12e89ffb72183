import type { FormulaHost } from './evaluate';
import { isError, type FormulaError, type Locale, type Scalar, type Value } from './values';

/** What a formula function gets: its arguments (evaluated when asked) and its surroundings. */

export type Thunk = () => Value;

export interface Call {
  name: string;
  loc: Locale;
  host: FormulaHost;
  /** The argument's single value (a 1×1 range's cell); a larger range is not emulated. */
  scalar(v: Value): Scalar;
  notEmulated(what: string): Error;
}

export interface Spec {
  min: number;
  max: number;
  fn(args: Thunk[], call: Call): Value;
}

export const MANY = 255;

export function spec(min: number, max: number, fn: Spec['fn']): Spec {
  return { min, max, fn };
}

/** Evaluates every argument to a single value; the first error among them is returned. */
export function scalars(args: Thunk[], call: Call): Scalar[] | FormulaError {
  const out: Scalar[] = [];
  for (const a of args) {
    const v = call.scalar(a());
    if (isError(v)) return v;
    out.push(v);
  }
  return out;
}
