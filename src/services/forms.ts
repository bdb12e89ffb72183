import { withRetry } from './retry';

/**
 * Thin wrappers over FormApp. https://developers.google.com/apps-script/reference/forms
 * Nothing here knows what a reflection is; the jobs decide what to ask and what answers mean.
 */

export type FormItemKind = 'date' | 'text' | 'paragraph' | 'scale';

export interface FormItemSpec {
  field: string;
  kind: FormItemKind;
  title: string;
  helpText?: string;
  required?: boolean;
  scale?: { low: number; high: number; lowLabel: string; highLabel: string };
}

export interface CreatedForm {
  formId: string;
  publishedUrl: string;
  editUrl: string;
  /** Item id per field, so answers are read by id even if a coach retitles a question. */
  items: Record<string, number>;
}

/** Form.setPublished / isPublished (2025), not yet in @types/google-apps-script. */
type PublishableForm = GoogleAppsScript.Forms.Form & {
  isPublished(): boolean;
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
};

/**
 * Publishes a form unless it is: forms made through the API after 30 June 2026 start
 * unpublished and take no answers until published.
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 * https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean)
 * Returns whether it had to publish.
 */
export function publish(form: GoogleAppsScript.Forms.Form): boolean {
  const publishable = form as PublishableForm;
  if (publishable.isPublished()) return false;
  publishable.setPublished(true);
  return true;
}

export function createForm(title: string, description: string, specs: FormItemSpec[]): CreatedForm {
  const form = withRetry(() => FormApp.create(title));
  form.setDescription(description);
  openToAll(form);
  publish(form);
  const items: Record<string, number> = {};
  for (const spec of specs) {
    let item:
      | GoogleAppsScript.Forms.DateItem
      | GoogleAppsScript.Forms.TextItem
      | GoogleAppsScript.Forms.ParagraphTextItem
      | GoogleAppsScript.Forms.ScaleItem;
    if (spec.kind === 'date') item = form.addDateItem();
    else if (spec.kind === 'paragraph') item = form.addParagraphTextItem();
    else if (spec.kind === 'scale') {
      const scale = form.addScaleItem();
      if (spec.scale)
        scale
          .setBounds(spec.scale.low, spec.scale.high)
          .setLabels(spec.scale.lowLabel, spec.scale.highLabel);
      item = scale;
    } else item = form.addTextItem();
    item.setTitle(spec.title);
    if (spec.helpText) item.setHelpText(spec.helpText);
    if (spec.required) item.setRequired(true);
    items[spec.field] = item.getId();
  }
  return {
    formId: form.getId(),
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    items,
  };
}

/**
 * A form anyone with the link can answer: no sign-in, no email collected (clients without a
 * Google account; identity comes from the prefilled token). Returns whether anything changed.
 * setRequireLogin only exists for Workspace domains; elsewhere the form never asks anyway.
 * https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
 */
export function openToAll(form: GoogleAppsScript.Forms.Form): boolean {
  let changed = false;
  if (form.collectsEmail()) {
    form.setCollectEmail(false);
    changed = true;
  }
  try {
    if (form.requiresLogin()) {
      form.setRequireLogin(false);
      changed = true;
    }
  } catch (_error) {
    // A consumer account: sign-in cannot be required there.
  }
  return changed;
}

/** Null when the form is gone or no longer ours (deleted by someone). */
export function tryOpenForm(formId: string): GoogleAppsScript.Forms.Form | null {
  try {
    return FormApp.openById(formId);
  } catch (_error) {
    return null;
  }
}

/**
 * A prefilled link with the given answers, made through Forms itself (entry ids in real Forms
 * are not item ids). Jobs call this once for a template with placeholders, then fill it per
 * client without further calls.
 */
export function prefilledUrl(
  form: GoogleAppsScript.Forms.Form,
  answers: { itemId: number; kind: FormItemKind; value: string | number | Date }[],
): string {
  let response = form.createResponse();
  for (const answer of answers) {
    const item = form.getItemById(answer.itemId);
    if (!item) continue;
    const itemResponse =
      answer.kind === 'date'
        ? item.asDateItem().createResponse(answer.value as Date)
        : answer.kind === 'scale'
          ? item.asScaleItem().createResponse(Number(answer.value))
          : answer.kind === 'paragraph'
            ? item.asParagraphTextItem().createResponse(String(answer.value))
            : item.asTextItem().createResponse(String(answer.value));
    response = response.withItemResponse(itemResponse);
  }
  return response.toPrefilledUrl();
}

/** A form's published id, from its published or prefilled address ('' when none). */
export function publishedIdOf(url: string): string {
  return /\/forms\/(?:u\/\d+\/)?d\/e\/([\w-]+)/.exec(url)?.[1] ?? '';
}

/**
 * The answers in a prefilled address, per entry id. A repeated entry (a checkbox answer) is
 * joined with ", ". Spaces may come as "+" (a typed "+" is always "%2B").
 */
export function answersOfPrefilledUrl(url: string): Record<string, string> {
  const answers: Record<string, string> = {};
  const query = url.split('?')[1] ?? '';
  for (const pair of query.split('&')) {
    const match = /^entry\.(\d+)=(.*)$/.exec(pair);
    if (!match) continue;
    let value: string;
    try {
      value = decodeURIComponent(match[2].replace(/\+/g, ' '));
    } catch (_error) {
      value = match[2];
    }
    answers[match[1]] = match[1] in answers ? `${answers[match[1]]}, ${value}` : value;
  }
  return answers;
}

export interface ResponseData {
  formId: string;
  responseId: string;
  submittedAt: number;
  respondentEmail: string;
  /** Answer text per prefill entry id (see answersOfPrefilledUrl). */
  answers: Record<string, string>;
}

/**
 * One submitted response in 3 calls (4 with the email), however many items it answers: its
 * prefilled address carries every answer. Reading item by item would cost 2 calls per answer.
 */
export function readResponse(
  formId: string,
  response: GoogleAppsScript.Forms.FormResponse,
  withEmail: boolean,
): ResponseData {
  return {
    formId,
    responseId: response.getId(),
    answers: answersOfPrefilledUrl(response.toPrefilledUrl()),
    submittedAt: response.getTimestamp().getTime(),
    respondentEmail: withEmail ? (response.getRespondentEmail() ?? '') : '',
  };
}

/**
 * Whether the form's respondent emails are Google-verified (collected with sign-in required).
 * setRequireLogin/requiresLogin only exist for Workspace domains.
 */
export function verifiesEmail(form: GoogleAppsScript.Forms.Form): boolean {
  if (!form.collectsEmail()) return false;
  try {
    return form.requiresLogin();
  } catch (_error) {
    return false;
  }
}

/** Responses submitted at or after `sinceMs`, with their ids (one call, plus one per response). */
export function responseIdsSince(
  form: GoogleAppsScript.Forms.Form,
  sinceMs: number,
): { id: string; response: GoogleAppsScript.Forms.FormResponse }[] {
  return withRetry(() => form.getResponses(new Date(sinceMs))).map((response) => ({
    id: response.getId(),
    response,
  }));
}
