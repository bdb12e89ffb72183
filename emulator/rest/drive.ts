import { createHash } from 'node:crypto';
import {
  canView,
  FOLDER_MIME_TYPE,
  whoCanAccess,
  type AccessName,
  type DriveItem,
  type DriveStore,
  type PermissionName,
} from '../drive/store';
import type { SpreadsheetStore, StoredSpreadsheet } from '../spreadsheet/store';
import { parseDriveV3Query, type QueryTarget } from './drive-query';
import {
  applyMask,
  intParam,
  notEmulated,
  notFound,
  page,
  parseFields,
  type FieldMask,
} from './http';

/**
 * Drive API v3 over the emulator's Drive store (and its spreadsheets, which are Drive files
 * too): files.list, files.get and permissions.list, read-only.
 * https://developers.google.com/drive/api/reference/rest/v3
 */

export const SPREADSHEET_MIME_TYPE = 'application/vnd.google-apps.spreadsheet';

export interface DriveCaller {
  /** null: an administrator who can see every item (the audit's view); else that user's view. */
  user: string | null;
}

export interface DriveStores {
  drive: DriveStore;
  spreadsheets: SpreadsheetStore;
}

interface Target extends QueryTarget {
  id: string;
  resource: () => Record<string, unknown>;
  permissions: () => Record<string, unknown>[];
  visibleTo: (email: string) => boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function user(email: string): Record<string, unknown> {
  return {
    kind: 'drive#user',
    displayName: email.split('@')[0],
    emailAddress: email,
    me: false,
  };
}

/** Drive gives each person one permission id on every item; ours is a digest of the address. */
export function userPermissionId(email: string): string {
  const digest = createHash('sha256').update(email.toLowerCase()).digest();
  let digits = '';
  for (const byte of digest) digits += String(byte % 10);
  return digits.slice(0, 20);
}

const ROLE_OF: Record<'owner' | 'editor' | 'viewer', string> = {
  owner: 'owner',
  editor: 'writer',
  viewer: 'reader',
};

function generalRole(permission: PermissionName): string {
  if (permission === 'EDIT' || permission === 'ORGANIZER' || permission === 'FILE_ORGANIZER') {
    return 'writer';
  }
  return permission === 'COMMENT' ? 'commenter' : 'reader';
}

function generalPermission(
  access: AccessName,
  permission: PermissionName,
  domain: string | undefined,
): Record<string, unknown> | null {
  if (access === 'PRIVATE' || permission === 'NONE') return null;
  const discoverable = access === 'ANYONE' || access === 'DOMAIN';
  if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') {
    return {
      kind: 'drive#permission',
      id: discoverable ? 'anyone' : 'anyoneWithLink',
      type: 'anyone',
      role: generalRole(permission),
      allowFileDiscovery: discoverable,
    };
  }
  return {
    kind: 'drive#permission',
    id: `${discoverable ? 'domain' : 'domainWithLink'}${userPermissionId(domain ?? '')}`.slice(
      0,
      24,
    ),
    type: 'domain',
    role: generalRole(permission),
    domain: domain ?? '',
    displayName: domain ?? '',
    allowFileDiscovery: discoverable,
  };
}

const ROLE_RANK: Record<string, number> = { reader: 1, commenter: 2, writer: 3, owner: 4 };

/**
 * An item's permissions as My Drive lists them: its own and those it inherits from the folders
 * above it (the owner of a folder can edit what others put in it), one per person.
 */
function itemPermissions(store: DriveStore, item: DriveItem): Record<string, unknown>[] {
  const report = whoCanAccess(store, item.id);
  const out = new Map<string, Record<string, unknown>>();
  const add = (permission: Record<string, unknown>) => {
    const id = String(permission.id);
    const have = out.get(id);
    if (have && ROLE_RANK[String(have.role)] >= ROLE_RANK[String(permission.role)]) return;
    out.set(id, permission);
  };
  for (const person of report.people) {
    add({
      kind: 'drive#permission',
      id: userPermissionId(person.email),
      type: 'user',
      role: ROLE_OF[person.role],
      emailAddress: person.email,
      displayName: person.email.split('@')[0],
    });
  }
  for (const general of report.general) {
    const permission = generalPermission(general.access, general.permission, general.domain);
    if (permission) add(permission);
  }
  return [...out.values()];
}

