import { addMonths } from '../core/dates';
import { t } from '../core/i18n';
import {
  ABSENCE_REASONS,
  buildMonthlySummary,
  monthlyTotal,
  type MonthlyRow,
} from '../core/reports';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { attendanceFacts } from './attendance-facts';
import { writeSheet } from './report-sheet';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * The monthly summary (issue 17): attended days, allowance days and euros, absences by reason,
 * per client and in total, from the coach's confirmed marks only; a sheet with its column chart,
 * and the same figures for the sidebar. One menu item and one sidebar button reach it.
 */

export interface MonthlySummaryView {
  month: string;
  sheetName: string;
  rows: MonthlyRow[];
  total: MonthlyRow;
  /** The absence reasons' words, in the order of `reasons` in the rows. */
  reasonLabels: { key: string; label: string }[];
  rate: number;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * Without a month: the previous month during the first ten days of a month (when the month's
 * statistics are due to the municipality), otherwise the running month.
 */
export function defaultMonth(today: string): string {
  const day = Number(today.slice(8, 10));
  return (day <= 10 ? addMonths(today, -1) : today).slice(0, 7);
}

/** Server function (menu and sidebar): the month `YYYY-MM` as a sheet and as figures. */
export function monthlySummary(
  month?: unknown,
  wb: WorkbookContext = openWorkbook(),
): MonthlySummaryView {
  if (!wb || typeof wb !== 'object' || !('spreadsheet' in wb)) wb = openWorkbook();
  const which = typeof month === 'string' && MONTH.test(month) ? month : defaultMonth(wb.today);
  const names = new Map(
    openTable(wb.spreadsheet, 'clients').rows.map(
      (r) => [cellText(r.values.id), cellText(r.values.name)] as const,
    ),
  );
  const rate = wb.settings.allowanceEuros;
  const rows = buildMonthlySummary(attendanceFacts(wb), names, which, rate);
  const total = monthlyTotal(rows, rate);
  const tr = (key: string, params?: Record<string, string | number>): string =>
    t(wb.lang, key, params);
  const reasonLabels = [
    ...ABSENCE_REASONS.map((r) => ({ key: r, label: tr(`workbook.choice.absenceReason.${r}`) })),
    { key: 'missing', label: tr('participation.report.reasonMissing') },
  ];
  const line = (r: MonthlyRow, id: string, name: string): (string | number)[] => [
    id,
    name,
    r.planned,
    r.attended,
    r.absent,
    r.noService,
    r.open,
    r.allowanceDays,
    r.allowanceEuros,
    ...reasonLabels.map((l) => r.reasons[l.key as keyof MonthlyRow['reasons']]),
  ];
  const sheet = writeSheet(wb, tr('participation.monthly.sheetName', { month: which }), [
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
      ...reasonLabels.map((l) => tr('kela.monthly.reasonColumn', { reason: l.label })),
    ],
    ...rows.map((r) => line(r, r.clientId, r.name)),
    ...(rows.length > 0 ? [line(total, tr('kela.monthly.total'), '')] : []),
  ]);
  attendanceChart(sheet, rows.length, tr('participation.monthly.chartTitle', { month: which }));
  sheet.activate(); // from the menu, the coach lands on the summary and its chart
  appendRows(openTable(wb.spreadsheet, 'log'), [
    logRow(
      'reports',
      'info',
      tr('reliability.export.monthly', { month: which }),
      '',
      sheet.getName(),
    ),
  ]);
  return { month: which, sheetName: sheet.getName(), rows, total, reasonLabels, rate };
}

/**
 * The summary's column chart: attended, absent and no-service days per client (columns D–F
 * against the client ids in A; the total row below is left out), right of the table.
 * Idempotent: a rerun updates the sheet's chart in place (and removes any extra), never
 * stacking a second one; no rows, no chart.
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
    .setPosition(1, 18, 0, 0);
  if (first) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}
