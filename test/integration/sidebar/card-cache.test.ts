import { flushAllCaches, type CacheStore } from '../../../emulator/cache';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { applyUserEdit } from '../../../emulator/spreadsheet/harness';
import { readSheetValues } from '../../../emulator/spreadsheet';
import type { Workspace } from '../../../emulator/workspace';
import type { ClientCard } from '../../../src/core/client-card';
import { t } from '../../../src/core/i18n';
import { freshWorkspace } from '../../helpers/workspace';

/**
 * The client card is cached (src/services/card-cache.ts): opening it again reads no sheet, a
 * sidebar action that changes the client removes it, and a card is never served stale past its
 * lifetime, on another day or for another client.
 */

const TTL_MS = 10 * 60 * 1000;

function demo(start = '2026-11-26T09:00:00+02:00'): Workspace {
  const ws = freshWorkspace({ start });
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  return ws;
}

/** One card call as its own execution: the card and the execution's calls by service. */
function card(ws: Workspace, id: string, options?: { fresh?: boolean }) {
  const result = ws.run('etapaja', 'sidebarClient', options ? [id, options] : [id]);
  if (result.error) throw result.error;
  return {
    card: result.value as ClientCard,
    calls: result.execution.calls as Record<string, number>,
  };
}

const readsWorkbook = (calls: Record<string, number>) => (calls.SpreadsheetApp ?? 0) > 0;

/** Types a new value into one of a client's cells in the clients sheet, as a coach would. */
function editClient(ws: Workspace, id: string, header: string, value: string): void {
  const book = ws.meta.boundSpreadsheetId as string;
  const rows = readSheetValues(ws.rt, book, 'Asiakkaat');
  const column = rows[0].map(String).indexOf(header);
  const row = rows.findIndex((r) => String(r[0]) === id);
  expect(column).toBeGreaterThanOrEqual(0);
  expect(row).toBeGreaterThan(0);
  applyUserEdit(ws.rt.store('spreadsheet'), book, 'Asiakkaat', {
    kind: 'set',
    a1: `${String.fromCharCode(65 + column)}${row + 1}`,
    value,
  });
}

