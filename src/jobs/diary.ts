import { dayRefusal, hoursFlag } from '../core/attendance-days';
import { formatDate, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { EDGE_LIMITS, overTypedLimit } from '../core/limits';
import { planKey } from '../core/plans';
import { parseNumber } from '../core/settings';
import type { Lang } from '../core/types';
import { withScriptLock } from '../services/lock';
import { cellText, toCell, type Cell } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows, type Table, type TableRow } from '../workbook/table';
import { clientDaysOf } from './attendance';
import { clientByToken } from './upload-identity';
import { openWorkbook } from './workbook-context';

/**
 * The diary on the web app's own page (no Google account, the token is never a visible field):
 * the client's attendance record (issue 17). One row per client and day in the reflections
 * sheet: sending the day's diary again updates that row, it never adds a second. A day that
 * cannot count (tomorrow, a holiday, outside the period, not one of the client's days) is
 * refused on the page in the client's language, and nothing is written.
 */

export interface DiaryAnswers {
  date?: unknown;
  went?: unknown;
  did?: unknown;
  hours?: unknown;
  thoughts?: unknown;
  toCoach?: unknown;
}

export type DiaryResult = { ok: true; message: string } | { ok: false; message: string };

// Lengths are checked before anything is read or written (tooLong): nothing here is ever cut.
const text = (value: unknown): string => (typeof value === 'string' ? value : '').trim();

/**
 * The refusal of a box typed past EDGE_LIMITS.typedTextChars, naming the box with the page's
 * own question; '' when every box fits. The page shows the typed text again (diary-page.ts).
 */
function tooLong(answers: DiaryAnswers, lang: Lang): string {
  const { did, hours, thoughts, toCoach } = answers;
  const over = overTypedLimit({ did, hours, thoughts, toCoach });
  if (!over) return '';
  return t(lang, 'limits.typed.tooLong', {
    field: t(lang, `participation.form.${over.field}`),
    length: over.length,
    max: EDGE_LIMITS.typedTextChars,
  });
}

/** The sheet row key of a client's diary for a day (one per day, see above). */
export const diaryRowId = (clientId: string, date: string): string => `diary:${clientId}:${date}`;

function refusalFor(
  wb: ReturnType<typeof openWorkbook>,
  clientId: string,
  date: string,
  lang: Lang,
): string {
  const clients = openTable(wb.spreadsheet, 'clients');
  const values = clients.rows.find((r) => cellText(r.values.id) === clientId)?.values ?? {};
  const input = {
    client: clientDaysOf(values),
    date,
    today: wb.today,
    planned: false,
    closedDates: wb.settings.closedDates,
  };
  let refusal = dayRefusal(input);
  if (refusal === 'not-work-day') {
    const key = planKey(clientId, date);
    if (openTable(wb.spreadsheet, 'plans').rows.some((r) => cellText(r.values.key) === key))
      refusal = null;
  }
  return refusal ? t(lang, `clientpage.diary.refused.${refusal}`, { date: formatDate(date) }) : '';
}

/**
 * Writes one row again in one call: our fields new, every other cell (the coach's comment, a
 * coach's own column) as it was, through toCell so a text that looks like a formula stays text.
 */
function rewriteRow(table: Table, earlier: TableRow, row: Record<string, unknown>): void {
  const line: Cell[] = new Array(Math.max(1, table.width)).fill('');
  const raw = table.sheet.getRange(earlier.rowNumber, 1, 1, line.length).getValues()[0];
  for (let i = 0; i < line.length; i++) line[i] = toCell(raw[i]);
  for (const [field, index] of table.columns) if (field in row) line[index] = toCell(row[field]);
  table.sheet.getRange(earlier.rowNumber, 1, 1, line.length).setValues([line]);
}

/** Saves the diary of the token's client; the answer is said in the client's language. */
export function saveDiary(token: unknown, answers: DiaryAnswers): DiaryResult {
  const wb = openWorkbook();
  const client = clientByToken(token, wb);
  if (!client) return { ok: false, message: t(wb.lang, 'clientpage.refused') };
  const { lang } = client;
  const long = tooLong(answers, lang);
  if (long) return { ok: false, message: long };
  const date = parseDate(typeof answers.date === 'string' ? answers.date : '') ?? wb.today;
  const why = refusalFor(wb, client.id, date, lang);
  if (why) return { ok: false, message: why };
  const hoursText = text(answers.hours);
  const hours = hoursText === '' ? null : parseNumber(hoursText);
  if (hoursText !== '' && hours === null)
    return { ok: false, message: t(lang, 'clientpage.diary.badHours') };
  const flag = hoursFlag(hours, wb.settings);
  const went = Number(answers.went);
  const parts = [
    text(answers.thoughts),
    hoursText ? `${t(wb.lang, 'participation.reflection.hours')}: ${hoursText}` : '',
    text(answers.toCoach)
      ? `${t(wb.lang, 'participation.reflection.toCoach')}: ${text(answers.toCoach)}`
      : '',
  ];
  const id = diaryRowId(client.id, date);
  const row: Record<string, unknown> = {
    responseId: id,
    submittedAt: new Date(wb.now),
    clientId: client.id,
    date,
    mood: Number.isInteger(went) && went >= 1 && went <= 5 ? went : '',
    tasksDone: text(answers.did),
    text: parts.filter((p) => p !== '').join('\n'),
    matchedBy: 'token',
    problems: flag
      ? t(wb.lang, `attendance.hours.${flag}`, {
          hours: hoursText,
          min: wb.settings.minHoursPerDay,
          max: wb.settings.maxHoursPerDay,
        })
      : '',
  };
  const saved = withScriptLock(() => {
    const reflections = openTable(wb.spreadsheet, 'reflections');
    const earlier = reflections.rows.find((r) => cellText(r.values.responseId) === id);
    if (earlier) rewriteRow(reflections, earlier, row);
    else appendRows(reflections, [row]);
    return earlier !== undefined;
  }, 30_000);
  if (!saved.ran) return { ok: false, message: t(lang, 'clientpage.diary.busy') };
  return {
    ok: true,
    message: t(lang, saved.value ? 'clientpage.diary.updated' : 'clientpage.diary.saved', {
      date: formatDate(date),
    }),
  };
}
