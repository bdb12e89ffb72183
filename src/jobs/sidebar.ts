import { workbookProperties } from '../services/properties';
import { addDays, diffDays, formatDate, isoWeekOf, parseDate, weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import { catalogues } from '../core/i18n/catalogues';
import { isHoliday } from '../core/holidays';
import { ENDS_SOON_DAYS } from '../core/roster';
import { CONTACT_VALUES, LANG_VALUES, MODEL_VALUES } from '../core/roster-columns';
import { lastEndedFortnight, periodKey } from '../core/reports';
import { parseTime } from '../core/settings';
import type { Client, IsoDate, Lang } from '../core/types';
import { listTriggers } from '../services/triggers';
import { cellText } from '../workbook/cells';
import { ABSENCE, ATTENDANCE } from '../workbook/choices';
import { checkRoster, enrolledClients } from '../workbook/clients';
import { planRowView } from '../workbook/plans-sheet';
import { tryOpenTable, openTable } from '../workbook/schema';
import { groupsFrom } from './dispatch-data';
import { sidebarPhoneNotices } from './phone-notices';
import type { PhoneNotice } from '../core/mail';
import { readReflectionForms, INTAKE_HANDLER } from './reflection-form';
import { REPORT_SENT_PROPERTY } from './reports';
import { TRIGGER_HANDLERS } from './setup';
import { openWorkbook, rosterContext, type WorkbookContext } from './workbook-context';

/**
 * The sidebar's first call: the page's words (every `sidebar.` message of the workbook's
 * language), the choices its forms offer, and the Today view. Read-only: one read per sheet.
 * No text is built here; alerts are message keys with parameters, said in words by the catalogue.
 */

export interface Choice {
  value: string;
  label: string;
}

export interface TodayView {
  lang: Lang;
  messages: Record<string, string>;
  today: IsoDate;
  todayText: string;
  working: { id: string; name: string; answered: boolean }[];
  meetings: { time: string; title: string; link: string }[];
  alerts: { text: string; clientId?: string }[];
  /** Ready text messages for clients who use the phone (src/jobs/phone-notices.ts). */
  phone?: { week: string; notices: PhoneNotice[] };
  clients: { id: string; name: string }[];
  groups: Choice[];
  choices: Record<'lang' | 'contact' | 'model' | 'weekday' | 'status' | 'reason', Choice[]>;
}

export function sidebarMessages(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalogues[lang]))
    if (['sidebar.', 'attendance.', 'import.ui.'].some((prefix) => key.startsWith(prefix)))
      out[key] = text;
  return out;
}

function choices(lang: Lang): TodayView['choices'] {
  const from = <T extends string>(vocab: {
    values: readonly T[];
    display: (v: T, l: Lang) => string;
  }): Choice[] => vocab.values.map((value) => ({ value, label: vocab.display(value, lang) }));
  return {
    lang: from(LANG_VALUES),
    contact: from(CONTACT_VALUES),
    model: from(MODEL_VALUES),
    weekday: [1, 2, 3, 4, 5, 6, 7].map((d) => ({
      value: String(d),
      label: t(lang, `weekday.${d}`),
    })),
    status: ATTENDANCE.map((value) => ({
      value,
      label: t(lang, `workbook.choice.attendance.${value}`),
    })),
    reason: ABSENCE.map((value) => ({
      value,
      label: t(lang, `workbook.choice.absenceReason.${value}`),
    })),
  };
}

/** Active, enrolled clients who work on `date`: by next week's plan when there is one, else by their days. */
function workingOn(wb: WorkbookContext, clients: Client[], date: IsoDate): Client[] {
  const plans = (tryOpenTable(wb.spreadsheet, 'plans')?.rows ?? [])
    .map((r) => planRowView(r.values))
    .filter((p) => p !== null);
  const week = isoWeekOf(date);
  const plannedWeek = new Set(
    plans.filter((p) => p.week === week || isoWeekOf(p.date) === week).map((p) => p.clientId),
  );
  const plannedToday = new Set(plans.filter((p) => p.date === date).map((p) => p.clientId));
  const closed = isHoliday(date) || wb.settings.closedDates.includes(date);
  return clients.filter((c) => {
    if (c.status !== 'active') return false;
    if (plannedToday.has(c.id)) return true;
    if (plannedWeek.has(c.id) || closed) return false;
    const end =
      c.continuationUntil && c.continuationUntil > c.periodEnd ? c.continuationUntil : c.periodEnd;
    return c.workDays.includes(weekdayOf(date)) && c.periodStart <= date && date <= end;
  });
}

