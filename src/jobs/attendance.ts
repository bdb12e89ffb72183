import {
  attendanceMessageKey,
  decideDay,
  indexEvidence,
  parseAttendanceStatus,
  parseSources,
  type Evidence,
  type EvidenceSource,
} from '../core/attendance';
import { parseCode } from '../core/workbook-codes';
import { dayRefusal, type ClientDays } from '../core/attendance-days';
import { formatDate, isoWeekOf, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { planKey } from '../core/plans';
import type { AttendanceStatus } from '../core/types';
import { parseWorkDays } from '../core/weekdays';
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
    // A diary for a day that had not come yet when it was sent proves nothing (issue 14).
    const sent = parseDate(row.values.submittedAt);
    if (sent && date > sent) continue;
    // 'folder': found in Drive by nightly; 'upload-link': sent from the upload page (jobs/upload).
    const matchedBy = parseCode('matchedBy', row.values.matchedBy);
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
      sources: evidence.get(key) ?? [],
      coachMark: current?.coachMark,
      absenceReason: current?.absenceReason,
      allowanceEuros: wb.settings.allowanceEuros,
    });
    const system = {
      observed: word(day.observed),
      sources: day.sources.map((s) => t(wb.lang, `attendance.source.${s}`)).join(', '),
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

/** The period and work days of a clients-sheet row, for dayRefusal. */
export function clientDaysOf(values: Record<string, unknown>): ClientDays {
  return {
    periodStart: parseDate(values.periodStart),
    periodEnd: parseDate(values.periodEnd),
    continuationUntil: parseDate(values.continuationUntil),
    workDays: parseWorkDays(cellText(values.workDays)).days,
  };
}

/** Why attendance cannot be recorded for that client-day, in the workbook's words, or ''. */
export function dayRefusalText(
  wb: WorkbookContext,
  clientValues: Record<string, unknown>,
  date: string,
  planned: boolean,
): string {
  const refusal = dayRefusal({
    client: clientDaysOf(clientValues),
    date,
    today: wb.today,
    planned,
    closedDates: wb.settings.closedDates,
  });
  return refusal ? t(wb.lang, `attendance.refused.${refusal}`, { date: formatDate(date) }) : '';
}

export interface DayToCheck {
  clientId: string;
  name: string;
  date: string;
  /** What the evidence proposes: present, or unknown (nothing seen). */
  proposed: AttendanceStatus;
  sources: EvidenceSource[];
}

/** Ended planned days the coach has not marked yet, oldest first (one read of the sheet). */
export function daysToCheck(wb: WorkbookContext): DayToCheck[] {
  const days: DayToCheck[] = [];
  for (const row of openTable(wb.spreadsheet, 'attendance').rows) {
    const date = parseDate(row.values.date);
    const clientId = cellText(row.values.clientId);
    if (!date || clientId === '' || date >= wb.today) continue;
    const mark = parseAttendanceStatus(row.values.coachMark);
    if (mark && mark !== 'unknown') continue;
    const sources = parseSources(row.values.sources);
    days.push({
      clientId,
      name: cellText(row.values.name),
      date,
      proposed: sources.length > 0 ? 'present' : 'unknown',
      sources,
    });
  }
  return days.sort((a, b) =>
    a.date === b.date ? (a.clientId < b.clientId ? -1 : 1) : a.date < b.date ? -1 : 1,
  );
}
