import { describeProblem } from '../core/i18n';
import { addMapping, parseValueMapping } from '../core/roster-values';
import { withScriptLock } from '../services/lock';
import { runValidate, type ValidateResult } from './roster-check';
import { loadValueMap, saveValueMap } from './roster-value-store';
import { openWorkbook } from './workbook-context';

/** One answer from the sidebar's dialog: in column `field`, `value` means `to` ('' = leave out). */
export interface ValueAnswer {
  field: string;
  value: string;
  to: string;
}

export interface MapValuesResult extends ValidateResult {
  /** Answers that could not be used, each with why (nothing else is affected). */
  refused: { value: string; problem: string }[];
}

/**
 * The sidebar's "unknown words" dialog: remembers the coach's answers for the workbook, then
 * checks the roster again, so held rows using those words come in now (as Tarkista asiakkaat
 * would). Called with no answers it only lists what is waiting.
 */
export function mapRosterValues(answers: ValueAnswer[] = []): MapValuesResult {
  const { lang } = openWorkbook();
  const locked = withScriptLock(() => {
    let map = loadValueMap();
    const refused: MapValuesResult['refused'] = [];
    for (const answer of Array.isArray(answers) ? answers : []) {
      const text = `${String(answer?.field ?? '')}:${String(answer?.value ?? '')}=${String(answer?.to ?? '')}`;
      const parsed = parseValueMapping(text);
      if ('problem' in parsed)
        refused.push({ value: text, problem: describeProblem(lang, parsed.problem) });
      else map = addMapping(map, parsed.mapping);
    }
    if (refused.length < (answers?.length ?? 0)) saveValueMap(map);
    return { ...runValidate(), refused };
  }, 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}
