import type { AbsenceReason, AttendanceStatus, IsoDate } from './types';
import { addDays, diffDays } from './dates';

/**
 * Kela's reports. The organiser reports absences at least every two weeks on Kela's form TT3
 * "Ilmoitus poissaolosta", each client on their own form (https://www.kela.fi/ilmoita-poissaoloista);
 * the notices themselves are laid out in kela-notice.ts. Reporting periods are fixed fortnights of ISO weeks counted from
 * a Monday anchor, so every run of every year agrees on where a period starts.
 */
export const FORTNIGHT_ANCHOR: IsoDate = '2024-01-01'; // a Monday

export interface Period {
  start: IsoDate;
  end: IsoDate; // inclusive
}

export function fortnightOf(date: IsoDate): Period {
  const index = Math.floor(diffDays(FORTNIGHT_ANCHOR, date) / 14);
  const start = addDays(FORTNIGHT_ANCHOR, index * 14);
  return { start, end: addDays(start, 13) };
}

/** The latest fortnight that has fully ended before `today`. */
export function lastEndedFortnight(today: IsoDate): Period {
  return fortnightOf(addDays(fortnightOf(today).start, -1));
}

export function periodKey(period: Period): string {
  return `${period.start}..${period.end}`;
}

export interface AttendanceFact {
  clientId: string;
  date: IsoDate;
  final: AttendanceStatus;
  reason: AbsenceReason | null;
}

export interface ClientAbsences {
  clientId: string;
  name: string;
  absences: { date: IsoDate; reason: AbsenceReason | null }[];
  /** Days the organiser did not arrange the service (TT3: "palvelua ei järjestetä"). */
  noService: IsoDate[];
  /** Planned days of the period the coach has not confirmed yet. */
  toCheck: number;
}

export interface AbsenceReport {
  period: Period;
  clients: ClientAbsences[];
  /** Absences the coach has not given a reason for yet. */
  missingReasons: number;
  /** Days of the period still to check: the notices are final only when this is 0. */
  toCheck: number;
}

const inPeriod = (date: IsoDate, p: Period): boolean => date >= p.start && date <= p.end;

/**
 * TT3 content: every client with planned days in the period, each confirmed absence day and
 * its reason, the days without service, and how many days are still to check. Only the
 * coach's confirmed marks count (`final` is the coach's decision, `unknown` until then).
 */
export function buildAbsenceReport(
  facts: readonly AttendanceFact[],
  names: ReadonlyMap<string, string>,
  period: Period,
): AbsenceReport {
  const byClient = new Map<string, ClientAbsences>();
  for (const fact of facts) {
    if (!inPeriod(fact.date, period)) continue;
    const entry = byClient.get(fact.clientId) ?? {
      clientId: fact.clientId,
      name: names.get(fact.clientId) ?? '',
      absences: [],
      noService: [],
      toCheck: 0,
    };
    if (fact.final === 'absent') entry.absences.push({ date: fact.date, reason: fact.reason });
    else if (fact.final === 'no-service') entry.noService.push(fact.date);
    else if (fact.final === 'unknown') entry.toCheck += 1;
    byClient.set(fact.clientId, entry);
  }
  const clients = [...byClient.values()].sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
  for (const c of clients) {
    c.absences.sort((a, b) => (a.date < b.date ? -1 : 1));
    c.noService.sort();
  }
  const missingReasons = clients.reduce(
    (n, c) => n + c.absences.filter((a) => a.reason === null).length,
    0,
  );
  const toCheck = clients.reduce((n, c) => n + c.toCheck, 0);
  return { period, clients, missingReasons, toCheck };
}

/** The clients whose notice Kela needs for the period: any absence or day without service. */
export function noticesDue(report: AbsenceReport): ClientAbsences[] {
  return report.clients.filter((c) => c.absences.length > 0 || c.noService.length > 0);
}

export const ABSENCE_REASONS: readonly AbsenceReason[] = [
  'own-illness',
  'child-illness',
  'job-interview',
  'public-office',
  'other',
  'unexcused',
];

export interface MonthlyRow {
  clientId: string;
  name: string;
  planned: number;
  attended: number;
  absent: number;
  noService: number;
  /** Days still to check (not confirmed by the coach). */
  open: number;
  allowanceDays: number;
  allowanceEuros: number;
  /** Absences by reason; `missing` for an absence without a reason yet. */
  reasons: Record<AbsenceReason | 'missing', number>;
}

function emptyRow(clientId: string, name: string): MonthlyRow {
  const reasons = { missing: 0 } as Record<AbsenceReason | 'missing', number>;
  for (const r of ABSENCE_REASONS) reasons[r] = 0;
  return {
    clientId,
    name,
    planned: 0,
    attended: 0,
    absent: 0,
    noService: 0,
    open: 0,
    allowanceDays: 0,
    allowanceEuros: 0,
    reasons,
  };
}

const euros = (days: number, rate: number): number => Math.round(days * rate * 100) / 100;

/**
 * `month` is `YYYY-MM`. Allowance days are the days the coach confirmed as attended (the €9
 * kulukorvaus per day); days still to check count nowhere but in `open`.
 */
export function buildMonthlySummary(
  facts: readonly AttendanceFact[],
  names: ReadonlyMap<string, string>,
  month: string,
  rateEuros: number,
): MonthlyRow[] {
  const rows = new Map<string, MonthlyRow>();
  for (const fact of facts) {
    if (fact.date.slice(0, 7) !== month) continue;
    const row = rows.get(fact.clientId) ?? emptyRow(fact.clientId, names.get(fact.clientId) ?? '');
    row.planned += 1;
    if (fact.final === 'present') row.attended += 1;
    else if (fact.final === 'absent') {
      row.absent += 1;
      row.reasons[fact.reason ?? 'missing'] += 1;
    } else if (fact.final === 'no-service') row.noService += 1;
    else row.open += 1;
    row.allowanceDays = row.attended;
    row.allowanceEuros = euros(row.attended, rateEuros);
    rows.set(fact.clientId, row);
  }
  return [...rows.values()].sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
}

/** The month's total over every client (the municipality's monthly statistics). */
export function monthlyTotal(rows: readonly MonthlyRow[], rateEuros: number): MonthlyRow {
  const total = emptyRow('', '');
  for (const row of rows) {
    total.planned += row.planned;
    total.attended += row.attended;
    total.absent += row.absent;
    total.noService += row.noService;
    total.open += row.open;
    for (const key of Object.keys(row.reasons) as (AbsenceReason | 'missing')[])
      total.reasons[key] += row.reasons[key];
  }
  total.allowanceDays = total.attended;
  total.allowanceEuros = euros(total.attended, rateEuros);
  return total;
}

/** The words a report needs, looked up by the caller in the i18n catalogue. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function reasonText(t: Translate, reason: AbsenceReason | null): string {
  return reason
    ? t(`workbook.choice.absenceReason.${reason}`)
    : t('participation.report.reasonMissing');
}
