import { parseAbsenceReason, parseAttendanceStatus } from '../core/attendance';
import { parseDate } from '../core/dates';
import type { AttendanceFact } from '../core/reports';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import type { WorkbookContext } from './workbook-context';

/**
 * The attendance sheet as the coach decided it: a day's status is the coach's mark, and a day
 * without one is `unknown` (to check) whatever the system columns say. Kela's notices, the
 * monthly summary, the allowance and the client's own page all read this, so only confirmed
 * days ever count (issue 17).
 */
export function attendanceFacts(wb: WorkbookContext, clientId?: string): AttendanceFact[] {
  const facts: AttendanceFact[] = [];
  for (const row of openTable(wb.spreadsheet, 'attendance').rows) {
    const date = parseDate(row.values.date);
    const id = cellText(row.values.clientId);
    if (!date || id === '' || (clientId !== undefined && id !== clientId)) continue;
    const mark = parseAttendanceStatus(row.values.coachMark);
    const final = mark ?? 'unknown';
    facts.push({
      clientId: id,
      date,
      final,
      reason: final === 'absent' ? parseAbsenceReason(row.values.absenceReason) : null,
    });
  }
  return facts;
}
