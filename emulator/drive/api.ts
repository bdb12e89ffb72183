import { EmulatedBlob, isBlobLike, toBuffer } from '../runtime/blob';
import { makeDate } from '../runtime/clock';
import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import { parseDriveQuery, type ItemPredicate } from './query';
import {
  ACCESS_NAMES,
  type AccessName,
  type DriveItem,
  type DriveStore,
  FOLDER_MIME_TYPE,
  PERMISSION_NAMES,
  type PermissionName,
  type SharingLogEntry,
  canEdit,
  canView,
  effectiveRole,
  ensureRoot,
  itemSize,
} from './store';

/**
 * DriveApp, Folder, File, User and the iterators, as handles over the `drive` store.
 * Reference pages:
 * - https://developers.google.com/apps-script/reference/drive/drive-app
 * - https://developers.google.com/apps-script/reference/drive/folder
 * - https://developers.google.com/apps-script/reference/drive/file
 * - https://developers.google.com/apps-script/reference/drive/folder-iterator
 */

/** Google's text when an id is unknown or the user may not open it (the two are not told apart). */
export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** Iterator.next() past the end. */
export const ITERATOR_END_MESSAGE =
  'Cannot retrieve the next object: iterator has reached the end.';
/** A change the user has no edit right for. [unverified wording, see LIMITATIONS.md] */
export const ACCESS_DENIED_MESSAGE = 'Access denied: DriveApp.';
/** File.setContent / createFile above Drive's 10 MB limit for text content. */
export const MAX_CONTENT_BYTES = 10 * 1024 * 1024;
/** createFile(blob): Apps Script blobs stop at 50 MB; the 10 MB text limit does not apply. */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

export const Access = Object.freeze(
  Object.fromEntries(ACCESS_NAMES.map((n) => [n, n])) as Record<AccessName, AccessName>,
);
export const Permission = Object.freeze(
  Object.fromEntries(PERMISSION_NAMES.map((n) => [n, n])) as Record<PermissionName, PermissionName>,
);

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

function driveStore(ctx: ScriptContext): DriveStore {
  return ctx.rt.store<DriveStore>('drive');
}

function emailOf(userOrEmail: unknown): string {
  const email =
    typeof userOrEmail === 'object' &&
    userOrEmail !== null &&
    typeof (userOrEmail as { getEmail?: unknown }).getEmail === 'function'
      ? String((userOrEmail as { getEmail(): string }).getEmail())
      : String(userOrEmail ?? '').trim();
  // [unverified wording] Drive's answer for a malformed address in a permission.
  if (!EMAIL.test(email)) throw appsScriptError('Invalid argument: permission.value');
  return email;
}

function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** https://developers.google.com/apps-script/reference/drive/user */
export class DriveUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Drive shows a display name; the emulator knows only addresses and uses the local part. */
  getName(): string {
    return this.email.split('@')[0];
  }

  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }

  toString(): string {
    return this.email;
  }
}

function makeUser(email: string): DriveUser {
  return withCoverage(new DriveUser(email), 'User');
}

interface IteratorState {
  kind: 'folder' | 'file';
  ids: string[];
}

/** FolderIterator / FileIterator over a snapshot of ids taken when the listing was asked for. */
export class DriveIterator {
  private position = 0;

  constructor(
    private readonly ctx: ScriptContext,
    private readonly state: IteratorState,
  ) {}

  hasNext(): boolean {
    return this.position < this.state.ids.length;
  }

  next(): Folder | File {
    if (!this.hasNext()) throw appsScriptError(ITERATOR_END_MESSAGE);
    const id = this.state.ids[this.position++];
    return this.state.kind === 'folder' ? makeFolder(this.ctx, id) : makeFile(this.ctx, id);
  }

  /** An opaque token that resumes the listing where it stands (continueFileIterator). */
  getContinuationToken(): string {
    const rest: IteratorState = { kind: this.state.kind, ids: this.state.ids.slice(this.position) };
    return Buffer.from(JSON.stringify(rest), 'utf8').toString('base64url');
  }
}

function makeIterator(ctx: ScriptContext, kind: 'folder' | 'file', ids: string[]): DriveIterator {
  return withCoverage(
    new DriveIterator(ctx, { kind, ids }),
    kind === 'folder' ? 'FolderIterator' : 'FileIterator',
  );
}

