import { decideDay, parseAbsenceReason } from '../core/attendance';
import { addDays, formatDate, isoWeekOf, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { EDGE_LIMITS, overTypedLimit } from '../core/limits';
import { planKey } from '../core/plans';
import { fortnightOf } from '../core/reports';
import type { AbsenceReason, AttendanceStatus } from '../core/types';
import { forgetCards } from '../services/card-cache';
import { cellText } from '../workbook/cells';
import { ATTENDANCE, openTable } from '../workbook/schema';
import { appendRows, updateByKey, type Table } from '../workbook/table';
import { dayRefusalText, daysToCheck, updateAttendance, type DayToCheck } from './attendance';
import {
  locked,
  refusedUnlessCoach,
  type ActionResult,
  type FieldProblem,
} from './sidebar-actions';
import { openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * The coach's attendance actions in the sidebar: one client-day at a time, or the whole
 * fortnight's evidence in one click. Evidence proposes, the coach decides (issue 17).
 */

export interface AttendanceMark {
  clientId?: string;
  date?: string;
  status?: string;
  reason?: string;
  note?: string;
}

const STATUSES: AttendanceStatus[] = ['present', 'absent', 'no-service'];

/**
 * Server function: the coach's mark for one client's day (present, absent with its reason, or
 * no service arranged) in the attendance sheet's coach columns; the final status and allowance
 * follow from it as in the nightly update. A day in the future, outside the client's period, on
 * a holiday, or neither planned nor one of the client's work days is refused with the reason
 * (issue 14). There is only ever one row per client-day: a second mark updates it.
 */
export function markAttendance(mark: AttendanceMark): ActionResult<{ key: string }> {
  const m: AttendanceMark = mark && typeof mark === 'object' ? mark : {};
  const refused = refusedUnlessCoach('markAttendance');
  if (refused) return refused;
  return locked(() => {
    const wb = openWorkbook();
    const checked = checkMark(wb, m);
    if (!checked.ok) return checked;
    const key = writeMarks(wb, [checked.mark]);
    forgetCards([checked.mark.clientId]);
    return { ok: true as const, key: key[0] };
  });
}

interface CheckedMark {
  clientId: string;
  name: string;
  date: string;
  status: AttendanceStatus;
  reason: AbsenceReason | null;
  note: string;
}

/**
 * A note past EDGE_LIMITS.typedTextChars is refused with the rest of the checks, before any
 * write: the mark and the note go together or not at all, and the sidebar keeps the typed note.
 */
function noteTooLong(lang: WorkbookContext['lang'], note: string): FieldProblem | null {
  const over = overTypedLimit({ note });
  if (!over) return null;
  const field = t(lang, 'sidebar.field.note');
  const max = EDGE_LIMITS.typedTextChars;
  return {
    field: 'note',
    text: t(lang, 'limits.typed.tooLong', { field, length: over.length, max }),
  };
}

/** What the coach typed, checked; the problems per field in the workbook's language. */
function checkMark(
  wb: WorkbookContext,
  m: AttendanceMark,
  tables: { clients?: Table; plans?: Table } = {},
): { ok: true; mark: CheckedMark } | { ok: false; problems: FieldProblem[] } {
  const { lang } = wb;
  const problems: FieldProblem[] = [];
  const clientId = String(m.clientId ?? '').trim();
  const clientRow = (tables.clients ?? openTable(wb.spreadsheet, 'clients')).rows.find(
    (r) => clientId !== '' && cellText(r.values.id) === clientId,
  );
  if (!clientRow)
    problems.push({ field: 'client', text: t(lang, 'sidebar.attendance.unknownClient') });
  const date = parseDate(m.date);
  if (!date) problems.push({ field: 'date', text: t(lang, 'sidebar.attendance.badDate') });
  const status = STATUSES.find((s) => s === m.status);
  if (!status) problems.push({ field: 'status', text: t(lang, 'sidebar.attendance.badStatus') });
  const reason = status === 'absent' ? parseAbsenceReason(m.reason) : null;
  if (status === 'absent' && !reason)
    problems.push({ field: 'reason', text: t(lang, 'sidebar.attendance.reasonNeeded') });
  if (clientRow && date) {
    const key = planKey(clientId, date);
    const planned = (tables.plans ?? openTable(wb.spreadsheet, 'plans')).rows.some(
      (r) => cellText(r.values.key) === key,
    );
    const why = dayRefusalText(wb, clientRow.values, date, planned);
    if (why) problems.push({ field: 'date', text: why });
  }
  const note = String(m.note ?? '').trim();
  const long = noteTooLong(lang, note);
  if (long) problems.push(long);
  if (problems.length > 0 || !date || !status || !clientRow) return { ok: false, problems };
  const name = cellText(clientRow.values.name);
  return { ok: true, mark: { clientId, name, date, status, reason, note } };
}

/**
 * Writes checked marks: the coach columns of existing rows (two narrow writes, never over a
 * system column), one append for the days without a row, then the system columns follow.
 */
function writeMarks(wb: WorkbookContext, marks: CheckedMark[]): string[] {
  const { lang } = wb;
  const attendance = openTable(wb.spreadsheet, 'attendance');
  const have = new Set(attendance.rows.map((r) => cellText(r.values.key)));
  const markUpdates = new Map<string, Record<string, unknown>>();
  const noteUpdates = new Map<string, Record<string, unknown>>();
  const additions: Record<string, unknown>[] = [];
  for (const m of marks) {
    const key = planKey(m.clientId, m.date);
    const cells = {
      coachMark: t(lang, `workbook.choice.attendance.${m.status}`),
      absenceReason: m.reason ? t(lang, `workbook.choice.absenceReason.${m.reason}`) : '',
    };
    if (have.has(key)) {
      markUpdates.set(key, cells);
      if (m.note) noteUpdates.set(key, { note: m.note });
      continue;
    }
    have.add(key);
    const day = decideDay({
      sources: [],
      coachMark: cells.coachMark,
      absenceReason: cells.absenceReason,
      allowanceEuros: wb.settings.allowanceEuros,
    });
    additions.push({
      key,
      date: m.date,
      week: isoWeekOf(m.date),
      clientId: m.clientId,
      name: m.name,
      ...cells,
      final: t(lang, `workbook.choice.attendance.${day.final}`),
      allowance: day.allowance,
      note: m.note,
    });
  }
  updateByKey(attendance.sheet, ATTENDANCE, markUpdates, ['coachMark', 'absenceReason']);
  updateByKey(attendance.sheet, ATTENDANCE, noteUpdates, ['note']);
  appendRows(attendance, additions);
  if (markUpdates.size > 0) updateAttendance(wb);
  return marks.map((m) => planKey(m.clientId, m.date));
}

export interface FortnightConfirmation {
  /** Any day of the fortnight (default: the one yesterday was in, so on a fortnight's first
   * day the one that just ended). */
  date?: string;
  /** Only this client (default: everyone). */
  clientId?: string;
}

/**
 * Server function: the fortnight in one click. Every day of the fortnight that evidence proposes
 * as present and the coach has not marked becomes present; days with no evidence stay "to
 * check" (an absence needs its reason, which only the coach can give).
 */
export function confirmFortnight(
  input?: FortnightConfirmation,
): ActionResult<{ confirmed: number; toCheck: number; start: string; end: string }> {
  const refused = refusedUnlessCoach('confirmFortnight');
  if (refused) return refused;
  return locked(() => {
    const wb = openWorkbook();
    const asked = parseDate(input?.date);
    const period = fortnightOf(asked ?? addDays(wb.today, -1));
    const only = String(input?.clientId ?? '').trim();
    const days = daysToCheck(wb).filter(
      (d) => d.date >= period.start && d.date <= period.end && (only === '' || d.clientId === only),
    );
    const clients = openTable(wb.spreadsheet, 'clients');
    const plans = openTable(wb.spreadsheet, 'plans');
    const marks: CheckedMark[] = [];
    for (const d of days.filter((x) => x.proposed === 'present')) {
      const checked = checkMark(wb, { ...d, status: 'present' }, { clients, plans });
      if (checked.ok) marks.push(checked.mark);
    }
    if (marks.length > 0) writeMarks(wb, marks);
    forgetCards([...new Set(marks.map((m) => m.clientId))]);
    return {
      ok: true as const,
      confirmed: marks.length,
      toCheck: days.length - marks.length,
      start: period.start,
      end: period.end,
    };
  });
}

/** At most this many days in the sidebar's list; the sheet has them all. */
const MAX_LISTED = 150;

export interface ToCheckView {
  days: (DayToCheck & { dateText: string; sourcesText: string })[];
  more: number;
  fortnight: { start: string; end: string };
}

/** Server function: the coach's "to check" list (ended days without the coach's mark). */
export function attendanceToCheck(): ToCheckView {
  const wb = openWorkbook();
  const all = daysToCheck(wb);
  const period = fortnightOf(addDays(wb.today, -1));
  return {
    days: all.slice(0, MAX_LISTED).map((d) => ({
      ...d,
      dateText: formatDate(d.date),
      sourcesText: d.sources.map((s) => t(wb.lang, `attendance.source.${s}`)).join(', '),
    })),
    more: Math.max(0, all.length - MAX_LISTED),
    fortnight: { start: period.start, end: period.end },
  };
}
