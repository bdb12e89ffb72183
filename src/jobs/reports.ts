import { workbookProperties } from '../services/properties';
import { formatDate, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { fortnightOf, lastEndedFortnight, periodKey, type Period } from '../core/reports';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { isDone, openLedger, sendExactlyOnce, sendKey, type PlannedSend } from './dispatch-ledger';
import { workbookCoaches } from './coaches-only-folder';
import { makeFortnightNotices, type FortnightNotices } from './kela-notices';
import { writeSheet } from './report-sheet';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * Server function: the Kela notices of the fortnight containing `date` (default: the last ended
 * one), one per client with absences, and the checklist sheet. Re-run after confirming days.
 */
export function absenceReport(
  date?: string,
  wb: WorkbookContext = openWorkbook(),
): FortnightNotices {
  const asked = typeof date === 'string' ? parseDate(date) : null;
  const period: Period = asked ? fortnightOf(asked) : lastEndedFortnight(wb.today);
  return makeFortnightNotices(wb, period, (name, rows) => writeSheet(wb, name, rows));
}

export const REPORT_SENT_PROPERTY = 'absenceReportSent';

/**
 * When a fortnight has ended, makes its report and mails the coaches once.
 *
 * The mail goes through the send ledger (the send log sheet, jobs/dispatch-ledger) like the
 * weekly mails: a 'sending' claim per coach is written before the send and 'sent' after it, and
 * a run that died between the two is resolved by the next run from the batch's progress record
 * (jobs/ledger-progress.ts). So a crash at any call never sends a second copy. A crash between
 * the claim and the progress write (the sendEmail itself) leaves the claim 'uncertain', never
 * retried: at most once, never twice; the report itself is still in its sheet and the coach is
 * told in the log sheet and the next daily digest to check. The script property only saves
 * re-making a finished fortnight's report; the ledger is what decides whether a mail goes.
 * Callers hold the script lock (nightly), as every mail job does.
 */
export function sendDueAbsenceReport(wb: WorkbookContext): string | null {
  const startedAt = Date.now();
  const period = lastEndedFortnight(wb.today);
  const props = workbookProperties();
  const key = periodKey(period);
  if (props.getProperty(REPORT_SENT_PROPERTY) === key) return null;
  const result = absenceReport(period.start, wb);
  if (result.report.clients.length === 0) {
    props.setProperty(REPORT_SENT_PROPERTY, key);
    return null;
  }
  // The coach's checklist by mail: ids only, never names (a mail may be forwarded).
  const params = {
    start: formatDate(period.start),
    end: formatDate(period.end),
    count: result.notices.length,
    ids: result.notices.map((n) => n.clientId).join(', ') || '–',
    toCheck: result.report.toCheck,
    missing: result.report.missingReasons,
    sheet: result.sheetName,
    folder: result.folderUrl,
  };
  const coaches = workbookCoaches(wb);
  const subject = t(wb.lang, 'participation.report.mailSubject', params);
  const text = t(wb.lang, 'kela.mail.body', params);
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

export { monthlySummary } from './monthly-summary';
