import { dateInZone, formatDate, parseDate } from '../core/dates';
import { displayCode } from '../core/workbook-codes';
import { t } from '../core/i18n';
import { dayRefusal, hoursFlag } from '../core/attendance-days';
import { planKey } from '../core/plans';
import { parseNumber } from '../core/settings';
import { attributeResponse } from '../core/tokens';
import type { Lang } from '../core/types';
import {
  answersOfPrefilledUrl,
  readResponse,
  responseIdsSince,
  tryOpenForm,
  verifiesEmail,
  type ResponseData,
} from '../services/forms';
import { withRetry } from '../services/retry';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { EDGE_LIMITS, cutText } from '../core/limits';
import { openTable } from '../workbook/schema';
import { appendRows, type Table } from '../workbook/table';
import { clientDaysOf } from './attendance';
import { finishIntake, queueResponse, readIntakeState, type IntakeState } from './intake-queue';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';
import {
  formOfUrl,
  participantsOf,
  reflectionFormsWithEntries,
  type ReflectionField,
  type ReflectionForms,
} from './reflection-form';

/**
 * Reflection intake, in two steps (issue 8: at most 6 service calls per response).
 *
 * Why not record in the trigger: a row that is final at once needs the response (its answers
 * and its id: 2 calls), the client behind the token (any stored read is a service getter plus
 * a read: 2) and an append to the named sheet (spreadsheet, sheet, append: 3) — 7 calls before
 * any guard against a double firing (a lock: 2; a check of the sheet: 2 more).
 *
 * So the trigger only queues: `toPrefilledUrl()` (every answer in one call, however many items;
 * item by item costs 2 per answer), `getId()`, and one script property keyed by the response id
 * (2): 4 calls, no lock, no session check. Firing twice writes the same key twice. Its first act
 * is a call on `e.response`, so a forged event from google.script.run (JSON only, no live
 * response) throws before any read or write; hence no coachOnly guard (test/security).
 *
 * The recording run (nightly, and drainReflections for an hourly trigger) holds the script
 * lock, reads the queue in one call, skips ids already in the sheet, attributes by token,
 * appends all rows at once, then deletes each entry (1 call per response). The nightly run
 * also sweeps the forms since its last sweep (1 call per response: getId) and reads in full
 * (3 calls) only responses neither queued nor recorded: a trigger that died at any call, a
 * full property store, an answer too long to queue. Per response, everything counted:
 * 4 (trigger) + 1 (dequeue) + 1 (sweep) = 6; the runs' fixed costs are shared by all.
 * The price: a row appears at the next recording run, not seconds after the submission.
 */
export function onReflectionSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const url = e.response.toPrefilledUrl();
  const responseId = e.response.getId();
  // When the trigger saw it: Forms fires within seconds; the sweep uses the form's own time.
  queueResponse(responseId, url, Date.now());
}

/** How many days back the sweep looks at most (the first sweep, or after a long outage). */
export const RECONCILE_DAYS = 14;
/** Each sweep re-reads the last hour before the previous one: late-visible responses. */
const SWEEP_OVERLAP_MS = 3_600_000;

/** Nightly, under the caller's script lock: the queue, then the sweep. Returns rows added. */
export function reconcileResponses(wb: WorkbookContext): number {
  return recordReflections(wb, readIntakeState(), true);
}

/**
 * Records what the triggers queued, for a frequent trigger: 2 calls when nothing is queued.
 * Skips when another run holds the lock (that run, or the next, records them).
 */
export function drainReflections(): { recorded: number } | { skipped: 'locked' } {
  const state = readIntakeState();
  if (state.queued.length === 0) return { recorded: 0 };
  const locked = withScriptLock(() => recordReflections(openWorkbook(), state, false));
  return locked.ran ? { recorded: locked.value } : { skipped: 'locked' };
}

