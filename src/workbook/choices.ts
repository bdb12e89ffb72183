import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  STATUS_VALUES,
  yesNoOptions,
} from '../core/roster-columns';
import type { ChoiceList } from './schema';

/** The codes of the attendance marks and absence reasons (labels in workbook.choice.*). */
export const ATTENDANCE = ['present', 'absent', 'no-service'];
export const ABSENCE = [
  'own-illness',
  'child-illness',
  'job-interview',
  'public-office',
  'other',
  'unexcused',
];
const RETURN = ['writing', 'photo', 'video', 'none'];
const KINDS = ['group', 'one-to-one', 'career', 'consultation'];

const words = (lang: Lang, prefix: string, values: string[]): string[] =>
  values.map((value) => t(lang, `${prefix}.${value}`));

/** The words a dropdown offers, in the workbook's language. */
export function choiceOptions(list: ChoiceList, lang: Lang): string[] {
  switch (list) {
    case 'lang':
      return LANG_VALUES.options(lang);
    case 'model':
      return MODEL_VALUES.options(lang);
    case 'contact':
      return CONTACT_VALUES.options(lang);
    case 'status':
      return STATUS_VALUES.options(lang);
    case 'yesNo':
      return yesNoOptions(lang);
    case 'attendance':
      return words(lang, 'workbook.choice.attendance', ATTENDANCE);
    case 'absenceReason':
      return words(lang, 'workbook.choice.absenceReason', ABSENCE);
    case 'returnFormat':
      return words(lang, 'workbook.choice.returnFormat', RETURN);
    case 'taskMode':
      return words(lang, 'workbook.choice.mode', ['remote', 'in-person', 'any']);
    case 'planMode':
      return words(lang, 'workbook.choice.mode', ['remote', 'in-person']);
    case 'meetingKind':
      return words(lang, 'workbook.choice.meetingKind', KINDS);
    case 'weekday':
      return [1, 2, 3, 4, 5, 6, 7].map((day) => t(lang, `weekday.${day}`));
  }
}

/**
 * Reads a dropdown word back into its code, accepting the words of every language (a Swedish
 * word in a Finnish workbook still works) and the code itself. Null when not understood.
 */
export function parseChoice(
  list: 'attendance' | 'absenceReason' | 'returnFormat' | 'taskMode' | 'planMode' | 'meetingKind',
  value: unknown,
): string | null {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (text === '') return null;
  const [prefix, values] = ((): [string, string[]] => {
    switch (list) {
      case 'attendance':
        return ['workbook.choice.attendance', [...ATTENDANCE, 'unknown']];
      case 'absenceReason':
        return ['workbook.choice.absenceReason', ABSENCE];
      case 'returnFormat':
        return ['workbook.choice.returnFormat', RETURN];
      case 'taskMode':
        return ['workbook.choice.mode', ['remote', 'in-person', 'any']];
      case 'planMode':
        return ['workbook.choice.mode', ['remote', 'in-person']];
      case 'meetingKind':
        return ['workbook.choice.meetingKind', KINDS];
    }
  })();
  for (const code of values) {
    if (code === text) return code;
    for (const lang of ['fi', 'sv', 'en'] as const) {
      if (t(lang, `${prefix}.${code}`).toLowerCase() === text) return code;
    }
  }
  return null;
}

/** A code shown as the word of the workbook's language. */
export function displayChoice(
  prefix: 'attendance' | 'absenceReason' | 'returnFormat' | 'mode' | 'meetingKind',
  code: string,
  lang: Lang,
): string {
  return t(lang, `workbook.choice.${prefix}.${code}`);
}
