import type { ClientCard } from '../core/client-card';
import { dateInZone } from '../core/dates';

/**
 * The finished client card in CacheService, so that opening a card again costs one cache read
 * instead of five sheet reads and a Drive listing.
 * https://developers.google.com/apps-script/reference/cache/cache
 *
 * The script cache, not the user cache. The script is bound to one workbook, so its script
 * cache is that workbook's, and every coach of a workbook may see all its clients anyway. With
 * user caches, coach B's attendance mark could not remove the card coach A has cached (a script
 * reaches only its current user's cache), so A would see the old mark. The web app runs the same
 * project, but only the coach-only `sidebarClient` reads these keys.
 *
 * Sidebar actions that change a client's data remove the card (`forgetCards`). Jobs that change
 * many clients at once (nightly, dispatch, planning, imports, a client's reflection or upload) and
 * edits typed into the sheets do not: the short lifetime bounds how stale a card can be (a change
 * of the workbook's language too), and the card's Refresh button reads the workbook at once.
 */

/** Minutes, not hours: what the sheets changed without the sidebar shows within this time. */
export const CARD_TTL_SECONDS = 600;
/** Versioned, so a deploy that changes the card's shape never reads an old entry as new. */
const PREFIX = 'etapaja.card.v1.';
/** CacheService's limit per value; a larger card is simply not cached. */
const MAX_VALUE_BYTES = 100 * 1024;
/** Keys must stay within 250 characters: anything unlike a client id is not cached. */
const CACHEABLE_ID = /^[A-Za-z0-9_-]{1,64}$/;

interface Entry {
  id: string;
  /**
   * Who may be served this entry: the coach whose call made it, having passed the full coach
   * check (src/addon/access.ts). The cached read checks only the active user against it.
   */
  viewer: string;
  /** The workbook's date when the card was made, in its zone: days left and the calendar move at midnight. */
  today: string;
  timeZone: string;
  card: ClientCard;
}

export interface CardCache {
  /** The cached card of `id`, or null (not cached, evicted, made on another day, or unreadable). */
  read(id: string, nowMs: number, viewer: string): ClientCard | null;
  write(card: ClientCard, today: string, timeZone: string, viewer: string): void;
}

/** One cache handle per execution: `getScriptCache` is a service call too. */
export function openCardCache(): CardCache {
  let handle: GoogleAppsScript.Cache.Cache | null = null;
  const cache = () => (handle ??= CacheService.getScriptCache());
  return {
    read(id, nowMs, viewer) {
      if (!CACHEABLE_ID.test(id) || viewer === '') return null;
      try {
        const raw = cache().get(keyOf(id));
        if (!raw) return null;
        const entry = JSON.parse(raw) as Partial<Entry>;
        // The key already names the client; the entry is checked too, so no other card is served.
        if (entry.id !== id || entry.card?.id !== id || !entry.timeZone || !entry.today)
          return null;
        if (entry.viewer !== viewer) return null;
        return dateInZone(nowMs, entry.timeZone) === entry.today ? entry.card : null;
      } catch (_error) {
        // Cache unavailable or an unreadable entry: build the card from the workbook.
        return null;
      }
    },
    write(card, today, timeZone, viewer) {
      if (!CACHEABLE_ID.test(card.id) || viewer === '') return;
      const entry: Entry = { id: card.id, viewer, today, timeZone, card };
      const value = JSON.stringify(entry);
      if (utf8Bytes(value) > MAX_VALUE_BYTES) return;
      try {
        cache().put(keyOf(card.id), value, CARD_TTL_SECONDS);
      } catch (_error) {
        // Not cached this time; the next card is built from the workbook.
      }
    },
  };
}

/**
 * Removes the cards of these clients after a sidebar action changed their data. A failure is
 * not the action's failure (its write is done): the card then lives out its short lifetime.
 */
export function forgetCards(ids: readonly string[]): void {
  const keys = [...new Set(ids.map((id) => String(id ?? '').trim()))]
    .filter((id) => CACHEABLE_ID.test(id))
    .map(keyOf);
  if (keys.length === 0) return;
  try {
    const cache = CacheService.getScriptCache();
    if (keys.length === 1) cache.remove(keys[0]);
    else cache.removeAll(keys);
  } catch (_error) {
    // See above: the lifetime bounds the staleness.
  }
}

function keyOf(id: string): string {
  return PREFIX + id;
}

/** UTF-8 length without TextEncoder (not in Apps Script's V8 globals we compile against). */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
