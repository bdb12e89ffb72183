import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import { NO_ITEM_MESSAGE, checkContentSize, createItem, driveStore, fileArguments } from './common';
import { makeFile, type File } from './file';
import { makeFolder, type Folder } from './folder';
import { type DriveIterator, makeIterator, resumeIterator } from './iterators';
import { parseDriveQuery, type ItemPredicate } from './query';
import { Access, Permission } from './sharing';
import { type DriveStore, FOLDER_MIME_TYPE, canView, ensureRoot } from './store';

/** https://developers.google.com/apps-script/reference/drive/drive-app */
export class DriveAppEmulation {
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(private readonly ctx: ScriptContext) {}

  private get store(): DriveStore {
    return driveStore(this.ctx);
  }

  private root(): string {
    return ensureRoot(this.store, this.ctx.user, this.ctx.rt.clock.now(), () =>
      this.ctx.rt.newId(),
    );
  }

  /** Items in the user's Drive: owned, or shared with them (not "anyone with the link"). */
  private inMyDrive(kind: 'folder' | 'file', predicate: ItemPredicate = () => true): string[] {
    const store = this.store;
    const roots = new Set(Object.values(store.roots));
    return Object.values(store.items)
      .filter(
        (item) =>
          item.kind === kind &&
          !roots.has(item.id) &&
          predicate(item) &&
          canView(store, item.id, this.ctx.user, false),
      )
      .map((item) => item.id);
  }

  getRootFolder(): Folder {
    this.ctx.rt.call('DriveApp', 'getRootFolder');
    return makeFolder(this.ctx, this.root());
  }

  createFolder(name: string): Folder {
    this.ctx.rt.call('DriveApp', 'createFolder');
    if (name === undefined || name === null) throw appsScriptError('Invalid argument: name');
    return makeFolder(
      this.ctx,
      createItem(this.ctx, this.root(), 'folder', String(name), FOLDER_MIME_TYPE),
    );
  }

  createFile(...args: unknown[]): File {
    this.ctx.rt.call('DriveApp', 'createFile');
    const { name, mimeType, bytes, blob } = fileArguments(args);
    checkContentSize(bytes, blob);
    return makeFile(this.ctx, createItem(this.ctx, this.root(), 'file', name, mimeType, bytes));
  }

  getFolderById(id: string): Folder {
    this.ctx.rt.call('DriveApp', 'getFolderById');
    const item = this.store.items[String(id)];
    if (!item || item.kind !== 'folder' || !canView(this.store, item.id, this.ctx.user)) {
      throw appsScriptError(NO_ITEM_MESSAGE);
    }
    return makeFolder(this.ctx, item.id);
  }

  /** A folder's id opens it as a File too, as in Apps Script. */
  getFileById(id: string): File {
    this.ctx.rt.call('DriveApp', 'getFileById');
    const item = this.store.items[String(id)];
    // A script project is a Drive file in Apps Script, not in the runtime: say so, rather than
    // "No item with the given ID", for DriveApp.getFileById(ScriptApp.getScriptId()).
    if (!item && String(id) === this.ctx.projectId)
      notEmulated('DriveApp.getFileById() of the script project (ScriptApp.getScriptId())');
    if (!item || !canView(this.store, item.id, this.ctx.user))
      throw appsScriptError(NO_ITEM_MESSAGE);
    return makeFile(this.ctx, item.id);
  }

  getFolders(): DriveIterator {
    this.ctx.rt.call('DriveApp', 'getFolders');
    return makeIterator(this.ctx, 'folder', this.inMyDrive('folder'));
  }

  getFiles(): DriveIterator {
    this.ctx.rt.call('DriveApp', 'getFiles');
    return makeIterator(this.ctx, 'file', this.inMyDrive('file'));
  }

  getFoldersByName(name: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'getFoldersByName');
    const wanted = String(name);
    return makeIterator(
      this.ctx,
      'folder',
      this.inMyDrive('folder', (i) => i.name === wanted),
    );
  }

  getFilesByName(name: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'getFilesByName');
    const wanted = String(name);
    return makeIterator(
      this.ctx,
      'file',
      this.inMyDrive('file', (i) => i.name === wanted),
    );
  }

  getFilesByType(mimeType: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'getFilesByType');
    const wanted = String(mimeType);
    return makeIterator(
      this.ctx,
      'file',
      this.inMyDrive('file', (i) => i.mimeType === wanted),
    );
  }

  searchFolders(query: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'searchFolders');
    return makeIterator(
      this.ctx,
      'folder',
      this.inMyDrive('folder', parseDriveQuery(String(query))),
    );
  }

  searchFiles(query: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'searchFiles');
    return makeIterator(this.ctx, 'file', this.inMyDrive('file', parseDriveQuery(String(query))));
  }

  continueFolderIterator(token: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'continueFolderIterator');
    return resumeIterator(this.ctx, 'folder', token);
  }

  continueFileIterator(token: string): DriveIterator {
    this.ctx.rt.call('DriveApp', 'continueFileIterator');
    return resumeIterator(this.ctx, 'file', token);
  }
}

/** The DriveApp global for one script context, typed as Apps Script's. */
export function createDriveApp(ctx: ScriptContext): GoogleAppsScript.Drive.DriveApp {
  return withCoverage(
    new DriveAppEmulation(ctx),
    'DriveApp',
  ) as unknown as GoogleAppsScript.Drive.DriveApp;
}
