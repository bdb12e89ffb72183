import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';
import { parseDate } from '../../../src/core/dates';
import { t } from '../../../src/core/i18n';
import { clock } from '../../../src/core/mail';
import type { Lang } from '../../../src/core/types';
import { mails, meta, plannedWorkspace } from './helpers';

/**
 * Meeting reminders in the week of the October daylight-saving change (Sunday 2026-10-25 04:00
 * EEST → 03:00 EET, Europe/Helsinki), checked from the outbox alone. The demo groups meet
 * Mon 10:00 (G1), Tue 13:00 (G2), Tue 10:00 (G3) and Thu 10:00 (G4); offsets are written by
 * hand: +03:00 before the change, +02:00 after.
 */
const START = '2026-10-22T06:00:00+03:00'; // Thursday, before the morning window opens
const MIDWAY = '2026-10-27T09:30:00+02:00'; // Tuesday: G3's soon window, G2's morning window
const END = '2026-11-01T23:00:00+02:00';

const GROUPS: Record<string, { weekday: number; time: string }> = {
  G1: { weekday: 1, time: '10:00' },
  G2: { weekday: 2, time: '13:00' },
  G3: { weekday: 2, time: '10:00' },
  G4: { weekday: 4, time: '10:00' },
};
// Days between START and END, with their weekday (1 = Monday). No public holiday falls on a
// meeting day here (All Saints' Day is Saturday 31 October).
const DAYS: [string, number][] = [
  ['2026-10-22', 4],
  ['2026-10-23', 5],
  ['2026-10-24', 6],
  ['2026-10-25', 7],
  ['2026-10-26', 1],
  ['2026-10-27', 2],
  ['2026-10-28', 3],
  ['2026-10-29', 4],
  ['2026-10-30', 5],
  ['2026-10-31', 6],
  ['2026-11-01', 7],
];
const startOf = (date: string, time: string): number =>
  Date.parse(`${date}T${time}:00${date < '2026-10-25' ? '+03:00' : '+02:00'}`);

const LANGS: Record<string, Lang> = { suomi: 'fi', ruotsi: 'sv', englanti: 'en' };
const localDate = (ms: number): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(ms));

function rows(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rest] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function reminderMails(ws: Workspace) {
  return mails(ws).filter((m) => meta(m).kind === 'reminder');
}

describe('reminders across the October DST change (built bundle on the emulator)', () => {
  let ws: Workspace;
  let afterMidway = 0;
  let afterRerun = 0;

  beforeAll(() => {
    ws = plannedWorkspace(START);
    ws.advance(Date.parse(MIDWAY));
    afterMidway = reminderMails(ws).length;
    // Runs at any moment inside a window send nothing twice.
    ws.run('etapaja', 'reminders', [{}]);
    ws.run('etapaja', 'reminders', [{}]);
    afterRerun = reminderMails(ws).length;
    ws.advance(Date.parse(END));
  });

  test('each group member gets one morning-of and one starting-soon reminder per meeting, in time, with the link', () => {
    const links = new Map(
      rows(ws, 'Ryhmät').map((g) => [String(g.Tunnus), String(g['Meet-linkki'])]),
    );
    const clients = rows(ws, 'Asiakkaat')
      // Clients whose period ended in the range are 'päättynyt' by now (the nightly closes
      // them); their reminders before the end are expected, none after.
      .filter((c) => ['aktiivinen', 'päättynyt'].includes(String(c.Tila)))
      .filter((c) => String(c['Sähköposti']) !== '')
      // Not yet oriented (and no override): no group meetings, so no reminders for them.
      .filter(
        (c) =>
          String(c.Perehdytetty) !== 'ei' || String(c['Perehdytys ohitettu (syy)'] ?? '') !== '',
      )
      .map((c) => ({
        id: String(c.Tunnus),
        email: String(c['Sähköposti']),
        group: String(c['Ryhmä']),
        lang: LANGS[String(c.Kieli)] ?? 'fi',
        coach: String(c.Ohjaaja),
        start: parseDate(c['Jakso alkaa']) ?? '',
        end:
          [parseDate(c['Jakso päättyy']), parseDate(c['Jatkosopimus asti'])]
            .filter((d): d is string => d !== null)
            .sort()
            .pop() ?? '',
      }))
      .filter((c) => c.group in GROUPS);
    expect(clients.length).toBeGreaterThan(10);

    // Expected: (client, date, which) for every meeting of the client's group in the range,
    // inside the client's period: none before it starts or after it (and any continuation) ends.
    const expected = new Set<string>();
    for (const c of clients)
      for (const [date, weekday] of DAYS)
        if (GROUPS[c.group].weekday === weekday && c.start <= date && date <= c.end)
          for (const which of ['morning', 'soon']) expected.add(`${c.id}|${date}|${which}`);
    expect(expected.size).toBeGreaterThan(40);

    const seen = new Map<string, number>();
    const byId = new Map(clients.map((c) => [c.id, c]));
    for (const m of reminderMails(ws)) {
      const client = byId.get(meta(m).client);
      expect(client).toBeDefined();
      if (!client) continue;
      expect(m.to).toEqual([client.email]);
      expect([...m.cc, ...m.bcc]).toEqual([]);
      // A reply (a sick notice) reaches the client's own coach.
      expect(m.replyTo).toBe(client.coach);
      const { time } = GROUPS[client.group];
      const date = localDate(m.sentAt);
      const meeting = t(client.lang, 'mail.letter.meeting.group');
      const subject = (w: string) =>
        t(client.lang, `mail.reminder.subject.${w}`, { meeting, time: clock(client.lang, time) });
      const which = ['morning', 'soon'].find(
        (w) => m.subject.toLowerCase() === subject(w).toLowerCase(),
      );
      expect(which).toBeDefined();
      const start = startOf(date, time);
      // Never after (nor at) the start; the soon one inside the two hours before it; the
      // morning one not before 07:00 local time of the meeting day.
      expect(m.sentAt).toBeLessThan(start);
      if (which === 'soon') expect(m.sentAt).toBeGreaterThanOrEqual(start - 2 * 3600_000);
      else expect(m.sentAt).toBeGreaterThanOrEqual(startOf(date, '07:00'));
      const link = links.get(client.group) ?? '';
      expect(link).toMatch(/^https:\/\/meet\.google\.com\//);
      expect(m.text).toContain(link);
      expect(m.html).toContain(link);
      const key = `${client.id}|${date}|${which}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...expected].sort());
    for (const [, n] of seen) expect(n).toBe(1);
  });

  test('meetings on both sides of the change are reminded at the same local hours', () => {
    const local = (ms: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Helsinki',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(ms));
    const g4 = reminderMails(ws).filter((m) =>
      /^(Ryhmän tapaaminen alkaa pian|Gruppmöte börjar snart|Group meeting starts soon)/.test(
        m.subject,
      ),
    );
    const before = g4.filter((m) => localDate(m.sentAt) === '2026-10-22');
    const after = g4.filter((m) => localDate(m.sentAt) === '2026-10-29');
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBe(before.length);
    for (const m of [...before, ...after])
      expect(local(m.sentAt) >= '08:00' && local(m.sentAt) < '10:00').toBe(true);
  });

  test('re-runs and a second advance send nothing more', () => {
    expect(afterMidway).toBeGreaterThan(0);
    expect(afterRerun).toBe(afterMidway);
    const total = reminderMails(ws).length;
    ws.run('etapaja', 'reminders', [{}]);
    ws.advance(Date.parse(END) + 30 * 60_000);
    ws.run('etapaja', 'reminders', [{}]);
    expect(reminderMails(ws).length).toBe(total);
  });
});
