import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { findOrCreateChild, shareExactly, tryFolder } from '../services/drive';
import { workbookProperties } from '../services/properties';
import { ROOT_FOLDER_PROPERTY } from './setup';
import { logSharingChanges } from './sharing-log';

/** Workbook property: the folder that holds the reflection forms. */
export const FORMS_FOLDER_PROPERTY = 'formsFolderId';

/**
 * The reflection forms live in one folder inside the root, shared with every coach of the
 * workbook (and nobody else): FormApp.openById needs edit access, so each coach's setup and
 * triggers open the same forms and a second coach never makes a second set. The folder holds
 * only the forms, so sharing it opens no client's folder (the root itself stays private,
 * setup.ts); the responses in it are the same reflections every coach already sees in the
 * workbook's diary sheet. Only the root's owner can make and share it; anyone else gets ''.
 * Every sharing change is a log row.
 */
export function ensureFormsFolder(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  coaches: string[],
  lang: Lang,
): string {
  const props = workbookProperties();
  const root = tryFolder(props.getProperty(ROOT_FOLDER_PROPERTY) ?? '');
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  if (!root || (root.getOwner()?.getEmail().toLowerCase() ?? '') !== me) return '';
  let folder = tryFolder(props.getProperty(FORMS_FOLDER_PROPERTY) ?? '');
  if (!folder) {
    folder = findOrCreateChild(root, t(lang, 'install.formsFolderName')).folder;
    props.setProperty(FORMS_FOLDER_PROPERTY, folder.getId());
  }
  const folderId = folder.getId();
  logSharingChanges(spreadsheet, lang, shareExactly(folder, coaches), () => folderId);
  return folderId;
}

/** Moves a new form into the forms folder, if this account has one to put it in. */
export function placeInFormsFolder(formId: string): void {
  const folder = tryFolder(workbookProperties().getProperty(FORMS_FOLDER_PROPERTY) ?? '');
  if (folder) DriveApp.getFileById(formId).moveTo(folder);
}
