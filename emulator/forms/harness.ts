import { createHash } from 'node:crypto';
import { answerFor, isAnswered } from './answers';
import {
  FORMS_STORE,
  UNPUBLISHED_MESSAGE,
  findFormByPublishedId,
  type FormsStore,
  type StoredForm,
} from './store';
import { queueFormSubmit } from './triggers';
import { appendResponseRow, type ResponseRow } from './destination';

/**
 * Harness helpers for tests, seeds and the CLI: a person filling in a form in the browser.
 * No script call is counted. Pass `workspace.rt.stores`.
 */

/**
 * Answers by item title or id: text, a number (scale), a Date (date, date-time), choices (checkbox),
 * `HH:mm` (time), `HH:mm:ss` (duration), one text per row (grid) or choices per row (checkbox grid).
 */
export type Answers = Record<string, string | number | Date | Array<string | string[] | null>>;

export interface SubmitOptions {
  /** Recorded only when the form collects email addresses. */
  respondentEmail?: string;
  atMs: number;
  /** Zone in which Date answers are read (the form owner's). */
  timeZone?: string;
}

function formsOf(stores: Record<string, unknown>): FormsStore {
  return stores[FORMS_STORE.name] as FormsStore;
}

function findForm(stores: Record<string, unknown>, formId: string): StoredForm {
  const form = formsOf(stores).forms[formId];
  if (!form) throw new Error(`No form ${formId}`);
  return form;
}

function responseId(store: FormsStore): string {
  store.harnessSeq += 1;
  const digest = createHash('sha256')
    .update(`etapaja-forms-harness:${store.harnessSeq}`)
    .digest('base64url');
  return `2_ABaOnu${digest}`.slice(0, 44);
}

function record(
  stores: Record<string, unknown>,
  form: StoredForm,
  answers: Answers,
  options: SubmitOptions,
): { id: string; row: ResponseRow | undefined } {
  if (form.published === false) throw new Error(`Form ${form.id}: ${UNPUBLISHED_MESSAGE}`);
  if (!form.acceptingResponses) throw new Error(`Form ${form.id} is not accepting responses`);
  const zone = options.timeZone ?? 'Europe/Helsinki';
  const stored = Object.entries(answers).map(([key, value]) => {
    const item =
      form.items.find((i) => String(i.id) === key) ?? form.items.find((i) => i.title === key);
    if (!item) throw new Error(`Form ${form.id} has no item "${key}"`);
    return { itemId: item.id, value: answerFor(item, value, zone) };
  });
  for (const item of form.items) {
    if (item.required && !stored.some((a) => a.itemId === item.id && isAnswered(a.value))) {
      throw new Error(`Form ${form.id}: the required item "${item.title}" is unanswered`);
    }
  }
  const id = responseId(formsOf(stores));
  const response = {
    id,
    timestamp: options.atMs,
    respondentEmail: form.collectEmail ? (options.respondentEmail ?? '') : '',
    answers: stored,
    submitted: true,
  };
  form.responses.push(response);
  // A linked form also writes the response into its responses sheet (destination.ts).
  return { id, row: appendResponseRow(stores, form, response, options.atMs) };
}

/**
 * Submits a response to a form (answers keyed by item title or item id) and queues its
 * form-submit triggers, which fire on the next `workspace.advance(...)`.
 */
export function submitResponse(
  stores: Record<string, unknown>,
  formId: string,
  answers: Answers,
  options: SubmitOptions,
): { responseId: string; queued: number } {
  const form = findForm(stores, formId);
  const { id, row } = record(stores, form, answers, options);
  return { responseId: id, queued: queueFormSubmit(stores, form.id, id, options.atMs, row) };
}

/** A response whose trigger never fired (Google drops some): for the reconciliation test. */
export function plantResponseWithoutTrigger(
  stores: Record<string, unknown>,
  formId: string,
  answers: Answers,
  options: SubmitOptions,
): string {
  return record(stores, findForm(stores, formId), answers, options).id;
}

/** Reads a prefilled link: which form, and the answer per item id. */
export function parsePrefilledUrl(
  stores: Record<string, unknown>,
  url: string,
): { formId: string; answers: Record<string, string> } {
  const parsed = new URL(url);
  const match = /\/forms\/d\/e\/([\w-]+)\/viewform/.exec(parsed.pathname);
  const form = match ? findFormByPublishedId(formsOf(stores), match[1]) : undefined;
  if (!form) throw new Error(`No form behind ${url}`);
  const answers: Record<string, string> = {};
  for (const [key, value] of parsed.searchParams) {
    if (key.startsWith('entry.')) answers[key.slice('entry.'.length)] = value;
  }
  return { formId: form.id, answers };
}

/**
 * A person opens a prefilled link, fills in the rest and presses Submit. `answers` (by title or
 * item id) override the prefilled ones, as a person may change a prefilled field.
 */
export function submitPrefilledUrl(
  stores: Record<string, unknown>,
  url: string,
  answers: Answers,
  options: SubmitOptions,
): { formId: string; responseId: string; queued: number } {
  const { formId, answers: prefilled } = parsePrefilledUrl(stores, url);
  const form = findForm(stores, formId);
  const merged: Answers = { ...prefilled };
  for (const [key, value] of Object.entries(answers)) {
    const item =
      form.items.find((i) => String(i.id) === key) ?? form.items.find((i) => i.title === key);
    merged[item ? String(item.id) : key] = value;
  }
  return { formId, ...submitResponse(stores, formId, merged, options) };
}

/** Every response of a form, as stored (for assertions). */
export function responsesOf(
  stores: Record<string, unknown>,
  formId: string,
): StoredForm['responses'] {
  return findForm(stores, formId).responses;
}
