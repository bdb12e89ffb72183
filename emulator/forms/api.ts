import { isDate, makeDate } from '../runtime/clock';
import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { zonedParts } from '../runtime/time-zone';
import { createItem, driveStore } from '../drive/common';
import { canEdit, ensureRoot } from '../drive/store';
import {
  FORMS_STORE,
  FORMS_UNPUBLISHED_FROM,
  FORM_MIME_TYPE,
  UNPUBLISHED_MESSAGE,
  editUrlOf,
  publishedUrlOf,
  type FormsStore,
  type ItemTypeName,
  type StoredForm,
  type StoredItem,
  type StoredResponse,
} from './store';
import { queueFormSubmit } from './triggers';
import { FORMS_ENUMS, ItemType } from './enums';
import { INVALID_RESPONSE_MESSAGE, answerFor } from './answers';
import { appendResponseRow, destinationOf, linkFormFor, syncResponseHeader } from './destination';

/**
 * The FormApp subset Etäpaja uses, as handles over the forms store.
 * https://developers.google.com/apps-script/reference/forms/form-app
 */

export { ItemType, INVALID_RESPONSE_MESSAGE, answerFor };

export const NO_FORM_MESSAGE =
  'No item with the given ID could be found, or you do not have permission to access it.';
export const NO_RESPONSE_MESSAGE = 'No response with ID {id} exists for this form.';
export const WRONG_ITEM_TYPE_MESSAGE = 'Invalid argument: item is not of type {type}.';
export const SCALE_BOUNDS_MESSAGE =
  'Invalid argument: lower bound must be 0 or 1 and upper bound between 3 and 10.';
export const NOT_ACCEPTING_MESSAGE = 'This form is not accepting responses.';

function store(ctx: ScriptContext): FormsStore {
  return ctx.rt.store<FormsStore>(FORMS_STORE.name);
}

function formOf(ctx: ScriptContext, formId: string): StoredForm {
  const form = store(ctx).forms[formId];
  if (!form) throw appsScriptError(NO_FORM_MESSAGE);
  return form;
}

/** Edit access through Drive (sharing, or a shared folder it sits in); the owner if no file. */
function canOpenForm(ctx: ScriptContext, form: StoredForm): boolean {
  const drive = driveStore(ctx);
  if (drive.items[form.id])
    return !drive.items[form.id].trashed && canEdit(drive, form.id, ctx.user);
  return form.owner.toLowerCase() === ctx.user.toLowerCase();
}

function itemOf(ctx: ScriptContext, formId: string, itemId: number): StoredItem {
  const item = formOf(ctx, formId).items.find((i) => i.id === itemId);
  if (!item) throw appsScriptError('The item has been deleted.');
  return item;
}

/** A date answer as Forms stores it: `YYYY-MM-DD` in the script's zone. */
function dateAnswer(ctx: ScriptContext, value: unknown): string {
  if (!isDate(value)) throw appsScriptError('Invalid argument: response');
  return zonedParts((value as Date).getTime(), ctx.timeZone).date;
}

/** An answer to one item, made by item.createResponse() or read from a submitted response. */
export class ItemResponseHandle {
  constructor(
    private readonly ctx: ScriptContext,
    readonly __formId: string,
    readonly __itemId: number,
    readonly __value: string | string[],
  ) {}

  getItem(): ItemHandle {
    this.ctx.rt.call('FormResponse', 'getItem');
    return makeItem(this.ctx, this.__formId, this.__itemId);
  }

  getResponse(): string | string[] {
    this.ctx.rt.call('FormResponse', 'getResponse');
    return Array.isArray(this.__value) ? [...this.__value] : this.__value;
  }
}

/**
 * One handle class for every emulated item type: `asTextItem()` and friends return the same
 * handle after checking the type, and type-specific setters refuse the wrong type.
 * https://developers.google.com/apps-script/reference/forms/item
 */
export class ItemHandle {
  constructor(
    private readonly ctx: ScriptContext,
    readonly __formId: string,
    readonly __itemId: number,
  ) {}

  private read(method: string): StoredItem {
    this.ctx.rt.call('Item', method);
    return itemOf(this.ctx, this.__formId, this.__itemId);
  }

  private as(type: ItemTypeName, method: string): this {
    const item = this.read(method);
    if (item.type !== type) throw appsScriptError(WRONG_ITEM_TYPE_MESSAGE.replace('{type}', type));
    return this;
  }

