import { parseAbsenceReason, parseAttendanceStatus } from '../core/attendance';
import { formatDate, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import {
  absenceReportHtml,
  absenceReportRows,
  buildAbsenceReport,
  buildMonthlySummary,
  fortnightOf,
  lastEndedFortnight,
  periodKey,
  toCsv,
  type AbsenceReport,
  type AttendanceFact,
  type Period,
} from '../core/reports';
import { writeFile } from '../services/drive';
import { cellText, textCell } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { isDone, openLedger, sendExactlyOnce, sendKey, type PlannedSend } from './dispatch-ledger';
import { rootFolder } from './folders';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';

/** Kela reports from the attendance sheet: the fortnightly TT3 absence report and the month. */
export function attendanceFacts(wb: WorkbookContext): AttendanceFact[] {
  return openTable(wb.spreadsheet, 'attendance')
    .rows.map((row) => {
      const date = parseDate(row.values.date);
      const clientId = cellText(row.values.clientId);
      if (!date || clientId === '') return null;
      const mark = parseAttendanceStatus(row.values.coachMark);
      const final =
        mark && mark !== 'unknown' ? mark : (parseAttendanceStatus(row.values.final) ?? 'unknown');
      return {
        clientId,
        date,
        final,
        reason: final === 'absent' ? parseAbsenceReason(row.values.absenceReason) : null,
      };
    })
    .filter((f): f is AttendanceFact => f !== null);
}

function clientNames(wb: WorkbookContext): Map<string, string> {
  return new Map(
    openTable(wb.spreadsheet, 'clients').rows.map(
      (r) => [cellText(r.values.id), cellText(r.values.name)] as const,
    ),
  );
}

/** Writes a whole report sheet (made or emptied first) in one setValues call. */
function writeSheet(
  wb: WorkbookContext,
  name: string,
  rows: (string | number)[][],
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = wb.spreadsheet.getSheetByName(name) ?? wb.spreadsheet.insertSheet(name);
  sheet.clearContents();
  const width = Math.max(...rows.map((r) => r.length));
  // textCell keeps "1.12.2026" as typed and neutralises a formula-like name.
  const block = rows.map((r) =>
    [...r, ...new Array(width - r.length).fill('')].map((c) =>
      typeof c === 'string' ? textCell(c) : c,
    ),
  );
  sheet.getRange(1, 1, block.length, width).setValues(block);
  sheet.setFrozenRows(1);
  return sheet;
}

export interface AbsenceReportResult {
  report: AbsenceReport;
  sheetName: string;
  htmlUrl: string;
  csvUrl: string;
}

/** Server function: the TT3 report of the fortnight containing `date` (default: the last ended). */
export function absenceReport(
  date?: string,
  wb: WorkbookContext = openWorkbook(),
): AbsenceReportResult {
  const period: Period =
    date && parseDate(date) ? fortnightOf(parseDate(date) as string) : lastEndedFortnight(wb.today);
  const tr = (key: string, params?: Record<string, string | number>): string =>
    t(wb.lang, key, params);
  const report = buildAbsenceReport(attendanceFacts(wb), clientNames(wb), period);
  const rows = absenceReportRows(report, tr);
  const sheetName = tr('participation.report.sheetName', { start: period.start });
  writeSheet(wb, sheetName, rows);
  const folder = rootFolder();
  let htmlUrl = '';
  let csvUrl = '';
  if (folder) {
    const base = `TT3_${period.start}_${period.end}`;
    htmlUrl = writeFile(
      folder,
      `${base}.html`,
      absenceReportHtml(report, tr, wb.lang, wb.settings.organisation),
      'text/html',
    ).getUrl();
    const csv = writeFile(folder, `${base}.csv`, toCsv(rows), 'text/csv');
    csvUrl = csv.getUrl();
    // An export of client data (to Drive, for Kela): a log row, ids only.
    appendRows(openTable(wb.spreadsheet, 'log'), [
      logRow(
        'reports',
        'info',
        t(wb.lang, 'reliability.export.absenceReport', {
          start: formatDate(period.start),
          end: formatDate(period.end),
        }),
        '',
        csv.getId(),
      ),
    ]);
  }
  return { report, sheetName, htmlUrl, csvUrl };
}

export const REPORT_SENT_PROPERTY = 'absenceReportSent';

/**
 * When a fortnight has ended, makes its report and mails the coaches once.
 *
 * The mail goes through the send ledger (the send log sheet, jobs/dispatch-ledger) like the
 * weekly mails: a 'sending' claim per coach is written before the send and 'sent' after it, and
 * a run that died between the two is resolved from MailApp's remaining quota by the next run.
 * So a crash at any call never sends a second copy. If the claim cannot be resolved (the re-run
 * is on another day, as the nightly's next run normally is), it becomes 'uncertain' and is never
 * retried: at most once, never twice; the report itself is still in its sheet and the coach is
 * told in the log sheet to check. The script property only saves re-making a finished
 * fortnight's report; the ledger is what decides whether a mail goes. Callers hold the script
 * lock (nightly), as every mail job does, so the quota reading is this script's alone.
 */
export function sendDueAbsenceReport(wb: WorkbookContext): string | null {
  const startedAt = Date.now();
  const period = lastEndedFortnight(wb.today);
  const props = PropertiesService.getScriptProperties();
  const key = periodKey(period);
  if (props.getProperty(REPORT_SENT_PROPERTY) === key) return null;
  const result = absenceReport(period.start, wb);
  if (result.report.clients.length === 0) {
    props.setProperty(REPORT_SENT_PROPERTY, key);
    return null;
  }
  const absences = result.report.clients.reduce((n, c) => n + c.absences.length, 0);
  const params = {
    start: formatDate(period.start),
    end: formatDate(period.end),
    absences,
    missing: result.report.missingReasons,
    sheet: result.sheetName,
    html: result.htmlUrl,
    csv: result.csvUrl,
  };
  const coaches =
    wb.settings.coaches.length > 0 ? wb.settings.coaches : [Session.getEffectiveUser().getEmail()];
  const subject = t(wb.lang, 'participation.report.mailSubject', params);
  const text = t(wb.lang, 'participation.report.mailBody', params);
  const planned: PlannedSend[] = coaches.map((to) => ({
    key: sendKey('report', '', `${key}|${to.toLowerCase()}`),
    mail: { to, subject, text, html: '', kind: 'report', clientId: '', week: key },
  }));
  const ledger = openLedger(openTable(wb.spreadsheet, 'sendlog'), wb.settings.timeZone, startedAt);
  const outcome = sendExactlyOnce(ledger, planned);
  const mine = new Set(planned.map((p) => p.key));
  const uncertain = outcome.resolved.filter((e) => e.status === 'uncertain' && mine.has(e.sendKey));
  if (uncertain.length > 0) {
    appendRows(
      openTable(wb.spreadsheet, 'log'),
      uncertain.map((e) =>
        logRow(
          'reports',
          'warning',
          t(wb.lang, 'participation.report.mailUncertain'),
          '',
          e.sendKey,
        ),
      ),
    );
  }
  // Done when every coach's mail is sent or uncertain; a failed or deferred one goes next night.
  if (planned.every((p) => isDone(ledger, p.key))) props.setProperty(REPORT_SENT_PROPERTY, key);
  return key;
}

/** Server function: the monthly attendance summary (`YYYY-MM`, default this month) as a sheet. */
export function monthlySummary(
  month?: string,
  wb: WorkbookContext = openWorkbook(),
): ReturnType<typeof buildMonthlySummary> {
  const which = month && /^\d{4}-\d{2}$/.test(month) ? month : wb.today.slice(0, 7);
  const rows = buildMonthlySummary(
    attendanceFacts(wb),
    clientNames(wb),
    which,
    wb.settings.allowanceEuros,
  );
  const tr = (key: string): string => t(wb.lang, key);
  const sheet = writeSheet(wb, t(wb.lang, 'participation.monthly.sheetName', { month: which }), [
    [
      tr('participation.report.client'),
      tr('participation.report.name'),
      tr('participation.monthly.planned'),
      tr('participation.monthly.attended'),
      tr('participation.monthly.absent'),
      tr('participation.monthly.noService'),
      tr('participation.monthly.open'),
      tr('participation.monthly.allowanceDays'),
      tr('participation.monthly.allowanceEuros'),
    ],
    ...rows.map((r) => [
      r.clientId,
      r.name,
      r.planned,
      r.attended,
      r.absent,
      r.noService,
      r.open,
      r.allowanceDays,
      r.allowanceEuros,
    ]),
  ]);
  attendanceChart(
    sheet,
    rows.length,
    t(wb.lang, 'participation.monthly.chartTitle', { month: which }),
  );
  appendRows(openTable(wb.spreadsheet, 'log'), [
    logRow(
      'reports',
      'info',
      t(wb.lang, 'reliability.export.monthly', { month: which }),
      '',
      sheet.getName(),
    ),
  ]);
  return rows;
}

/**
 * The summary's column chart: attended, absent and no-service days per client (columns D–F
 * against the client ids in A), right of the table. Idempotent: a rerun updates the sheet's
 * chart in place (and removes any extra), never stacking a second one; no rows, no chart.
 */
function attendanceChart(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  clients: number,
  title: string,
): void {
  const [first, ...extra] = sheet.getCharts();
  for (const chart of extra) sheet.removeChart(chart);
  if (clients === 0) {
    if (first) sheet.removeChart(first);
    return;
  }
  const last = clients + 1;
  const builder = (first ? first.modify().clearRanges() : sheet.newChart())
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(1, 1, last, 1))
    .addRange(sheet.getRange(1, 4, last, 3))
    .setNumHeaders(1)
    .setOption('title', title)
    .setPosition(1, 11, 0, 0);
  if (first) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
