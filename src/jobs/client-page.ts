import { addDays, formatDate, parseDate, weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import { taskTitle } from '../core/task-bank';
import type { AbsenceReason, AttendanceStatus, Lang } from '../core/types';
import { cellText } from '../workbook/cells';
import { planRowView } from '../workbook/plans-sheet';
import { openTable, tryOpenTable } from '../workbook/schema';
import { tasksFromTable } from '../workbook/tasks-sheet';
import { attendanceFacts } from './attendance-facts';
import { isWellFormedToken } from '../core/tokens';
import { participantsOf, reflectionLinkFor } from './reflection-form';
import { clientByToken } from './upload-identity';
import { openWorkbook } from './workbook-context';

/**
 * What a client sees on their own page (issue 17): the coming week, the diaries they have sent,
 * and the days the coach has confirmed with the allowance they bring — all of it theirs only,
 * found by their token (no Google account), in their language. Nothing is written.
 */

export interface PageDay {
  date: string;
  dateText: string;
  weekday: string;
}

export interface ClientPageData {
  lang: Lang;
  week: (PageDay & { inPerson: boolean; hours: number | null; tasks: string[] })[];
  diaries: PageDay[];
  confirmed: (PageDay & { status: AttendanceStatus; reason: AbsenceReason | null })[];
  allowanceDays: number;
  allowanceEuros: number;
  toCheck: number;
  /** Today's diary (the reflection form with the day and token filled in) and the upload page. */
  diaryLink: string;
  token: string;
}

/** At most this many past days on the page: a phone screen, not an archive. */
const MAX_PAST = 30;

function day(date: string, lang: Lang): PageDay {
  return { date, dateText: formatDate(date), weekday: t(lang, `weekday.${weekdayOf(date)}`) };
}

function comingWeek(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  clientId: string,
  today: string,
  lang: Lang,
): ClientPageData['week'] {
  const tasks = new Map(tasksFromTable(tryOpenTable(spreadsheet, 'tasks')).map((k) => [k.id, k]));
  const last = addDays(today, 6);
  return openTable(spreadsheet, 'plans')
    .rows.map((r) => planRowView(r.values))
    .filter((p) => p !== null && p.clientId === clientId && p.date >= today && p.date <= last)
    .map((p) => p as NonNullable<typeof p>)
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((p) => ({
      ...day(p.date, lang),
      inPerson: p.mode === 'in-person',
      hours: p.hours,
      tasks: p.taskIds.map((id) => tasks.get(id)).flatMap((k) => (k ? [taskTitle(k, lang)] : [])),
    }));
}

/** The page's data for a token, or null for a token that is not a current client's. */
export function clientPageData(token: unknown): ClientPageData | null {
  const wb = openWorkbook();
  const client = clientByToken(token, wb);
  if (!client) return null;
  const { lang } = client;
  const diaries = openTable(wb.spreadsheet, 'reflections')
    .rows.filter((r) => cellText(r.values.clientId) === client.id)
    .flatMap((r) => {
      const date = parseDate(r.values.date);
      return date && date <= wb.today ? [day(date, lang)] : [];
    })
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .filter((d, i, all) => i === 0 || all[i - 1].date !== d.date)
    .slice(0, MAX_PAST);
  const facts = attendanceFacts(wb, client.id).sort((a, b) => (a.date < b.date ? 1 : -1));
  const confirmed = facts
    .filter((f) => f.final !== 'unknown')
    .slice(0, MAX_PAST)
    .map((f) => ({ ...day(f.date, lang), status: f.final, reason: f.reason }));
  const allowanceDays = facts.filter((f) => f.final === 'present').length;
  return {
    lang,
    week: comingWeek(wb.spreadsheet, client.id, wb.today, lang),
    diaries,
    confirmed,
    allowanceDays,
    allowanceEuros: Math.round(allowanceDays * wb.settings.allowanceEuros * 100) / 100,
    toCheck: facts.filter((f) => f.final === 'unknown' && f.date < wb.today).length,
    diaryLink: reflectionLinkFor(client, wb.today),
    token: client.token,
  };
}

/**
 * Server function (coach): the client's own page address to give them (a message, a printout),
 * or '' for an unknown or closed client, or before the web app is deployed.
 */
export function clientPageLink(clientId: unknown): string {
  const wb = openWorkbook();
  const client = participantsOf(openTable(wb.spreadsheet, 'clients')).find(
    (p) => p.id === String(clientId ?? '').trim() && p.status !== 'closed',
  );
  const url = ScriptApp.getService().getUrl() ?? '';
  if (!client || !url || !isWellFormedToken(client.token)) return '';
  return `${url}?page=me&t=${encodeURIComponent(client.token)}`;
}
