import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { makeFile, type File } from './file';
import { makeFolder, type Folder } from './folder';

/**
 * FolderIterator and FileIterator.
 * https://developers.google.com/apps-script/reference/drive/folder-iterator
 * https://developers.google.com/apps-script/reference/drive/file-iterator
 */

/** Iterator.next() past the end. */
export const ITERATOR_END_MESSAGE =
  'Cannot retrieve the next object: iterator has reached the end.';
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

export function makeIterator(
  ctx: ScriptContext,
  kind: 'folder' | 'file',
  ids: string[],
): DriveIterator {
  return withCoverage(
    new DriveIterator(ctx, { kind, ids }),
    kind === 'folder' ? 'FolderIterator' : 'FileIterator',
  );
}

export function resumeIterator(
  ctx: ScriptContext,
  kind: 'folder' | 'file',
  token: string,
): DriveIterator {
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
