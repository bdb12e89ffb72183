import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { editUrlOf, publishedUrlOf, type ItemTypeName, type StoredItem } from './store';
import { destinationOf, linkFormFor, syncResponseHeader } from './destination';
import { NO_RESPONSE_MESSAGE, newItemId } from './common';
import { CLASS_OF, itemIdOf, makeItem } from './items';
import { makeResponse, type FormResponseHandle } from './responses';
import { FormSettingsBase } from './settings';

/** [unverified wording] moveItem to or from an index outside the form. */
export const MOVE_OUT_OF_RANGE_MESSAGE = 'Invalid argument: toIndex';

/**
 * A form: its items, responses and destination here, its settings and editors in settings.ts.
 * https://developers.google.com/apps-script/reference/forms/form
 */
export class FormHandle extends FormSettingsBase {
  constructor(ctx: ScriptContext, formId: string) {
    super(ctx, formId);
  }

  private addItem(method: string, type: ItemTypeName): object {
    const form = this.read(method);
    const id = newItemId(this.ctx, form);
    const item: StoredItem = { id, type, title: '', helpText: '', required: false };
    if (type === 'SCALE') Object.assign(item, { lowerBound: 1, upperBound: 5 });
    if (type === 'MULTIPLE_CHOICE' || type === 'CHECKBOX' || type === 'LIST') item.choices = [];
    if (type === 'GRID' || type === 'CHECKBOX_GRID') Object.assign(item, { rows: [], columns: [] });
    form.items.push(item);
    syncResponseHeader(this.ctx.rt.stores, form);
    return makeItem(this.ctx, this.__formId, id, CLASS_OF[type]);
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

  addTextItem(): object {
    return this.addItem('addTextItem', 'TEXT');
  }
  addParagraphTextItem(): object {
    return this.addItem('addParagraphTextItem', 'PARAGRAPH_TEXT');
  }
  addScaleItem(): object {
    return this.addItem('addScaleItem', 'SCALE');
  }
  addMultipleChoiceItem(): object {
    return this.addItem('addMultipleChoiceItem', 'MULTIPLE_CHOICE');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addCheckboxItem() */
  addCheckboxItem(): object {
    return this.addItem('addCheckboxItem', 'CHECKBOX');
  }
  addDateItem(): object {
    return this.addItem('addDateItem', 'DATE');
  }
  addListItem(): object {
    return this.addItem('addListItem', 'LIST');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addDateTimeItem() */
  addDateTimeItem(): object {
    return this.addItem('addDateTimeItem', 'DATETIME');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addTimeItem() */
  addTimeItem(): object {
    return this.addItem('addTimeItem', 'TIME');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addDurationItem() */
  addDurationItem(): object {
    return this.addItem('addDurationItem', 'DURATION');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addGridItem() */
  addGridItem(): object {
    return this.addItem('addGridItem', 'GRID');
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addCheckboxGridItem() */
  addCheckboxGridItem(): object {
    return this.addItem('addCheckboxGridItem', 'CHECKBOX_GRID');
  }
  /** A layout item: title and help text, no answers. https://developers.google.com/apps-script/reference/forms/form#addSectionHeaderItem() */
  addSectionHeaderItem(): object {
    return this.addItem('addSectionHeaderItem', 'SECTION_HEADER');
  }
  /** Starts a new page. https://developers.google.com/apps-script/reference/forms/form#addPageBreakItem() */
  addPageBreakItem(): object {
    return this.addItem('addPageBreakItem', 'PAGE_BREAK');
  }

  /** https://developers.google.com/apps-script/reference/forms/form#getItems(ItemType) */
  getItems(type?: ItemTypeName): object[] {
    return this.read('getItems')
      .items.filter((i) => type === undefined || i.type === type)
      .map((i) => makeItem(this.ctx, this.__formId, i.id));
  }

  getItemById(id: number): object | null {
    const item = this.read('getItemById').items.find((i) => i.id === Number(id));
    return item ? makeItem(this.ctx, this.__formId, item.id) : null;
  }

  /** deleteItem(item) or deleteItem(index). https://developers.google.com/apps-script/reference/forms/form#deleteItem(Integer) */
  deleteItem(item: unknown): void {
    const form = this.read('deleteItem');
    const id = typeof item === 'number' ? form.items[item]?.id : itemIdOf(item);
    const index = form.items.findIndex((i) => i.id === id);
    if (index < 0) throw appsScriptError('Invalid argument: item');
    form.items.splice(index, 1);
  }

  /**
   * moveItem(from, to) or moveItem(item, toIndex): returns the moved item. A linked responses
   * sheet keeps its columns. https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer)
   */
  moveItem(from: unknown, to: number): object {
    const form = this.read('moveItem');
    const fromIndex =
      typeof from === 'number' ? from : form.items.findIndex((i) => i.id === itemIdOf(from));
    const inRange = (n: unknown) =>
      typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < form.items.length;
    if (!inRange(fromIndex))
      throw appsScriptError(MOVE_OUT_OF_RANGE_MESSAGE.replace('toIndex', 'from'));
    if (!inRange(to)) throw appsScriptError(MOVE_OUT_OF_RANGE_MESSAGE);
    const [moved] = form.items.splice(fromIndex, 1);
    form.items.splice(to, 0, moved);
    return makeItem(this.ctx, this.__formId, moved.id);
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

  /**
   * Deletes one response from the form; copies in a linked spreadsheet stay, as documented.
   * https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)
   */
  deleteResponse(responseId: string): this {
    const form = this.read('deleteResponse');
    const index = form.responses.findIndex((r) => r.id === responseId);
    if (index < 0) throw appsScriptError(NO_RESPONSE_MESSAGE.replace('{id}', String(responseId)));
    form.responses.splice(index, 1);
    return this;
  }

  /** https://developers.google.com/apps-script/reference/forms/form#deleteAllResponses() */
  deleteAllResponses(): this {
    const form = this.read('deleteAllResponses');
    form.responses = form.responses.filter((r) => !r.submitted);
    return this;
  }
}

export function makeForm(ctx: ScriptContext, formId: string): FormHandle {
  return withCoverage(new FormHandle(ctx, formId), 'Form');
}
