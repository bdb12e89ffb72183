import { makeDate } from '../runtime/clock';
import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { ACCESS_DENIED_MESSAGE, NO_ITEM_MESSAGE, driveStore, isAncestor } from './common';
import type { Folder } from './folder';
import type { DriveIterator } from './iterators';
import { type DriveUser, emailOf, makeUser, sameEmail } from './sharing';
import {
  ACCESS_NAMES,
  type AccessName,
  type DriveItem,
  type DriveStore,
  PERMISSION_NAMES,
  type PermissionName,
  type SharingLogEntry,
  canEdit,
  canView,
  effectiveRole,
  itemSize,
} from './store';

/**
 * What Folder and File share: metadata, sharing, trash, parents.
 * https://developers.google.com/apps-script/reference/drive/folder
 * https://developers.google.com/apps-script/reference/drive/file
 */
export abstract class ItemHandle {
  protected abstract readonly area: 'Folder' | 'File';

  /**
   * A FolderIterator over `ids`. Folder and File make it (iterators.ts): this base class cannot
   * import iterators.ts itself, because that module makes Folders and Files, which extend this
   * class and so need it fully loaded first.
   */
  protected abstract folderIterator(ids: string[]): DriveIterator;

  constructor(
    protected readonly ctx: ScriptContext,
    protected readonly id: string,
  ) {}

  /** Counts the call, then returns the item if the acting user may still see it. */
  protected read(method: string): DriveItem {
    this.ctx.rt.call(this.area, method);
    return this.item();
  }

  /** Counts the call, then returns the item if the acting user may change it. */
  protected write(method: string): DriveItem {
    this.ctx.rt.call(this.area, method);
    const item = this.item();
    if (!canEdit(this.store, this.id, this.ctx.user)) throw appsScriptError(ACCESS_DENIED_MESSAGE);
    return item;
  }

  protected get store(): DriveStore {
    return driveStore(this.ctx);
  }

  protected item(): DriveItem {
    const item = this.store.items[this.id];
    if (!item || !canView(this.store, this.id, this.ctx.user))
      throw appsScriptError(NO_ITEM_MESSAGE);
    return item;
  }

  protected now(): number {
    return this.ctx.rt.clock.now();
  }

  private log(entry: Omit<SharingLogEntry, 'at' | 'actor' | 'itemId'>): void {
    this.store.sharingLog.push({ at: this.now(), actor: this.ctx.user, itemId: this.id, ...entry });
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.read('getName').name;
  }

  setName(name: string): this {
    const item = this.write('setName');
    item.name = String(name);
    item.updated = this.now();
    return this;
  }

  getDescription(): string | null {
    return this.read('getDescription').description;
  }

  setDescription(description: string): this {
    const item = this.write('setDescription');
    item.description =
      description === null || description === undefined ? null : String(description);
    item.updated = this.now();
    return this;
  }

  getDateCreated(): Date {
    return makeDate(this.read('getDateCreated').created);
  }

  getLastUpdated(): Date {
    return makeDate(this.read('getLastUpdated').updated);
  }

  getSize(): number {
    return itemSize(this.read('getSize'));
  }

  getOwner(): DriveUser {
    return makeUser(this.read('getOwner').owner);
  }

  /**
   * Editors of the item itself (the owner is not listed). Google: "If the user who executes the
   * script does not have edit access … this method returns an empty array."
   */
  getEditors(): DriveUser[] {
    const item = this.read('getEditors');
    if (!canEdit(this.store, this.id, this.ctx.user)) return [];
    return item.editors.map(makeUser);
  }

  getViewers(): DriveUser[] {
    const item = this.read('getViewers');
    if (!canEdit(this.store, this.id, this.ctx.user)) return [];
    return item.viewers.map(makeUser);
  }

  /** Google: "If the user was already on the list of editors, this method has no effect." */
  addViewer(user: string | DriveUser): this {
    const item = this.write('addViewer');
    const email = emailOf(user);
    this.grantViewer(item, email);
    return this;
  }

  addViewers(users: string[]): this {
    const item = this.write('addViewers');
    const emails = (users ?? []).map(emailOf);
    for (const email of emails) this.grantViewer(item, email);
    return this;
  }

  /** Google: "If the user was already on the list of viewers, this method promotes the user." */
  addEditor(user: string | DriveUser): this {
    const item = this.write('addEditor');
    const email = emailOf(user);
    this.grantEditor(item, email);
    return this;
  }

