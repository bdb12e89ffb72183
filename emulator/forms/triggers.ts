import { scriptStore, type ScriptStore } from '../script/store';

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

/** Google fires form-submit triggers a few seconds after the submission. */
export const FORM_SUBMIT_DELAY_MS = 2_000;

export function queueFormSubmit(
  stores: Record<string, unknown>,
  formId: string,
  responseId: string,
  submittedAt: number,
): number {
  const scripts = stores[scriptStore.name] as ScriptStore;
  let queued = 0;
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
