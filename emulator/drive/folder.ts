import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import {
  NO_ITEM_MESSAGE,
  checkContentSize,
  createItem,
  fileArguments,
  listChildren,
} from './common';
import { makeFile, type File } from './file';
import { ItemHandle } from './item';
import { type DriveIterator, makeIterator } from './iterators';
import { parseDriveQuery } from './query';
import { FOLDER_MIME_TYPE, canView } from './store';

/** https://developers.google.com/apps-script/reference/drive/folder */
export class Folder extends ItemHandle {
  protected readonly area = 'Folder';

  protected folderIterator(ids: string[]): DriveIterator {
    return makeIterator(this.ctx, 'folder', ids);
  }

  getUrl(): string {
    this.read('getUrl');
    return `https://drive.google.com/drive/folders/${this.id}`;
  }

  createFolder(name: string): Folder {
    this.write('createFolder');
    if (name === undefined || name === null) throw appsScriptError('Invalid argument: name');
    return makeFolder(
      this.ctx,
      createItem(this.ctx, this.id, 'folder', String(name), FOLDER_MIME_TYPE),
    );
  }

  createFile(...args: unknown[]): File {
    this.write('createFile');
    const { name, mimeType, bytes, blob } = fileArguments(args);
    checkContentSize(bytes, blob);
    return makeFile(this.ctx, createItem(this.ctx, this.id, 'file', name, mimeType, bytes));
  }

  getFolders(): DriveIterator {
    this.read('getFolders');
    return makeIterator(this.ctx, 'folder', listChildren(this.ctx, this.id, 'folder'));
  }

  getFiles(): DriveIterator {
    this.read('getFiles');
    return makeIterator(this.ctx, 'file', listChildren(this.ctx, this.id, 'file'));
  }

  getFoldersByName(name: string): DriveIterator {
    this.read('getFoldersByName');
    const wanted = String(name);
    return makeIterator(
      this.ctx,
      'folder',
      listChildren(this.ctx, this.id, 'folder', (i) => i.name === wanted),
    );
  }

  getFilesByName(name: string): DriveIterator {
    this.read('getFilesByName');
    const wanted = String(name);
    return makeIterator(
      this.ctx,
      'file',
      listChildren(this.ctx, this.id, 'file', (i) => i.name === wanted),
    );
  }

  getFilesByType(mimeType: string): DriveIterator {
    this.read('getFilesByType');
    const wanted = String(mimeType);
    return makeIterator(
      this.ctx,
      'file',
      listChildren(this.ctx, this.id, 'file', (i) => i.mimeType === wanted),
    );
  }

  searchFolders(query: string): DriveIterator {
    this.read('searchFolders');
    const predicate = parseDriveQuery(String(query));
    return makeIterator(this.ctx, 'folder', listChildren(this.ctx, this.id, 'folder', predicate));
  }

  searchFiles(query: string): DriveIterator {
    this.read('searchFiles');
    const predicate = parseDriveQuery(String(query));
    return makeIterator(this.ctx, 'file', listChildren(this.ctx, this.id, 'file', predicate));
  }

  /** Deprecated in Apps Script (use moveTo); kept because older scripts still call it. */
  addFolder(child: Folder): Folder {
    return this.addChild('addFolder', child);
  }

  addFile(child: File): Folder {
    return this.addChild('addFile', child);
  }

  removeFolder(child: Folder): Folder {
    return this.removeChild('removeFolder', child);
  }

  removeFile(child: File): Folder {
    return this.removeChild('removeFile', child);
  }

  private addChild(method: string, child: ItemHandle): Folder {
    this.write(method);
    const item = this.store.items[child?.getId?.()];
    if (!item || !canView(this.store, item.id, this.ctx.user))
      throw appsScriptError(NO_ITEM_MESSAGE);
    if (!item.parents.includes(this.id)) item.parents.push(this.id);
    return this;
  }

  private removeChild(method: string, child: ItemHandle): Folder {
    this.write(method);
    const item = this.store.items[child?.getId?.()];
    if (!item || !canView(this.store, item.id, this.ctx.user))
      throw appsScriptError(NO_ITEM_MESSAGE);
    item.parents = item.parents.filter((p) => p !== this.id);
    return this;
  }
}

export function makeFolder(ctx: ScriptContext, id: string): Folder {
  return withCoverage(new Folder(ctx, id), 'Folder');
}