function driveTarget(stores: DriveStores, item: DriveItem): Target {
  return {
    id: item.id,
    name: item.name,
    mimeType: item.kind === 'folder' ? FOLDER_MIME_TYPE : item.mimeType,
    parents: item.parents,
    trashed: item.trashed,
    visibleTo: (email) => canView(stores.drive, item.id, email, false),
    permissions: () => itemPermissions(stores.drive, item),
    resource: () => {
      const permissions = itemPermissions(stores.drive, item);
      return {
        kind: 'drive#file',
        id: item.id,
        name: item.name,
        mimeType: item.kind === 'folder' ? FOLDER_MIME_TYPE : item.mimeType,
        description: item.description ?? undefined,
        parents: [...item.parents],
        trashed: item.trashed,
        createdTime: iso(item.created),
        modifiedTime: iso(item.updated),
        owners: [user(item.owner)],
        shared: permissions.length > 1,
        webViewLink:
          item.kind === 'folder'
            ? `https://drive.google.com/drive/folders/${item.id}`
            : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`,
        ...(item.kind === 'file' && item.contentBase64 !== undefined
          ? { size: String(Buffer.byteLength(item.contentBase64, 'base64')) }
          : {}),
        permissionIds: permissions.map((p) => p.id),
      };
    },
  };
}

function bookPermissions(book: StoredSpreadsheet): Record<string, unknown>[] {
  const seen = new Set<string>();
  const out: Record<string, unknown>[] = [];
  const add = (email: string, role: string) => {
    if (seen.has(email.toLowerCase())) return;
    seen.add(email.toLowerCase());
    out.push({
      kind: 'drive#permission',
      id: userPermissionId(email),
      type: 'user',
      role,
      emailAddress: email,
      displayName: email.split('@')[0],
    });
  };
  add(book.owner, 'owner');
  for (const e of book.editors) add(e, 'writer');
  for (const v of book.viewers) add(v, 'reader');
  return out;
}

function bookTarget(stores: DriveStores, book: StoredSpreadsheet): Target {
  const root = stores.drive.roots[book.owner.toLowerCase()];
  const parents = root ? [root] : [];
  const permissions = () => bookPermissions(book);
  return {
    id: book.id,
    name: book.name,
    mimeType: SPREADSHEET_MIME_TYPE,
    parents,
    trashed: false,
    visibleTo: (email) =>
      permissions().some((p) => String(p.emailAddress).toLowerCase() === email.toLowerCase()),
    permissions,
    resource: () => ({
      kind: 'drive#file',
      id: book.id,
      name: book.name,
      mimeType: SPREADSHEET_MIME_TYPE,
      parents,
      trashed: false,
      createdTime: iso(book.createdAt),
      modifiedTime: iso(book.createdAt),
      owners: [user(book.owner)],
      shared: permissions().length > 1,
      webViewLink: `https://docs.google.com/spreadsheets/d/${book.id}/edit?usp=drivesdk`,
      permissionIds: permissions().map((p) => p.id),
    }),
  };
}

function allTargets(stores: DriveStores): Target[] {
  const roots = new Set(Object.values(stores.drive.roots));
  const items = Object.values(stores.drive.items)
    .filter((item) => !roots.has(item.id))
    .map((item) => driveTarget(stores, item));
  const books = Object.values(stores.spreadsheets.spreadsheets).map((b) => bookTarget(stores, b));
  return [...items, ...books];
}

function findTarget(stores: DriveStores, fileId: string): Target | null {
  const item = stores.drive.items[fileId];
  if (item) return driveTarget(stores, item);
  const book = stores.spreadsheets.spreadsheets[fileId];
  return book ? bookTarget(stores, book) : null;
}