  private only(types: ItemTypeName[], method: string): StoredItem {
    const item = this.read(method);
    if (!types.includes(item.type)) {
      throw appsScriptError(`Not emulated: ${method}() on a ${item.type} item`);
    }
    return item;
  }

  /** Counted: in Apps Script every method of a service object goes through the bridge. */
  getId(): number {
    this.ctx.rt.call('Item', 'getId');
    return this.__itemId;
  }
  getIndex(): number {
    this.ctx.rt.call('Item', 'getIndex');
    return formOf(this.ctx, this.__formId).items.findIndex((i) => i.id === this.__itemId);
  }
  getTitle(): string {
    return this.read('getTitle').title;
  }
  setTitle(title: string): this {
    this.read('setTitle').title = String(title);
    // A linked form's responses sheet follows the question's title.
    syncResponseHeader(this.ctx.rt.stores, formOf(this.ctx, this.__formId));
    return this;
  }
  getHelpText(): string {
    return this.read('getHelpText').helpText;
  }
  setHelpText(text: string): this {
    this.read('setHelpText').helpText = String(text);
    return this;
  }
  getType(): ItemTypeName {
    return this.read('getType').type;
  }
  isRequired(): boolean {
    return this.read('isRequired').required;
  }
  setRequired(required: boolean): this {
    this.read('setRequired').required = Boolean(required);
    return this;
  }

  asTextItem(): this {
    return this.as('TEXT', 'asTextItem');
  }
  asParagraphTextItem(): this {
    return this.as('PARAGRAPH_TEXT', 'asParagraphTextItem');
  }
  asScaleItem(): this {
    return this.as('SCALE', 'asScaleItem');
  }
  asMultipleChoiceItem(): this {
    return this.as('MULTIPLE_CHOICE', 'asMultipleChoiceItem');
  }
  asCheckboxItem(): this {
    return this.as('CHECKBOX', 'asCheckboxItem');
  }
  asDateItem(): this {
    return this.as('DATE', 'asDateItem');
  }
  asListItem(): this {
    return this.as('LIST', 'asListItem');
  }

  /** https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer) */
  setBounds(lower: number, upper: number): this {
    const item = this.only(['SCALE'], 'setBounds');
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) {
      throw appsScriptError(SCALE_BOUNDS_MESSAGE);
    }
    item.lowerBound = lower;
    item.upperBound = upper;
    return this;
  }
  getLowerBound(): number {
    return this.only(['SCALE'], 'getLowerBound').lowerBound ?? 1;
  }
  getUpperBound(): number {
    return this.only(['SCALE'], 'getUpperBound').upperBound ?? 5;
  }
  setLabels(left: string, right: string): this {
    const item = this.only(['SCALE'], 'setLabels');
    item.leftLabel = String(left);
    item.rightLabel = String(right);
    return this;
  }
  getLeftLabel(): string {
    return this.only(['SCALE'], 'getLeftLabel').leftLabel ?? '';
  }
  getRightLabel(): string {
    return this.only(['SCALE'], 'getRightLabel').rightLabel ?? '';
  }
  setChoiceValues(values: string[]): this {
    const item = this.only(['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'], 'setChoiceValues');
    if (!Array.isArray(values) || values.length === 0)
      throw appsScriptError('Invalid argument: values');
    item.choices = values.map(String);
    return this;
  }
  getChoices(): { getValue(): string }[] {
    const item = this.only(['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'], 'getChoices');
    return (item.choices ?? []).map((value) => withCoverage({ getValue: () => value }, 'Choice'));
  }

  /** https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String) */
  createResponse(value: unknown): ItemResponseHandle {
    const item = this.read('createResponse');
    // A checkbox item takes String[]; a lone string is refused rather than guessed at.
    if (item.type === 'CHECKBOX' && !Array.isArray(value))
      throw appsScriptError('Invalid argument: responses');
    const answer = answerFor(item, value, (v) => dateAnswer(this.ctx, v));
    return withCoverage(
      new ItemResponseHandle(this.ctx, this.__formId, this.__itemId, answer),
      'ItemResponse',
    );
  }
}

export function makeItem(ctx: ScriptContext, formId: string, itemId: number): ItemHandle {
  return withCoverage(new ItemHandle(ctx, formId, itemId), 'Item');
}

/** https://developers.google.com/apps-script/reference/forms/form-response */
export class FormResponseHandle {
  /** A response being built by form.createResponse(): not in the store until submit(). */
  private readonly draft: Map<number, string | string[]> = new Map();

