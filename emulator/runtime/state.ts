import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDate, makeDate } from './clock';

/**
 * Every service keeps its state in one plain, serialisable store, registered here. The registry
 * makes, saves and loads all of them together, so a workspace is one JSON document plus the
 * human-readable files the stores materialise (mail as .eml, Drive as real files).
 */
export interface StoreDefinition<T> {
  name: string;
  empty(): T;
  /** Writes the human-readable view of the store under the workspace folder (idempotent). */
  materialise?(dir: string, store: T): void;
}

const definitions = new Map<string, StoreDefinition<unknown>>();

export function registerStore<T>(definition: StoreDefinition<T>): StoreDefinition<T> {
  definitions.set(definition.name, definition as StoreDefinition<unknown>);
  return definition;
}

export function emptyStores(): Record<string, unknown> {
  const stores: Record<string, unknown> = {};
  for (const [name, def] of definitions) stores[name] = def.empty();
  return stores;
}

export const STATE_FORMAT = 'etapaja-emulator-workspace';
export const STATE_VERSION = 1;

export interface WorkspaceMeta {
  owner: string;
  timeZone: string;
  locale: string;
  createdAt: number;
  seed: number;
  /** The workbook the scripts are bound to (getActiveSpreadsheet). */
  boundSpreadsheetId?: string;
  /** Workspace accounts send to 1,500 recipients a day, consumer accounts to 100. [QUOTA] */
  accountKind: 'workspace' | 'consumer';
  /**
   * Session.getActiveUser() is blank in installable triggers, web apps and simple triggers, as
   * Google says it may be ("If security policies do not allow access to the user's identity,
   * User.getEmail() returns a blank string", e.g. across domains):
   * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
   */
  blankActiveUser?: boolean;
}

export interface SavedState {
  format: string;
  version: number;
  clockMs: number;
  rngState: number;
  meta: WorkspaceMeta;
  stores: Record<string, unknown>;
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key];
  if (isDate(original)) return { $date: original.getTime() };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1) {
    return makeDate((value as { $date: number }).$date);
  }
  return value;
}

export function stateFile(dir: string): string {
  return path.join(dir, 'state.json');
}

/**
 * Saves atomically: write a temporary file, fsync, rename. A crash mid-save leaves the previous
 * state whole, never a half-written one.
 */
export function saveState(dir: string, state: SavedState): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, def] of definitions) {
    const store = state.stores[name];
    if (store !== undefined) def.materialise?.(dir, store);
  }
  const target = stateFile(dir);
  const temporary = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeFileSync(fd, JSON.stringify(state, replacer));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  keepPrevious(dir);
  fs.renameSync(temporary, target);
}

/** The state before the last save, kept so a damaged state.json can be recovered by hand. */
export function previousStateFile(dir: string): string {
  return path.join(dir, 'state.prev.json');
}

function keepPrevious(dir: string): void {
  // A hard link: no copy of a large file, and state.json stays in place until the rename.
  const previous = previousStateFile(dir);
  try {
    fs.rmSync(previous, { force: true });
    fs.linkSync(stateFile(dir), previous);
  } catch {
    // No previous state yet (a new workspace), or a file system without hard links.
  }
}

/** Says which file is damaged, what is wrong with it, and how to get the workspace back. */
function damaged(dir: string, problem: string): Error {
  const file = stateFile(dir);
  const previous = previousStateFile(dir);
  const recover = fs.existsSync(previous)
    ? `To recover, copy ${previous} (the state before the last save) over ${file}, ` +
      `or move the folder aside and start anew with: etapaja init --dir ${dir}`
    : `To recover, restore ${file} from a backup, or move the folder aside and start anew ` +
      `with: etapaja init --dir ${dir}`;
  return new Error(`The workspace state ${file} is damaged: ${problem}. ${recover}`);
}

function parseState(dir: string, text: string): SavedState {
  let state: SavedState;
  try {
    state = JSON.parse(text, reviver) as SavedState;
  } catch (error) {
    throw damaged(dir, `it is not valid JSON (${(error as Error).message})`);
  }
  if (!state || typeof state !== 'object' || Array.isArray(state))
    throw damaged(dir, 'it does not hold an object');
  if (state.format !== STATE_FORMAT) throw damaged(dir, 'it is not an Etäpaja workspace');
  const missing = (['clockMs', 'meta', 'stores'] as const).filter(
    (key) => state[key] === undefined || state[key] === null,
  );
  if (missing.length) throw damaged(dir, `it has no ${missing.join(', ')}`);
  if (typeof state.clockMs !== 'number' || !Number.isFinite(state.clockMs))
    throw damaged(dir, 'its clock is not a number');
  if (typeof state.stores !== 'object' || typeof state.meta !== 'object')
    throw damaged(dir, 'its stores or meta are not objects');
  return state;
}

export function loadState(dir: string): SavedState {
  const file = stateFile(dir);
  if (!fs.existsSync(file)) {
    throw new Error(`No workspace at ${dir}. Make one with: etapaja init --dir ${dir}`);
  }
  const state = parseState(dir, fs.readFileSync(file, 'utf8'));
  if (state.version > STATE_VERSION) {
    throw new Error(
      `${file} was written by a newer emulator (format ${state.version}); this one reads up to ${STATE_VERSION}`,
    );
  }
  // Stores added since the workspace was made start empty.
  const stores = emptyStores();
  for (const name of Object.keys(stores)) {
    if (state.stores[name] !== undefined) stores[name] = state.stores[name];
  }
  state.stores = stores;
  return state;
}
