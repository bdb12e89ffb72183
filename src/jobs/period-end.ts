import { formatDate } from '../core/dates';
import { t } from '../core/i18n';
import { STATUS_VALUES } from '../core/roster-columns';
import { CLIENTS, openTable } from '../workbook/schema';
import { appendRows, updateByKey } from '../workbook/table';
import { clientsFrom } from './dispatch-data';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * A nightly step: an active client whose period, and any continuation, ended before today gets
 * the status "päättynyt" (closed), so no weekly mail, reminder or plan reaches them any more and
 * the coach's lists stop showing them. Only the status cell changes (one batched write); a log
 * row says why. The coach was told at least a week ahead in the Thursday summary. A client whose
 * period is continued later is simply set active again by the coach.
 */
export function closeEndedPeriods(wb: WorkbookContext): string[] {
  const table = openTable(wb.spreadsheet, 'clients');
  const ended = clientsFrom(table, wb.lang).filter(
    (c) => c.status === 'active' && c.lastDay !== '' && c.lastDay < wb.today,
  );
  if (ended.length === 0) return [];
  const closed = STATUS_VALUES.display('closed', wb.lang);
  const updates = new Map(ended.map((c) => [c.id, { status: closed }]));
  updateByKey(table.sheet, CLIENTS, updates, ['status']);
  appendRows(
    openTable(wb.spreadsheet, 'log'),
    ended.map((c) =>
      logRow(
        'period-end',
        'info',
        t(wb.lang, 'mail.periodEnd.closed', { date: formatDate(c.lastDay), status: closed }),
        c.id,
      ),
    ),
  );
  return ended.map((c) => c.id);
}