  addEditors(users: string[]): this {
    const item = this.write('addEditors');
    const emails = (users ?? []).map(emailOf);
    for (const email of emails) this.grantEditor(item, email);
    return this;
  }

  /** Google: "This method has no effect if the user is an editor, not a viewer or commenter." */
  removeViewer(user: string | DriveUser): this {
    const item = this.write('removeViewer');
    const email = emailOf(user);
    if (item.viewers.some((v) => sameEmail(v, email))) {
      item.viewers = item.viewers.filter((v) => !sameEmail(v, email));
      this.log({ action: 'remove-viewer', who: email });
    }
    return this;
  }

  removeEditor(user: string | DriveUser): this {
    const item = this.write('removeEditor');
    const email = emailOf(user);
    if (item.editors.some((e) => sameEmail(e, email))) {
      item.editors = item.editors.filter((e) => !sameEmail(e, email));
      this.log({ action: 'remove-editor', who: email });
    }
    return this;
  }

  private grantViewer(item: DriveItem, email: string): void {
    if (sameEmail(item.owner, email)) return;
    if (item.editors.some((e) => sameEmail(e, email))) return;
    if (item.viewers.some((v) => sameEmail(v, email))) return;
    item.viewers.push(email);
    this.log({ action: 'add-viewer', who: email });
  }

  private grantEditor(item: DriveItem, email: string): void {
    if (sameEmail(item.owner, email)) return;
    if (item.editors.some((e) => sameEmail(e, email))) return;
    item.viewers = item.viewers.filter((v) => !sameEmail(v, email));
    item.editors.push(email);
    this.log({ action: 'add-editor', who: email });
  }

  getAccess(user: string | DriveUser): PermissionName {
    this.read('getAccess');
    const email = emailOf(user);
    const role = effectiveRole(this.store, this.id, email, false);
    return role === 'owner'
      ? 'OWNER'
      : role === 'editor'
        ? 'EDIT'
        : role === 'viewer'
          ? 'VIEW'
          : 'NONE';
  }

  /**
   * General access. Owner, organizer and "none with link" are not permissions a link can give;
   * PRIVATE always carries NONE, as Drive reports it.
   */
  setSharing(accessType: AccessName, permissionType: PermissionName): this {
    const item = this.write('setSharing');
    const access = String(accessType) as AccessName;
    const permission = String(permissionType) as PermissionName;
    // [unverified wording] for bad enum values.
    if (!ACCESS_NAMES.includes(access)) throw appsScriptError('Invalid argument: accessType');
    if (
      !PERMISSION_NAMES.includes(permission) ||
      ['OWNER', 'ORGANIZER', 'FILE_ORGANIZER'].includes(permission)
    ) {
      throw appsScriptError('Invalid argument: permissionType');
    }
    const next =
      access === 'PRIVATE' ? { access, permission: 'NONE' as const } : { access, permission };
    if (item.sharing.access !== next.access || item.sharing.permission !== next.permission) {
      item.sharing = next;
      this.log({ action: 'set-sharing', access: next.access, permission: next.permission });
    }
    return this;
  }

  getSharingAccess(): AccessName {
    return this.read('getSharingAccess').sharing.access;
  }

  getSharingPermission(): PermissionName {
    return this.read('getSharingPermission').sharing.permission;
  }

  setTrashed(trashed: boolean): this {
    const item = this.write('setTrashed');
    item.trashed = Boolean(trashed);
    return this;
  }

  isTrashed(): boolean {
    return this.read('isTrashed').trashed;
  }

  getParents(): DriveIterator {
    const item = this.read('getParents');
    const visible = item.parents.filter(
      (p) => this.store.items[p] && canView(this.store, p, this.ctx.user),
    );
    return this.folderIterator(visible);
  }

  /** Moves the item into `destination`, leaving all its other folders. */
  moveTo(destination: Folder): this {
    const targetId = destination?.getId?.();
    const item = this.write('moveTo');
    const target = this.store.items[targetId];
    if (!target || target.kind !== 'folder' || !canView(this.store, targetId, this.ctx.user)) {
      throw appsScriptError(NO_ITEM_MESSAGE);
    }
    if (!canEdit(this.store, targetId, this.ctx.user)) throw appsScriptError(ACCESS_DENIED_MESSAGE);
    if (item.kind === 'folder' && isAncestor(this.store, this.id, targetId)) {
      // [unverified wording] Drive refuses a folder inside itself.
      throw appsScriptError('Invalid argument: a folder cannot be moved into itself');
    }
    item.parents = [targetId];
    return this;
  }
}
