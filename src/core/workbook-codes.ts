import { t } from './i18n';
import { LANGS, type Lang } from './types';

/**
 * Codes that code keeps stable but a coach reads in the workbook's language: how a diary was
 * identified, what kind of mail a send-log row is and where it stands, and the log's level.
 * Written as the word of the workbook's language, read back from the word of any of our
 * languages or from the code itself (rows written by earlier versions hold codes).
 */
export const CODE_LISTS = {
  matchedBy: ['token', 'email', 'review', 'folder', 'upload-link'],
  sendKind: [
    'weekly',
    'reminder',
    'welcome',
    'coach-alert',
    'coach-note',
    'quota-warning',
    'report',
  ],
  sendStatus: ['sending', 'sent', 'failed', 'released', 'uncertain', 'parked'],
  logLevel: ['info', 'warning', 'error'],
} as const;
export type CodeList = keyof typeof CODE_LISTS;

/** The word a coach reads for a code; a code we do not know is shown as it is. */
export function displayCode(list: CodeList, code: string, lang: Lang): string {
  return (CODE_LISTS[list] as readonly string[]).includes(code)
    ? t(lang, `codes.${list}.${code}`)
    : code;
}

const lookups = new Map<CodeList, Map<string, string>>();

function lookupOf(list: CodeList): Map<string, string> {
  let lookup = lookups.get(list);
  if (!lookup) {
    lookup = new Map();
    for (const code of CODE_LISTS[list]) {
      lookup.set(code.toLowerCase(), code);
      for (const lang of LANGS) lookup.set(t(lang, `codes.${list}.${code}`).toLowerCase(), code);
    }
    lookups.set(list, lookup);
  }
  return lookup;
}

/** The code of a word of any language (or of the code itself); '' when not understood. */
export function parseCode(list: CodeList, value: unknown): string {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  return lookupOf(list).get(text) ?? '';
}
