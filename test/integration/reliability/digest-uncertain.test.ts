import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import type { Workspace } from '../../../emulator/workspace';
import { parseCode } from '../../../src/core/workbook-codes';
import { mails, meta, plannedWorkspace } from '../dispatch/helpers';
import { rowsOf } from './helpers';

/**
 * A send becomes 'uncertain' when a later run finds its claim unfinished, which may be after
 * that day's digest went. The next digest still tells it (found by test/chaos, outage seed 148).
 */

const alerts = (ws: Workspace) => mails(ws).filter((m) => meta(m).kind === 'coach-alert');

/** The call count at which a dispatch sends its first mail. */
function firstSendCall(): number {
  const probe = plannedWorkspace();
  probe.rt.faults = new FaultInjector(parseFaults(''));
  let at = 0;
  const off = probe.rt.onCall((record) => {
    if (at === 0 && record.method.endsWith('sendEmail')) at = probe.rt.faults.calls;
  });
  probe.run('etapaja', 'weeklyDispatch', [{}]);
  off();
  return at;
}

test('an uncertain letter found after the day’s digest is told in the next day’s', () => {
  const k = firstSendCall();
  expect(k).toBeGreaterThan(0);
  const ws = plannedWorkspace();
  // The dispatch dies right after its first send: that claim is left unfinished.
  ws.rt.faults = new FaultInjector(parseFaults(`crash-at=${k + 1}`));
  expect(ws.run('etapaja', 'weeklyDispatch', [{}]).execution.status).toBe('crashed');
  ws.rt.faults = new FaultInjector(parseFaults(''));
  // The night's digest goes while the claim is still only unfinished, with an error the night
  // caught (Drive failing) as its newest line: newer than the unfinished claim.
  const off = ws.rt.onCall((record) => {
    if (record.method === 'Folder.getFiles') throw new Error('Service error: Drive');
  });
  ws.call('nightly');
  off();
  const before = alerts(ws).length;
  expect(before).toBeGreaterThan(0);
  // The next run finds the claim and marks it uncertain, never sending it again.
  ws.run('etapaja', 'weeklyDispatch', [{}]);
  const uncertain = rowsOf(ws, 'Lähetykset').filter(
    (r) => parseCode('sendStatus', r.Tila) === 'uncertain',
  );
  expect(uncertain).toHaveLength(1);
  const next = alerts(ws).length;
  ws.advance(ws.now() + 24 * 3_600_000);
  const told = alerts(ws).slice(next);
  expect(told.length).toBeGreaterThan(0);
  // The crash cut the first send: its client is named in the next digest.
  const cut = String(uncertain[0].Asiakas);
  expect(told.some((m) => m.text.includes(`${cut} `))).toBe(true);
});