  constructor(
    private readonly ctx: ScriptContext,
    readonly __formId: string,
    private responseId: string | null,
  ) {}

  private stored(method: string): StoredResponse | undefined {
    this.ctx.rt.call('FormResponse', method);
    if (this.responseId === null) return undefined;
    const found = formOf(this.ctx, this.__formId).responses.find((r) => r.id === this.responseId);
    if (!found) throw appsScriptError(NO_RESPONSE_MESSAGE.replace('{id}', this.responseId));
    return found;
  }

  private requireDraft(method: string): void {
    if (this.stored(method)) throw appsScriptError('This response has already been submitted.');
  }

  getId(): string | null {
    this.ctx.rt.call('FormResponse', 'getId');
    return this.responseId;
  }

  getTimestamp(): Date | null {
    const response = this.stored('getTimestamp');
    return response ? makeDate(response.timestamp) : null;
  }

  getRespondentEmail(): string {
    return this.stored('getRespondentEmail')?.respondentEmail ?? '';
  }

  getItemResponses(): ItemResponseHandle[] {
    const response = this.stored('getItemResponses');
    const answers = response
      ? response.answers
      : [...this.draft.entries()].map(([itemId, value]) => ({ itemId, value }));
    const order = formOf(this.ctx, this.__formId).items.map((i) => i.id);
    return answers
      .filter((a) => order.includes(a.itemId))
      .sort((a, b) => order.indexOf(a.itemId) - order.indexOf(b.itemId))
      .map((a) =>
        withCoverage(
          new ItemResponseHandle(this.ctx, this.__formId, a.itemId, a.value),
          'ItemResponse',
        ),
      );
  }

  getResponseForItem(item: ItemHandle): ItemResponseHandle | null {
    return this.getItemResponses().find((r) => r.__itemId === item.__itemId) ?? null;
  }

  getEditResponseUrl(): string {
    const response = this.stored('getEditResponseUrl');
    const form = formOf(this.ctx, this.__formId);
    return `${publishedUrlOf(form)}?edit2=${encodeURIComponent(response?.id ?? '')}`;
  }

  withItemResponse(itemResponse: ItemResponseHandle): this {
    this.requireDraft('withItemResponse');
    if (!(itemResponse instanceof ItemResponseHandle) || itemResponse.__formId !== this.__formId) {
      throw appsScriptError('Invalid argument: response');
    }
    this.draft.set(itemResponse.__itemId, itemResponse.__value);
    return this;
  }

