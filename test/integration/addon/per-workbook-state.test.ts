import { outbox } from '../../../emulator/mail';
import {
  PROPERTIES_STORE,
  propertyStoreKey,
  readPropertyStore,
  seedProperties,
  type PropertiesStore,
  type PropertyScope,
} from '../../../emulator/properties/store';
import type { Workspace } from '../../../emulator/workspace';
import { freshWorkspace } from '../../helpers/workspace';
import { meta } from '../dispatch/helpers';

/**
 * An add-on's user properties belong to the script project and the user, not to the document:
 * Google shares them across every workbook the coach uses the add-on in
 * (https://developers.google.com/apps-script/guides/properties). The hourly run's schedule and
 * setup's remembered trigger specs are about one workbook, so they are kept under names keyed by
 * the spreadsheet's id. Two workspaces of the runtime never share user properties, so the test
 * copies workbook A's user properties into workbook B's store, as Google would hold them.
 */
jest.setTimeout(240_000);
const OWNER = 'ohjaaja@kunta.example';
const START = '2026-11-26T09:00:00+02:00'; // a Thursday: the send day, mails from 12:00
const AFTER_SEND = Date.parse('2026-11-26T14:30:00+02:00');

function userScope(ws: Workspace): PropertyScope {
  return { kind: 'user', projectId: 'etapaja', user: ws.meta.owner };
}

function userProps(ws: Workspace): Record<string, string> {
  return readPropertyStore(ws.rt.store<PropertiesStore>(PROPERTIES_STORE), userScope(ws));
}

function replaceUserProps(ws: Workspace, values: Record<string, string>): void {
  ws.rt.store<PropertiesStore>(PROPERTIES_STORE).stores[propertyStoreKey(userScope(ws))] = values;
}

const weeklyMails = (ws: Workspace): number =>
  outbox(ws.rt.store('mail') as never).filter((m) => meta(m).kind === 'weekly').length;

function workbook(seed: number): Workspace {
  const ws = freshWorkspace({ start: START, addon: true, owner: OWNER, seed });
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  return ws;
}

describe('the add-on keeps its schedule and trigger specs per workbook', () => {
  it('names the user properties by the spreadsheet id; workbook A’s run does not mark B’s letters done', () => {
    const a = workbook(1);
    const b = workbook(2);
    const idA = a.meta.boundSpreadsheetId as string;
    const idB = b.meta.boundSpreadsheetId as string;
    expect(idA).not.toBe(idB);

    a.advance(AFTER_SEND);
    expect(weeklyMails(a)).toBeGreaterThan(0);
    const propsA = userProps(a);
    expect(Object.keys(propsA)).toEqual(
      expect.arrayContaining([`schedule:${idA}`, `triggerSpecs:${idA}`]),
    );
    expect(propsA).not.toHaveProperty('schedule');
    expect(propsA).not.toHaveProperty('triggerSpecs');
    expect(JSON.parse(propsA[`schedule:${idA}`])).toMatchObject({ lastDispatchWeek: '2026-W49' });

    // The same coach's user properties as Google holds them: one store for both workbooks.
    seedProperties(b.rt.store<PropertiesStore>(PROPERTIES_STORE), userScope(b), propsA);
    const runs = b.advance(AFTER_SEND);
    expect(runs.filter((r) => r.execution.status !== 'completed')).toEqual([]);
    // B's own nightly work and weekly dispatch ran: A's schedule did not stand for B's.
    expect(weeklyMails(b)).toBeGreaterThan(0);
    const propsB = userProps(b);
    expect(JSON.parse(propsB[`schedule:${idB}`])).toMatchObject({
      lastNightly: '2026-11-26',
      lastDispatchWeek: '2026-W49',
    });
    expect(propsB[`schedule:${idA}`]).toBe(propsA[`schedule:${idA}`]);
  });

  it('moves an un-keyed value of an earlier version to this workbook’s name once, state kept', () => {
    const ws = workbook(1);
    const id = ws.meta.boundSpreadsheetId as string;
    // What an earlier version stored: the same state under names without the workbook.
    const current = userProps(ws);
    const specs = current[`triggerSpecs:${id}`];
    expect(specs).toBeDefined();
    const old = JSON.stringify({ lastNightly: '2026-11-26', lastDispatchWeek: '2026-W49' });
    const { [`triggerSpecs:${id}`]: _specs, [`schedule:${id}`]: _schedule, ...rest } = current;
    replaceUserProps(ws, { ...rest, triggerSpecs: specs, schedule: old });

    // The hourly runs read the migrated state: today's nightly work and this week's dispatch
    // are already done, so neither runs again.
    const runs = ws.advance(AFTER_SEND);
    expect(runs.filter((r) => r.execution.status !== 'completed')).toEqual([]);
    expect(weeklyMails(ws)).toBe(0);
    const after = userProps(ws);
    expect(after).not.toHaveProperty('schedule');
    expect(JSON.parse(after[`schedule:${id}`])).toMatchObject(JSON.parse(old) as object);

    // Setup finds its remembered specs under the workbook's name and makes no trigger anew.
    const summary = ws.call('setup') as { triggersCreated: string[] };
    expect(summary.triggersCreated).toEqual([]);
    const final = userProps(ws);
    expect(final).not.toHaveProperty('triggerSpecs');
    expect(final[`triggerSpecs:${id}`]).toBe(specs);
  });
});
