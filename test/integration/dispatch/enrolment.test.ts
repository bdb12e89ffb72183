import { DRIVE_STORE, type DriveStore } from '../../../emulator/drive';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';
import { mails, meta, plannedWorkspace } from './helpers';

/** Client folders in Drive (named "<id> <initials>"), by name. */
function clientFolders(ws: Workspace): Map<string, string[]> {
  const drive = ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  const byName = new Map<string, string[]>();
  for (const item of Object.values(drive.items)) {
    if (item.kind !== 'folder' || !/^A\d{4}\b/.test(item.name)) continue;
    byName.set(item.name, [...(byName.get(item.name) ?? []), item.id]);
  }
  return byName;
}

function rows(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rest] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function assertOneFolderEachAndLinked(ws: Workspace): void {
  const folders = clientFolders(ws);
  for (const [name, ids] of folders) expect(`${name}: ${ids.length}`).toBe(`${name}: 1`);
  const active = rows(ws, 'Asiakkaat').filter((c) => c.Tila === 'aktiivinen');
  const folderIds = new Set([...folders.values()].flat());
  const welcome = mails(ws).filter((m) => meta(m).kind === 'welcome');
  expect(welcome.map((m) => meta(m).client).sort()).toEqual(
    active.map((c) => String(c.Tunnus)).sort(),
  );
  for (const m of welcome) {
    const id = /https:\/\/drive\.google\.com\/drive\/folders\/([\w-]+)/.exec(m.text)?.[1] ?? '';
    expect(folderIds.has(id)).toBe(true);
    expect(m.text).toMatch(/https:\/\/docs\.google\.com\/forms\/\S+usp=pp_url/);
  }
}

test('the welcome mail carries the folder the dispatch made at enrolment, one per client', () => {
  const ws = plannedWorkspace();
  expect(clientFolders(ws).size).toBe(0); // the demo roster came after setup
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  assertOneFolderEachAndLinked(ws);
  const before = clientFolders(ws).size;
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  ws.call('nightly');
  expect(clientFolders(ws).size).toBe(before);
});

test('a run that dies after making folders (before writing their ids) makes no second folder', () => {
  const probe = plannedWorkspace();
  const at: number[] = [];
  probe.rt.faults = new FaultInjector(parseFaults(''));
  const off = probe.rt.onCall((call) => {
    if (/createFolder/.test(call.method)) at.push(probe.rt.faults.calls);
  });
  probe.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  expect(at.length).toBeGreaterThan(10);
  for (const k of [at[0] + 1, at[Math.floor(at.length / 2)] + 1, at[at.length - 1] + 2]) {
    const ws = plannedWorkspace();
    ws.rt.faults = new FaultInjector(parseFaults(`crash-at=${k}`));
    ws.run('etapaja', 'weeklyDispatch', [{}]);
    ws.rt.faults = new FaultInjector(parseFaults(''));
    ws.run('etapaja', 'weeklyDispatch', [{}]);
    assertOneFolderEachAndLinked(ws);
  }
});

test('the nightly proposes next week on Monday, only when the week has no plans yet', () => {
  const ws = plannedWorkspace(); // Thursday 2026-11-26; week 49 planned
  const weeks = () => new Set(rows(ws, 'Viikkosuunnitelmat').map((r) => String(r.Viikko)));
  ws.advance(Date.parse('2026-11-29T23:00:00+02:00')); // Fri–Sun nightlies: nothing to plan
  expect(weeks().has('2026-W50')).toBe(false);
  ws.advance(Date.parse('2026-11-30T06:00:00+02:00')); // Monday's nightly
  expect(weeks().has('2026-W50')).toBe(true);
  const count = rows(ws, 'Viikkosuunnitelmat').length;
  ws.advance(Date.parse('2026-12-02T06:00:00+02:00'));
  expect(rows(ws, 'Viikkosuunnitelmat').length).toBe(count);
});
