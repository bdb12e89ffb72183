import { isDate, makeDate } from '../runtime/clock';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { CellValue, StoredValidation } from './store';

/**
 * Data validation rules: the builder, the rule object and the check a person's typing meets.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;

/** How a criteria value that is a Range is kept in the store. */
export interface RangeRef {
  $range: { spreadsheetId: string; sheetName: string; a1: string };
}

export function isRangeRef(value: unknown): value is RangeRef {
  return typeof value === 'object' && value !== null && '$range' in value;
}

/** What the validation code needs from the API layer: turning ranges into refs and back. */
export interface ValidationHost {
  toRef(range: unknown): RangeRef;
  toRange(ref: RangeRef): unknown;
  /** Values of a referenced range, flattened (for VALUE_IN_RANGE checks). */
  valuesOf(ref: RangeRef): CellValue[];
}

const cloneValue = (v: unknown): unknown => (isDate(v) ? makeDate(v.getTime()) : v);

export function createDataValidation(stored: StoredValidation, host: ValidationHost) {
  return withCoverage(
    {
      getCriteriaType: () => stored.criteria,
      getCriteriaValues: () =>
        stored.values.map((v) =>
          isRangeRef(v) ? host.toRange(v) : Array.isArray(v) ? [...v] : cloneValue(v),
        ),
      getAllowInvalid: () => stored.allowInvalid,
      getHelpText: () => stored.helpText,
      copy: () => createDataValidationBuilder(host, { ...stored, values: [...stored.values] }),
      toString: () => 'DataValidation',
      __stored: stored,
    },
    'DataValidation',
  );
}

export type DataValidationHandle = ReturnType<typeof createDataValidation>;

export function storedOf(validation: unknown): StoredValidation {
  const stored = (validation as { __stored?: StoredValidation } | null)?.__stored;
  if (!stored) {
    throw appsScriptError(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  }
  return stored;
}

export function createDataValidationBuilder(host: ValidationHost, start?: StoredValidation) {
  const rule: StoredValidation = start ?? {
    criteria: '',
    values: [],
    allowInvalid: true,
    helpText: null,
  };
  const set = (criteria: string, values: unknown[]) => {
    rule.criteria = criteria;
    rule.values = values;
    return builder;
  };
  const builder = withCoverage(
    {
      requireValueInList: (values: unknown[], showDropdown = true) =>
        set(DataValidationCriteria.VALUE_IN_LIST, [values.map(String), showDropdown]),
      requireValueInRange: (range: unknown, showDropdown = true) =>
        set(DataValidationCriteria.VALUE_IN_RANGE, [host.toRef(range), showDropdown]),
      requireCheckbox: (checked?: unknown, unchecked?: unknown) =>
        set(
          DataValidationCriteria.CHECKBOX,
          checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked],
        ),
      requireDate: () => set(DataValidationCriteria.DATE_IS_VALID_DATE, []),
      requireDateAfter: (d: Date) => set(DataValidationCriteria.DATE_AFTER, [cloneValue(d)]),
      requireDateBefore: (d: Date) => set(DataValidationCriteria.DATE_BEFORE, [cloneValue(d)]),
      requireDateOnOrAfter: (d: Date) =>
        set(DataValidationCriteria.DATE_ON_OR_AFTER, [cloneValue(d)]),
      requireDateOnOrBefore: (d: Date) =>
        set(DataValidationCriteria.DATE_ON_OR_BEFORE, [cloneValue(d)]),
      requireDateBetween: (a: Date, b: Date) =>
        set(DataValidationCriteria.DATE_BETWEEN, [cloneValue(a), cloneValue(b)]),
      requireNumberBetween: (a: number, b: number) =>
        set(DataValidationCriteria.NUMBER_BETWEEN, [a, b]),
      requireNumberNotBetween: (a: number, b: number) =>
        set(DataValidationCriteria.NUMBER_NOT_BETWEEN, [a, b]),
      requireNumberEqualTo: (n: number) => set(DataValidationCriteria.NUMBER_EQUAL_TO, [n]),
      requireNumberNotEqualTo: (n: number) => set(DataValidationCriteria.NUMBER_NOT_EQUAL_TO, [n]),
      requireNumberGreaterThan: (n: number) => set(DataValidationCriteria.NUMBER_GREATER_THAN, [n]),
      requireNumberGreaterThanOrEqualTo: (n: number) =>
        set(DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]),
      requireNumberLessThan: (n: number) => set(DataValidationCriteria.NUMBER_LESS_THAN, [n]),
      requireNumberLessThanOrEqualTo: (n: number) =>
        set(DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]),
      requireTextContains: (t: string) => set(DataValidationCriteria.TEXT_CONTAINS, [t]),
      requireTextDoesNotContain: (t: string) =>
        set(DataValidationCriteria.TEXT_DOES_NOT_CONTAIN, [t]),
      requireTextEqualTo: (t: string) => set(DataValidationCriteria.TEXT_EQUAL_TO, [t]),
      requireTextIsEmail: () => set(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []),
      requireTextIsUrl: () => set(DataValidationCriteria.TEXT_IS_VALID_URL, []),
      requireFormulaSatisfied: (formula: string) =>
        set(DataValidationCriteria.CUSTOM_FORMULA, [formula]),
      withCriteria: (criteria: string, args: unknown[]) => set(String(criteria), [...args]),
      setAllowInvalid: (allow: boolean) => {
        rule.allowInvalid = !!allow;
        return builder;
      },
      setHelpText: (text: string) => {
        rule.helpText = text;
        return builder;
      },
      getCriteriaType: () => rule.criteria || null,
      getCriteriaValues: () => [...rule.values],
      getAllowInvalid: () => rule.allowInvalid,
      getHelpText: () => rule.helpText,
      copy: () => createDataValidationBuilder(host, { ...rule, values: [...rule.values] }),
      build: () => {
        if (!rule.criteria) {
          throw appsScriptError(
            'You must specify a criteria type before building a data validation rule.',
          );
        }
        return createDataValidation({ ...rule, values: [...rule.values] }, host);
      },
    },
    'DataValidationBuilder',
  );
  return builder;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/$.?#].[^\s]*\.[^\s]+$/i;

