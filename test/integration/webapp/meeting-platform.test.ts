import { CALENDAR_STORE, type CalendarStore } from '../../../emulator/calendar/store';
import type { SentMessage } from '../../../emulator/mail';
import type { Workspace } from '../../../emulator/workspace';
import { parseDate } from '../../../src/core/dates';
import { t } from '../../../src/core/i18n';
import { eventIdFor } from '../../../src/core/reminders';
import { coach, kindOf, mails, sheet, webWorkspace } from './helpers';
import { settingLabel } from '../../../src/core/settings';

/**
 * Meetings on any platform, end to end: a group with a Teams link and a one-to-one session with
 * a Zoom link get their own links in the weekly mail and the reminders, and no Google Meet is
 * made for them; with `meetingPlatform` = own link, nothing is ever generated and the coach is
 * told which group has no link. Demo roster; group G1 meets on Mondays at 10:00.
 */
const START = '2026-11-26T08:00:00+02:00'; // Thursday; the weekly mail is for W49
const MONDAY = '2026-11-30';
const TEAMS =
  'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2%40thread.v2/0?context=%7b%7d';
const ZOOM = 'https://us02web.zoom.us/j/81234567890?pwd=abc';

function events(ws: Workspace): Record<string, unknown>[] {
  const store = ws.rt.stores[CALENDAR_STORE] as CalendarStore;
  return Object.values(store.calendars).flatMap((c) =>
    Object.values(c.events).map((e) => e.resource),
  );
}

/** A group's members with email; with `on`, only those whose period has begun by that date. */
function membersOf(ws: Workspace, group: string, on = ''): string[] {
  return sheet(ws, 'Asiakkaat')
    .filter((c) => c.Ryhmä === group && c.Tila === 'aktiivinen' && c.Sähköposti)
    .filter((c) => !on || (parseDate(c['Jakso alkaa']) ?? '') <= on)
    .map((c) => String(c.Sähköposti));
}

function mailsTo(ws: Workspace, kind: string, to: string[]): SentMessage[] {
  return mails(ws).filter((m) => kindOf(m) === kind && m.to.some((x) => to.includes(x)));
}

function demoWorkspace(): Workspace {
  const ws = webWorkspace(START);
  ws.call('setup');
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  coach(ws, 'setCell', ['Ryhmät', 'Tunnus', 'G1', 'Oma tapaamislinkki', TEAMS]);
  return ws;
}

describe('a group with a Teams link (meetingPlatform = meet)', () => {
  let ws: Workspace;
  let zoomClient: string;

  beforeAll(() => {
    ws = demoWorkspace();
    const client = sheet(ws, 'Asiakkaat').find((c) => c.Ryhmä === 'G2' && c.Tila === 'aktiivinen')!;
    zoomClient = String(client.Sähköposti);
    coach(ws, 'putRows', [
      'Tapaamiset',
      [
        {
          Tunnus: 'M1',
          Asiakas: client.Tunnus,
          Päivä: MONDAY,
          Alkaa: '14:00',
          'Kesto (min)': 45,
          'Oma tapaamislinkki': ZOOM,
        },
      ],
    ]);
    ws.call('weeklyDispatch');
    ws.advance(Date.parse(`${MONDAY}T13:30:00+02:00`));
  });

  it("the group's weekly mails carry the Teams link and no Meet", () => {
    const weekly = mailsTo(ws, 'weekly', membersOf(ws, 'G1'));
    expect(weekly.length).toBeGreaterThan(0);
    for (const m of weekly) {
      expect(m.text).toContain(TEAMS);
      expect(m.text).not.toContain('meet.google.com');
    }
    // Other groups still get their generated Meet (members whose period has begun by then: a
    // meeting before a client's start is not in their letter).
    const g2 = mailsTo(ws, 'weekly', membersOf(ws, 'G2', '2026-12-01'));
    expect(g2.length).toBeGreaterThan(0);
    expect(g2.every((m) => /https:\/\/meet\.google\.com\//.test(m.text))).toBe(true);
  });

  it('its reminders carry the Teams link', () => {
    const reminders = mailsTo(ws, 'reminder', membersOf(ws, 'G1')).filter((m) =>
      m.subject.includes('10.00'),
    );
    expect(reminders.length).toBeGreaterThanOrEqual(membersOf(ws, 'G1').length);
    for (const m of reminders) {
      expect(m.text).toContain(TEAMS);
      expect(m.text).not.toContain('meet.google.com');
    }
  });

  it('no Calendar conference is made for it; other groups keep theirs', () => {
    const g1 = events(ws).filter((e) => e.id === eventIdFor('group', 'G1', MONDAY));
    expect(g1).toHaveLength(1);
    expect(g1[0].conferenceData).toBeUndefined();
    expect(g1[0].location).toBe(TEAMS);
    expect(sheet(ws, 'Ryhmät').find((g) => g.Tunnus === 'G1')!['Meet-linkki']).toBe('');
    const g2 = events(ws).find((e) => e.id === eventIdFor('group', 'G2', '2026-12-01'));
    expect(g2?.conferenceData).toBeDefined();
  });

  it('a one-to-one session with a Zoom link: the reminder has it, and no event or Meet is made', () => {
    const reminders = mailsTo(ws, 'reminder', [zoomClient]).filter((m) =>
      m.subject.includes('14.00'),
    );
    expect(reminders.length).toBeGreaterThan(0);
    for (const m of reminders) expect(m.text).toContain(ZOOM);
    expect(events(ws).some((e) => e.id === eventIdFor('meeting', 'M1', MONDAY))).toBe(false);
    expect(sheet(ws, 'Tapaamiset').find((r) => r.Tunnus === 'M1')!.Tapaamislinkki).toBe('');
  });
});

describe('meetingPlatform = own link: never a generated Meet', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = demoWorkspace();
    coach(ws, 'setCell', [
      'Asetukset',
      'Asetus',
      settingLabel('meetingPlatform', 'fi'),
      'Arvo',
      'oma linkki',
    ]);
    ws.call('weeklyDispatch');
  });

  it('no Calendar event has a Meet conference', () => {
    expect(events(ws).filter((e) => e.conferenceData)).toEqual([]);
    expect(events(ws).some((e) => e.id === eventIdFor('group', 'G1', MONDAY))).toBe(true);
  });

  it('the Teams group gets its link; a group without one gets "the coach tells you how to join"', () => {
    for (const m of mailsTo(ws, 'weekly', membersOf(ws, 'G1'))) expect(m.text).toContain(TEAMS);
    const g2 = mailsTo(ws, 'weekly', membersOf(ws, 'G2', '2026-12-01'));
    expect(g2.length).toBeGreaterThan(0);
    for (const m of g2) {
      expect(m.text).not.toMatch(/meet\.google\.com|teams\.microsoft/);
      const noLink = (['fi', 'sv', 'en'] as const).map((l) => t(l, 'mail.reminder.noLink'));
      expect(noLink.some((words) => m.text.includes(words))).toBe(true);
    }
  });

  it('the coach is told which group has no link', () => {
    const alerts = mails(ws).filter((m) => kindOf(m) === 'coach-alert');
    const g2 = sheet(ws, 'Ryhmät').find((g) => g.Tunnus === 'G2')!;
    expect(
      alerts.some((m) => m.text.includes(`tapaamisella ${String(g2.Nimi)} ei ole omaa linkkiä`)),
    ).toBe(true);
  });
});
