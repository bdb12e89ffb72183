import { workbookProperties } from '../services/properties';
import {
  periodsOf,
  renderClientRecord,
  serviceEnd,
  type ClientRecordData,
} from '../core/client-record';
import { dateInZone, formatDate, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { parseYesNo } from '../core/roster-columns';
import { LANGS } from '../core/types';
import { filesUnder, tryFolder } from '../services/drive';
import { withRetry } from '../services/retry';
import { cellText } from '../workbook/cells';
import { planRowView } from '../workbook/plans-sheet';
import { openTable, tryOpenTable } from '../workbook/schema';
import { appendRows, type Table } from '../workbook/table';
import { attendanceFacts } from './attendance-facts';
import { coachesOnlyFolder } from './coaches-only-folder';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * The per-client record (issue 5) for the official client information system: made on demand
 * (the sidebar's client card, `clientRecord`) and by the nightly job once a client's period, or
 * its continuation, has ended. One HTML file per client in a folder shared with the coaches only
 * (never in the client's own folder, where the client is an editor and could change or delete a
 * record marked confidential), found again by name and updated in place, so there is never a
 * second copy; a record an earlier version left in the client's folder is moved there. The page is rendered by
 * src/core/client-record.ts in the workbook's language.
 */

/** Script property per client: the service end date the nightly record was made for. */
export const RECORD_PROPERTY_PREFIX = 'clientRecordEnded:';
/** Records made per nightly run at most; the rest follow on the next nights. */
const NIGHTLY_LIMIT = 25;

/** Every name the record file may have (one per language), the workbook's language first. */
export function recordFileNames(wb: WorkbookContext, id: string): string[] {
  const names = [wb.lang, ...LANGS.filter((l) => l !== wb.lang)].map((l) =>
    t(l, 'record.fileName', { id }),
  );
  return [...new Set(names)];
}

/** Everything the record shows of one client, read from the workbook and the client's folder. */
export function clientRecordData(
  wb: WorkbookContext,
  row: Record<string, unknown>,
  folder: GoogleAppsScript.Drive.Folder | null,
  tables: { plans: Table | null; reflections: Table | null },
  facts = attendanceFacts(wb),
): ClientRecordData {
  const text = (field: string) => cellText(row[field]);
  const id = text('id');
  const plans: ClientRecordData['plans'] = [];
  for (const r of tables.plans?.rows ?? []) {
    const view = planRowView(r.values);
    if (!view || view.clientId !== id) continue;
    plans.push({
      date: view.date,
      mode: cellText(r.values.mode),
      hours: cellText(r.values.hours),
      tasks: cellText(r.values.taskTitles) || view.taskIds.join(', '),
      approved: view.approved,
    });
  }
  // Uploads are rows `file:<id>` in the reflections sheet; they are listed as submissions.
  const reflections = (tables.reflections?.rows ?? [])
    .filter(
      (r) =>
        cellText(r.values.clientId) === id && !cellText(r.values.responseId).startsWith('file:'),
    )
    .map((r) => ({
      date: parseDate(r.values.date) ?? '',
      mood: cellText(r.values.mood),
      text: cellText(r.values.text),
    }));
  const own = new Set(recordFileNames(wb, id));
  const submissions = folder
    ? filesUnder(folder)
        .filter((f) => !own.has(f.name))
        .map((f) => ({ name: f.name, created: dateInZone(f.created, wb.settings.timeZone) }))
    : [];
  return {
    id,
    name: text('name'),
    goals: text('goals'),
    model: text('model'),
    status: text('status'),
    workDays: text('workDays'),
    hoursPerDay: text('hoursPerDay'),
    group: text('group'),
    oriented: parseYesNo(row.oriented),
    periods: periodsOf(
      parseDate(row.periodStart),
      parseDate(row.periodEnd),
      parseDate(row.continuationUntil),
    ),
    plans,
    reflections,
    submissions,
    attendance: facts
      .filter((f) => f.clientId === id)
      .map((f) => ({ date: f.date, status: f.final, reason: f.reason })),
  };
}

/** The coaches-only folder of client records under the root, made and shared like Kela's. */
function recordsFolder(wb: WorkbookContext): GoogleAppsScript.Drive.Folder | null {
  return coachesOnlyFolder(wb, 'record.folderName', 'client-record');
}

function existingRecord(
  wb: WorkbookContext,
  folder: GoogleAppsScript.Drive.Folder,
  id: string,
): GoogleAppsScript.Drive.File | null {
  for (const candidate of recordFileNames(wb, id)) {
    const found = folder.getFilesByName(candidate);
    while (found.hasNext()) {
      const file = found.next();
      if (!file.isTrashed()) return file;
    }
  }
  return null;
}

/**
 * Writes the record into the records folder: the existing file (any language's name, also one
 * left in the client's own folder, which is moved out) or a new one.
 */
function saveRecord(
  wb: WorkbookContext,
  records: GoogleAppsScript.Drive.Folder,
  clientFolder: GoogleAppsScript.Drive.Folder,
  id: string,
  html: string,
): { file: GoogleAppsScript.Drive.File; created: boolean } {
  const [name] = recordFileNames(wb, id);
  const kept = existingRecord(wb, records, id);
  const left = kept ? null : existingRecord(wb, clientFolder, id);
  const file = kept ?? left;
  if (!file)
    return { file: withRetry(() => records.createFile(name, html, 'text/html')), created: true };
  if (left) withRetry(() => left.moveTo(records));
  file.setContent(html);
  if (file.getName() !== name) file.setName(name);
  return { file, created: false };
}

function makeRecord(
  wb: WorkbookContext,
  row: Record<string, unknown>,
  records: GoogleAppsScript.Drive.Folder,
  folder: GoogleAppsScript.Drive.Folder,
  tables: { plans: Table | null; reflections: Table | null },
  facts?: ReturnType<typeof attendanceFacts>,
): { file: GoogleAppsScript.Drive.File; created: boolean } {
  const data = clientRecordData(wb, row, folder, tables, facts);
  const html = renderClientRecord(data, (key, params) => t(wb.lang, key, params), wb.lang, {
    organisation: wb.settings.organisation,
    madeOn: wb.today,
  });
  return saveRecord(wb, records, folder, data.id, html);
}

export type ClientRecordResult =
  { ok: true; url: string; name: string; created: boolean } | { ok: false; error: string };

/** Server function: makes (or updates) the client's record now and returns its address. */
export function clientRecord(clientId: string): ClientRecordResult {
  const wb = openWorkbook();
  const id = typeof clientId === 'string' ? clientId.trim() : '';
  const row = openTable(wb.spreadsheet, 'clients').rows.find(
    (r) => id !== '' && cellText(r.values.id) === id,
  );
  if (!row) return { ok: false, error: t(wb.lang, 'record.error.unknownClient', { id }) };
  const folder = tryFolder(cellText(row.values.folderId));
  const records = folder ? recordsFolder(wb) : null;
  if (!folder || !records) return { ok: false, error: t(wb.lang, 'record.error.noFolder', { id }) };
  const { file, created } = makeRecord(wb, row.values, records, folder, {
    plans: tryOpenTable(wb.spreadsheet, 'plans'),
    reflections: tryOpenTable(wb.spreadsheet, 'reflections'),
  });
  // An export of a client's data: the log sheet keeps who-what-when (ids, never names).
  appendRows(openTable(wb.spreadsheet, 'log'), [
    logRow('client-record', 'info', t(wb.lang, 'reliability.export.record'), id, file.getId()),
  ]);
  return { ok: true, url: file.getUrl(), name: file.getName(), created };
}

/**
 * The nightly step: a record for each client whose service (period or continuation) ended
 * before today, once per end date (a script property per client remembers it, so a later
 * continuation that ends gets a new record, and a rerun makes none). Clients without a folder
 * are skipped. Returns the ids made.
 */
export function recordEndedClients(wb: WorkbookContext): string[] {
  const props = workbookProperties();
  const done = props.getProperties();
  const due: { row: Record<string, unknown>; end: string }[] = [];
  for (const r of openTable(wb.spreadsheet, 'clients').rows) {
    const id = cellText(r.values.id);
    if (!id || !cellText(r.values.folderId)) continue;
    const end = serviceEnd(
      periodsOf(
        parseDate(r.values.periodStart),
        parseDate(r.values.periodEnd),
        parseDate(r.values.continuationUntil),
      ),
    );
    if (!end || end >= wb.today || done[RECORD_PROPERTY_PREFIX + id] === end) continue;
    due.push({ row: r.values, end });
  }
  if (due.length === 0) return [];
  const tables = {
    plans: tryOpenTable(wb.spreadsheet, 'plans'),
    reflections: tryOpenTable(wb.spreadsheet, 'reflections'),
  };
  const records = recordsFolder(wb);
  if (!records) return [];
  const facts = attendanceFacts(wb);
  const made: string[] = [];
  const log: Record<string, unknown>[] = [];
  for (const { row, end } of due.slice(0, NIGHTLY_LIMIT)) {
    const id = cellText(row.id);
    const folder = tryFolder(cellText(row.folderId));
    if (!folder) continue;
    const { file } = makeRecord(wb, row, records, folder, tables, facts);
    props.setProperty(RECORD_PROPERTY_PREFIX + id, end);
    made.push(id);
    log.push(
      logRow(
        'client-record',
        'info',
        t(wb.lang, 'record.log.made', { end: formatDate(end) }),
        id,
        file.getId(),
      ),
    );
  }
  if (log.length > 0) appendRows(openTable(wb.spreadsheet, 'log'), log);
  return made;
}