const asNumber = (v: CellValue): number | undefined =>
  typeof v === 'number' ? v : isDate(v) ? v.getTime() : undefined;

/** Whether a value meets a rule, as Sheets checks a person's input. Blanks always pass. */
export function satisfies(
  rule: StoredValidation,
  value: CellValue | undefined,
  host: ValidationHost,
): boolean {
  if (value === undefined || value === '') return true;
  const [a, b] = rule.values;
  const n = asNumber(value);
  const num = (x: unknown) => asNumber(x as CellValue) as number;
  switch (rule.criteria) {
    case DataValidationCriteria.VALUE_IN_LIST:
      return (a as string[]).includes(String(value));
    case DataValidationCriteria.VALUE_IN_RANGE:
      return host.valuesOf(a as RangeRef).some((v) => String(v) === String(value));
    case DataValidationCriteria.CHECKBOX:
      if (rule.values.length === 0) return typeof value === 'boolean';
      return rule.values.some((v) => String(v) === String(value));
    case DataValidationCriteria.DATE_IS_VALID_DATE:
      return isDate(value);
    case DataValidationCriteria.DATE_AFTER:
      return isDate(value) && value.getTime() > num(a);
    case DataValidationCriteria.DATE_BEFORE:
      return isDate(value) && value.getTime() < num(a);
    case DataValidationCriteria.DATE_ON_OR_AFTER:
      return isDate(value) && value.getTime() >= num(a);
    case DataValidationCriteria.DATE_ON_OR_BEFORE:
      return isDate(value) && value.getTime() <= num(a);
    case DataValidationCriteria.DATE_BETWEEN:
      return isDate(value) && value.getTime() >= num(a) && value.getTime() <= num(b);
    case DataValidationCriteria.DATE_EQUAL_TO:
      return isDate(value) && value.getTime() === num(a);
    case DataValidationCriteria.DATE_NOT_BETWEEN:
      return isDate(value) && (value.getTime() < num(a) || value.getTime() > num(b));
    case DataValidationCriteria.NUMBER_BETWEEN:
      return typeof value === 'number' && value >= num(a) && value <= num(b);
    case DataValidationCriteria.NUMBER_NOT_BETWEEN:
      return typeof value === 'number' && (value < num(a) || value > num(b));
    case DataValidationCriteria.NUMBER_EQUAL_TO:
      return n === num(a);
    case DataValidationCriteria.NUMBER_NOT_EQUAL_TO:
      return n !== undefined && n !== num(a);
    case DataValidationCriteria.NUMBER_GREATER_THAN:
      return n !== undefined && n > num(a);
    case DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO:
      return n !== undefined && n >= num(a);
    case DataValidationCriteria.NUMBER_LESS_THAN:
      return n !== undefined && n < num(a);
    case DataValidationCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO:
      return n !== undefined && n <= num(a);
    case DataValidationCriteria.TEXT_CONTAINS:
      return String(value).includes(String(a));
    case DataValidationCriteria.TEXT_DOES_NOT_CONTAIN:
      return !String(value).includes(String(a));
    case DataValidationCriteria.TEXT_EQUAL_TO:
      return String(value) === String(a);
    case DataValidationCriteria.TEXT_IS_VALID_EMAIL:
      return typeof value === 'string' && EMAIL.test(value);
    case DataValidationCriteria.TEXT_IS_VALID_URL:
      return typeof value === 'string' && URL_RE.test(value);
    default:
      // Custom formulas are not evaluated: accepted.
      return true;
  }
}