function recordReflections(wb: WorkbookContext, state: IntakeState, sweep: boolean): number {
  const sweptAt = Date.now();
  const forms = reflectionFormsWithEntries(state.forms);
  const responses: ResponseData[] = state.queued.map((q) => ({
    formId: formOfUrl(forms, q.url)?.info.formId ?? '',
    responseId: q.responseId,
    submittedAt: q.at,
    respondentEmail: '',
    answers: answersOfPrefilledUrl(q.url),
  }));
  const queuedIds = new Set(responses.map((r) => r.responseId));
  let reflections: Table | null = null;
  const recorded = (): Set<string> => {
    reflections ??= openTable(wb.spreadsheet, 'reflections');
    return new Set(reflections.rows.map((r) => cellText(r.values.responseId)));
  };
  let seen: Set<string> | null = null;
  const verifying = new Set<string>();
  const since = Math.max(
    wb.now - RECONCILE_DAYS * 86_400_000,
    (state.sweptUntil ?? 0) - SWEEP_OVERLAP_MS,
  );
  for (const info of Object.values(forms)) {
    if (!info) continue;
    const mine = responses.filter((r) => r.formId === info.formId);
    if (!sweep && mine.length === 0) continue;
    const form = tryOpenForm(info.formId);
    if (!form) continue;
    const verifies = verifiesEmail(form);
    if (verifies) {
      verifying.add(info.formId);
      // Rare: only a form a coach set to sign-in. Its emails are Google's, so they count.
      for (const r of mine) r.respondentEmail = emailOf(form, r.responseId);
    }
    if (!sweep) continue;
    const missing = responseIdsSince(form, since).filter(({ id }) => !queuedIds.has(id));
    if (missing.length === 0) continue;
    seen ??= recorded();
    for (const { id, response } of missing)
      if (!seen.has(id)) responses.push(readResponse(info.formId, response, verifies));
  }
  const added = intakeResponses(responses, wb, forms, verifying, reflections);
  finishIntake(
    state.queued.map((q) => q.key),
    sweep ? sweptAt : undefined,
  );
  return added;
}

function emailOf(form: GoogleAppsScript.Forms.Form, responseId: string): string {
  try {
    return withRetry(() => form.getResponse(responseId).getRespondentEmail()) ?? '';
  } catch (_error) {
    return '';
  }
}

/** Records responses not yet in the reflections sheet (one read, one append). Returns how many. */
export function intakeResponses(
  responses: ResponseData[],
  wb: WorkbookContext,
  forms: ReflectionForms,
  verifying: Set<string>,
  opened: Table | null = null,
): number {
  if (responses.length === 0) return 0;
  const reflections = opened ?? openTable(wb.spreadsheet, 'reflections');
  const seen = new Set(reflections.rows.map((r) => cellText(r.values.responseId)));
  const fresh = responses.filter(
    (r) => !seen.has(r.responseId) && seen.add(r.responseId) !== undefined,
  );
  if (fresh.length === 0) return 0;
  const clientTable = openTable(wb.spreadsheet, 'clients');
  const clients = participantsOf(clientTable);
  const days = dayChecker(wb, clientTable);
  const rows = fresh.map((r) =>
    reflectionRow(r, forms, clients, verifying.has(r.formId), wb, reflections.columns, days),
  );
  // Failed authorisations (a forged, rotated or another client's token) are logged first: a
  // crash between the two appends may log one twice, never lose it. Ids and reasons only.
  const refusals = rows.filter((row) => REFUSED.has(cellText(row.refusal)));
  if (refusals.length > 0)
    appendRows(
      openTable(wb.spreadsheet, 'log'),
      refusals.slice(0, MAX_LOGGED_FORM_REFUSALS).map((row, i) =>
        i === MAX_LOGGED_FORM_REFUSALS - 1 && refusals.length > MAX_LOGGED_FORM_REFUSALS
          ? logRow('intake', 'warning', t(wb.lang, 'reliability.auth.formCapped'))
          : logRow(
              'intake',
              'warning',
              t(wb.lang, 'reliability.auth.formRefused', {
                reason: t(wb.lang, `participation.review.${cellText(row.refusal)}`),
              }),
              '',
              `${cellText(row.responseId)} ${cellText(row.refusal)}`,
            ),
      ),
    );
  for (const row of rows) delete row.refusal;
  appendRows(reflections, rows);
  return rows.length;
}

type DayChecker = (clientId: string, date: string, sentOn: string) => string;

/**
 * Why a diary's day cannot count as attendance (jobs/attendance dayRefusalText), judged on the
 * day it was sent: a diary for tomorrow is "future" even if the row is written later. The plans
 * sheet is read only when some diary falls off the client's usual days (a swapped day).
 */
