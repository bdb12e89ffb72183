import { withRetry } from './retry';

/**
 * Thin wrappers over DriveApp for the clients' personal folders.
 * https://developers.google.com/apps-script/reference/drive
 */

export function tryFolder(id: string): GoogleAppsScript.Drive.Folder | null {
  if (!id) return null;
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch (_error) {
    return null;
  }
}

/** The first live child folder of that name, or a new one; `created` says which. */
export function findOrCreateChild(
  parent: GoogleAppsScript.Drive.Folder,
  name: string,
): { folder: GoogleAppsScript.Drive.Folder; created: boolean } {
  const found = parent.getFoldersByName(name);
  while (found.hasNext()) {
    const folder = found.next();
    if (!folder.isTrashed()) return { folder, created: false };
  }
  return { folder: withRetry(() => parent.createFolder(name)), created: true };
}

/**
 * The live (untrashed) folders directly in `parent`, by id: one search for all of them, instead
 * of one `getFolderById` per folder (150 ms each). Drive's query language:
 * https://developers.google.com/drive/api/guides/ref-search-terms
 */
export function liveChildFolders(
  parent: GoogleAppsScript.Drive.Folder,
): Map<string, GoogleAppsScript.Drive.Folder> {
  const found = new Map<string, GoogleAppsScript.Drive.Folder>();
  const id = parent.getId().replace(/[\\']/g, '');
  const folders = withRetry(() => DriveApp.searchFolders(`'${id}' in parents and trashed = false`));
  while (folders.hasNext()) {
    const folder = folders.next();
    found.set(folder.getId(), folder);
  }
  return found;
}

export interface SharingChange {
  action: 'add-editor' | 'remove-editor' | 'remove-viewer' | 'set-private';
  who: string;
}

/**
 * Makes a folder shared with exactly `editors` (plus its owner) and nobody else, no link
 * sharing. Returns each change made, for the log.
 */
export function shareExactly(
  folder: GoogleAppsScript.Drive.Folder,
  editors: string[],
): SharingChange[] {
  const changes: SharingChange[] = [];
  const want = new Set(editors.map((e) => e.toLowerCase()).filter((e) => e !== ''));
  const owner = folder.getOwner()?.getEmail().toLowerCase() ?? '';
  want.delete(owner);
  if (folder.getSharingAccess() !== DriveApp.Access.PRIVATE) {
    withRetry(() => folder.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE));
    changes.push({ action: 'set-private', who: '' });
  }
  const haveEditors = new Set(folder.getEditors().map((u) => u.getEmail().toLowerCase()));
  for (const viewer of folder.getViewers().map((u) => u.getEmail().toLowerCase())) {
    if (haveEditors.has(viewer) || viewer === owner) continue;
    withRetry(() => folder.removeViewer(viewer));
    changes.push({ action: 'remove-viewer', who: viewer });
  }
  for (const editor of haveEditors) {
    if (editor === owner || want.has(editor)) continue;
    withRetry(() => folder.removeEditor(editor));
    changes.push({ action: 'remove-editor', who: editor });
  }
  const missing = [...want].filter((e) => !haveEditors.has(e));
  if (missing.length > 0) {
    withRetry(() => folder.addEditors(missing));
    for (const who of missing) changes.push({ action: 'add-editor', who });
  }
  return changes;
}

export interface FileFact {
  id: string;
  name: string;
  owner: string;
  created: number;
  url: string;
}

/**
 * Files in a folder and its subfolders that `owner` owns and whose id is not in `seen`, as
 * `filesUnder` finds them, but a file already seen costs no call (its id comes with the
 * listing) and another owner's file costs one (`getOwner`).
 */
export function newFilesOwnedBy(
  folder: GoogleAppsScript.Drive.Folder,
  owner: string,
  seen: ReadonlySet<string>,
  depth = 2,
): FileFact[] {
  const facts: FileFact[] = [];
  const wanted = owner.toLowerCase();
  const files = folder.getFiles();
  while (files.hasNext()) {
    const file = files.next();
    const id = file.getId();
    if (seen.has(id)) continue;
    if ((file.getOwner()?.getEmail() ?? '').toLowerCase() !== wanted || file.isTrashed()) continue;
    facts.push({
      id,
      name: file.getName(),
      owner: wanted,
      created: file.getDateCreated().getTime(),
      url: file.getUrl(),
    });
  }
  if (depth > 0) {
    const folders = folder.getFolders();
    while (folders.hasNext())
      facts.push(...newFilesOwnedBy(folders.next(), owner, seen, depth - 1));
  }
  return facts;
}

/** Every file in a folder and its subfolders (one level of week folders is what we make). */
export function filesUnder(folder: GoogleAppsScript.Drive.Folder, depth = 2): FileFact[] {
  const facts: FileFact[] = [];
  const files = folder.getFiles();
  while (files.hasNext()) {
    const file = files.next();
    if (file.isTrashed()) continue;
    facts.push({
      id: file.getId(),
      name: file.getName(),
      owner: file.getOwner()?.getEmail() ?? '',
      created: file.getDateCreated().getTime(),
      url: file.getUrl(),
    });
  }
  if (depth > 0) {
    const folders = folder.getFolders();
    while (folders.hasNext()) facts.push(...filesUnder(folders.next(), depth - 1));
  }
  return facts;
}

export function writeFile(
  folder: GoogleAppsScript.Drive.Folder,
  name: string,
  content: string,
  mimeType: string,
): GoogleAppsScript.Drive.File {
  const existing = folder.getFilesByName(name);
  while (existing.hasNext()) {
    const file = existing.next();
    if (!file.isTrashed()) {
      file.setContent(content);
      return file;
    }
  }
  return withRetry(() => folder.createFile(name, content, mimeType));
}
