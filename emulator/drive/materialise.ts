import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DriveItem, DriveStore } from './store';

/**
 * Writes Drive as real files a person can open: `<dir>/drive/<owner of the root>/<folder
 * path>/<name>`. Items whose folders are all unknown (shared into this workspace from outside)
 * go under `_shared-with-workspace/`; trashed items are not written.
 *
 * Idempotent and cheap: a manifest (`drive/.etapaja-manifest.json`) remembers which file came
 * from which item at which `updated` time and size, so unchanged files are not rewritten, and
 * files of items since renamed, moved or trashed are removed. Only files listed in the manifest
 * are ever deleted: anything else a person put under `drive/` is left alone.
 */

const MANIFEST = '.etapaja-manifest.json';

interface ManifestEntry {
  id: string;
  updated: number;
  /** Bytes of a file; -1 marks a folder. */
  size: number;
}

type Manifest = Record<string, ManifestEntry>;

/** A name that is safe as one path segment on Linux, macOS and Windows. */
function safeSegment(name: string): string {
  // eslint-disable-next-line no-control-regex
  let s = name.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_').replace(/[. ]+$/, '');
  if (s === '' || s === '.' || s === '..') s = '_';
  return s.slice(0, 200);
}

function withIdSuffix(name: string, id: string): string {
  const suffix = ` (${id.slice(0, 8)})`;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) + suffix + name.slice(dot) : name + suffix;
}

function readManifest(file: string): Manifest {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

/** Relative path (with `/`) for every live item, duplicate sibling names disambiguated. */
export function drivePaths(store: DriveStore): Map<string, string> {
  const items = Object.values(store.items).filter((i) => !i.trashed);
  const live = new Map(items.map((i) => [i.id, i]));
  const rootOwner = new Map<string, string>();
  for (const [user, id] of Object.entries(store.roots)) rootOwner.set(id, user);

  // Each item is written once, under its first parent that is alive.
  const primaryParent = (item: DriveItem): string | undefined =>
    item.parents.find((p) => live.has(p));
  const siblings = new Map<string, DriveItem[]>();
  for (const item of items) {
    const key = primaryParent(item) ?? '';
    if (!siblings.has(key)) siblings.set(key, []);
    siblings.get(key)!.push(item);
  }
  const segment = new Map<string, string>();
  for (const group of siblings.values()) {
    const counts = new Map<string, number>();
    for (const item of group) {
      const s = safeSegment(item.name).toLowerCase();
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
    for (const item of group) {
      const base = safeSegment(item.name);
      segment.set(
        item.id,
        counts.get(base.toLowerCase())! > 1 ? withIdSuffix(base, item.id) : base,
      );
    }
  }

  const paths = new Map<string, string>();
  const resolve = (item: DriveItem, seen: Set<string>): string => {
    const known = paths.get(item.id);
    if (known !== undefined) return known;
    const parentId = primaryParent(item);
    let result: string;
    if (rootOwner.has(item.id)) result = safeSegment(rootOwner.get(item.id)!);
    else if (!parentId || seen.has(parentId)) {
      result = `_shared-with-workspace/${segment.get(item.id)!}`;
    } else {
      result = `${resolve(live.get(parentId)!, new Set(seen).add(item.id))}/${segment.get(item.id)!}`;
    }
    paths.set(item.id, result);
    return result;
  };
  for (const item of items) resolve(item, new Set());
  return paths;
}

export function materialiseDrive(dir: string, store: DriveStore): void {
  const base = path.join(dir, 'drive');
  const manifestFile = path.join(base, MANIFEST);
  const previous = readManifest(manifestFile);
  const next: Manifest = {};
  const paths = drivePaths(store);
  const liveFolders = new Set<string>();

  for (const [id, relative] of paths) {
    const item = store.items[id];
    const target = path.join(base, ...relative.split('/'));
    if (item.kind === 'folder') {
      liveFolders.add(target);
      next[relative] = { id, updated: item.updated, size: -1 };
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    const bytes = Buffer.from(item.contentBase64 ?? '', 'base64');
    const entry: ManifestEntry = { id, updated: item.updated, size: bytes.length };
    next[relative] = entry;
    const old = previous[relative];
    const unchanged =
      old && old.id === id && old.updated === item.updated && old.size === bytes.length;
    if (unchanged && fs.existsSync(target) && fs.statSync(target).size === bytes.length) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }

  // Remove what we wrote earlier for items since moved, renamed or trashed: files first, then
  // folders deepest first, and a folder only if it is empty (a person's own files stay).
  const stale = Object.keys(previous)
    .filter((relative) => !next[relative])
    .sort(
      (a, b) => Number(previous[a].size < 0) - Number(previous[b].size < 0) || b.length - a.length,
    );
  for (const relative of stale) {
    const target = path.join(base, ...relative.split('/'));
    if (previous[relative].size >= 0) {
      fs.rmSync(target, { force: true });
      continue;
    }
    if (liveFolders.has(target)) continue;
    try {
      fs.rmdirSync(target); // only succeeds when empty
    } catch {
      // not empty or already gone
    }
  }

  if (Object.keys(previous).length > 0 || Object.keys(next).length > 0) {
    fs.mkdirSync(base, { recursive: true });
    const text = JSON.stringify(next, null, 1);
    if (!fs.existsSync(manifestFile) || fs.readFileSync(manifestFile, 'utf8') !== text) {
      fs.writeFileSync(manifestFile, text);
    }
  }
}
