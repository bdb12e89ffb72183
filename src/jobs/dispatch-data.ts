import { cellText } from '../workbook/cells';
import { withRetry } from '../services/retry';
import { SCHEMAS, type SheetKey } from '../workbook/schema';
import { normaliseHeader } from '../core/text';
import { planRowView, type PlanRowView } from '../workbook/plans-sheet';
import { settingsFromTable } from '../workbook/settings-sheet';
import { tasksFromTable } from '../workbook/tasks-sheet';
import { tableFromValues, type Table } from '../workbook/table';
import { CONTACT_VALUES, LANG_VALUES, STATUS_VALUES, parseYesNo } from '../core/roster-columns';
import { parseNumber, parseTime } from '../core/settings';
import { parseWeekday } from '../core/weekdays';
import type {
  ClientStatus,
  ContactChannel,
  IsoDate,
  Lang,
  Settings,
  Task,
  Weekday,
} from '../core/types';
import { laterIsoDate } from '../core/calendar-math';
import { parseDate } from '../core/dates';
import { isWellFormedToken } from '../core/tokens';
import { isMeetingUrl } from '../core/meeting-platform';
import { folderLinkFor } from './folders';
import { readReflectionForms, reflectionLinkFor, type ReflectionForms } from './reflection-form';

/**
 * What the mail jobs read from the workbook: each table in one batched read, rows turned into
 * the few fields a mail needs. Reading is lenient on purpose: a roster row with a problem
 * elsewhere (say, a missing goal) still gets its weekly mail; the roster job reports the problem.
 */
export interface MailClient {
  id: string;
  name: string;
  email: string;
  phone: string;
  lang: Lang;
  contact: ContactChannel;
  status: ClientStatus;
  group: string;
  coach: string;
  folderId: string;
  token: string;
  /** Perehdytetty: false until the coach marks orientation done. */
  oriented?: boolean;
  /** The first day of the period and the last day of it or its continuation ('' unknown). */
  periodStart: IsoDate | '';
  lastDay: IsoDate | '';
}

export interface MailGroup {
  id: string;
  name: string;
  meetingWeekday: Weekday | null;
  meetingTime: string;
  meetingMinutes: number;
  coach: string;
  /** The group's own link (Teams, Zoom, a Meet room), '' when none or not an https address. */
  ownLink: string;
  /** What the coach typed as own link when it is not a usable https address (to warn about). */
  badOwnLink: string;
  meetLink: string;
  /** The id of the Calendar event last made for the group (one per meeting date). */
  calendarEventId: string;
}

export function clientsFrom(table: Table | null, fallbackLang: Lang): MailClient[] {
  const clients: MailClient[] = [];
  for (const row of table?.rows ?? []) {
    const v = row.values;
    const id = cellText(v.id);
    if (id === '') continue;
    clients.push({
      id,
      name: cellText(v.name),
      email: cellText(v.email),
      phone: cellText(v.phone),
      lang: LANG_VALUES.parse(cellText(v.lang)) ?? fallbackLang,
      contact: CONTACT_VALUES.parse(cellText(v.contact)) ?? 'email',
      status: STATUS_VALUES.parse(cellText(v.status)) ?? 'active',
      group: cellText(v.group),
      coach: cellText(v.coach),
      folderId: cellText(v.folderId),
      token: cellText(v.token),
      // Orientation is pending only while the coach has neither marked it done nor given a reason.
      oriented: parseYesNo(v.oriented) !== false || cellText(v.orientationOverride) !== '',
      periodStart: parseDate(v.periodStart) ?? '',
      lastDay: laterIsoDate(parseDate(v.periodEnd) ?? '', parseDate(v.continuationUntil) ?? ''),
    });
  }
  return clients;
}

export function groupsFrom(table: Table | null): MailGroup[] {
  const groups: MailGroup[] = [];
  for (const row of table?.rows ?? []) {
    const v = row.values;
    const id = cellText(v.id);
    if (id === '') continue;
    const weekday =
      typeof v.meetingWeekday === 'number'
        ? (v.meetingWeekday as Weekday)
        : parseWeekday(cellText(v.meetingWeekday));
    groups.push({
      id,
      name: cellText(v.name) || id,
      meetingWeekday: weekday && weekday >= 1 && weekday <= 7 ? weekday : null,
      meetingTime: parseTime(v.meetingTime) ?? '',
      meetingMinutes: parseNumber(v.meetingMinutes) ?? 60,
      coach: cellText(v.coach),
      ownLink: isMeetingUrl(cellText(v.meetingLink)) ? cellText(v.meetingLink) : '',
      badOwnLink: isMeetingUrl(cellText(v.meetingLink)) ? '' : cellText(v.meetingLink),
      meetLink: cellText(v.meetLink),
      calendarEventId: cellText(v.calendarEventId),
    });
  }
  return groups;
}

/** Whether a client's period (or its continuation) covers a date; unknown ends do not stop mail. */
export function inPeriod(
  client: Pick<MailClient, 'periodStart' | 'lastDay'>,
  date: IsoDate,
): boolean {
  if (client.periodStart && date < client.periodStart) return false;
  return !client.lastDay || date <= client.lastDay;
}