  /**
   * The link that opens the form with these answers filled in.
   * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
   * Real Forms name the parameters by an "entry id" that differs from the item id; the emulator
   * uses the item id so that a test can read a link.
   */
  toPrefilledUrl(): string {
    const submitted = this.stored('toPrefilledUrl');
    const form = formOf(this.ctx, this.__formId);
    // A submitted response prefills its own answers; a draft the ones given with withItemResponse.
    const answers: [number, string | string[]][] = submitted
      ? submitted.answers.map((a) => [a.itemId, a.value])
      : [...this.draft.entries()];
    const order = (id: number) => form.items.findIndex((i) => i.id === id);
    const params = answers
      .filter(([itemId]) => order(itemId) >= 0)
      .sort(([a], [b]) => order(a) - order(b))
      // A checkbox answer repeats its parameter once per choice, as Forms does.
      .flatMap(([itemId, value]) =>
        (Array.isArray(value) ? value : [value]).map(
          (v) => `entry.${itemId}=${encodeURIComponent(v)}`,
        ),
      );
    return `${publishedUrlOf(form)}?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }

  /** Submits the response as the running user; form-submit triggers fire soon after. */
  submit(): this {
    this.requireDraft('submit');
    const form = formOf(this.ctx, this.__formId);
    if (form.published === false) throw appsScriptError(UNPUBLISHED_MESSAGE);
    if (!form.acceptingResponses) throw appsScriptError(NOT_ACCEPTING_MESSAGE);
    const response: StoredResponse = {
      id: this.ctx.rt.newId('2_ABaOnu'),
      timestamp: this.ctx.rt.clock.now(),
      respondentEmail: form.collectEmail ? this.ctx.user : '',
      answers: [...this.draft.entries()].map(([itemId, value]) => ({ itemId, value })),
      submitted: true,
    };
    form.responses.push(response);
    this.responseId = response.id;
    const row = appendResponseRow(this.ctx.rt.stores, form, response, response.timestamp);
    queueFormSubmit(this.ctx.rt.stores, form.id, response.id, response.timestamp, row);
    return this;
  }
}

export function makeResponse(
  ctx: ScriptContext,
  formId: string,
  responseId: string | null,
): FormResponseHandle {
  return withCoverage(new FormResponseHandle(ctx, formId, responseId), 'FormResponse');
}

/** https://developers.google.com/apps-script/reference/forms/form */
export class FormHandle {
  constructor(
    private readonly ctx: ScriptContext,
    readonly __formId: string,
  ) {}

  private read(method: string): StoredForm {
    this.ctx.rt.call('Form', method);
    return formOf(this.ctx, this.__formId);
  }

  private addItem(method: string, type: ItemTypeName): ItemHandle {
    const form = this.read(method);
    let id: number;
    do id = 100_000_000 + this.ctx.rt.rng.int(1_900_000_000);
    while (form.items.some((i) => i.id === id));
    const item: StoredItem = { id, type, title: '', helpText: '', required: false };
    if (type === 'SCALE') Object.assign(item, { lowerBound: 1, upperBound: 5 });
    if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST') item.choices = [];
    form.items.push(item);
    syncResponseHeader(this.ctx.rt.stores, form);
    return makeItem(this.ctx, this.__formId, id);
  }

  /**
   * Links the form to a spreadsheet the user may edit; responses go to a new "Form Responses N"
   * sheet (destination.ts). https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
   */
  setDestination(type: string, id: string): this {
    linkFormFor(this.ctx, this.read('setDestination'), type, id);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#getDestinationId() */
  getDestinationId(): string {
    return destinationOf(this.read('getDestinationId')).id;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#getDestinationType() */
  getDestinationType(): string {
    return destinationOf(this.read('getDestinationType')).type;
  }
  /**
   * Unlinks; the sheet keeps the rows it has, and a form with no destination is left as it is.
   * https://developers.google.com/apps-script/reference/forms/form#removeDestination()
   */
  removeDestination(): this {
    delete this.read('removeDestination').destination;
    return this;
  }

  getId(): string {
    this.ctx.rt.call('Form', 'getId');
    return this.__formId;
  }
  getTitle(): string {
    return this.read('getTitle').title;
  }
  setTitle(title: string): this {
    this.read('setTitle').title = String(title);
    return this;
  }
  getDescription(): string {
    return this.read('getDescription').description;
  }
  setDescription(description: string): this {
    this.read('setDescription').description = String(description);
    return this;
  }
  getPublishedUrl(): string {
    return publishedUrlOf(this.read('getPublishedUrl'));
  }
  getEditUrl(): string {
    return editUrlOf(this.read('getEditUrl'));
  }
  setCollectEmail(collect: boolean): this {
    const form = this.read('setCollectEmail');
    form.collectEmail = Boolean(collect);
    syncResponseHeader(this.ctx.rt.stores, form);
    return this;
  }
  collectsEmail(): boolean {
    return this.read('collectsEmail').collectEmail;
  }
  setRequireLogin(require: boolean): this {
    this.read('setRequireLogin').requireLogin = Boolean(require);
    return this;
  }
  requiresLogin(): boolean {
    return this.read('requiresLogin').requireLogin;
  }
  setAcceptingResponses(accepting: boolean): this {
    this.read('setAcceptingResponses').acceptingResponses = Boolean(accepting);
    return this;
  }
  isAcceptingResponses(): boolean {
    return this.read('isAcceptingResponses').acceptingResponses;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setPublished(Boolean) */
  setPublished(enabled: boolean): this {
    this.read('setPublished').published = Boolean(enabled);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#isPublished() */
  isPublished(): boolean {
    return this.read('isPublished').published !== false;
  }

  addTextItem(): ItemHandle {
    return this.addItem('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): ItemHandle {
    return this.addItem('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addScaleItem(): ItemHandle {
    return this.addItem('addScaleItem', 'SCALE');
  }
  addMultipleChoiceItem(): ItemHandle {
    return this.addItem('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addCheckboxItem() */
  addCheckboxItem(): ItemHandle {
    return this.addItem('addCheckboxItem', 'CHECKBOX');
  }
  addDateItem(): ItemHandle {
    return this.addItem('addDateItem', 'DATE');
  }
  addListItem(): ItemHandle {
    return this.addItem('addListItem', 'LIST');
  }

  getItems(type?: ItemTypeName): ItemHandle[] {
    return this.read('getItems')
      .items.filter((i) => type === undefined || i.type === type)
      .map((i) => makeItem(this.ctx, this.__formId, i.id));
  }

  getItemById(id: number): ItemHandle | null {
    const item = this.read('getItemById').items.find((i) => i.id === Number(id));
    return item ? makeItem(this.ctx, this.__formId, item.id) : null;
  }

  deleteItem(item: ItemHandle | number): void {
    const form = this.read('deleteItem');
    const id = typeof item === 'number' ? form.items[item]?.id : item.__itemId;
    const index = form.items.findIndex((i) => i.id === id);
    if (index < 0) throw appsScriptError('Invalid argument: item');
    form.items.splice(index, 1);
  }

  createResponse(): FormResponseHandle {
    this.read('createResponse');
    return makeResponse(this.ctx, this.__formId, null);
  }

  /** All submitted responses, or those submitted at or after `timestamp`. */
  getResponses(timestamp?: Date): FormResponseHandle[] {
    const form = this.read('getResponses');
    const from = timestamp === undefined ? -Infinity : (timestamp as Date).getTime();
    return form.responses
      .filter((r) => r.submitted && r.timestamp >= from)
      .map((r) => makeResponse(this.ctx, this.__formId, r.id));
  }

  getResponse(responseId: string): FormResponseHandle {
    const form = this.read('getResponse');
    if (!form.responses.some((r) => r.id === responseId)) {
      throw appsScriptError(NO_RESPONSE_MESSAGE.replace('{id}', String(responseId)));
    }
    return makeResponse(this.ctx, this.__formId, responseId);
  }
}

export function makeForm(ctx: ScriptContext, formId: string): FormHandle {
  return withCoverage(new FormHandle(ctx, formId), 'Form');
}

/** The FormApp global. */
export function createFormApp(ctx: ScriptContext): GoogleAppsScript.Forms.FormApp {
  const app = {
    ItemType,
    ...FORMS_ENUMS,
    create(title: string, isPublished?: boolean): FormHandle {
      ctx.rt.call('FormApp', 'create');
      const now = ctx.rt.clock.now();
      const form: StoredForm = {
        id: ctx.rt.newId('1'),
        publishedId: ctx.rt.newId('1FAIpQLS'),
        owner: ctx.user,
        title: String(title ?? ''),
        description: '',
        collectEmail: false,
        requireLogin: false,
        acceptingResponses: true,
        // FormApp.create(title, isPublished) chooses; without it the date decides.
        published: isPublished === undefined ? now < FORMS_UNPUBLISHED_FROM : Boolean(isPublished),
        items: [],
        responses: [],
        created: now,
      };
      store(ctx).forms[form.id] = form;
      // A form is a file in its creator's My Drive, which can be moved and shared like any file.
      const drive = driveStore(ctx);
      const root = ensureRoot(drive, ctx.user, now, () => ctx.rt.newId());
      createItem(ctx, root, 'file', form.title, FORM_MIME_TYPE, undefined, form.id);
      return makeForm(ctx, form.id);
    },
    /**
     * Opening a form to change or read it needs edit access to its Drive file ("No item with the
     * given ID could be found, or you do not have permission to access it." otherwise).
     */
    openById(id: string): FormHandle {
      ctx.rt.call('FormApp', 'openById');
      const form = formOf(ctx, String(id));
      if (!canOpenForm(ctx, form)) throw appsScriptError(NO_FORM_MESSAGE);
      return makeForm(ctx, String(id));
    },
    openByUrl(url: string): FormHandle {
      ctx.rt.call('FormApp', 'openByUrl');
      const match = /\/forms\/d\/(e\/)?([\w-]+)/.exec(String(url));
      const forms = Object.values(store(ctx).forms);
      const form = match && forms.find((f) => (match[1] ? f.publishedId : f.id) === match[2]);
      if (!form || !canOpenForm(ctx, form)) throw appsScriptError(NO_FORM_MESSAGE);
      return makeForm(ctx, form.id);
    },
    getActiveForm(): null {
      ctx.rt.call('FormApp', 'getActiveForm');
      return null;
    },
  };
  return withCoverage(app, 'FormApp') as unknown as GoogleAppsScript.Forms.FormApp;
}
