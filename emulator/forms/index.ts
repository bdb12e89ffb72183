/**
 * The FormApp emulation: the API handed to scripts, the form-submit event resolver the
 * workspace uses when it fires a trigger, and harness helpers for tests and the CLI.
 * See LIMITATIONS.md in this folder for what is and is not emulated.
 */
import type { ScriptContext } from '../runtime/context';
import { makeForm, makeResponse } from './api';
import type { ResponseRow } from './destination';
import { SpreadsheetApi } from '../spreadsheet/api';

export { FORMS_STORE, publishedUrlOf, editUrlOf } from './store';
export type { FormsStore, StoredForm, StoredItem, StoredResponse, ItemTypeName } from './store';
export {
  createFormApp,
  ItemType,
  FormHandle,
  ItemHandle,
  FormResponseHandle,
  ItemResponseHandle,
} from './api';
export { queueFormSubmit, FORM_SUBMIT_DELAY_MS } from './triggers';
export {
  submitResponse,
  submitPrefilledUrl,
  plantResponseWithoutTrigger,
  parsePrefilledUrl,
  responsesOf,
} from './harness';
export type { Answers, SubmitOptions } from './harness';

/**
 * Turns a queued `{formId, responseId}` into the event Apps Script passes to a form's
 * form-submit trigger: `{authMode, source: Form, response: FormResponse, triggerUid}`, and a
 * queued `{sheetRow}` into a spreadsheet's: `{authMode, namedValues, range, triggerUid, values}`
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit). Other events
 * pass through unchanged.
 */
export function resolveFormSubmitEvent(ctx: ScriptContext, event: unknown): unknown {
  const sheetEvent = event as { sheetRow?: ResponseRow } | null;
  if (sheetEvent?.sheetRow) {
    // A spreadsheet's form-submit event: the new row as `range`, `values` and `namedValues`.
    const { sheetRow, ...rest } = sheetEvent as Record<string, unknown> & { sheetRow: ResponseRow };
    const rect = { row: sheetRow.row, column: 1, numRows: 1, numColumns: sheetRow.values.length };
    return {
      ...rest,
      namedValues: sheetRow.namedValues,
      values: sheetRow.values,
      range: new SpreadsheetApi(ctx).range(sheetRow.spreadsheetId, sheetRow.sheetId, rect),
    };
  }
  const queued = event as { formId?: unknown; responseId?: unknown } | null;
  if (!queued || typeof queued.formId !== 'string' || typeof queued.responseId !== 'string')
    return event;
  const { formId, responseId, ...rest } = queued as Record<string, unknown> & {
    formId: string;
    responseId: string;
  };
  return {
    ...rest,
    source: makeForm(ctx, formId),
    response: makeResponse(ctx, formId, responseId),
  };
}
