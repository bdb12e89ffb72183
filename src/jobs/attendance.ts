import { attendanceMessageKey, decideDay, indexEvidence, type Evidence } from '../core/attendance';
import { isoWeekOf, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { planKey } from '../core/plans';
import { cellText } from '../workbook/cells';
import { ATTENDANCE, openTable, tryOpenTable } from '../workbook/schema';
import { planRowView } from '../workbook/plans-sheet';
import { appendRows, updateByKey } from '../workbook/table';
import type { WorkbookContext } from './workbook-context';

/**
 * Attendance: a row per planned day up to today, with the observed status and its sources
 * (system columns) and the final status (the coach's mark if there is one). The coach's columns
 * (mark, reason, note) are never written.
 */
export function evidenceFromSheets(wb: WorkbookContext): Evidence[] {
  const evidence: Evidence[] = [];
  for (const row of openTable(wb.spreadsheet, 'reflections').rows) {
    const clientId = cellText(row.values.clientId);
    const date = parseDate(row.values.date);
    if (clientId === '' || !date) continue;
    // 'folder': found in Drive by nightly; 'upload-link': sent from the upload page (jobs/upload).
    const matchedBy = cellText(row.values.matchedBy);
    const source = matchedBy === 'folder' || matchedBy === 'upload-link' ? 'upload' : 'reflection';
    evidence.push({ clientId, date, source });
  }
  for (const row of tryOpenTable(wb.spreadsheet, 'meetings')?.rows ?? []) {
    const date = parseDate(row.values.date);
    if (!date) continue;
    for (const id of cellText(row.values.attendees).split(/[,;\s]+/)) {
      if (/^A\d+$/i.test(id))
        evidence.push({ clientId: id.toUpperCase(), date, source: 'meeting' });
    }
  }
  return evidence;
}

export function updateAttendance(wb: WorkbookContext): { added: number; updated: number } {
  const evidence = indexEvidence(evidenceFromSheets(wb));
  const plans = openTable(wb.spreadsheet, 'plans');
  const attendance = openTable(wb.spreadsheet, 'attendance');
  const names = new Map(
    openTable(wb.spreadsheet, 'clients').rows.map(
      (r) => [cellText(r.values.id), cellText(r.values.name)] as const,
    ),
  );
  const word = (status: string): string => t(wb.lang, attendanceMessageKey(status as 'present'));
  const existing = new Map(attendance.rows.map((r) => [cellText(r.values.key), r.values] as const));
  const additions: Record<string, unknown>[] = [];
  const updates = new Map<string, Record<string, unknown>>();
  for (const planRow of plans.rows) {
    const plan = planRowView(planRow.values);
    if (!plan || plan.date > wb.today) continue;
    const key = planKey(plan.clientId, plan.date);
    const current = existing.get(key);
    const day = decideDay({
      date: plan.date,
      today: wb.today,
      sources: evidence.get(key) ?? [],
      coachMark: current?.coachMark,
      absenceReason: current?.absenceReason,
      allowanceEuros: wb.settings.allowanceEuros,
    });
    const system = {
      observed: word(day.observed),
      sources: day.sources.join(', '),
      final: word(day.final),
      allowance: day.allowance,
    };
    if (!current) {
      additions.push({
        key,
        date: plan.date,
        week: isoWeekOf(plan.date),
        clientId: plan.clientId,
        name: names.get(plan.clientId) ?? '',
        ...system,
      });
      existing.set(key, system);
    } else if (
      cellText(current.observed) !== system.observed ||
      cellText(current.sources) !== system.sources ||
      cellText(current.final) !== system.final ||
      cellText(current.allowance) !== String(system.allowance)
    ) {
      updates.set(key, system);
    }
  }
  appendRows(attendance, additions);
  // Two narrow writes rather than one wide one: the coach's mark and reason sit between these
  // columns, and a write never spans a coach's cell.
  updateByKey(attendance.sheet, ATTENDANCE, updates, ['observed', 'sources']);
  updateByKey(attendance.sheet, ATTENDANCE, updates, ['final', 'allowance']);
  return { added: additions.length, updated: updates.size };
}
