import { formatDate } from '../core/dates';
import { t } from '../core/i18n';
import { noticeContact, noticeFileName, noticeHtml } from '../core/kela-notice';
import {
  buildAbsenceReport,
  noticesDue,
  reasonText,
  type AbsenceReport,
  type ClientAbsences,
  type Period,
} from '../core/reports';
import { writeFile } from '../services/drive';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { attendanceFacts } from './attendance-facts';
import { coachesOnlyFolder } from './coaches-only-folder';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * The fortnight's Kela notices (one TT3 page per client with absences) in a coaches-only folder,
 * and the coach's checklist sheet saying which notices are due and which days are still to check.
 */

export interface NoticeFile {
  clientId: string;
  name: string;
  absences: number;
  noService: number;
  url: string;
}

export interface FortnightNotices {
  report: AbsenceReport;
  sheetName: string;
  notices: NoticeFile[];
  folderUrl: string;
}

interface ClientFacts {
  names: Map<string, string>;
  coaches: Map<string, string>;
}

function clientFacts(wb: WorkbookContext): ClientFacts {
  const names = new Map<string, string>();
  const coaches = new Map<string, string>();
  for (const r of openTable(wb.spreadsheet, 'clients').rows) {
    names.set(cellText(r.values.id), cellText(r.values.name));
    coaches.set(cellText(r.values.id), cellText(r.values.coach));
  }
  return { names, coaches };
}

/** The restricted folder for Kela notices under the root (coaches only). */
export function kelaFolder(wb: WorkbookContext): GoogleAppsScript.Drive.Folder | null {
  return coachesOnlyFolder(wb, 'kela.folderName', 'reports');
}

function checklistRows(report: AbsenceReport, notices: NoticeFile[], tr: Translate): string[][] {
  const urls = new Map(notices.map((n) => [n.clientId, n.url]));
  const days = (c: ClientAbsences): string =>
    [
      ...c.absences.map((a) => `${formatDate(a.date)} ${reasonText(tr, a.reason)}`),
      ...c.noService.map((d) => `${formatDate(d)} ${tr('kela.notice.noService')}`),
    ].join('; ');
  const state = (c: ClientAbsences): string => {
    const due = c.absences.length > 0 || c.noService.length > 0;
    if (c.toCheck > 0) return tr('kela.checklist.checkFirst', { count: c.toCheck });
    return due ? tr('kela.checklist.due') : tr('kela.checklist.none');
  };
  return [
    [
      tr('participation.report.client'),
      tr('participation.report.name'),
      tr('kela.checklist.state'),
      tr('kela.checklist.days'),
      tr('kela.checklist.notice'),
    ],
    ...report.clients.map((c) => [
      c.clientId,
      c.name,
      state(c),
      days(c),
      urls.get(c.clientId) ?? '',
    ]),
  ];
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * Makes (or remakes in place) the period's notices and its checklist sheet. Re-running after the
 * coach confirms more days updates the same files; nothing is mailed here.
 */
export function makeFortnightNotices(
  wb: WorkbookContext,
  period: Period,
  writeSheet: (name: string, rows: string[][]) => void,
): FortnightNotices {
  const tr: Translate = (key, params) => t(wb.lang, key, params);
  const { names, coaches } = clientFacts(wb);
  const report = buildAbsenceReport(attendanceFacts(wb), names, period);
  const due = noticesDue(report);
  const folder = due.length > 0 ? kelaFolder(wb) : null;
  const notices: NoticeFile[] = [];
  if (folder) {
    for (const client of due) {
      const html = noticeHtml(
        client,
        {
          organisation: wb.settings.organisation,
          contact: noticeContact(wb.settings.coachContacts, coaches.get(client.clientId) ?? ''),
          period,
        },
        tr,
        wb.lang,
      );
      const file = writeFile(folder, noticeFileName(client, period), html, 'text/html');
      notices.push({
        clientId: client.clientId,
        name: client.name,
        absences: client.absences.length,
        noService: client.noService.length,
        url: file.getUrl(),
      });
    }
  }
  // The period's notices (an export of client data, to Drive, for Kela): a log row, ids only,
  // also when no notice was due.
  appendRows(openTable(wb.spreadsheet, 'log'), [
    logRow(
      'reports',
      'info',
      t(wb.lang, 'reliability.export.absenceReport', {
        start: formatDate(period.start),
        end: formatDate(period.end),
      }),
      '',
      notices.map((n) => n.clientId).join(' '),
    ),
  ]);
  const sheetName = tr('participation.report.sheetName', { start: period.start });
  writeSheet(sheetName, checklistRows(report, notices, tr));
  return { report, sheetName, notices, folderUrl: folder?.getUrl() ?? '' };
}