describe('the cached client card', () => {
  it('the second call is the guard and one cache read: no sheet, no Drive', () => {
    const ws = demo();
    const first = card(ws, 'A0001');
    expect(readsWorkbook(first.calls)).toBe(true);
    const again = card(ws, 'A0001');
    expect(again.card).toEqual(first.card);
    expect(Object.keys(again.calls).sort()).toEqual(['CacheService', 'Session']);
    // The active user (the cached entry names the coach who made it), getScriptCache and get.
    expect(again.calls).toEqual({ Session: 1, CacheService: 2 });
  });

  it('shows a mark made through the sidebar at once', () => {
    const ws = demo();
    const before = card(ws, 'A0001').card;
    expect(before.attendance.find((d) => d.date === '2026-11-25')?.status).not.toBe('absent');
    const marked = ws.call('markAttendance', [
      { clientId: 'A0001', date: '25.11.2026', status: 'absent', reason: 'own-illness' },
    ]) as { ok: boolean };
    expect(marked.ok).toBe(true);
    const after = card(ws, 'A0001');
    expect(readsWorkbook(after.calls)).toBe(true);
    expect(after.card.attendance).toContainEqual({
      date: '2026-11-25',
      status: 'absent',
      reason: 'oma sairaus',
    });
  });

  it("shows next week's plan approved after approving it from the card", () => {
    const ws = demo();
    const before = card(ws, 'A0001').card;
    expect(before.plan.length).toBeGreaterThan(0);
    expect(before.plan.some((p) => !p.approved)).toBe(true);
    ws.call('approvePlans', ['A0001']);
    expect(card(ws, 'A0001').card.plan.every((p) => p.approved)).toBe(true);
  });

  it('an edit typed into the sheet shows after the lifetime, or at once with Refresh', () => {
    const ws = demo();
    const before = card(ws, 'A0001').card;
    editClient(ws, 'A0001', 'Tavoitteet', 'Uusi tavoite');
    // Within the lifetime the cached card is served: sheet edits are not seen by the cache.
    expect(card(ws, 'A0001').card.goals).toBe(before.goals);

    const refreshed = card(ws, 'A0001', { fresh: true });
    expect(readsWorkbook(refreshed.calls)).toBe(true);
    expect(refreshed.card.goals).toBe('Uusi tavoite');
    // The refreshed card replaces the cached one.
    const next = card(ws, 'A0001');
    expect(readsWorkbook(next.calls)).toBe(false);
    expect(next.card.goals).toBe('Uusi tavoite');

    editClient(ws, 'A0001', 'Tavoitteet', 'Kolmas tavoite');
    ws.rt.clock.advance(TTL_MS);
    const expired = card(ws, 'A0001');
    expect(readsWorkbook(expired.calls)).toBe(true);
    expect(expired.card.goals).toBe('Kolmas tavoite');
  });

  it('a card made before midnight is not served after it', () => {
    const ws = demo('2026-11-26T23:55:00+02:00');
    const evening = card(ws, 'A0001').card;
    ws.rt.clock.advance(6 * 60 * 1000); // 00:01, within the lifetime
    const morning = card(ws, 'A0001');
    expect(readsWorkbook(morning.calls)).toBe(true);
    expect(evening.daysLeft).not.toBeNull();
    expect(morning.card.daysLeft).toBe((evening.daysLeft as number) - 1);
  });

  it('an evicted cache, or no cache at all, still gives the right card', () => {
    const ws = demo();
    const first = card(ws, 'A0001').card;
    flushAllCaches(ws.rt.store<CacheStore>('cache'));
    const rebuilt = card(ws, 'A0001');
    expect(readsWorkbook(rebuilt.calls)).toBe(true);
    expect(rebuilt.card).toEqual(first);

    ws.rt.faults = new FaultInjector(parseFaults('cache=1'));
    expect(card(ws, 'A0001').card).toEqual(first);
    // Marking still succeeds when the card cannot be removed; the mark is the coach's write.
    const marked = ws.call('markAttendance', [
      { clientId: 'A0001', date: '25.11.2026', status: 'present' },
    ]) as { ok: boolean };
    expect(marked.ok).toBe(true);
  });

  it("a card over CacheService's 100 KB per value is served, just not cached", () => {
    const ws = demo();
    // 60 KB of UTF-8 in each cell (under Sheets' 50,000 characters a cell).
    const goals = 'ä'.repeat(30_000);
    editClient(ws, 'A0001', 'Tavoitteet', goals);
    editClient(ws, 'A0001', 'Nimi', 'Ö'.repeat(30_000));
    const first = card(ws, 'A0001');
    expect(first.card.goals).toBe(goals);
    const again = card(ws, 'A0001');
    expect(again.card).toEqual(first.card);
    expect(readsWorkbook(again.calls)).toBe(true);
  });

  it("never serves one client's card for another id", () => {
    const ws = demo();
    const aino = card(ws, 'A0001').card;
    const other = card(ws, 'A0002').card;
    expect(other.id).toBe('A0002');
    expect(other.name).not.toBe(aino.name);
    expect(card(ws, 'A0002').card).toEqual(other);

    // Even an entry stored under the wrong key (say, by an older version) is not served.
    const caches = ws.rt.store<CacheStore>('cache').caches;
    const map = Object.values(caches).find((m) => 'etapaja.card.v1.A0001' in m)!;
    map['etapaja.card.v1.A0002'] = { ...map['etapaja.card.v1.A0001'] };
    const served = card(ws, 'A0002');
    expect(served.card.id).toBe('A0002');
    expect(served.card.name).toBe(other.name);
    expect(readsWorkbook(served.calls)).toBe(true);
    // An unknown client is an answer, not a cached card.
    expect(card(ws, 'A9999').card).toEqual({ error: t('fi', 'sidebar.attendance.unknownClient') });
  });

  it('a cached card is still refused to a web app visitor', () => {
    const ws = demo();
    card(ws, 'A0001');
    const visit = ws.run('etapaja', 'sidebarClient', ['A0001'], { activeUser: '' });
    expect(visit.error?.message).toBe(t('fi', 'access.denied'));
  });

  it('a cached card is refused to a signed-in stranger', () => {
    const ws = demo();
    card(ws, 'A0001');
    const stranger = ws.run('etapaja', 'sidebarClient', ['A0001'], {
      activeUser: 'stranger@elsewhere.example',
    });
    expect(stranger.error?.message).toBe(t('fi', 'access.denied'));
    expect(JSON.stringify(stranger.value ?? null)).not.toContain('A0001');
  });
});
