import { parseAbsenceReason, parseAttendanceStatus } from '../core/attendance';
import type { ClientCard, DayStatus } from '../core/client-card';
import { addDays, diffDays, formatDate, isoWeekOf, parseDate, weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import { zonedParts } from '../core/time-zone';
import { whatsappLink } from '../core/whatsapp';
import { LANGS, type IsoDate, type Lang } from '../core/types';
import { openCardCache } from '../services/card-cache';
import { filesUnder, tryFolder } from '../services/drive';
import { cellText } from '../workbook/cells';
import { planRowView } from '../workbook/plans-sheet';
import { MissingSheetError, SCHEMAS, sheetOf, type SheetKey } from '../workbook/schema';
import { readTable, type Table } from '../workbook/table';
import { recordFileNames } from './client-record';
import { workbookContext, type WorkbookContext } from './workbook-context';

/**
 * The client card: what a coach needs of one client on one screen. Everything comes from the
 * workbook in one read per sheet (and one Drive listing of the client's folder); text cells are
 * passed as typed, to be shown with textContent.
 */

/** Sheets whose rows name a client, and the field that does. */
const CLIENT_SHEETS: { key: SheetKey; field: string }[] = [
  { key: 'clients', field: 'id' },
  { key: 'plans', field: 'clientId' },
  { key: 'attendance', field: 'clientId' },
  { key: 'reflections', field: 'clientId' },
  { key: 'meetings', field: 'clientId' },
];

/** The client on the coach's selected row, in any sheet that has a client column; '' if none. */
export function selectedClientId(): string {
  const range = SpreadsheetApp.getActiveRange();
  if (!range) return '';
  const sheet = range.getSheet();
  const row = range.getRow();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = spreadsheet.getSheets();
  for (const { key, field } of CLIENT_SHEETS) {
    const candidate = sheetOf(spreadsheet, key, sheets);
    if (!candidate || candidate.getSheetId() !== sheet.getSheetId()) continue;
    const table = readTable(candidate, SCHEMAS[key]);
    const found = table.rows.find((r) => r.rowNumber === row);
    return found ? cellText(found.values[field]) : '';
  }
  return '';
}

const SHOWN_REFLECTIONS = 5;
const CALENDAR_WEEKS = 8;

export interface CardOptions {
  /** Bypass the cache: the coach's Refresh, or a caller that must see the workbook as it is. */
  fresh?: boolean;
}

/**
 * Server function: the card of `clientId` (or of the client on the selected row). A card made
 * earlier the same day is served from the cache (src/services/card-cache.ts) without reading the
 * workbook; `{ fresh: true }` reads it anyway.
 */
export function sidebarClient(
  clientId?: string,
  options?: CardOptions,
): ClientCard | { error: string } {
  const cache = openCardCache();
  const given = typeof clientId === 'string' ? clientId.trim() : '';
  // Runs after the full coach check (main.ts): the active user is the script's user.
  const viewer = Session.getActiveUser().getEmail().trim().toLowerCase();
  const wb = openCardWorkbook();
  const id = given || selectedClientId();
  if (!id) return { error: t(wb.lang, 'sidebar.client.none') };
  if (!given && !isFresh(options)) {
    const cached = cache.read(id, wb.now, viewer);
    if (cached) return cached;
  }
  const card = buildCard(wb, id);
  if (!('error' in card)) cache.write(card, wb.today, wb.settings.timeZone, viewer);
  return card;
}

/**
 * The cached card of `clientId` for `viewer` (the active user's email), or null: then main.ts
 * makes the full coach check and calls sidebarClient. One cache read, no sheet read.
 */
export function cachedClientCard(
  viewer: string,
  clientId?: string,
  options?: CardOptions,
): ClientCard | null {
  const given = typeof clientId === 'string' ? clientId.trim() : '';
  if (!given || isFresh(options)) return null;
  return openCardCache().read(given, Date.now(), viewer);
}

function isFresh(options: CardOptions | undefined): boolean {
  return Boolean(options && typeof options === 'object' && options.fresh === true);
}

/**
 * The workbook context, finding sheets by their name in the workbook's language (one call
 * each) instead of reading every sheet's name; jobs/workbook-context.ts's openWorkbook otherwise.
 */
function openCardWorkbook(): WorkbookContext & { table(key: SheetKey): Table | null } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const find = (key: SheetKey, langs: readonly Lang[]) => {
    for (const lang of langs) {
      const sheet = spreadsheet.getSheetByName(SCHEMAS[key].names[lang]);
      if (sheet) return sheet;
    }
    // A sheet renamed by a coach (other case, spaces): the lookup that reads every name.
    return sheetOf(spreadsheet, key);
  };
  const settingsSheet = find('settings', LANGS);
  const wb = workbookContext(
    spreadsheet,
    settingsSheet ? readTable(settingsSheet, SCHEMAS.settings) : null,
  );
  return {
    ...wb,
    table(key) {
      const sheet = find(key, [wb.settings.lang]);
      return sheet ? readTable(sheet, SCHEMAS[key]) : null;
    },
  };
}

