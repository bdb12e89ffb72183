import { scriptStore, type ScriptStore } from '../script/store';
import type { ResponseRow } from './destination';

/**
 * A submitted response fires every installable ON_FORM_SUBMIT trigger of its form. The queued
 * event holds only ids (state must stay plain data); `resolveFormSubmitEvent` turns them into
 * live `source` and `response` handles inside the execution that runs the trigger.
 * https://developers.google.com/apps-script/guides/triggers/events#form-submit_4
 */
export interface QueuedFormSubmit {
  authMode: 'FULL';
  formId: string;
  responseId: string;
}

/** A response written to a linked spreadsheet, for that spreadsheet's form-submit triggers. */
export interface QueuedSheetFormSubmit {
  authMode: 'FULL';
  sheetRow: ResponseRow;
}

/** Google fires form-submit triggers a few seconds after the submission. */
export const FORM_SUBMIT_DELAY_MS = 2_000;

export function queueFormSubmit(
  stores: Record<string, unknown>,
  formId: string,
  responseId: string,
  submittedAt: number,
  /** The row the response became in the linked spreadsheet, if the form has one. */
  sheetRow?: ResponseRow,
): number {
  const scripts = stores[scriptStore.name] as ScriptStore;
  let queued = 0;
  // The spreadsheet's own form-submit triggers, told the row (no `response`, as in Apps Script).
  if (sheetRow) {
    for (const trigger of scripts.triggers) {
      if (
        trigger.eventType !== 'ON_FORM_SUBMIT' ||
        trigger.source !== 'SPREADSHEETS' ||
        trigger.sourceId !== sheetRow.spreadsheetId ||
        trigger.disabled
      )
        continue;
      const event: QueuedSheetFormSubmit = { authMode: 'FULL', sheetRow: { ...sheetRow } };
      scripts.pending.push({
        triggerId: trigger.id,
        dueAt: submittedAt + FORM_SUBMIT_DELAY_MS,
        event: JSON.parse(JSON.stringify(event)),
      });
      queued += 1;
    }
  }
  for (const trigger of scripts.triggers) {
    if (trigger.eventType !== 'ON_FORM_SUBMIT' || trigger.sourceId !== formId || trigger.disabled)
      continue;
    const event: QueuedFormSubmit = { authMode: 'FULL', formId, responseId };
    scripts.pending.push({
      triggerId: trigger.id,
      dueAt: submittedAt + FORM_SUBMIT_DELAY_MS,
      event: { ...event },
    });
    queued += 1;
  }
  return queued;
}
