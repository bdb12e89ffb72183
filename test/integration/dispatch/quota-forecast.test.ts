import type { Workspace } from '../../../emulator/workspace';
import type { SentMessage } from '../../../emulator/mail';
import { addDays, dateInZone, isoWeekOf } from '../../../src/core/dates';
import { t } from '../../../src/core/i18n';
import { DEMO_COACHES } from '../../../src/jobs/demo-roster';
import { mails, meta, weeklyCounts } from './helpers';
import { rosterAtScale, rowsOf } from './roster-at-scale';

/**
 * Quota planning on a consumer account (100 recipients a day): the night before the weekly
 * dispatch (Thursday 12:00) each coach is warned once when the day's quota will not carry it,
 * and the dispatch then spreads exactly as the warning said.
 */
const TZ = 'Europe/Helsinki';
const TUESDAY = '2026-11-24T09:00:00+02:00';
const DISPATCH_DAY = '2026-11-26';
const WEEK = isoWeekOf(addDays(DISPATCH_DAY, 7));
const QUOTA = 100;
const at = (iso: string) => Date.parse(iso);

const dayOf = (m: SentMessage) => dateInZone(m.sentAt, TZ);
const warnings = (ws: Workspace) =>
  mails(ws).filter((m) => m.subject === t('fi', 'quota.warning.subject', { week: WEEK }));
const quotaLog = (ws: Workspace) => rowsOf(ws, 'Loki').filter((r) => r.Toiminto === 'quota');

/** The day lines of a warning ("- torstai 26.11.2026: 34") as ISO date → client mails. */
function forecastDays(text: string): Map<string, number> {
  const days = new Map<string, number>();
  for (const m of text.matchAll(/^- \S+ (\d{1,2})\.(\d{1,2})\.(\d{4}): (\d+)$/gm)) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    days.set(iso, Number(m[4]));
  }
  return days;
}

/** Client mails (welcome and weekly) actually sent, per day. */
function clientMailsPerDay(ws: Workspace): Map<string, number> {
  const days = new Map<string, number>();
  for (const m of mails(ws)) {
    if (!['weekly', 'welcome'].includes(meta(m).kind)) continue;
    days.set(dayOf(m), (days.get(dayOf(m)) ?? 0) + 1);
  }
  return days;
}

describe('150 clients on a 100-a-day account', () => {
  let ws: Workspace;
  beforeAll(() => {
    // Ten clients joined this week and still get their welcome mail with the dispatch.
    ws = rosterAtScale({ start: TUESDAY, clients: 150, mailQuota: QUOTA, unwelcomed: 10 });
    // Wednesday night: the nightly trigger fires at 02.
    ws.advance(at('2026-11-25T03:00:00+02:00'));
  }, 120_000);

  test('the night before the dispatch each coach gets one warning, and the log one row', () => {
    const sent = warnings(ws);
    expect(sent.map((m) => m.to.join(',')).sort()).toEqual([...DEMO_COACHES].sort());
    for (const m of sent) {
      expect(dayOf(m)).toBe(addDays(DISPATCH_DAY, -1));
      expect(meta(m).kind).toBe('coach-alert');
      expect(m.text).toContain(t('fi', 'quota.warning.nothingNeeded'));
    }
    expect(quotaLog(ws)).toHaveLength(1);
    expect(quotaLog(ws)[0].Taso).toBe('warning');
  });

  test('a second nightly run the same night warns nobody again', () => {
    const before = mails(ws).length;
    const run = ws.run('etapaja', 'nightly');
    expect(run.error).toBeUndefined();
    const quota = (run.value as { quota: { forecast: { fits: boolean }; warned: number } }).quota;
    expect(quota.forecast.fits).toBe(false);
    expect(quota.warned).toBe(0);
    expect(warnings(ws)).toHaveLength(DEMO_COACHES.length);
    expect(quotaLog(ws)).toHaveLength(1);
    expect(mails(ws).length).toBe(before);
  });

  test('the dispatch then spreads over the days the warning named, every client once', () => {
    const said = forecastDays(warnings(ws)[0].text);
    const intro = warnings(ws)[0].text;
    // The weekly trigger on Thursday, then the follow-ups at 08:00 on the next days.
    ws.advance(at('2026-11-29T12:00:00+02:00'));

    expect(said.size).toBeGreaterThanOrEqual(2);
    expect(clientMailsPerDay(ws)).toEqual(said);
    // Still one warning per coach: the dispatch day's own nightly run did not repeat it.
    expect(warnings(ws)).toHaveLength(DEMO_COACHES.length);

    // No client twice; every welcome once; no day over the quota.
    const weekly = weeklyCounts(ws);
    for (const n of weekly.values()) expect(n).toBe(1);
    const welcomes = mails(ws).filter((m) => meta(m).kind === 'welcome');
    expect(new Set(welcomes.map((m) => meta(m).client)).size).toBe(welcomes.length);
    expect(welcomes).toHaveLength(10);
    const perDay = new Map<string, number>();
    for (const m of mails(ws)) perDay.set(dayOf(m), (perDay.get(dayOf(m)) ?? 0) + m.to.length);
    for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(QUOTA);

    // What the dispatch day needed, as the warning said: its reminders, the client mails and
    // a summary per coach.
    const reminders = mails(ws).filter(
      (m) => meta(m).kind === 'reminder' && dayOf(m) === DISPATCH_DAY,
    ).length;
    const needed = reminders + weekly.size + welcomes.length + DEMO_COACHES.length;
    expect(intro).toContain(` ${needed} `);
    expect(intro).toContain(` ${QUOTA} `);
  });
});

describe('40 clients on a 100-a-day account', () => {
  test('the forecast fits: no warning, no log row, and the dispatch goes in one day', () => {
    const ws = rosterAtScale({ start: TUESDAY, clients: 40, mailQuota: QUOTA });
    ws.advance(at('2026-11-25T03:00:00+02:00'));
    const run = ws.run('etapaja', 'nightly');
    const quota = (run.value as { quota: { dispatchDate: string; forecast: { fits: boolean } } })
      .quota;
    expect(quota.dispatchDate).toBe(DISPATCH_DAY);
    expect(quota.forecast.fits).toBe(true);
    expect(warnings(ws)).toHaveLength(0);
    expect(quotaLog(ws)).toHaveLength(0);

    ws.advance(at('2026-11-28T12:00:00+02:00'));
    expect(weeklyCounts(ws).size).toBeGreaterThan(0);
    expect([...clientMailsPerDay(ws).keys()]).toEqual([DISPATCH_DAY]);
  }, 120_000);
});