function dayChecker(wb: WorkbookContext, clientTable: Table): DayChecker {
  const byId = new Map(clientTable.rows.map((r) => [cellText(r.values.id), r.values] as const));
  let planned: Set<string> | null = null;
  const isPlanned = (key: string): boolean => {
    planned ??= new Set(openTable(wb.spreadsheet, 'plans').rows.map((r) => cellText(r.values.key)));
    return planned.has(key);
  };
  return (clientId, date, sentOn) => {
    const values = byId.get(clientId);
    if (!values) return '';
    const input = {
      client: clientDaysOf(values),
      date,
      today: sentOn,
      planned: false,
      closedDates: wb.settings.closedDates,
    };
    let refusal = dayRefusal(input);
    if (refusal === 'not-work-day' && isPlanned(planKey(clientId, date))) refusal = null;
    return refusal ? t(wb.lang, `attendance.refused.${refusal}`, { date: formatDate(date) }) : '';
  };
}

/** Review reasons that are a failed authorisation (a missing token is only unattributed). */
const REFUSED = new Set(['unknown-token', 'token-email-conflict', 'client-closed']);
/** Log rows per run for refused responses: the form is open to anyone with its address. */
export const MAX_LOGGED_FORM_REFUSALS = 50;

function reflectionRow(
  response: ResponseData,
  forms: ReflectionForms,
  clients: ReturnType<typeof participantsOf>,
  verifiedEmail: boolean,
  wb: WorkbookContext,
  columns: Map<string, number>,
  days: DayChecker,
): Record<string, unknown> {
  const lang: Lang = wb.lang;
  const info = Object.values(forms).find((f) => f?.formId === response.formId);
  const cut: string[] = [];
  // A long answer is cut at our edge (the whole answer stays in the form's responses).
  const answer = (field: ReflectionField): string => {
    const entry = info?.entries?.[field];
    const value = entry === undefined ? '' : String(response.answers[entry] ?? '').trim();
    if (value.length <= EDGE_LIMITS.answerChars) return value;
    if (!cut.includes(field)) cut.push(field);
    return cutText(value, EDGE_LIMITS.answerChars);
  };
  const who = attributeResponse({
    token: answer('token'),
    verifiedEmail: verifiedEmail ? response.respondentEmail : '',
    clients,
  });
  const problems: string[] = [];
  if (who.via === 'review') problems.push(t(lang, `participation.review.${who.reason}`));
  const hoursText = answer('hours');
  const hours = hoursText === '' ? null : parseNumber(hoursText);
  if (hoursText !== '' && (hours === null || hours < 0 || hours > 24)) {
    problems.push(t(lang, 'participation.review.badHours', { value: hoursText }));
  } else {
    const flag = hoursFlag(hours, wb.settings);
    if (flag)
      problems.push(
        t(lang, `attendance.hours.${flag}`, {
          hours: hoursText,
          min: wb.settings.minHoursPerDay,
          max: wb.settings.maxHoursPerDay,
        }),
      );
  }
  const sentOn = dateInZone(response.submittedAt, wb.settings.timeZone);
  const date = parseDate(answer('date')) ?? sentOn;
  // Parked, not refused: the row keeps every answer; a day that cannot count says why.
  if (who.clientId) {
    const why = days(who.clientId, date, sentOn);
    if (why) problems.push(why);
  }
  // Fields the sheet has no column for are kept, labelled, in the text column: nothing is lost.
  const extras: [string, string][] = [
    ['hours', hours === null ? hoursText : String(hours)],
    ['toCoach', answer('toCoach')],
    ['wish', answer('wish')],
  ];
  // A response whose form we no longer know (its info lost): every answer goes to the text.
  const textParts = info ? [answer('thoughts')] : Object.values(response.answers);
  const row: Record<string, unknown> = {
    responseId: response.responseId,
    submittedAt: new Date(response.submittedAt),
    clientId: who.clientId,
    date,
    mood: answer('howItWent'),
    tasksDone: answer('did'),
    matchedBy: displayCode('matchedBy', who.via, lang),
    problems: problems.join(' '),
    refusal: who.via === 'review' ? who.reason : '',
  };
  for (const [field, value] of extras) {
    if (columns.has(field)) row[field] = value;
    else if (value !== '')
      textParts.push(`${t(lang, `participation.reflection.${field}`)}: ${value}`);
  }
  row.text = cutText(textParts.filter((p) => p !== '').join('\n'), EDGE_LIMITS.answerChars * 4);
  if (cut.length > 0) problems.push(t(lang, 'limits.answer.cut', { max: EDGE_LIMITS.answerChars }));
  row.problems = problems.join(' ');
  return row;
}