function resumeIterator(ctx: ScriptContext, kind: 'folder' | 'file', token: string): DriveIterator {
  let state: IteratorState | undefined;
  try {
    state = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as IteratorState;
  } catch {
    state = undefined;
  }
  if (!state || state.kind !== kind || !Array.isArray(state.ids)) {
    // [unverified wording]
    throw appsScriptError('Invalid argument: continuationToken');
  }
  return makeIterator(ctx, kind, state.ids);
}

function blobInput(value: unknown): {
  bytes: Buffer;
  contentType: string | null;
  name: string | null;
} {
  const source = value as { getBlob?: () => unknown };
  const blob =
    typeof source?.getBlob === 'function' && !isBlobLike(value)
      ? source.getBlob()
      : (value as unknown);
  if (!isBlobLike(blob)) throw appsScriptError('Invalid argument: blob');
  const bytes = blob instanceof EmulatedBlob ? blob.toBuffer() : toBuffer(blob.getBytes());
  return { bytes: Buffer.from(bytes), contentType: blob.getContentType(), name: blob.getName() };
}

/** What Folder and File share: metadata, sharing, trash, parents. */
abstract class ItemHandle {
  protected abstract readonly area: 'Folder' | 'File';

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
    return makeIterator(this.ctx, 'folder', visible);
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

function isAncestor(store: DriveStore, ancestorId: string, itemId: string): boolean {
  const seen = new Set<string>();
  const stack = [itemId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === ancestorId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(store.items[id]?.parents ?? []));
  }
  return false;
}

/** Creates a file or folder owned by the acting user in `parentId`. */
function createItem(
  ctx: ScriptContext,
  parentId: string,
  kind: 'folder' | 'file',
  name: string,
  mimeType: string,
  bytes?: Buffer,
): string {
  const store = driveStore(ctx);
  const id = ctx.rt.newId();
  const now = ctx.rt.clock.now();
  store.items[id] = {
    id,
    kind,
    name,
    parents: [parentId],
    owner: ctx.user,
    editors: [],
    viewers: [],
    sharing: { access: 'PRIVATE', permission: 'NONE' },
    trashed: false,
    created: now,
    updated: now,
    mimeType,
    description: null,
    ...(kind === 'file' ? { contentBase64: (bytes ?? Buffer.alloc(0)).toString('base64') } : {}),
  };
  return id;
}

/** Both forms of createFile: (name, content[, mimeType]) and (blob). */
function fileArguments(args: unknown[]): {
  name: string;
  mimeType: string;
  bytes: Buffer;
  blob?: true;
} {
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) {
    const blob = blobInput(args[0]);
    return {
      blob: true,
      name: blob.name ?? 'Untitled',
      mimeType: blob.contentType ?? 'application/octet-stream',
      bytes: blob.bytes,
    };
  }
  const [name, content, mimeType] = args;
  if (name === undefined || name === null) throw appsScriptError('Invalid argument: name');
  const bytes = Buffer.from(String(content ?? ''), 'utf8');
  return { name: String(name), mimeType: mimeType ? String(mimeType) : 'text/plain', bytes };
}

function checkContentSize(bytes: Buffer, blob = false): void {
  if (blob) {
    // [unverified wording] a blob over Apps Script's 50 MB limit.
    if (bytes.length > MAX_BLOB_BYTES)
      throw appsScriptError('File content is too large (max 50MB).');
    return;
  }
  // [unverified wording] Drive refuses text content above 10 MB in createFile/setContent.
  if (bytes.length > MAX_CONTENT_BYTES)
    throw appsScriptError('File content is too large (max 10MB).');
}

function listChildren(
  ctx: ScriptContext,
  parentId: string,
  kind: 'folder' | 'file',
  predicate: ItemPredicate = () => true,
): string[] {
  const store = driveStore(ctx);
  return Object.values(store.items)
    .filter(
      (item) =>
        item.kind === kind &&
        item.parents.includes(parentId) &&
        predicate(item) &&
        canView(store, item.id, ctx.user),
    )
    .map((item) => item.id);
}

export class Folder extends ItemHandle {
  protected readonly area = 'Folder';

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

export class File extends ItemHandle {
  protected readonly area = 'File';

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

export function makeFolder(ctx: ScriptContext, id: string): Folder {
  return withCoverage(new Folder(ctx, id), 'Folder');
}

export function makeFile(ctx: ScriptContext, id: string): File {
  return withCoverage(new File(ctx, id), 'File');
}

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
