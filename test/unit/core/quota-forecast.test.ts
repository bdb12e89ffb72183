import fc from 'fast-check';
import { addDays, weekdayOf } from '../../../src/core/dates';
import {
  dispatchDayAhead,
  forecastQuota,
  MAX_FORECAST_DAYS,
  remindersPerParticipant,
  type QuotaDemand,
} from '../../../src/core/quota-forecast';
import { t } from '../../../src/core/i18n';
import { composeQuotaWarning } from '../../../src/core/mail/quota-warning';
import { zonedToEpoch } from '../../../src/core/time-zone';
import type { Lang } from '../../../src/core/types';

const TZ = 'Europe/Helsinki';
const THURSDAY = '2026-11-26';
const demand = (over: Partial<QuotaDemand> = {}): QuotaDemand => ({
  dispatchDate: THURSDAY,
  dailyQuota: 100,
  weekly: 150,
  welcome: 0,
  coaches: 2,
  reminders: 0,
  ...over,
});

describe('forecastQuota', () => {
  test('a run that needs exactly the quota fits; one recipient more does not', () => {
    const exact = demand({ weekly: 90, welcome: 4, reminders: 4 }); // 90 + 4 + 4 + 2 coaches
    expect(forecastQuota(exact).fits).toBe(true);
    expect(forecastQuota(exact).needed).toBe(exact.dailyQuota);
    expect(forecastQuota({ ...exact, weekly: 91 }).fits).toBe(false);
  });

  test('what fits goes on the dispatch day, the rest the next days, each day after the summaries', () => {
    const d = demand({ weekly: 150, coaches: 2 });
    const f = forecastQuota(d);
    const perDay = d.dailyQuota - d.coaches;
    expect(f.fits).toBe(false);
    expect(f.days).toEqual([
      { date: THURSDAY, mails: perDay },
      { date: addDays(THURSDAY, 1), mails: d.weekly - perDay },
    ]);
    expect(f.waiting).toBe(d.weekly - perDay);
    expect(f.stuck).toBe(0);
  });

  test("the dispatch day's reminders come out of that day only", () => {
    const d = demand({ weekly: 250, reminders: 30, welcome: 10 });
    const f = forecastQuota(d);
    expect(f.days[0]).toEqual({
      date: THURSDAY,
      mails: d.dailyQuota - d.coaches - d.reminders,
    });
    expect(f.days[1].mails).toBe(d.dailyQuota - d.coaches);
    expect(f.days.reduce((s, x) => s + x.mails, 0)).toBe(d.weekly + d.welcome);
  });

  test('when reminders take the whole dispatch day, every client mail waits', () => {
    const d = demand({ weekly: 20, reminders: 99 });
    const f = forecastQuota(d);
    expect(f.days).toEqual([{ date: addDays(THURSDAY, 1), mails: 20 }]);
    expect(f.waiting).toBe(20);
  });

  test('a quota no larger than the summaries carries nothing: all stuck, no endless days', () => {
    const f = forecastQuota(demand({ dailyQuota: 2, coaches: 2, weekly: 5 }));
    expect(f.days).toEqual([]);
    expect(f.stuck).toBe(5);
  });

  test('invariants: days in order from the dispatch day, within the quota, every mail placed once', () => {
    fc.assert(
      fc.property(
        fc.record({
          dailyQuota: fc.integer({ min: 1, max: 2_000 }),
          weekly: fc.integer({ min: 0, max: 5_000 }),
          welcome: fc.integer({ min: 0, max: 500 }),
          coaches: fc.integer({ min: 0, max: 20 }),
          reminders: fc.integer({ min: 0, max: 300 }),
        }),
        (input) => {
          const d = demand(input);
          const f = forecastQuota(d);
          const placed = f.days.reduce((s, x) => s + x.mails, 0);
          expect(placed + f.stuck).toBe(d.weekly + d.welcome);
          expect(f.days.length).toBeLessThanOrEqual(MAX_FORECAST_DAYS);
          f.days.forEach((day, i) => {
            expect(day.mails).toBeGreaterThan(0);
            const index = (Date.parse(day.date) - Date.parse(THURSDAY)) / 86_400_000;
            const cap = d.dailyQuota - d.coaches - (index === 0 ? d.reminders : 0);
            expect(day.mails).toBeLessThanOrEqual(cap);
            if (i > 0) expect(day.date > f.days[i - 1].date).toBe(true);
          });
          expect(f.fits).toBe(d.weekly + d.welcome + d.reminders + d.coaches <= d.dailyQuota);
          if (f.fits) expect(f.waiting).toBe(0);
        },
      ),
    );
  });
});

