import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import type { shareExactly } from '../services/drive';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { logRow } from './workbook-context';

/**
 * Every sharing change on a folder Etäpaja keeps is a log row (data protection: who got access
 * and who lost it). `details` says which folder (its id, or its name and the change).
 */
export function logSharingChanges(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  changes: ReturnType<typeof shareExactly>,
  details: (change: ReturnType<typeof shareExactly>[number]) => string,
  job = 'setup',
): void {
  if (changes.length === 0) return;
  appendRows(
    openTable(spreadsheet, 'log'),
    changes.map((change) =>
      logRow(
        job,
        'info',
        change.action === 'add-editor'
          ? t(lang, 'participation.log.shared', { who: change.who, role: 'editor' })
          : t(lang, 'participation.log.unshared', { who: change.who || change.action }),
        '',
        details(change),
      ),
    ),
  );
}
