import { EmulatedBlob, isBlobLike, toBuffer } from '../runtime/blob';
import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { ItemPredicate } from './query';
import { canView, type DriveStore } from './store';

/**
 * What DriveApp, Folder and File share: Google's error texts, the size limits, and making an item
 * in the `drive` store. The handles themselves are in drive-app.ts, folder.ts, file.ts, item.ts,
 * iterators.ts and sharing.ts.
 */

/** Google's text when an id is unknown or the user may not open it (the two are not told apart). */
export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
/** A change the user has no edit right for. [unverified wording, see LIMITATIONS.md] */
export const ACCESS_DENIED_MESSAGE = 'Access denied: DriveApp.';
/** File.setContent / createFile above Drive's 10 MB limit for text content. */
export const MAX_CONTENT_BYTES = 10 * 1024 * 1024;
/** createFile(blob): Apps Script blobs stop at 50 MB; the 10 MB text limit does not apply. */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

export function driveStore(ctx: ScriptContext): DriveStore {
  return ctx.rt.store<DriveStore>('drive');
}

export function isAncestor(store: DriveStore, ancestorId: string, itemId: string): boolean {
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

/** Creates a file or folder owned by the acting user in `parentId`. */
export function createItem(
  ctx: ScriptContext,
  parentId: string,
  kind: 'folder' | 'file',
  name: string,
  mimeType: string,
  bytes?: Buffer,
  givenId?: string,
): string {
  const store = driveStore(ctx);
  // A Google Form made by FormApp is a Drive file with the form's own id.
  const id = givenId ?? ctx.rt.newId();
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
export function fileArguments(args: unknown[]): {
  name: string;
  mimeType: string;
  bytes: Buffer;
  blob?: true;
} {
  const made = fileArgumentsAsGiven(args);
  // Docs, Sheets, Forms … are made by their own services; createFile refuses their types.
  if (made.mimeType.startsWith('application/vnd.google-apps.'))
    throw appsScriptError(GOOGLE_MIME_REFUSED);
  return made;
}

/** The text scripts meet (https://riptutorial.com/google-apps-script/topic/6395/driveapp-service). */
export const GOOGLE_MIME_REFUSED =
  'Cannot use "DriveApp.createFile()" to create Google MIME types. Please use Advanced Drive Service';

function fileArgumentsAsGiven(args: unknown[]): {
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

export function checkContentSize(bytes: Buffer, blob = false): void {
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

export function listChildren(
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
