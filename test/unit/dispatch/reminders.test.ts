import { dueReminders, eventIdFor, type Occurrence } from '../../../src/core/reminders';
import { zonedToEpoch } from '../../../src/core/time-zone';
import { latestByKey, type LedgerEntry } from '../../../src/jobs/dispatch-ledger';
import { fatesOf, orderMark, orderOf } from '../../../src/jobs/ledger-progress';
import type { MailData } from '../../../src/jobs/dispatch-data';
import { upcomingOccurrences } from '../../../src/jobs/reminders';

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

test('a dead batch is resolved from its progress record, never from the quota', () => {
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
    messageId: orderMark(i),
    error: '',
  }));
  const claims = pending.map((e) => ({ order: orderOf(e.messageId) }));
  // Two tried (the second refused), the crash fell after the third sendEmail or before its
  // record: that one is uncertain, the last was never tried.
  expect(fatesOf(claims, claimedAt, { batch: claimedAt, tried: 2, notSent: [1] })).toEqual([
    'sent',
    'released',
    'uncertain',
    'released',
  ]);
  // No record of this batch (it died before its first record): at most the first is uncertain.
  expect(fatesOf(claims, claimedAt, { batch: 'older', tried: 9, notSent: [] })).toEqual([
    'uncertain',
    'released',
    'released',
    'released',
  ]);
  expect(fatesOf(claims, claimedAt, null).filter((f) => f === 'uncertain')).toHaveLength(1);
  // Every mail tried and recorded, only the closing write was lost: nothing is uncertain.
  expect(fatesOf(claims, claimedAt, { batch: claimedAt, tried: 4, notSent: [] })).toEqual([
    'sent',
    'sent',
    'sent',
    'sent',
  ]);
  const latest = latestByKey([{ ...pending[0] }, { ...pending[0], status: 'sent' }]);
  expect(latest.get(pending[0].sendKey)?.status).toBe('sent');
});

test('a client not yet oriented is in no group meeting, but their one-to-one session is reminded', () => {
  const client = (id: string, oriented: boolean) => ({
    id,
    name: `Asiakas ${id}`,
    email: `${id.toLowerCase()}@x.fi`,
    phone: '',
    lang: 'fi' as const,
    contact: 'email' as const,
    status: 'active' as const,
    group: 'R1',
    coach: 'anna@kunta.fi',
    folderId: '',
    token: '',
    oriented,
    periodStart: '2026-11-01',
    lastDay: '2027-06-30',
  });
  const data = {
    settings: { timeZone: TZ, closedDates: [], meetingPlatform: 'meet' },
    clients: [client('A0001', true), client('A0005', false)],
    groups: [
      {
        id: 'R1',
        name: 'Ryhmä 1',
        meetingWeekday: 1,
        meetingTime: '10:00',
        meetingMinutes: 60,
        coach: 'anna@kunta.fi',
        ownLink: '',
        badOwnLink: '',
        meetLink: 'https://meet.google.com/abc-defg-hij',
        calendarEventId: '',
      },
    ],
    meetings: {
      rows: [
        {
          values: {
            id: 'T1',
            date: '2026-11-30',
            start: '13:00',
            clientId: 'A0005',
            kind: 'one-to-one',
            minutes: 45,
          },
        },
      ],
    },
  } as unknown as MailData;
  const found = upcomingOccurrences(data, '2026-11-30'); // a Monday
  const group = found.filter((o) => o.title === 'group');
  expect(group).toHaveLength(1);
  expect(group[0].clientIds).toEqual(['A0001']);
  expect(found.filter((o) => o.title !== 'group').map((o) => o.clientIds)).toEqual([['A0005']]);
  // Oriented (or started with an override, which reads as oriented): in the group again.
  data.clients[1].oriented = true;
  expect(
    upcomingOccurrences(data, '2026-11-30').find((o) => o.title === 'group')?.clientIds,
  ).toEqual(['A0001', 'A0005']);
});
