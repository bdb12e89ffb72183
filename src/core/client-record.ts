import { addDays, formatDate } from './dates';
import type { Translate } from './reports';
import { escapeHtml } from './text';
import type { AbsenceReason, AttendanceStatus, IsoDate, Lang } from './types';

/**
 * The per-client record for the official client information system (issue 5): goals, model,
 * contract periods, plans, reflections, submissions and attendance with absence reasons, as one
 * plain printable HTML page. Pure: the job (src/jobs/client-record.ts) gathers the data, this
 * only renders it. Every text that a coach or a client typed goes through escapeHtml; the page
 * has no script and no external resource, so it prints and archives as it is.
 */

export interface RecordPeriod {
  kind: 'main' | 'continuation';
  start: IsoDate | '';
  end: IsoDate | '';
}

export interface ClientRecordData {
  id: string;
  name: string;
  goals: string;
  model: string;
  status: string;
  workDays: string;
  hoursPerDay: string;
  group: string;
  oriented: boolean | null;
  periods: RecordPeriod[];
  plans: { date: IsoDate; mode: string; hours: string; tasks: string; approved: boolean }[];
  reflections: { date: IsoDate | ''; mood: string; text: string }[];
  submissions: { name: string; created: IsoDate | '' }[];
  attendance: { date: IsoDate; status: AttendanceStatus; reason: AbsenceReason | null }[];
}

export interface AttendanceCounts {
  planned: number;
  present: number;
  absent: number;
  noService: number;
  open: number;
}

export function countAttendance(days: ClientRecordData['attendance']): AttendanceCounts {
  const counts: AttendanceCounts = { planned: 0, present: 0, absent: 0, noService: 0, open: 0 };
  for (const d of days) {
    counts.planned += 1;
    if (d.status === 'present') counts.present += 1;
    else if (d.status === 'absent') counts.absent += 1;
    else if (d.status === 'no-service') counts.noService += 1;
    else counts.open += 1;
  }
  return counts;
}

/** The contract period and, when it runs longer, the continuation contract from the day after. */
export function periodsOf(
  periodStart: IsoDate | null,
  periodEnd: IsoDate | null,
  continuationUntil: IsoDate | null,
): RecordPeriod[] {
  const periods: RecordPeriod[] = [];
  if (periodStart || periodEnd)
    periods.push({ kind: 'main', start: periodStart ?? '', end: periodEnd ?? '' });
  if (continuationUntil && (!periodEnd || continuationUntil > periodEnd))
    periods.push({
      kind: 'continuation',
      start: periodEnd ? addDays(periodEnd, 1) : '',
      end: continuationUntil,
    });
  return periods;
}

/** The day the client's service ends: the continuation's end when there is one, else the period's. */
export function serviceEnd(periods: readonly RecordPeriod[]): IsoDate | '' {
  return periods.reduce<IsoDate | ''>((end, p) => (p.end > end ? p.end : end), '');
}

const byDate = <T extends { date: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => a.date.localeCompare(b.date));

const day = (iso: string): string => (iso ? formatDate(iso) : '');

function table(t: Translate, heads: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p>${escapeHtml(t('record.none'))}</p>`;
  const th = heads.map((h) => `<th scope="col">${escapeHtml(t(h))}</th>`).join('');
  const trs = rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table><thead><tr>${th}</tr></thead><tbody>\n${trs}\n</tbody></table>`;
}

/** Text cells keep their line breaks: escaped first, then each newline becomes `<br>`. */
const multiline = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