describe('dispatchDayAhead', () => {
  const schedule = { sendWeekday: 4 as const, sendTime: '12:00', timeZone: TZ };
  const at = (date: string, time: string) => zonedToEpoch(date, time, TZ);

  test('the night before the send day looks at the send day', () => {
    const wednesday = addDays(THURSDAY, -1);
    expect(dispatchDayAhead(wednesday, at(wednesday, '02:00'), schedule)).toBe(THURSDAY);
  });

  test('on the send day only before the send time (a catch-up), never after', () => {
    expect(dispatchDayAhead(THURSDAY, at(THURSDAY, '02:00'), schedule)).toBe(THURSDAY);
    expect(dispatchDayAhead(THURSDAY, at(THURSDAY, '12:30'), schedule)).toBe('');
  });

  test('other days look at nothing, and a Monday send day is seen from Sunday', () => {
    for (let i = 1; i <= 5; i++) {
      const day = addDays(THURSDAY, i);
      expect(dispatchDayAhead(day, at(day, '02:00'), schedule)).toBe('');
    }
    const sunday = addDays(THURSDAY, 3);
    expect(weekdayOf(sunday)).toBe(7);
    expect(dispatchDayAhead(sunday, at(sunday, '02:00'), { ...schedule, sendWeekday: 1 })).toBe(
      addDays(sunday, 1),
    );
  });
});

describe('remindersPerParticipant', () => {
  test('a morning-of and a "starting soon" reminder when the morning window opens first', () => {
    expect(
      remindersPerParticipant({ date: THURSDAY, startMs: zonedToEpoch(THURSDAY, '10:00', TZ) }, TZ),
    ).toBe(2);
  });
  test('only the "starting soon" one for an early meeting', () => {
    expect(
      remindersPerParticipant({ date: THURSDAY, startMs: zonedToEpoch(THURSDAY, '08:30', TZ) }, TZ),
    ).toBe(1);
  });
});

describe('the warning mail', () => {
  const input = (lang: Lang, over: Partial<QuotaDemand> = {}) => {
    const d = demand(over);
    return {
      coach: 'coach@example.org',
      lang,
      week: '2026-W49',
      dispatchDate: THURSDAY,
      dailyQuota: d.dailyQuota,
      forecast: forecastQuota(d),
    };
  };

  test.each<[Lang, string, string]>([
    ['fi', 'torstai 26.11.2026', 'perjantai 27.11.2026'],
    ['sv', 'torsdag 26.11.2026', 'fredag 27.11.2026'],
    ['en', 'Thursday 26.11.2026', 'Friday 27.11.2026'],
  ])(
    '%s: names each day and its count, the need and the quota, and says nothing is needed',
    (lang, first, second) => {
      const i = input(lang, { weekly: 150, reminders: 20 });
      const mail = composeQuotaWarning(i);
      expect(mail.to).toBe(i.coach);
      expect(mail.kind).toBe('coach-alert');
      expect(mail.subject).toContain(i.week);
      for (const day of i.forecast.days) expect(mail.text).toContain(`: ${day.mails}`);
      expect(mail.text).toContain(`${first}: ${i.forecast.days[0].mails}`);
      expect(mail.text).toContain(`${second}: ${i.forecast.days[1].mails}`);
      expect(mail.text).toContain(String(i.forecast.needed));
      expect(mail.text).toContain(String(i.dailyQuota));
      expect(mail.text).toContain(String(i.forecast.waiting));
      expect(mail.text).toContain(t(lang, 'quota.warning.nothingNeeded'));
      expect(mail.text).not.toMatch(/quota\.\w+/);
      expect(mail.html).toContain('data-etapaja-kind="coach-alert"');
    },
  );

  test('mails no day can carry are named, and then something is needed', () => {
    const stuck = composeQuotaWarning(input('en', { dailyQuota: 2, weekly: 7 }));
    expect(stuck.text).toContain(t('en', 'quota.warning.stuck', { count: 7 }));
    expect(stuck.text).not.toContain(t('en', 'quota.warning.nothingNeeded'));
  });
});
