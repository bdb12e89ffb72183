import { createHash } from 'node:crypto';
import { registerStore } from '../runtime/state';
import { materialiseDrive } from './materialise';

/**
 * Drive's state: every folder and file of every user, as plain data. API objects (Folder, File)
 * are handles that hold an id and read this store, so two handles on one item agree.
 * Reference: https://developers.google.com/apps-script/reference/drive/drive-app
 */

/** https://developers.google.com/apps-script/reference/drive/access */
export type AccessName = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
/** https://developers.google.com/apps-script/reference/drive/permission */
export type PermissionName =
  'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER' | 'NONE';

export const ACCESS_NAMES: readonly AccessName[] = [
  'ANYONE',
  'ANYONE_WITH_LINK',
  'DOMAIN',
  'DOMAIN_WITH_LINK',
  'PRIVATE',
];
export const PERMISSION_NAMES: readonly PermissionName[] = [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
];

export const FOLDER_MIME_TYPE = 'application/vnd.google-apps.folder';

export interface DriveItem {
  id: string;
  kind: 'folder' | 'file';
  name: string;
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  sharing: { access: AccessName; permission: PermissionName };
  trashed: boolean;
  /** Epoch milliseconds (plain data; handles turn them into Dates). */
  created: number;
  updated: number;
  mimeType: string;
  description: string | null;
  /** File bytes, base64; absent for folders. */
  contentBase64?: string;
}

export type SharingAction =
  'add-viewer' | 'add-editor' | 'remove-viewer' | 'remove-editor' | 'set-sharing';

/** One change of who may see an item: the audit trail the data-protection rules ask for. */
export interface SharingLogEntry {
  at: number;
  actor: string;
  itemId: string;
  action: SharingAction;
  who?: string;
  access?: AccessName;
  permission?: PermissionName;
}

export interface DriveStore {
  version: 1;
  items: Record<string, DriveItem>;
  /** Each user's "My Drive" root folder id, made on first use. */
  roots: Record<string, string>;
  sharingLog: SharingLogEntry[];
  /** Counter for ids made by harness helpers, which have no runtime to draw seeded ids from. */
  harnessSeq: number;
}

export const DRIVE_STORE = registerStore<DriveStore>({
  name: 'drive',
  empty: () => ({ version: 1, items: {}, roots: {}, sharingLog: [], harnessSeq: 0 }),
  materialise: (dir, store) => materialiseDrive(dir, store),
});

export type Role = 'owner' | 'editor' | 'viewer';
const RANK: Record<Role | 'none', number> = { none: 0, viewer: 1, editor: 2, owner: 3 };

export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function includesEmail(list: string[], email: string): boolean {
  return list.some((e) => sameEmail(e, email));
}

function roleFromPermission(permission: PermissionName): Role | 'none' {
  if (permission === 'EDIT' || permission === 'ORGANIZER' || permission === 'FILE_ORGANIZER') {
    return 'editor';
  }
  if (permission === 'VIEW' || permission === 'COMMENT') return 'viewer';
  return 'none';
}