export function sidebarToday(): TodayView {
  const wb = openWorkbook();
  const { lang, today } = wb;
  const clientsTable = openTable(wb.spreadsheet, 'clients');
  const groupsTable = tryOpenTable(wb.spreadsheet, 'groups');
  const checked = checkRoster(clientsTable, rosterContext(wb, groupsTable));
  const clients = enrolledClients(checked);
  const names = new Map(
    clientsTable.rows.map((r) => [cellText(r.values.id), cellText(r.values.name)] as const),
  );

  const answered = new Set<string>();
  for (const row of tryOpenTable(wb.spreadsheet, 'reflections')?.rows ?? [])
    if (parseDate(row.values.date) === today) answered.add(cellText(row.values.clientId));
  const working = workingOn(wb, clients, today).map((c) => ({
    id: c.id,
    name: c.name,
    answered: answered.has(c.id),
  }));

  const groups = groupsFrom(groupsTable);
  const meetings: TodayView['meetings'] = [];
  for (const g of groups) {
    if (g.meetingWeekday !== weekdayOf(today) || !g.meetingTime) continue;
    meetings.push({
      time: g.meetingTime,
      title: t(lang, 'mail.meeting.group', { name: g.name }),
      link: g.ownLink || g.meetLink,
    });
  }
  for (const row of tryOpenTable(wb.spreadsheet, 'meetings')?.rows ?? []) {
    if (parseDate(row.values.date) !== today) continue;
    const kind = cellText(row.values.kind) || 'one-to-one';
    const who = names.get(cellText(row.values.clientId)) ?? '';
    meetings.push({
      time: parseTime(row.values.start) ?? '',
      title: `${t(lang, `mail.meeting.${kind}`, { name: '' })}${who ? ` — ${who}` : ''}`.trim(),
      link: cellText(row.values.meetLink),
    });
  }
  meetings.sort((a, b) => a.time.localeCompare(b.time));

  return {
    lang,
    messages: sidebarMessages(lang),
    today,
    todayText: `${t(lang, `weekday.${weekdayOf(today)}`)} ${formatDate(today)}`,
    working,
    meetings,
    alerts: alerts(wb, clients),
    phone: sidebarPhoneNotices(),
    clients: clientsTable.rows
      .map((r) => ({ id: cellText(r.values.id), name: cellText(r.values.name) }))
      .filter((c) => c.id !== ''),
    groups: groups.map((g) => ({ value: g.id, label: g.name })),
    choices: choices(lang),
  };
}

function alerts(wb: WorkbookContext, clients: Client[]): TodayView['alerts'] {
  const { lang, today } = wb;
  const out: TodayView['alerts'] = [];
  for (const c of clients) {
    if (c.status !== 'active') continue;
    const end =
      c.continuationUntil && c.continuationUntil > c.periodEnd ? c.continuationUntil : c.periodEnd;
    const left = diffDays(today, end);
    if (left >= 0 && left <= ENDS_SOON_DAYS)
      out.push({
        text: t(lang, 'sidebar.alert.periodEnds', { name: c.name, date: formatDate(end) }),
        clientId: c.id,
      });
  }
  const have = new Set(listTriggers().map((tr) => tr.functionName));
  const wanted: string[] = Object.values(TRIGGER_HANDLERS);
  if (Object.keys(readReflectionForms()).length > 0) wanted.push(INTAKE_HANDLER);
  for (const name of wanted)
    if (!have.has(name)) out.push({ text: t(lang, 'sidebar.alert.triggerMissing', { name }) });
  if (wb.settings.plansNeedApproval) {
    const week = isoWeekOf(addDays(today, 7));
    const waiting = (tryOpenTable(wb.spreadsheet, 'plans')?.rows ?? [])
      .map((r) => planRowView(r.values))
      .filter((p) => p !== null && isoWeekOf(p.date) === week && !p.approved).length;
    if (waiting > 0)
      out.push({ text: t(lang, 'sidebar.alert.unapproved', { week, count: waiting }) });
  }
  const fortnight = lastEndedFortnight(today);
  const sent = workbookProperties().getProperty(REPORT_SENT_PROPERTY);
  if (sent !== periodKey(fortnight))
    out.push({
      text: t(lang, 'sidebar.alert.reportDue', {
        start: formatDate(fortnight.start),
        end: formatDate(fortnight.end),
      }),
    });
  return out;
}