function visible(target: Target, caller: DriveCaller): boolean {
  return caller.user === null || target.visibleTo(caller.user);
}

const FILE_DEFAULT: FieldMask = { kind: {}, id: {}, name: {}, mimeType: {} };
const PERMISSION_DEFAULT: FieldMask = { kind: {}, id: {}, type: {}, role: {} };

const ORDERS: Record<string, (a: Target, b: Target) => number> = {
  name: (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  folder: (a, b) =>
    Number(b.mimeType === FOLDER_MIME_TYPE) - Number(a.mimeType === FOLDER_MIME_TYPE),
};

/** GET drive/v3/files — https://developers.google.com/drive/api/reference/rest/v3/files/list */
export function filesList(
  stores: DriveStores,
  caller: DriveCaller,
  params: URLSearchParams,
): unknown {
  for (const name of ['driveId', 'spaces']) {
    const value = params.get(name);
    if (value !== null && !(name === 'spaces' && value === 'drive'))
      throw notEmulated(`files.list ${name}=${value}`);
  }
  const corpora = params.get('corpora');
  if (corpora !== null && corpora !== 'user') throw notEmulated(`files.list corpora=${corpora}`);
  const q = params.get('q');
  const predicate = q ? parseDriveV3Query(q) : () => true;
  const pageSize = intParam(params, 'pageSize', 100, 1, 1000);
  const orderBy = (params.get('orderBy') ?? 'folder,name')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
  const comparators = orderBy.map((o) => {
    const order = ORDERS[o];
    if (!order) throw notEmulated(`files.list orderBy=${o}`);
    return order;
  });
  const matches = allTargets(stores)
    .filter((t) => visible(t, caller) && predicate(t))
    .sort((a, b) => {
      for (const compare of comparators) {
        const d = compare(a, b);
        if (d !== 0) return d;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  const { items, nextPageToken } = page(matches, pageSize, params.get('pageToken'));
  const body = {
    kind: 'drive#fileList',
    incompleteSearch: false,
    ...(nextPageToken ? { nextPageToken } : {}),
    files: items.map((t) => t.resource()),
  };
  const mask = parseFields(params.get('fields')) ?? {
    kind: {},
    incompleteSearch: {},
    nextPageToken: {},
    files: FILE_DEFAULT,
  };
  return applyMask(body, mask);
}

function requireTarget(stores: DriveStores, caller: DriveCaller, fileId: string): Target {
  const target = findTarget(stores, fileId);
  if (!target || !visible(target, caller)) throw notFound(`File not found: ${fileId}.`, 'fileId');
  return target;
}

/** GET drive/v3/files/{fileId} — https://developers.google.com/drive/api/reference/rest/v3/files/get */
export function filesGet(
  stores: DriveStores,
  caller: DriveCaller,
  fileId: string,
  params: URLSearchParams,
): unknown {
  if (params.get('alt') === 'media') throw notEmulated('files.get alt=media (downloads)');
  const target = requireTarget(stores, caller, fileId);
  return applyMask(target.resource(), parseFields(params.get('fields')) ?? FILE_DEFAULT);
}

/**
 * GET drive/v3/files/{fileId}/permissions —
 * https://developers.google.com/drive/api/reference/rest/v3/permissions/list
 */
export function permissionsList(
  stores: DriveStores,
  caller: DriveCaller,
  fileId: string,
  params: URLSearchParams,
): unknown {
  const target = requireTarget(stores, caller, fileId);
  const pageSize = intParam(params, 'pageSize', 100, 1, 100);
  const { items, nextPageToken } = page(target.permissions(), pageSize, params.get('pageToken'));
  const body = {
    kind: 'drive#permissionList',
    ...(nextPageToken ? { nextPageToken } : {}),
    permissions: items,
  };
  const mask = parseFields(params.get('fields')) ?? {
    kind: {},
    nextPageToken: {},
    permissions: PERMISSION_DEFAULT,
  };
  return applyMask(body, mask);
}