/** A group a client names by id or by name. */
export function groupOf(groups: MailGroup[], ref: string): MailGroup | undefined {
  const wanted = ref.trim().toLowerCase();
  if (!wanted) return undefined;
  return (
    groups.find((g) => g.id.toLowerCase() === wanted) ??
    groups.find((g) => g.name.toLowerCase() === wanted)
  );
}

export function plansFrom(table: Table | null): PlanRowView[] {
  return (table?.rows ?? [])
    .map((r) => planRowView(r.values))
    .filter((p): p is PlanRowView => p !== null);
}

export interface MailData {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  clients: MailClient[];
  groups: MailGroup[];
  groupsTable: Table | null;
  /** The clients table as read (for the planning check: plan-missing.ts). */
  clientsTable: Table | null;
  tasks: Map<string, Task>;
  plans: PlanRowView[];
  sendlog: Table;
  meetings: Table | null;
  /** The reflection forms' link templates (one script property, read once per run). */
  reflectionForms: ReflectionForms;
  /** The web app's address, read on first use by uploadPageLink ('' when not deployed). */
  webAppUrl?: string;
}

/**
 * Reads what a mail job needs: one getValues per table asked for, nothing per client.
 * The send log must exist (setup makes it): without it no send can be made exactly once.
 */
export function readMailData(want: SheetKey[]): MailData {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // One getSheets and one getName per sheet, then one getValues per table asked for.
  const byName = new Map(
    spreadsheet.getSheets().map((sheet) => [normaliseHeader(sheet.getName()), sheet]),
  );
  const open = (key: SheetKey): Table | null => {
    const schema = SCHEMAS[key];
    const sheet = Object.values(schema.names)
      .map((n) => byName.get(normaliseHeader(n)))
      .find(Boolean);
    // A read is safe to repeat: a passing Sheets error gets the backoff of withRetry.
    return sheet
      ? tableFromValues(
          sheet,
          schema,
          withRetry(() => sheet.getDataRange().getValues()),
        )
      : null;
  };
  const read = (key: SheetKey) => (want.includes(key) ? open(key) : null);
  const { settings } = settingsFromTable(read('settings'));
  const groupsTable = read('groups');
  const groups = groupsFrom(groupsTable);
  // With own links only, a Meet made under the old setting is not offered any more.
  if (settings.meetingPlatform === 'own-link') for (const g of groups) g.meetLink = '';
  const clientsTable = read('clients');
  const sendlog = open('sendlog');
  if (!sendlog)
    throw new Error('Etäpaja: the send log sheet is missing. Run setup (Etäpaja → Ota käyttöön).');
  return {
    spreadsheet,
    settings,
    clients: clientsFrom(clientsTable, settings.lang),
    clientsTable,
    groups,
    groupsTable,
    tasks: new Map(tasksFromTable(read('tasks')).map((t) => [t.id, t])),
    plans: plansFrom(read('plans')),
    sendlog,
    meetings: read('meetings'),
    reflectionForms: readReflectionForms(),
  };
}

/** The plans table read again (after the dispatch planned a missing client): one getValues. */
export function rereadPlans(): PlanRowView[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const names = Object.values(SCHEMAS.plans.names).map(normaliseHeader);
  const sheet = spreadsheet.getSheets().find((s) => names.includes(normaliseHeader(s.getName())));
  return sheet
    ? plansFrom(tableFromValues(sheet, SCHEMAS.plans, sheet.getDataRange().getValues()))
    : [];
}

/** A client's Drive folder link from the id in the clients sheet: no Drive call. */
export function folderLink(folderId: string): string {
  if (!folderId) return '';
  return /^https?:\/\//.test(folderId)
    ? folderId
    : folderLinkFor({ folderId: encodeURIComponent(folderId) });
}

/**
 * The daily reflection form's link prefilled with the client's own token (and the day, when
 * given): filled from the template setup made, so no service call per client. '' until the
 * forms exist or while the client has no valid token.
 */
export function reflectionFormLink(client: MailClient, data: MailData, date = ''): string {
  return reflectionLinkFor(client, date, data.reflectionForms);
}

/**
 * The upload page with the client's own token (src/webapp), for clients without a Google
 * account: `<web app>?page=upload&t=<token>`. One ScriptApp call per run, none per client; ''
 * while the script is not deployed as a web app, the client has no valid token or no folder.
 */
export function uploadPageLink(client: MailClient, data: MailData): string {
  if (data.webAppUrl === undefined) {
    try {
      data.webAppUrl = ScriptApp.getService().getUrl() ?? '';
    } catch (_error) {
      data.webAppUrl = '';
    }
  }
  if (!data.webAppUrl || !client.folderId || !isWellFormedToken(client.token)) return '';
  const separator = data.webAppUrl.includes('?') ? '&' : '?';
  return `${data.webAppUrl}${separator}page=upload&t=${encodeURIComponent(client.token.trim())}`;
}
