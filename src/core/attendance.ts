import type { AbsenceReason, AttendanceStatus, IsoDate } from './types';
import { foldText } from './text';

/**
 * Attendance of planned days. Evidence (a reflection, an upload, a meeting) proposes a status;
 * the coach's mark always wins (DESIGN.md: "the coach has the last word"). Kela pays the
 * expense allowance per attended day (Act 189/2001 §17, kulukorvaus).
 */

export type EvidenceSource = 'reflection' | 'upload' | 'meeting';

export interface Evidence {
  clientId: string;
  date: IsoDate;
  source: EvidenceSource;
}

const STATUS_WORDS: Record<AttendanceStatus, string[]> = {
  present: ['present', 'läsnä', 'paikalla', 'närvarande', 'närvaro', 'x'],
  absent: ['absent', 'poissa', 'poissaolo', 'frånvarande', 'frånvaro'],
  'no-service': [
    'no-service',
    'no service arranged',
    'no service',
    'palvelua ei järjestetä',
    'ei palvelua',
    'ingen service ordnas',
    'ingen service',
  ],
  unknown: ['unknown', 'ei tietoa', 'okänt', 'ingen uppgift'],
};

const REASON_WORDS: Record<AbsenceReason, string[]> = {
  'own-illness': [
    'own-illness',
    'own illness',
    'illness',
    'sick',
    'oma sairaus',
    'sairaus',
    'egen sjukdom',
    'sjuk',
  ],
  'child-illness': [
    'child-illness',
    "child's illness",
    'child illness',
    'lapsen sairaus',
    'barnets sjukdom',
  ],
  'job-interview': ['job-interview', 'job interview', 'työhaastattelu', 'arbetsintervju'],
  'public-office': [
    'public-office',
    'public office',
    'julkinen luottamustoimi',
    'luottamustoimi',
    'offentligt förtroendeuppdrag',
    'förtroendeuppdrag',
  ],
  other: ['other', 'other reason', 'muu', 'muu syy', 'annan', 'annat', 'annan orsak'],
  unexcused: ['unexcused', 'ilman syytä', 'luvaton', 'utan orsak', 'ogiltig'],
};

function lookup<T extends string>(words: Record<T, string[]>): (value: unknown) => T | null {
  const map = new Map<string, T>();
  for (const [key, list] of Object.entries(words) as [T, string[]][]) {
    for (const word of list) map.set(foldText(word), key);
  }
  return (value) => {
    if (value === null || value === undefined) return null;
    const text = foldText(String(value));
    return text === '' ? null : (map.get(text) ?? null);
  };
}

/** A coach's mark in any of our languages, or null if blank or not understood. */
export const parseAttendanceStatus = lookup(STATUS_WORDS);
export const parseAbsenceReason = lookup(REASON_WORDS);

export function attendanceMessageKey(status: AttendanceStatus): string {
  return `workbook.choice.attendance.${status}`;
}

export function absenceReasonMessageKey(reason: AbsenceReason): string {
  return `workbook.choice.absenceReason.${reason}`;
}

/**
 * What the evidence says about one planned day. A day that has not ended yet is `unknown`
 * unless there is already evidence; an ended day with none is a proposed absence.
 */
export function observedStatus(
  date: IsoDate,
  today: IsoDate,
  sources: readonly EvidenceSource[],
): AttendanceStatus {
  if (sources.length > 0) return 'present';
  return date < today ? 'absent' : 'unknown';
}

export interface DayAttendance {
  observed: AttendanceStatus;
  sources: EvidenceSource[];
  final: AttendanceStatus;
  /** The coach's reason, for a final absence; null when the coach has given none yet. */
  reason: AbsenceReason | null;
  allowance: number;
}

/** One planned day: evidence proposes, the coach's mark (if understood) decides. */
export function decideDay(input: {
  date: IsoDate;
  today: IsoDate;
  sources: readonly EvidenceSource[];
  coachMark: unknown;
  absenceReason: unknown;
  allowanceEuros: number;
}): DayAttendance {
  const sources = [...new Set(input.sources)].sort() as EvidenceSource[];
  const observed = observedStatus(input.date, input.today, sources);
  const mark = parseAttendanceStatus(input.coachMark);
  const final = mark && mark !== 'unknown' ? mark : observed;
  const reason = final === 'absent' ? parseAbsenceReason(input.absenceReason) : null;
  return {
    observed,
    sources,
    final,
    reason,
    allowance: final === 'present' ? input.allowanceEuros : 0,
  };
}

/** Evidence indexed by `clientId|date`. */
export function indexEvidence(evidence: readonly Evidence[]): Map<string, EvidenceSource[]> {
  const index = new Map<string, EvidenceSource[]>();
  for (const e of evidence) {
    const key = `${e.clientId}|${e.date}`;
    const list = index.get(key) ?? [];
    if (!list.includes(e.source)) list.push(e.source);
    index.set(key, list);
  }
  return index;
}

export function sourcesText(sources: readonly EvidenceSource[]): string {
  return sources.join(', ');
}

export function parseSources(value: unknown): EvidenceSource[] {
  return String(value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s): s is EvidenceSource => s === 'reflection' || s === 'upload' || s === 'meeting');
}
