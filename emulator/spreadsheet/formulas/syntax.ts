import { rulesFor } from '../locale';

/**
 * A formula as a person types it in the Sheets UI is in the spreadsheet locale's syntax: where
 * the decimal separator is a comma (fi_FI, sv_SE, de_DE), arguments are separated by `;` and
 * `1,5` is a number. Sheets stores it locale-independently, as `getFormula()` and `setFormula`
 * spell it (en_US: `,` and `.`). https://support.google.com/docs/answer/58515 (locale settings)
 */
export function formulaFromLocale(formula: string, locale: string): string {
  if (rulesFor(locale).decimal !== ',') return formula;
  let out = '';
  let quote: string | null = null;
  for (const ch of formula) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      out += ch;
    } else {
      out += ch === ';' ? ',' : ch === ',' ? '.' : ch;
    }
  }
  return out;
}
