import { dueReminders, eventIdFor, type Occurrence } from '../../../src/core/reminders';
import { zonedToEpoch } from '../../../src/core/time-zone';
import {
  resolveClaims,
  latestByKey,
  quotaMark,
  type LedgerEntry,
} from '../../../src/jobs/dispatch-ledger';

const TZ = 'Europe/Helsinki';
function meeting(date: string, time: string): Occurrence {
  return {
    eventId: eventIdFor('group', 'R1', date),
    title: 'R1',
    date,
    time,
    startMs: zonedToEpoch(date, time, TZ),
    minutes: 60,
    link: 'https://meet.google.com/abc-defg-hij',
    clientIds: ['A0001'],
  };
}

test('event ids are base32hex, deterministic and distinct per date', () => {
  const a = eventIdFor('group', 'Ryhmä 1', '2026-10-26');
  expect(a).toMatch(/^[a-v0-9]{5,1024}$/);
  expect(eventIdFor('group', 'Ryhmä 1', '2026-10-26')).toBe(a);
  expect(eventIdFor('group', 'Ryhmä 1', '2026-10-27')).not.toBe(a);
});

test('across the October DST change the windows follow Helsinki wall-clock time', () => {
  // Sunday 25.10.2026 04:00 EEST → 03:00 EET. Friday before: UTC+3; Monday after: UTC+2.
  for (const [date, offset] of [
    ['2026-10-23', '+03:00'],
    ['2026-10-26', '+02:00'],
  ] as const) {
    const m = meeting(date, '10:00');
    const at = (time: string) => Date.parse(`${date}T${time}:00${offset}`);
    expect(dueReminders([m], at('06:59'), TZ)).toHaveLength(0);
    expect(dueReminders([m], at('07:00'), TZ)[0].which).toBe('morning');
    expect(dueReminders([m], at('07:59'), TZ)[0].which).toBe('morning');
    expect(dueReminders([m], at('08:00'), TZ)[0].which).toBe('soon');
    expect(dueReminders([m], at('09:59'), TZ)[0].which).toBe('soon');
    expect(dueReminders([m], at('10:00'), TZ)).toHaveLength(0);
  }
});

test('a dead run is resolved from the quota: the prefix that left is sent, the rest released', () => {
  const claimedAt = '2026-11-26T10:30:00.000Z';
  const pending: LedgerEntry[] = [0, 1, 2, 3].map((i) => ({
    sendKey: `weekly|A000${i}|2026-W49`,
    kind: 'weekly',
    clientId: `A000${i}`,
    week: '2026-W49',
    to: `a${i}@x.fi`,
    status: 'sending',
    attempts: 1,
    claimedAt,
    sentAt: '',
    messageId: quotaMark(100, i),
    error: '',
  }));
  const day = () => '2026-11-26';
  expect(resolveClaims(pending, 98, '2026-11-26', day).map((e) => e.status)).toEqual([
    'sent',
    'sent',
    'released',
    'released',
  ]);
  expect(resolveClaims(pending, 100, '2026-11-26', day).map((e) => e.status)).toEqual([
    'released',
    'released',
    'released',
    'released',
  ]);
  // Quota reset (another day): cannot know, so never resend — the coach is told.
  expect(
    resolveClaims(pending, 1500, '2026-11-27', () => '2026-11-26').every(
      (e) => e.status === 'uncertain',
    ),
  ).toBe(true);
  const latest = latestByKey([{ ...pending[0] }, { ...pending[0], status: 'sent' }]);
  expect(latest.get(pending[0].sendKey)?.status).toBe('sent');
});
