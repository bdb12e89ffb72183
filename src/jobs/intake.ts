import { dateInZone, parseDate } from '../core/dates';
import { t } from '../core/i18n';
import { parseNumber } from '../core/settings';
import { attributeResponse } from '../core/tokens';
import type { Lang } from '../core/types';
import { readResponse, responsesSince, tryOpenForm, type ResponseData } from '../services/forms';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';
import {
  participantsOf,
  readReflectionForms,
  type ReflectionField,
  type ReflectionForms,
} from './reflection-form';

/**
 * Reflection intake: the installable form-submit trigger and the nightly reconciliation both
 * come here. Idempotent by response id: a response already in the reflections sheet is skipped,
 * so a trigger that fires twice records it once.
 */
export function onReflectionSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const formId = e.source.getId();
  const data = readResponse(formId, e.response);
  // Without the lock this firing does nothing; the nightly reconciliation records the response.
  withScriptLock(() => intakeResponses([data], openWorkbook()));
}

/** How many days back the nightly run looks for responses whose trigger never fired. */
export const RECONCILE_DAYS = 14;

export function reconcileResponses(wb: WorkbookContext): number {
  const since = wb.now - RECONCILE_DAYS * 86_400_000;
  const all: ResponseData[] = [];
  for (const info of Object.values(readReflectionForms()))
    if (info) all.push(...responsesSince(info.formId, since));
  return intakeResponses(all, wb);
}

/** Records responses not yet in the reflections sheet (one read, one append). Returns how many. */
export function intakeResponses(responses: ResponseData[], wb: WorkbookContext): number {
  if (responses.length === 0) return 0;
  const forms = readReflectionForms();
  const reflections = openTable(wb.spreadsheet, 'reflections');
  const seen = new Set(reflections.rows.map((r) => cellText(r.values.responseId)));
  const fresh = responses.filter(
    (r) => !seen.has(r.responseId) && seen.add(r.responseId) !== undefined,
  );
  if (fresh.length === 0) return 0;
  const clients = participantsOf(openTable(wb.spreadsheet, 'clients'));
  const verifying = verifyingForms(forms, fresh);
  const rows = fresh.map((r) =>
    reflectionRow(r, forms, clients, verifying.has(r.formId), wb, reflections.columns),
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

/** Review reasons that are a failed authorisation (a missing token is only unattributed). */
const REFUSED = new Set(['unknown-token', 'token-email-conflict', 'client-closed']);
/** Log rows per run for refused responses: the form is open to anyone with its address. */
export const MAX_LOGGED_FORM_REFUSALS = 50;

/** Forms whose respondent emails are Google-verified: collected with sign-in required. */
function verifyingForms(forms: ReflectionForms, responses: ResponseData[]): Set<string> {
  const ids = new Set(responses.filter((r) => r.respondentEmail !== '').map((r) => r.formId));
  const verifying = new Set<string>();
  for (const info of Object.values(forms)) {
    if (!info || !ids.has(info.formId)) continue;
    const form = tryOpenForm(info.formId);
    if (form && form.collectsEmail() && form.requiresLogin()) verifying.add(info.formId);
  }
  return verifying;
}

function reflectionRow(
  response: ResponseData,
  forms: ReflectionForms,
  clients: ReturnType<typeof participantsOf>,
  verifiedEmail: boolean,
  wb: WorkbookContext,
  columns: Map<string, number>,
): Record<string, unknown> {
  const lang: Lang = wb.lang;
  const info = Object.values(forms).find((f) => f?.formId === response.formId);
  const answer = (field: ReflectionField): string =>
    info ? (response.answers[info.items[field]] ?? '').trim() : '';
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
  }
  const date = parseDate(answer('date')) ?? dateInZone(response.submittedAt, wb.settings.timeZone);
  // Fields the sheet has no column for are kept, labelled, in the text column: nothing is lost.
  const extras: [string, string][] = [
    ['hours', hours === null ? hoursText : String(hours)],
    ['toCoach', answer('toCoach')],
    ['wish', answer('wish')],
  ];
  const textParts = [answer('thoughts')];
  const row: Record<string, unknown> = {
    responseId: response.responseId,
    submittedAt: new Date(response.submittedAt),
    clientId: who.clientId,
    date,
    mood: answer('howItWent'),
    tasksDone: answer('did'),
    matchedBy: who.via,
    problems: problems.join(' '),
    refusal: who.via === 'review' ? who.reason : '',
  };
  for (const [field, value] of extras) {
    if (columns.has(field)) row[field] = value;
    else if (value !== '')
      textParts.push(`${t(lang, `participation.reflection.${field}`)}: ${value}`);
  }
  row.text = textParts.filter((p) => p !== '').join('\n');
  return row;
}
