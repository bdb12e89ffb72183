import { EmulatedBlob } from '../runtime/blob';
import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import { ACCESS_DENIED_MESSAGE, NO_ITEM_MESSAGE, checkContentSize, createItem } from './common';
import type { Folder } from './folder';
import { ItemHandle } from './item';
import { type DriveIterator, makeIterator } from './iterators';
import { canEdit, canView, ensureRoot } from './store';

/** https://developers.google.com/apps-script/reference/drive/file */
export class File extends ItemHandle {
  protected readonly area = 'File';

  protected folderIterator(ids: string[]): DriveIterator {
    return makeIterator(this.ctx, 'folder', ids);
  }

  getUrl(): string {
    this.read('getUrl');
    return `https://drive.google.com/file/d/${this.id}/view?usp=drivesdk`;
  }

  getDownloadUrl(): string {
    this.read('getDownloadUrl');
    return `https://drive.google.com/uc?id=${this.id}&export=download`;
  }

  getMimeType(): string {
    return this.read('getMimeType').mimeType;
  }

  getBlob(): EmulatedBlob {
    const item = this.read('getBlob');
    return new EmulatedBlob(
      Buffer.from(item.contentBase64 ?? '', 'base64'),
      item.mimeType,
      item.name,
    );
  }

  /** Only the file's own type: conversions (to PDF and so on) are not emulated. */
  getAs(contentType: string): EmulatedBlob {
    const item = this.read('getAs');
    if (String(contentType) !== item.mimeType) {
      notEmulated(`File.getAs('${String(contentType)}') conversion from ${item.mimeType}`);
    }
    return new EmulatedBlob(
      Buffer.from(item.contentBase64 ?? '', 'base64'),
      item.mimeType,
      item.name,
    );
  }

  setContent(content: string): File {
    const item = this.write('setContent');
    const bytes = Buffer.from(String(content ?? ''), 'utf8');
    checkContentSize(bytes);
    item.contentBase64 = bytes.toString('base64');
    item.updated = this.now();
    return this;
  }

  /**
   * makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). The copy
   * belongs to the acting user and keeps none of the original's sharing, as in Drive.
   */
  makeCopy(nameOrDestination?: string | Folder, maybeDestination?: Folder): File {
    const item = this.read('makeCopy');
    let name = `Copy of ${item.name}`;
    let destination: Folder | undefined;
    if (typeof nameOrDestination === 'string') {
      name = nameOrDestination;
      destination = maybeDestination;
    } else if (nameOrDestination) {
      destination = nameOrDestination;
    }
    let parentId: string;
    if (destination) {
      parentId = destination.getId();
      if (!this.store.items[parentId] || !canView(this.store, parentId, this.ctx.user)) {
        throw appsScriptError(NO_ITEM_MESSAGE);
      }
      if (!canEdit(this.store, parentId, this.ctx.user))
        throw appsScriptError(ACCESS_DENIED_MESSAGE);
    } else {
      parentId =
        item.parents.find((p) => canEdit(this.store, p, this.ctx.user)) ??
        ensureRoot(this.store, this.ctx.user, this.now(), () => this.ctx.rt.newId());
    }
    const bytes = Buffer.from(item.contentBase64 ?? '', 'base64');
    const id = createItem(this.ctx, parentId, 'file', name, item.mimeType, bytes);
    this.store.items[id].description = item.description;
    return makeFile(this.ctx, id);
  }
}

export function makeFile(ctx: ScriptContext, id: string): File {
  return withCoverage(new File(ctx, id), 'File');
}
