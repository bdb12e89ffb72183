import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { mails, meta, plannedWorkspace, weeklyCounts } from './helpers';

// Found by chaos seed 2: a dispatch that starts with the day's mail quota already spent sends
// nothing and composes no notice, and the notice was where the follow-up was asked for, so the
// week's mails waited for a run nobody had scheduled.
test('a dispatch that starts with no mail quota left asks for its follow-up and sends next day', () => {
  const ws = plannedWorkspace();
  const expected = (() => {
    const clean = plannedWorkspace();
    clean.run('etapaja', 'weeklyDispatch', [{}]);
    return [...weeklyCounts(clean).keys()].sort();
  })();
  ws.rt.faults = new FaultInjector(parseFaults('quota-mail=0'));
  const report = ws.call('weeklyDispatch', [{}]) as { followUpAt: string };
  expect(mails(ws)).toHaveLength(0);
  // Next morning at 08:00 Helsinki, when the quota has refreshed.
  expect(report.followUpAt).toBe('2026-11-27T06:00:00.000Z');
  expect(ws.triggers().filter((t) => t.functionName === 'weeklyDispatch')).toHaveLength(2);

  ws.rt.faults = new FaultInjector(parseFaults(''));
  ws.advance(Date.parse('2026-11-27T12:00:00+02:00'));
  const counts = weeklyCounts(ws);
  expect([...counts.keys()].sort()).toEqual(expected);
  for (const [, n] of counts) expect(n).toBe(1);
  expect(mails(ws).some((m) => meta(m).kind === 'coach-alert')).toBe(true);
});
