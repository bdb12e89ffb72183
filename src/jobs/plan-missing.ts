import { datesOfIsoWeek, dateInZone } from '../core/dates';
import { cellText } from '../workbook/cells';
import { checkRoster, enrolledClients } from '../workbook/clients';
import { isTransient } from '../services/retry';
import { rereadPlans, type MailClient, type MailData } from './dispatch-data';
import { planClients, workDaysInWeek } from './plan-week';
import { rosterContext } from './workbook-context';

/**
 * The dispatch plans a client itself before deciding there is nothing to send (issue 14): if
 * the nightly planning failed (Sheets down from Monday to Thursday night), the week's mails
 * must not go out as "no planned days". Which clients need it is decided in memory, from the
 * tables the dispatch already read — enrolled, with work days in the week, and no plan row —
 * so an ordinary run reads nothing more. Returns the clients planned now.
 */
export function planMissing(data: MailData, clients: MailClient[], week: string): Set<string> {
  const weekDates = new Set(datesOfIsoWeek(week));
  const hasRow = new Set(data.plans.filter((p) => weekDates.has(p.date)).map((p) => p.clientId));
  const candidates = new Set(clients.filter((c) => c.email && !hasRow.has(c.id)).map((c) => c.id));
  if (candidates.size === 0 || !data.clientsTable) return new Set();
  const now = Date.now();
  const ctx = {
    spreadsheet: data.spreadsheet,
    settings: data.settings,
    settingsProblems: [],
    lang: data.settings.lang,
    today: dateInZone(now, data.settings.timeZone),
    now,
  };
  const rctx = rosterContext(
    ctx,
    data.groupsTable,
    data.clientsTable.rows.map((r) => cellText(r.values.coach)),
  );
  const overrides = new Map(
    data.clientsTable.rows.map((r) => [
      cellText(r.values.id),
      cellText(r.values.orientationOverride),
    ]),
  );
  const needing = enrolledClients(checkRoster(data.clientsTable, rctx)).filter(
    (c) =>
      candidates.has(c.id) &&
      workDaysInWeek(c, week, data.settings, overrides.get(c.id) ?? '').length > 0,
  );
  if (needing.length === 0) return new Set();
  try {
    const result = planClients(week, new Set(needing.map((c) => c.id)));
    if (result.added === 0) return new Set();
    data.plans = rereadPlans();
  } catch (error) {
    // Sheets failing now: the mails wait for the next run, which tries again.
    if (!isTransient(error)) throw error;
    return new Set();
  }
  const planned = new Set(data.plans.filter((p) => weekDates.has(p.date)).map((p) => p.clientId));
  return new Set(needing.filter((c) => planned.has(c.id)).map((c) => c.id));
}
