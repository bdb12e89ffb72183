import { registerStore } from '../runtime/state';

/**
 * FormApp's state as plain data. A Form, Item or FormResponse handed to a script is a handle
 * holding ids that reads this store, so two handles on one form agree, as in Apps Script.
 * Reference: https://developers.google.com/apps-script/reference/forms
 */

/** https://developers.google.com/apps-script/reference/forms/item-type (the subset we emulate) */
export type ItemTypeName =
  'TEXT' | 'PARAGRAPH_TEXT' | 'SCALE' | 'MULTIPLE_CHOICE' | 'CHECKBOX' | 'DATE' | 'LIST';

export interface StoredItem {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  lowerBound?: number;
  upperBound?: number;
  leftLabel?: string;
  rightLabel?: string;
}

export interface StoredAnswer {
  itemId: number;
  /** As Apps Script returns it from ItemResponse.getResponse(): text, or text[] for checkboxes. */
  value: string | string[];
}

export interface StoredResponse {
  id: string;
  timestamp: number;
  /** '' when the form does not collect email addresses. */
  respondentEmail: string;
  answers: StoredAnswer[];
  /** Submitted, or only built by createResponse() and never submitted (a prefill). */
  submitted: boolean;
}

export interface StoredForm {
  id: string;
  /** The id in the published (`/d/e/…/viewform`) URL, which differs from the edit id. */
  publishedId: string;
  owner: string;
  title: string;
  description: string;
  collectEmail: boolean;
  requireLogin: boolean;
  acceptingResponses: boolean;
  /**
   * Published (open to responders) or not. Forms made through the API after 30 June 2026 start
   * unpublished (FORMS_UNPUBLISHED_FROM); undefined is a form stored before the rule: published.
   */
  published?: boolean;
  items: StoredItem[];
  responses: StoredResponse[];
  created: number;
  /** Where responses also go (Form.setDestination); absent when the form is unlinked. */
  destination?: StoredDestination;
}

/**
 * A linked spreadsheet and its responses sheet. `columns` names what each column after the
 * Timestamp holds: an item id, or 'email' for the respondent's address.
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */
export interface StoredDestination {
  type: 'SPREADSHEET';
  id: string;
  sheetId: number;
  columns: Array<number | 'email'>;
}

/**
 * "Forms created by the API after June 30, 2026 will be created in an unpublished state. You
 * must publish the forms before they can accept responses."
 * https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
 * Google names no time zone for "after June 30": the emulator counts from the first moment of
 * 30 June anywhere on Earth (UTC+14), so it is never later than Google.
 */
export const FORMS_UNPUBLISHED_FROM = Date.parse('2026-06-30T00:00:00+14:00');
export const FORM_MIME_TYPE = 'application/vnd.google-apps.form';

/** The text a respondent sees on an unpublished form, used for a refused submission. */
export const UNPUBLISHED_MESSAGE = 'This form is not published and is not accepting responses.';

export function acceptsResponses(form: StoredForm): boolean {
  return form.acceptingResponses && form.published !== false;
}

export interface FormsStore {
  version: 1;
  forms: Record<string, StoredForm>;
  /** Counter for ids made by harness helpers, which have no runtime to draw seeded ids from. */
  harnessSeq: number;
}

export const FORMS_STORE = registerStore<FormsStore>({
  name: 'forms',
  empty: () => ({ version: 1, forms: {}, harnessSeq: 0 }),
});

export const FORMS_BASE_URL = 'https://docs.google.com/forms/d';

export function publishedUrlOf(form: StoredForm): string {
  return `${FORMS_BASE_URL}/e/${form.publishedId}/viewform`;
}

export function editUrlOf(form: StoredForm): string {
  return `${FORMS_BASE_URL}/${form.id}/edit`;
}

export function findFormByPublishedId(
  store: FormsStore,
  publishedId: string,
): StoredForm | undefined {
  return Object.values(store.forms).find((f) => f.publishedId === publishedId);
}
