import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { kindOf, mails, usedWorkspace } from './helpers';

/**
 * Mail is down from Wednesday noon to Sunday noon: the week's letters go on Monday, late, and
 * the coach is told they went late and why. The Monday-to-Wednesday run judged lateness by
 * next week (its target), so letters sent on those days were never told as late; and each coach
 * was told every other coach's late letters too, without the client's name.
 */
jest.setTimeout(300_000);

test('letters sent late on Monday are told to the coach as late', () => {
  const ws = usedWorkspace();
  ws.advance(Date.parse('2026-12-02T12:00:00+02:00'));
  ws.rt.faults = new FaultInjector(parseFaults('mail=1'));
  ws.advance(Date.parse('2026-12-06T12:00:00+02:00'));
  ws.rt.faults = new FaultInjector(parseFaults(''));
  ws.advance(Date.parse('2026-12-07T20:00:00+02:00'));

  const monday = Date.parse('2026-12-07T00:00:00+02:00');
  const late = mails(ws).filter(
    (m) => m.sentAt >= monday && kindOf(m) === 'weekly' && /(viikko|vecka|week) 50/.test(m.subject),
  );
  expect(late.length).toBeGreaterThan(0);
  const told = mails(ws)
    .filter((m) => m.sentAt >= monday && kindOf(m) === 'coach-alert')
    .map((m) => m.text)
    .join('\n');
  // Each late letter once, to its own coach only (two coaches share the demo's clients).
  expect((told.match(/2026-W50 lähti myöhässä/g) ?? []).length).toBe(late.length);
});
