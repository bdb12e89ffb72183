import { LANGS, type AbsenceReason, type AttendanceStatus, type IsoDate } from './types';
import { t } from './i18n';
import { foldText } from './text';

/**
 * Attendance of planned days. Evidence (a reflection, an upload, a meeting) proposes a status;
 * only the coach's mark decides (issue 17: "evidence proposes, the coach decides"). A day with
 * no mark stays "to check" (`unknown`) however long ago it was: a missing diary is never a
 * final absence on its own. Kela pays the expense allowance per attended day (Act 189/2001
 * §17, kulukorvaus), so only a day the coach confirmed as present carries it.
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
  unknown: [
    'unknown',
    'to check',
    'tarkistettava',
    'tarkista',
    'att kontrollera',
    'ei tietoa',
    'okänt',
    'ingen uppgift',
  ],
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
 * What the evidence proposes for one planned day: present when there is any, otherwise
 * `unknown` ("to check"), never absent — the coach asks the client and decides.
 */
export function observedStatus(sources: readonly EvidenceSource[]): AttendanceStatus {
  return sources.length > 0 ? 'present' : 'unknown';
}

export interface DayAttendance {
  observed: AttendanceStatus;
  sources: EvidenceSource[];
  /** The coach's decision; `unknown` (to check) until the coach has marked the day. */
  final: AttendanceStatus;
  confirmed: boolean;
  /** The coach's reason, for a final absence; null when the coach has given none yet. */
  reason: AbsenceReason | null;
  allowance: number;
}

/** One planned day: evidence proposes, the coach's mark (if understood) decides. */
export function decideDay(input: {
  sources: readonly EvidenceSource[];
  coachMark: unknown;
  absenceReason: unknown;
  allowanceEuros: number;
}): DayAttendance {
  const sources = [...new Set(input.sources)].sort() as EvidenceSource[];
  const observed = observedStatus(sources);
  const mark = parseAttendanceStatus(input.coachMark);
  const confirmed = mark !== null && mark !== 'unknown';
  const final = confirmed ? mark : 'unknown';
  const reason = final === 'absent' ? parseAbsenceReason(input.absenceReason) : null;
  return {
    observed,
    sources,
    final,
    confirmed,
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

const SOURCES: EvidenceSource[] = ['reflection', 'upload', 'meeting'];

/** The sources cell: words of any of our languages (as written) or codes (older rows). */
export function parseSources(value: unknown): EvidenceSource[] {
  const found: EvidenceSource[] = [];
  for (const item of String(value ?? '').split(',')) {
    const word = item.trim().toLowerCase();
    const code = SOURCES.find(
      (s) => s === word || LANGS.some((l) => t(l, `attendance.source.${s}`).toLowerCase() === word),
    );
    if (code && !found.includes(code)) found.push(code);
  }
  return found;
}