function buildCard(
  wb: ReturnType<typeof openCardWorkbook>,
  id: string,
): ClientCard | { error: string } {
  const { lang, today } = wb;
  const clients = wb.table('clients');
  if (!clients) throw new MissingSheetError('clients');
  const row = clients.rows.find((r) => cellText(r.values.id) === id);
  if (!row) return { error: t(lang, 'sidebar.attendance.unknownClient') };
  const v = row.values;
  const text = (field: string) => cellText(v[field]);
  const start = parseDate(v.periodStart);
  const end = parseDate(v.continuationUntil) ?? parseDate(v.periodEnd);

  const nextWeek = isoWeekOf(addDays(today, 7));
  const plansByDate = new Map<string, boolean>();
  const plan: (ClientCard['plan'][number] & { iso: string })[] = [];
  for (const r of wb.table('plans')?.rows ?? []) {
    const view = planRowView(r.values);
    if (!view || view.clientId !== id) continue;
    plansByDate.set(view.date, true);
    if (isoWeekOf(view.date) !== nextWeek) continue;
    plan.push({
      iso: view.date,
      date: formatDate(view.date),
      weekday: t(lang, `weekday.${weekdayOf(view.date)}`),
      mode: cellText(r.values.mode),
      hours: cellText(r.values.hours),
      tasks: cellText(r.values.taskTitles) || view.taskIds.join(', '),
      approved: view.approved,
    });
  }
  plan.sort((a, b) => a.iso.localeCompare(b.iso));

  const reflections = (wb.table('reflections')?.rows ?? [])
    .filter((r) => cellText(r.values.clientId) === id)
    .map((r) => ({
      iso: parseDate(r.values.date) ?? '',
      mood: cellText(r.values.mood),
      text: cellText(r.values.text).slice(0, 400),
    }))
    .sort((a, b) => b.iso.localeCompare(a.iso))
    .slice(0, SHOWN_REFLECTIONS)
    .map((r) => ({ date: r.iso ? formatDate(r.iso) : '', mood: r.mood, text: r.text }));

  const from = addDays(today, -7 * CALENDAR_WEEKS);
  const until = addDays(today, 14);
  const attendance = new Map<IsoDate, { status: DayStatus; reason: string }>();
  for (const [date] of plansByDate)
    if (date >= from && date <= until) attendance.set(date, { status: 'planned', reason: '' });
  for (const r of wb.table('attendance')?.rows ?? []) {
    const date = parseDate(r.values.date);
    if (cellText(r.values.clientId) !== id || !date || date < from || date > until) continue;
    const mark = parseAttendanceStatus(r.values.coachMark);
    const status =
      mark && mark !== 'unknown' ? mark : (parseAttendanceStatus(r.values.final) ?? 'unknown');
    const reason = status === 'absent' ? parseAbsenceReason(r.values.absenceReason) : null;
    attendance.set(date, {
      status,
      reason: reason ? t(lang, `workbook.choice.absenceReason.${reason}`) : '',
    });
  }

  const folder = text('folderId') ? tryFolder(text('folderId')) : null;
  const submissions = folder
    ? filesUnder(folder)
        // The client record (jobs/client-record) lives in the folder too; it is not a submission.
        .filter((f) => !recordFileNames(wb, id).includes(f.name))
        .sort((a, b) => b.created - a.created)
        .slice(0, 10)
        .map((f) => ({
          name: f.name,
          url: f.url,
          created: formatDate(new Date(f.created).toISOString().slice(0, 10)),
        }))
    : [];

  return {
    id,
    asOf: zonedParts(wb.now, wb.settings.timeZone).time,
    name: text('name'),
    goals: text('goals'),
    model: text('model'),
    status: text('status'),
    oriented: text('oriented'),
    periodStart: start ? formatDate(start) : text('periodStart'),
    periodEnd: end ? formatDate(end) : text('periodEnd'),
    daysLeft: end ? diffDays(today, end) : null,
    workDays: text('workDays'),
    hoursPerDay: text('hoursPerDay'),
    group: text('group'),
    nextWeek,
    plan: plan.map(({ iso: _iso, ...day }) => day),
    reflections,
    submissions,
    attendance: [...attendance.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([date, day]) => ({ date, ...day })),
    whatsapp:
      whatsappLink(
        text('phone'),
        t(lang, 'sidebar.client.whatsappText', { name: text('name').split(' ')[0] }),
      ) ?? '',
  };
}
