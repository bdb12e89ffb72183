import { COACH_LIST_PROPERTY } from '../addon/access';
import { workbookProperties } from '../services/properties';
import { ROOT_FOLDER_OWNER_PROPERTY } from './setup';

/**
 * Keeps the coach list that trigger runs are authorised by (addon/access.ts): the coaches of the
 * settings sheet and the owner of the root folder (the account that set the workbook up, which
 * runs its triggers). Written only when it changed: setup and the nightly trigger health check
 * call it with the settings they have read anyway.
 */
export function recordCoachList(coaches: string[]): void {
  const props = workbookProperties();
  const owner = props.getProperty(ROOT_FOLDER_OWNER_PROPERTY) ?? '';
  const list = [...new Set([...coaches, owner].map((e) => e.trim().toLowerCase()))]
    .filter((e) => e !== '')
    .sort();
  const text = JSON.stringify(list);
  if (props.getProperty(COACH_LIST_PROPERTY) !== text) props.setProperty(COACH_LIST_PROPERTY, text);
}
