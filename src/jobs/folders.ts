import { workbookProperties } from '../services/properties';
import { t } from '../core/i18n';
import { emailKey } from '../core/email';
import type { Lang } from '../core/types';
import {
  shareExactly,
  findOrCreateChild,
  liveChildFolders,
  newFilesOwnedBy,
  tryFolder,
  type FileFact,
} from '../services/drive';
import { CLIENTS, openTable } from '../workbook/schema';
import { appendRows, updateByKey } from '../workbook/table';
import { ROOT_FOLDER_PROPERTY } from './setup';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';
import { participantsOf, type Participant } from './reflection-form';
import {
  FOLDER_CURSOR_PROPERTY,
  UPLOAD_CURSOR_PROPERTY,
  failureRows,
  sweep,
  type SweepResult,
} from './night-sweep';

/**
 * Personal Drive folders: one per client under the root, named by client id and initials (never
 * the full name), shared with exactly that client, their coach and the coach's substitutes. The
 * folder id is kept in the
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
  return tryFolder(workbookProperties().getProperty(ROOT_FOLDER_PROPERTY) ?? '');
}

/**
 * Who besides the client may open a client's folder: the client's own coach and that coach's
 * named substitutes (setting `substitutes`), not every coach. A client with no coach typed is the
 * first listed coach's, as in the per-coach mail (coach-scope.ts). The root folder's owner (the
 * account that ran setup first) owns every folder and is the only other person with access.
 */
export function folderCoachesOf(
  client: Pick<Participant, 'coach'>,
  settings: WorkbookContext['settings'],
): string[] {
  const coach = (client.coach || settings.coaches[0] || '').toLowerCase();
  const substitutes = settings.substitutes?.[coach] ?? [];
  return [...new Set([coach, ...substitutes].filter((e) => e !== ''))];
}

/**
 * Makes the missing client folders and checks the sharing of every folder, with one write of the
 * clients sheet. `only` limits the run to some clients (the dispatch passes the ones without a
 * folder yet, so it makes no Drive call for clients already set up). With a `deadline` (the
 * nightly job), folders are made first, then sharing is checked from where the last run stopped
 * (night-sweep.ts) until the deadline; without one, every folder is checked.
 */
export function ensureClientFolders(
  wb: WorkbookContext = openWorkbook(),
  only?: ReadonlySet<string>,
  deadline?: number,
): FolderRun {
  // Also an entry point (main.ts): a trigger or google.script.run passes other arguments.
  if (!wb || typeof wb !== 'object' || !('spreadsheet' in wb)) wb = openWorkbook();
  if (!(only instanceof Set)) only = undefined;
  const until = typeof deadline === 'number' ? deadline : Infinity;
  const root = rootFolder();
  if (!root) return { created: 0, changes: 0, checked: 0, total: 0 };
  const table = openTable(wb.spreadsheet, 'clients');
  const clients = participantsOf(table).filter(
    (c) => c.status !== 'closed' && (!only || only.has(c.id)),
  );
  // One search lists every folder under the root; a few new clients need no listing.
  const live = only ? new Map<string, GoogleAppsScript.Drive.Folder>() : liveChildFolders(root);
  const updates = new Map<string, Record<string, unknown>>();
  const log: Record<string, unknown>[] = [];
  const run: FolderRun = { created: 0, changes: 0, checked: 0, total: clients.length };
  const share = (client: Participant, folder: GoogleAppsScript.Drive.Folder): void => {
    // An address that is not one plain address (a typo in Asiakkaat) leaves the folder's sharing
    // as it is: Drive would refuse it after the old address had been removed. The parked mail
    // and Tarkista asiakkaat tell the coach; the next night shares with the corrected address.
    if (client.email !== '' && emailKey(client.email) === '') return;
    for (const change of shareExactly(folder, [
      client.email,
      ...folderCoachesOf(client, wb.settings),
    ])) {
      run.changes += 1;
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
  };
  // First the clients whose folder is not under the root: new ones, or a folder moved away.
  const listed = clients.filter((c) => live.has(c.folderId));
  const unlisted = clients.filter((c) => !live.has(c.folderId));
  const making = sweep(
    unlisted,
    (c) => c.id,
    null,
    until,
    (client) => {
      let folder = tryFolder(client.folderId);
      if (!folder) {
        const made = findOrCreateChild(root, clientFolderName(client));
        folder = made.folder;
        if (made.created) {
          run.created += 1;
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
      share(client, folder);
    },
  );
  // Then the sharing of every other folder, from where the last run stopped.
  const checking = making.stoppedBy
    ? undefined
    : sweep(
        listed,
        (c) => c.id,
        only || deadline === undefined ? null : FOLDER_CURSOR_PROPERTY,
        until,
        (client) => share(client, live.get(client.folderId) as GoogleAppsScript.Drive.Folder),
      );
  run.checked = making.checked + (checking?.checked ?? 0);
  log.push(...failureRows(wb, 'folders', [...making.failures, ...(checking?.failures ?? [])]));
  updateByKey(table.sheet, CLIENTS, updates, ['folderId']);
  if (log.length > 0) appendRows(openTable(wb.spreadsheet, 'log'), log);
  const stopped = making.stoppedBy ?? checking?.stoppedBy;
  if (stopped !== undefined) throw stopped;
  return run;
}

export interface FolderRun {
  created: number;
  /** Sharing changes made. */
  changes: number;
  /** Folders made or checked in this run, of `total` clients not closed. */
  checked: number;
  total: number;
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

/**
 * Files each client put in their folder (only files the client owns count as theirs) and that
 * are not in `seen`. With a `deadline` (the nightly job), the folders are listed from where the
 * last run stopped (night-sweep.ts) until the deadline; without one, all of them.
 */
export function clientUploads(
  clients: Participant[],
  seen: ReadonlySet<string> = new Set(),
  deadline?: number,
  lang: Lang = 'fi',
): {
  found: { client: Participant; file: FileFact }[];
  sweep: SweepResult;
  log: Record<string, unknown>[];
} {
  const found: { client: Participant; file: FileFact }[] = [];
  const root = rootFolder();
  const live = root ? liveChildFolders(root) : new Map<string, GoogleAppsScript.Drive.Folder>();
  const withFolder = clients.filter((c) => c.folderId !== '' && c.email !== '');
  const result = sweep(
    withFolder,
    (c) => c.id,
    deadline === undefined ? null : UPLOAD_CURSOR_PROPERTY,
    deadline ?? Infinity,
    (client) => {
      const folder = live.get(client.folderId) ?? tryFolder(client.folderId);
      if (!folder) return;
      for (const file of newFilesOwnedBy(folder, client.email, seen)) found.push({ client, file });
    },
  );
  return { found, sweep: result, log: failureRows({ lang }, 'uploads', result.failures) };
}