function better(a: Role | 'none', b: Role | 'none'): Role | 'none' {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The role a person has on the item itself, ignoring folders above it. */
function directRole(item: DriveItem, email: string, viaLink: boolean): Role | 'none' {
  if (sameEmail(item.owner, email)) return 'owner';
  let role: Role | 'none' = 'none';
  if (includesEmail(item.editors, email)) role = 'editor';
  else if (includesEmail(item.viewers, email)) role = 'viewer';
  const { access, permission } = item.sharing;
  const general = roleFromPermission(permission);
  const sameDomain = domainOf(email) !== '' && domainOf(email) === domainOf(item.owner);
  if (access === 'ANYONE' || (access === 'ANYONE_WITH_LINK' && viaLink))
    role = better(role, general);
  if (sameDomain && (access === 'DOMAIN' || (access === 'DOMAIN_WITH_LINK' && viaLink))) {
    role = better(role, general);
  }
  return role;
}

/**
 * The effective role of `email` on an item: its own permissions, general access, and what it
 * inherits from the folders it sits in (a folder's people can open what is inside it, which is
 * why a client's folder must be shared with that client only). The owner of a parent folder
 * can edit what others put in it. `viaLink` counts "anyone with the link" access, which opens an
 * item by id (getFileById) but does not list it in someone's Drive.
 */
export function effectiveRole(
  store: DriveStore,
  itemId: string,
  email: string,
  viaLink = true,
  seen = new Set<string>(),
): Role | 'none' {
  const item = store.items[itemId];
  if (!item || seen.has(itemId)) return 'none';
  seen.add(itemId);
  let role = directRole(item, email, viaLink);
  for (const parentId of item.parents) {
    if (role === 'owner' || role === 'editor') break;
    const inherited = effectiveRole(store, parentId, email, viaLink, seen);
    role = better(role, inherited === 'owner' ? 'editor' : inherited);
  }
  return role;
}

export function canView(store: DriveStore, itemId: string, email: string, viaLink = true): boolean {
  return effectiveRole(store, itemId, email, viaLink) !== 'none';
}

export function canEdit(store: DriveStore, itemId: string, email: string): boolean {
  const role = effectiveRole(store, itemId, email);
  return role === 'owner' || role === 'editor';
}

export interface AccessEntry {
  email: string;
  role: Role;
  /** The folder the access comes from, when it is inherited. */
  inheritedFrom?: string;
}

export interface AccessReport {
  people: AccessEntry[];
  /** General access (link or domain sharing) on the item or a folder above it. */
  general: { access: AccessName; permission: PermissionName; domain?: string; itemId: string }[];
}

/**
 * Everyone who can open an item, and how: the people with a role on it or on a folder above it,
 * and any general (link or domain) access. A harness helper: no call is counted.
 */
export function whoCanAccess(store: DriveStore, itemId: string): AccessReport {
  const people = new Map<string, AccessEntry>();
  const general: AccessReport['general'] = [];
  const seen = new Set<string>();
  const visit = (id: string, inherited: boolean): void => {
    const item = store.items[id];
    if (!item || seen.has(id)) return;
    seen.add(id);
    const add = (email: string, role: Role): void => {
      const key = email.toLowerCase();
      const existing = people.get(key);
      if (existing && RANK[existing.role] >= RANK[role]) return;
      people.set(key, { email, role, ...(inherited ? { inheritedFrom: id } : {}) });
    };
    add(item.owner, inherited ? 'editor' : 'owner');
    for (const e of item.editors) add(e, 'editor');
    for (const v of item.viewers) add(v, 'viewer');
    if (item.sharing.access !== 'PRIVATE') {
      general.push({
        access: item.sharing.access,
        permission: item.sharing.permission,
        ...(item.sharing.access.startsWith('DOMAIN') ? { domain: domainOf(item.owner) } : {}),
        itemId: id,
      });
    }
    for (const p of item.parents) visit(p, true);
  };
  visit(itemId, false);
  return { people: [...people.values()], general };
}

/** A deterministic 44-character id for items made by harness helpers. */
export function harnessId(store: DriveStore, prefix = '1'): string {
  store.harnessSeq += 1;
  const digest = createHash('sha256').update(`etapaja-drive-harness:${store.harnessSeq}`).digest();
  return (prefix + digest.toString('base64url')).slice(0, 44).padEnd(44, 'A');
}

export interface PlantItemSpec {
  id?: string;
  kind: 'folder' | 'file';
  name: string;
  owner: string;
  parents?: string[];
  editors?: string[];
  viewers?: string[];
  sharing?: { access: AccessName; permission: PermissionName };
  trashed?: boolean;
  mimeType?: string;
  description?: string | null;
  /** File content: text (UTF-8) or bytes. */
  content?: string | Buffer;
  createdMs?: number;
  updatedMs?: number;
}

/**
 * Puts an item straight into the store, bypassing the API (no calls counted, no access checks):
 * for tests and seeds, e.g. a folder someone else already shared with a stranger.
 */
export function plantItem(store: DriveStore, spec: PlantItemSpec): string {
  const id = spec.id ?? harnessId(store);
  const created = spec.createdMs ?? Date.UTC(2026, 0, 1);
  store.items[id] = {
    id,
    kind: spec.kind,
    name: spec.name,
    parents: [...(spec.parents ?? [])],
    owner: spec.owner,
    editors: [...(spec.editors ?? [])],
    viewers: [...(spec.viewers ?? [])],
    sharing: spec.sharing ?? { access: 'PRIVATE', permission: 'NONE' },
    trashed: spec.trashed ?? false,
    created,
    updated: spec.updatedMs ?? created,
    mimeType: spec.mimeType ?? (spec.kind === 'folder' ? FOLDER_MIME_TYPE : 'text/plain'),
    description: spec.description ?? null,
    ...(spec.kind === 'file'
      ? { contentBase64: Buffer.from(spec.content ?? '').toString('base64') }
      : {}),
  };
  return id;
}

/** Gives a person a role on an item directly in the store (no call counted, not logged). */
export function plantPermission(
  store: DriveStore,
  itemId: string,
  email: string,
  role: Role,
): void {
  const item = store.items[itemId];
  if (!item) throw new Error(`plantPermission: no item ${itemId}`);
  if (role === 'owner') {
    item.owner = email;
    return;
  }
  item.editors = item.editors.filter((e) => !sameEmail(e, email));
  item.viewers = item.viewers.filter((e) => !sameEmail(e, email));
  (role === 'editor' ? item.editors : item.viewers).push(email);
}

/** The user's "My Drive" root, made on first use, as Drive does for a new account. */
export function ensureRoot(
  store: DriveStore,
  user: string,
  nowMs: number,
  makeId: () => string,
): string {
  const key = user.toLowerCase();
  const existing = store.roots[key];
  if (existing && store.items[existing]) return existing;
  const id = makeId();
  store.items[id] = {
    id,
    kind: 'folder',
    name: 'My Drive',
    parents: [],
    owner: user,
    editors: [],
    viewers: [],
    sharing: { access: 'PRIVATE', permission: 'NONE' },
    trashed: false,
    created: nowMs,
    updated: nowMs,
    mimeType: FOLDER_MIME_TYPE,
    description: null,
  };
  store.roots[key] = id;
  return id;
}

/**
 * A person drops a file into a folder from the Drive web UI (a client returning a worksheet):
 * no script call is counted. The person must be able to edit the folder, as in Drive.
 */
export function uploadAsUser(
  store: DriveStore,
  folderId: string,
  user: string,
  name: string,
  mimeType: string,
  bytes: Buffer | Uint8Array | string,
  atMs: number,
): string {
  const folder = store.items[folderId];
  if (!folder || folder.kind !== 'folder') throw new Error(`uploadAsUser: no folder ${folderId}`);
  if (!canEdit(store, folderId, user)) {
    throw new Error(`uploadAsUser: ${user} cannot add files to folder ${folderId}`);
  }
  return plantItem(store, {
    kind: 'file',
    name,
    owner: user,
    parents: [folderId],
    mimeType,
    content: Buffer.isBuffer(bytes) || typeof bytes === 'string' ? bytes : Buffer.from(bytes),
    createdMs: atMs,
  });
}

export interface DriveTreeNode {
  id: string;
  name: string;
  kind: 'folder' | 'file';
  owner: string;
  editors: string[];
  viewers: string[];
  sharing: { access: AccessName; permission: PermissionName };
  trashed: boolean;
  mimeType: string;
  size: number;
  created: string;
  children?: DriveTreeNode[];
}

export function itemSize(item: DriveItem): number {
  return item.contentBase64 ? Buffer.byteLength(item.contentBase64, 'base64') : 0;
}

/**
 * The whole Drive as nested JSON for export's drive.json: one tree per root (each user's My
 * Drive), then any item whose folders are all unknown (shared from outside) as its own tree.
 * Children are sorted by name, then id, so the export is stable.
 */
export function driveTree(store: DriveStore): DriveTreeNode[] {
  const children = new Map<string, DriveItem[]>();
  for (const item of Object.values(store.items)) {
    for (const p of item.parents) {
      if (!children.has(p)) children.set(p, []);
      children.get(p)!.push(item);
    }
  }
  const order = (a: DriveItem, b: DriveItem): number =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const build = (item: DriveItem, path: Set<string>): DriveTreeNode => {
    const node: DriveTreeNode = {
      id: item.id,
      name: item.name,
      kind: item.kind,
      owner: item.owner,
      editors: [...item.editors],
      viewers: [...item.viewers],
      sharing: { ...item.sharing },
      trashed: item.trashed,
      mimeType: item.mimeType,
      size: itemSize(item),
      created: new Date(item.created).toISOString(),
    };
    if (item.kind === 'folder') {
      const inner = new Set(path).add(item.id);
      node.children = (children.get(item.id) ?? [])
        .filter((c) => !inner.has(c.id))
        .sort(order)
        .map((c) => build(c, inner));
    }
    return node;
  };
  const tops = Object.values(store.items)
    .filter((item) => item.parents.length === 0 || item.parents.every((p) => !store.items[p]))
    .sort(order);
  return tops.map((item) => build(item, new Set()));
}