export function renderClientRecord(
  data: ClientRecordData,
  t: Translate,
  lang: Lang,
  options: { organisation: string; madeOn: IsoDate },
): string {
  const title = t('record.title', { name: data.name, id: data.id });
  const yesNo = data.oriented === null ? '' : t(data.oriented ? 'record.yes' : 'record.no');
  const facts: [string, string][] = [
    ['record.model', data.model],
    ['record.status', data.status],
    ['record.workDays', data.workDays],
    ['record.hoursPerDay', data.hoursPerDay],
    ['record.group', data.group],
    ['record.oriented', yesNo],
  ];
  const counts = countAttendance(data.attendance);
  const reason = (r: AbsenceReason | null): string =>
    r ? t(`workbook.choice.absenceReason.${r}`) : '';

  // Reflections keep line breaks, so their table is built here rather than by table().
  const reflections =
    data.reflections.length === 0
      ? `<p>${escapeHtml(t('record.none'))}</p>`
      : [
          '<table><thead><tr>',
          ['record.reflection.date', 'record.reflection.mood', 'record.reflection.text']
            .map((h) => `<th scope="col">${escapeHtml(t(h))}</th>`)
            .join(''),
          '</tr></thead><tbody>',
          byDate(data.reflections)
            .map(
              (r) =>
                `<tr><td>${escapeHtml(day(r.date))}</td><td>${escapeHtml(r.mood)}</td><td>${multiline(r.text)}</td></tr>`,
            )
            .join('\n'),
          '</tbody></table>',
        ].join('\n');

  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`,
    '<style>body{font-family:sans-serif;margin:2em;color:#111;line-height:1.4}',
    'table{border-collapse:collapse;width:100%;margin-bottom:1em}',
    'th,td{border:1px solid #444;padding:.3em .5em;text-align:left;vertical-align:top}',
    'dt{font-weight:bold}dd{margin:0 0 .5em 0}h2{margin-top:1.5em}',
    '@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}</style></head>',
    `<body><h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(t('record.made', { date: day(options.madeOn) }))}</p>`,
    options.organisation
      ? `<p>${escapeHtml(t('record.organisation', { organisation: options.organisation }))}</p>`
      : '',
    `<p><strong>${escapeHtml(t('record.confidential'))}</strong></p>`,
    `<h2>${escapeHtml(t('record.basics'))}</h2>`,
    '<dl>',
    ...facts.map(([k, v]) => `<dt>${escapeHtml(t(k))}</dt><dd>${escapeHtml(v || '–')}</dd>`),
    '</dl>',
    `<h2>${escapeHtml(t('record.goals'))}</h2>`,
    data.goals ? `<p>${multiline(data.goals)}</p>` : `<p>${escapeHtml(t('record.none'))}</p>`,
    `<h2>${escapeHtml(t('record.periods'))}</h2>`,
    table(
      t,
      ['record.period.kind', 'record.period.start', 'record.period.end'],
      data.periods.map((p) => [t(`record.period.${p.kind}`), day(p.start), day(p.end)]),
    ),
    `<h2>${escapeHtml(t('record.plans'))}</h2>`,
    table(
      t,
      [
        'record.plan.date',
        'record.plan.mode',
        'record.plan.hours',
        'record.plan.tasks',
        'record.plan.approved',
      ],
      byDate(data.plans).map((p) => [
        day(p.date),
        p.mode,
        p.hours,
        p.tasks,
        t(p.approved ? 'record.yes' : 'record.no'),
      ]),
    ),
    `<h2>${escapeHtml(t('record.reflections'))}</h2>`,
    reflections,
    `<h2>${escapeHtml(t('record.submissions'))}</h2>`,
    table(
      t,
      ['record.submission.name', 'record.submission.created'],
      [...data.submissions]
        .sort((a, b) => a.created.localeCompare(b.created) || a.name.localeCompare(b.name))
        .map((s) => [s.name, day(s.created)]),
    ),
    `<h2>${escapeHtml(t('record.attendance'))}</h2>`,
    `<p>${escapeHtml(
      t('record.attendance.summary', {
        planned: counts.planned,
        present: counts.present,
        absent: counts.absent,
        noService: counts.noService,
        open: counts.open,
      }),
    )}</p>`,
    table(
      t,
      ['record.attendance.date', 'record.attendance.status', 'record.attendance.reason'],
      byDate(data.attendance).map((a) => [
        day(a.date),
        t(`workbook.choice.attendance.${a.status}`),
        a.status === 'absent' ? reason(a.reason) || t('participation.report.reasonMissing') : '',
      ]),
    ),
    '</body></html>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
