import { t } from '../core/i18n';
import { findOrCreateChild, shareExactly } from '../services/drive';
import { rootFolder } from './folders';
import { logSharingChanges } from './sharing-log';
import type { WorkbookContext } from './workbook-context';

/** The coaches of the workbook: the settings' list, or the person running it. */
export function workbookCoaches(wb: WorkbookContext): string[] {
  return wb.settings.coaches.length > 0
    ? wb.settings.coaches
    : [Session.getEffectiveUser().getEmail()].filter((e) => e !== '');
}

/**
 * A folder under the root shared with the coaches only (no clients, no link), named by an i18n
 * key in the workbook's language: Kela notices, client records. Every sharing change is a log
 * row for `job`, as for client folders.
 */
export function coachesOnlyFolder(
  wb: WorkbookContext,
  nameKey: string,
  job: string,
): GoogleAppsScript.Drive.Folder | null {
  const root = rootFolder();
  if (!root) return null;
  const { folder } = findOrCreateChild(root, t(wb.lang, nameKey));
  logSharingChanges(
    wb.spreadsheet,
    wb.lang,
    shareExactly(folder, workbookCoaches(wb)),
    (c) => `${folder.getName()} ${c.action}`,
    job,
  );
  return folder;
}
