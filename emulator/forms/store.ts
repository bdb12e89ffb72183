import { registerStore } from '../runtime/state';

/**
 * FormApp's state as plain data. A Form, Item or FormResponse handed to a script is a handle
 * holding ids that reads this store, so two handles on one form agree, as in Apps Script.
 * Reference: https://developers.google.com/apps-script/reference/forms
 */

/** https://developers.google.com/apps-script/reference/forms/item-type (the subset we emulate) */
export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'SCALE'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'DATE'
  | 'LIST'
  | 'DATETIME'
  | 'TIME'
  | 'DURATION'
  | 'GRID'
  | 'CHECKBOX_GRID'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

/** Layout items: they take no answer and get no column in a linked responses sheet. */
export const LAYOUT_TYPES: readonly ItemTypeName[] = ['SECTION_HEADER', 'PAGE_BREAK'];

export function isQuestion(item: StoredItem): boolean {
  return !LAYOUT_TYPES.includes(item.type);
}

/** https://developers.google.com/apps-script/reference/forms/page-navigation-type */
export type PageNavigationName = 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';

/** What a choice does besides its value: page navigation and, in a quiz, correctness. */
export interface StoredChoiceOptions {
  navigation?: PageNavigationName;
  /** The page break a GO_TO_PAGE choice jumps to. */
  goToPageId?: number;
  isCorrect?: boolean;
}

export interface StoredItem {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices?: string[];
  /** Per choice, by index: navigation and correctness (absent: a plain choice). */
  choiceOptions?: (StoredChoiceOptions | null)[];
  /** An "Other" option (MultipleChoiceItem/CheckboxItem.showOtherOption). */
  otherOption?: boolean;
  lowerBound?: number;
  upperBound?: number;
  leftLabel?: string;
  rightLabel?: string;
  /** Grid and checkbox grid rows and columns. */
  rows?: string[];
  columns?: string[];
  /** Date and date-time items: whether the year is asked (default true). */
  includesYear?: boolean;
  /** A page break's navigation at the end of the page before it (default CONTINUE). */
  pageNavigation?: PageNavigationName;
  goToPageId?: number;
}

/**
 * As Apps Script returns it from ItemResponse.getResponse(): text; text[] for a checkbox item
 * (the choices) or a grid (one per row, '' unanswered); for a checkbox grid one text[] per row
 * ('' for an unanswered row).
 */
export type AnswerValue = string | Array<string | string[]>;

export interface StoredAnswer {
  itemId: number;
  value: AnswerValue;
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
  /** Form settings (settings.ts); absent in forms stored before they were emulated: defaults. */
  settings?: StoredFormSettings;
}

/** https://developers.google.com/apps-script/reference/forms/form (settings) */
export interface StoredFormSettings {
  confirmationMessage?: string;
  customClosedFormMessage?: string;
  progressBar?: boolean;
  limitOneResponsePerUser?: boolean;
  showLinkToRespondAgain?: boolean;
  allowResponseEdits?: boolean;
  shuffleQuestions?: boolean;
  publishingSummary?: boolean;
  isQuiz?: boolean;
}

/**
 * A linked spreadsheet and its responses sheet. `columns` names what each column after the
 * Timestamp holds: an item id, 'email' for the respondent's address, or a grid row.
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 */
export interface StoredDestination {
  type: 'SPREADSHEET';
  id: string;
  sheetId: number;
  /** An item id; 'email'; or `<item id>/<row>` for one row of a grid item (one column per row). */
  columns: Array<number | string>;
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
