import { t } from '../core/i18n';
import {
  shareExactly,
  findOrCreateChild,
  tryFolder,
  filesUnder,
  type FileFact,
} from '../services/drive';
import { CLIENTS, openTable } from '../workbook/schema';
import { appendRows, updateByKey } from '../workbook/table';
import { ROOT_FOLDER_PROPERTY } from './setup';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';
import { participantsOf, type Participant } from './reflection-form';

/**
 * Personal Drive folders: one per client under the root, named by client id and initials (never
 * the full name), shared with exactly that client and the coaches. The folder id is kept in the
 * clients sheet's system column; a lost id is found again by name, so a retried enrolment never
 * makes a second folder. Every sharing change goes to the log sheet.
 */
export function clientFolderName(client: { id: string; name: string }): string {
  const initials = client.name
    .split(/\s+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase())
    .join('');
  return initials ? `${client.id} ${initials}` : client.id;
}

export function rootFolder(): GoogleAppsScript.Drive.Folder | null {
  return tryFolder(PropertiesService.getScriptProperties().getProperty(ROOT_FOLDER_PROPERTY) ?? '');
}

function coachesOf(client: Participant, wb: WorkbookContext): string[] {
  return [...new Set([client.coach, ...wb.settings.coaches].filter((e) => e !== ''))];
}

/**
 * Makes the missing client folders and sets their sharing, all in one run with one write of
 * the clients sheet. `only` limits the run to some clients (the dispatch passes the ones
 * without a folder yet, so it makes no Drive call for clients already set up).
 */
export function ensureClientFolders(
  wb: WorkbookContext = openWorkbook(),
  only?: ReadonlySet<string>,
): {
  created: number;
  changes: number;
} {
  // Also an entry point (main.ts): a trigger or google.script.run passes other arguments.
  if (!wb || typeof wb !== 'object' || !('spreadsheet' in wb)) wb = openWorkbook();
  if (!(only instanceof Set)) only = undefined;
  const root = rootFolder();
  if (!root) return { created: 0, changes: 0 };
  const table = openTable(wb.spreadsheet, 'clients');
  const updates = new Map<string, Record<string, unknown>>();
  const log: Record<string, unknown>[] = [];
  let created = 0;
  let changes = 0;
  for (const client of participantsOf(table)) {
    if (client.status === 'closed' || (only && !only.has(client.id))) continue;
    let folder = tryFolder(client.folderId);
    if (!folder) {
      const made = findOrCreateChild(root, clientFolderName(client));
      folder = made.folder;
      if (made.created) {
        created += 1;
        log.push(
          logRow(
            'folders',
            'info',
            t(wb.lang, 'participation.log.folderCreated'),
            client.id,
            folder.getId(),
          ),
        );
      }
      updates.set(client.id, { folderId: folder.getId() });
    }
    for (const change of shareExactly(folder, [client.email, ...coachesOf(client, wb)])) {
      changes += 1;
      const key =
        change.action === 'add-editor' ? 'participation.log.shared' : 'participation.log.unshared';
      log.push(
        logRow(
          'folders',
          'info',
          t(wb.lang, key, { who: change.who || change.action, role: 'editor' }),
          client.id,
          change.action,
        ),
      );
    }
  }
  updateByKey(table.sheet, CLIENTS, updates, ['folderId']);
  if (log.length > 0) appendRows(openTable(wb.spreadsheet, 'log'), log);
  return { created, changes };
}

/** The link a client gets to their folder ('' before enrolment made it). For dispatch. */
export function folderLinkFor(client: { folderId: string }): string {
  return client.folderId ? `https://drive.google.com/drive/folders/${client.folderId}` : '';
}

/** The week's subfolder (e.g. "2026-W49") in a client's folder, made when first needed. */
export function weekFolderLinkFor(client: { folderId: string }, isoWeek: string): string {
  const folder = tryFolder(client.folderId);
  return folder ? findOrCreateChild(folder, isoWeek).folder.getUrl() : '';
}

/** Files each client put in their folder (only files the client owns count as theirs). */
export function clientUploads(clients: Participant[]): { client: Participant; file: FileFact }[] {
  const found: { client: Participant; file: FileFact }[] = [];
  for (const client of clients) {
    const folder = tryFolder(client.folderId);
    if (!folder || client.email === '') continue;
    for (const file of filesUnder(folder)) {
      if (file.owner.toLowerCase() === client.email.toLowerCase()) found.push({ client, file });
    }
  }
  return found;
}
