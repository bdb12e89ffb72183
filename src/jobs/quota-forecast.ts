import { coachScope } from '../core/coach-scope';
import { t } from '../core/i18n';
import { composeQuotaWarning, dayText } from '../core/mail/quota-warning';
import {
  dispatchDayAhead,
  forecastQuota,
  remindersPerParticipant,
  type QuotaForecast,
} from '../core/quota-forecast';
import { zonedToEpoch } from '../core/time-zone';
import type { IsoDate } from '../core/types';
import { remainingMailQuota } from '../services/mail';
import { coachOf, targetWeek, weeklyFor } from './dispatch';
import { readMailData, type MailData } from './dispatch-data';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type LedgerRun,
  type PlannedSend,
} from './dispatch-ledger';
import { upcomingOccurrences } from './reminders';
import { welcomeSends } from './welcome';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * Quota planning, run by the nightly job: the night before the weekly dispatch, each coach is
 * warned once when the day's mail quota will not carry the run, with how its sends spread.
 */

/**
 * User property keeping the largest remaining mail quota ever read. Apps Script tells only what
 * is left now (`MailApp.getRemainingDailyQuota()`); the account's full daily limit (100
 * recipients on a consumer account, 1,500 on Workspace,
 * https://developers.google.com/apps-script/guides/services/quotas) cannot be read. The nightly
 * job reads what is left before any of its steps mails, when the day's mail has barely started,
 * so the largest value seen soon is the limit. A user property, because the quota is the
 * account's: with each coach's triggers under their own account (mailPerCoach) each keeps
 * their own. Google's quota is really a rolling 24 hours, not a calendar day: a night reading
 * may be a little low, which only makes a warning come early.
 */
export const MAIL_QUOTA_PROPERTY = 'mailQuotaSeen';

/** Reads the remaining quota once and returns the largest seen so far (the daily limit). */
export function recordMailQuota(): number {
  const props = PropertiesService.getUserProperties();
  const seen = Number(props.getProperty(MAIL_QUOTA_PROPERTY)) || 0;
  const now = remainingMailQuota();
  if (now > seen) props.setProperty(MAIL_QUOTA_PROPERTY, String(now));
  return Math.max(seen, now);
}

export interface MailDemand {
  weekly: number;
  welcome: number;
  reminders: number;
  /** Who gets the dispatch's summary, and so the warning. */
  coaches: string[];
}

const NO_LINKS = new Map<string, string>();

/** The mails the weekly dispatch of `date` will have to send for `week` (the dispatch's rules). */
export function mailDemand(
  data: MailData,
  ledger: LedgerRun,
  date: IsoDate,
  week: string,
): MailDemand {
  // With mailPerCoach this account mails only its coach's clients, as the dispatch does.
  const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
  const active = data.clients.filter((c) => c.status === 'active' && mine(coachOf(c, data)));
  // A plan still awaiting approval counts: the coach approves it before the dispatch, and a
  // forecast made the night before would otherwise see almost nothing to send.
  const weekly = active.filter((c) => {
    if (isDone(ledger, sendKey('weekly', c.id, week), c.email)) return false;
    const decision = weeklyFor(c, data, week, NO_LINKS);
    return Boolean(decision.mail) || decision.skip?.key === 'mail.skip.notApproved';
  }).length;
  const welcome = welcomeSends(data, active, ledger, week).length;
  const mailable = new Set(active.filter((c) => c.email).map((c) => c.id));
  let reminders = 0;
  for (const occurrence of upcomingOccurrences(data, date)) {
    if (occurrence.date !== date) continue;
    const participants = occurrence.clientIds.filter((id) => mailable.has(id)).length;
    reminders += participants * remindersPerParticipant(occurrence, data.settings.timeZone);
  }
  const coaches = [...new Set(active.map((c) => coachOf(c, data)).filter(Boolean))];
  if (coaches.length === 0) coaches.push(Session.getEffectiveUser().getEmail());
  return { weekly, welcome, reminders, coaches };
}

export interface QuotaCheck {
  dispatchDate: IsoDate;
  week: string;
  dailyQuota: number;
  forecast: QuotaForecast;
  /** Warning mails sent by this run (0 when it fits, or the coaches were warned already). */
  warned: number;
  log: Record<string, unknown>[];
}

/**
 * On the night before the dispatch day (or that day before the send time): reads the workbook
 * (one read per table), forecasts the day, and if it does not fit warns every coach, exactly
 * once per dispatch week (the send ledger), with a log row. Null on other days.
 */
export function warnIfQuotaShort(wb: WorkbookContext, dailyQuota: number): QuotaCheck | null {
  const date = dispatchDayAhead(wb.today, wb.now, wb.settings);
  if (!date || dailyQuota <= 0) return null;
  const data = readMailData(['settings', 'clients', 'groups', 'plans', 'meetings']);
  const { settings } = data;
  const tz = settings.timeZone;
  const week = targetWeek(zonedToEpoch(date, settings.sendTime, tz), tz);
  const ledger = openLedger(data.sendlog, tz, wb.now);
  const demand = mailDemand(data, ledger, date, week);
  const forecast = forecastQuota({
    dispatchDate: date,
    dailyQuota,
    weekly: demand.weekly,
    welcome: demand.welcome,
    coaches: demand.coaches.length,
    reminders: demand.reminders,
  });
  const check: QuotaCheck = { dispatchDate: date, week, dailyQuota, forecast, warned: 0, log: [] };
  if (forecast.fits) return check;
  const lang = settings.lang;
  const planned: PlannedSend[] = demand.coaches
    .map((coach) => ({
      key: sendKey('quota-warning', coach, week),
      mail: composeQuotaWarning({ coach, lang, week, dispatchDate: date, dailyQuota, forecast }),
    }))
    .filter((p) => !isDone(ledger, p.key));
  if (planned.length === 0) return check;
  check.warned = sendExactlyOnce(ledger, planned).sent.length;
  const last = forecast.days[forecast.days.length - 1]?.date ?? date;
  check.log.push(
    logRow(
      'quota',
      'warning',
      t(lang, 'quota.log', {
        week,
        needed: forecast.needed,
        quota: dailyQuota,
        date: dayText(lang, date),
        first: forecast.days[0]?.date === date ? forecast.days[0].mails : 0,
        waiting: forecast.waiting,
        last: dayText(lang, last),
      }),
    ),
  );
  return check;
}
