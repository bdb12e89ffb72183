import type { AbsenceReason, AttendanceStatus, IsoDate, Lang } from './types';
import { addDays, diffDays, formatDate } from './dates';
import { escapeHtml } from './text';

/**
 * Kela's reports. The organiser reports absences on form TT3 at least every two weeks, and pays
 * nothing for absent days: https://www.kela.fi/lomakkeet (TT3, "Ilmoitus kuntouttavan
 * työtoiminnan poissaoloista"). Reporting periods are fixed fortnights of ISO weeks counted from
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
}

export interface AbsenceReport {
  period: Period;
  clients: ClientAbsences[];
  /** Absences the coach has not given a reason for yet. */
  missingReasons: number;
}

const inPeriod = (date: IsoDate, p: Period): boolean => date >= p.start && date <= p.end;

/** TT3 content: every client with planned days in the period, each absence day and its reason. */
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
    };
    if (fact.final === 'absent') entry.absences.push({ date: fact.date, reason: fact.reason });
    byClient.set(fact.clientId, entry);
  }
  const clients = [...byClient.values()].sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
  for (const c of clients) c.absences.sort((a, b) => (a.date < b.date ? -1 : 1));
  const missingReasons = clients.reduce(
    (n, c) => n + c.absences.filter((a) => a.reason === null).length,
    0,
  );
  return { period, clients, missingReasons };
}

export interface MonthlyRow {
  clientId: string;
  name: string;
  planned: number;
  attended: number;
  absent: number;
  noService: number;
  open: number;
  allowanceDays: number;
  allowanceEuros: number;
}

/** `month` is `YYYY-MM`. Allowance days are attended days (the €9 kulukorvaus per day). */
export function buildMonthlySummary(
  facts: readonly AttendanceFact[],
  names: ReadonlyMap<string, string>,
  month: string,
  rateEuros: number,
): MonthlyRow[] {
  const rows = new Map<string, MonthlyRow>();
  for (const fact of facts) {
    if (fact.date.slice(0, 7) !== month) continue;
    const row = rows.get(fact.clientId) ?? {
      clientId: fact.clientId,
      name: names.get(fact.clientId) ?? '',
      planned: 0,
      attended: 0,
      absent: 0,
      noService: 0,
      open: 0,
      allowanceDays: 0,
      allowanceEuros: 0,
    };
    row.planned += 1;
    if (fact.final === 'present') row.attended += 1;
    else if (fact.final === 'absent') row.absent += 1;
    else if (fact.final === 'no-service') row.noService += 1;
    else row.open += 1;
    row.allowanceDays = row.attended;
    row.allowanceEuros = Math.round(row.attended * rateEuros * 100) / 100;
    rows.set(fact.clientId, row);
  }
  return [...rows.values()].sort((a, b) => (a.clientId < b.clientId ? -1 : 1));
}

/** The words a report needs, looked up by the caller in the i18n catalogue. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function reasonText(t: Translate, reason: AbsenceReason | null): string {
  return reason
    ? t(`workbook.choice.absenceReason.${reason}`)
    : t('participation.report.reasonMissing');
}

/** Rows of the absence report as a table: header first. Used for the sheet and the CSV. */
export function absenceReportRows(report: AbsenceReport, t: Translate): string[][] {
  const rows: string[][] = [
    [
      t('participation.report.client'),
      t('participation.report.name'),
      t('participation.report.period'),
      t('participation.report.absenceDay'),
      t('participation.report.reason'),
    ],
  ];
  const period = `${formatDate(report.period.start)}–${formatDate(report.period.end)}`;
  for (const c of report.clients) {
    if (c.absences.length === 0) {
      rows.push([c.clientId, c.name, period, '', t('participation.report.noAbsences')]);
    }
    for (const a of c.absences)
      rows.push([c.clientId, c.name, period, formatDate(a.date), reasonText(t, a.reason)]);
  }
  return rows;
}

/** RFC 4180 CSV; cells that a spreadsheet would run as formulas are prefixed with `'`. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string): string => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A printable page (the coach prints it or saves it as PDF from the browser). */
export function absenceReportHtml(
  report: AbsenceReport,
  t: Translate,
  lang: Lang,
  organisation: string,
): string {
  const [header, ...body] = absenceReportRows(report, t);
  const th = header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const trs = body
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  const title = t('participation.report.title', {
    start: formatDate(report.period.start),
    end: formatDate(report.period.end),
  });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:sans-serif;margin:2em;color:#111}table{border-collapse:collapse;width:100%}',
    'th,td{border:1px solid #444;padding:.4em;text-align:left}@media print{body{margin:0}}</style></head>',
    `<body><h1>${escapeHtml(title)}</h1>`,
    organisation ? `<p>${escapeHtml(organisation)}</p>` : '',
    `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`,
    `<p>${escapeHtml(t('participation.report.footer'))}</p></body></html>`,
  ].join('\n');
}
