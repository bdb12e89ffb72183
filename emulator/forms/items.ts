import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { syncResponseHeader } from './destination';
import { answerFor, durationAnswer, timeAnswer } from './answers';
import {
  ITEM_DELETED_MESSAGE,
  SCALE_BOUNDS_MESSAGE,
  WRONG_ITEM_TYPE_MESSAGE,
  formOf,
  itemOf,
  newItemId,
} from './common';
import { ChoiceData, makeChoice, toChoiceData } from './choices';
import type { AnswerValue, ItemTypeName, PageNavigationName, StoredItem } from './store';

/**
 * Form items as Google's typed classes: `form.addTextItem()` gives a TextItem, `form.getItems()`
 * plain Items, `item.asTextItem()` a TextItem again after checking the type. One ItemHandle does
 * the work; each class is a view that offers only that class's methods (ITEM_METHODS), so a
 * method Google's class lacks (`getItems()[0].setRequired`) throws "Not emulated" rather than
 * working here and failing in Apps Script.
 * https://developers.google.com/apps-script/reference/forms/item
 */

export type ItemClass =
  | 'Item'
  | 'TextItem'
  | 'ParagraphTextItem'
  | 'ScaleItem'
  | 'MultipleChoiceItem'
  | 'CheckboxItem'
  | 'ListItem'
  | 'DateItem'
  | 'DateTimeItem'
  | 'TimeItem'
  | 'DurationItem'
  | 'GridItem'
  | 'CheckboxGridItem'
  | 'SectionHeaderItem'
  | 'PageBreakItem';

/** The typed class of each item type. */
export const CLASS_OF: Record<ItemTypeName, ItemClass> = {
  TEXT: 'TextItem',
  PARAGRAPH_TEXT: 'ParagraphTextItem',
  SCALE: 'ScaleItem',
  MULTIPLE_CHOICE: 'MultipleChoiceItem',
  CHECKBOX: 'CheckboxItem',
  LIST: 'ListItem',
  DATE: 'DateItem',
  DATETIME: 'DateTimeItem',
  TIME: 'TimeItem',
  DURATION: 'DurationItem',
  GRID: 'GridItem',
  CHECKBOX_GRID: 'CheckboxGridItem',
  SECTION_HEADER: 'SectionHeaderItem',
  PAGE_BREAK: 'PageBreakItem',
};

const AS_METHOD: Record<ItemTypeName, string> = Object.fromEntries(
  Object.entries(CLASS_OF).map(([type, cls]) => [type, `as${cls}`]),
) as Record<ItemTypeName, string>;

const LAYOUT = ['getId', 'getIndex', 'getTitle', 'setTitle', 'getHelpText', 'setHelpText'];
const BASE = [...LAYOUT, 'getType', 'duplicate'];
const QUESTION = [...BASE, 'isRequired', 'setRequired', 'createResponse'];
const CHOICES = ['getChoices', 'setChoices', 'setChoiceValues', 'createChoice'];
const GRID = ['getRows', 'setRows', 'getColumns', 'setColumns'];
const YEAR = ['includesYear', 'setIncludesYear'];

/** The emulated methods of each class (Google's reference pages, one per class). */
export const ITEM_METHODS: Record<ItemClass, string[]> = {
  Item: [...BASE, ...Object.values(AS_METHOD)],
  TextItem: QUESTION,
  ParagraphTextItem: QUESTION,
  ScaleItem: [
    ...QUESTION,
    ...['setBounds', 'getLowerBound', 'getUpperBound', 'setLabels', 'getLeftLabel'],
    'getRightLabel',
  ],
  MultipleChoiceItem: [...QUESTION, ...CHOICES, 'showOtherOption', 'hasOtherOption'],
  CheckboxItem: [...QUESTION, ...CHOICES, 'showOtherOption', 'hasOtherOption'],
  ListItem: [...QUESTION, ...CHOICES],
  DateItem: [...QUESTION, ...YEAR],
  DateTimeItem: [...QUESTION, ...YEAR],
  TimeItem: QUESTION,
  DurationItem: QUESTION,
  GridItem: [...QUESTION, ...GRID],
  CheckboxGridItem: [...QUESTION, ...GRID],
  SectionHeaderItem: BASE,
  PageBreakItem: [...BASE, 'getGoToPage', 'setGoToPage', 'getPageNavigationType'],
};

const NAVIGATION: readonly PageNavigationName[] = ['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'];

/** An answer to one item, made by item.createResponse() or read from a submitted response. */
export class ItemResponseHandle {
  constructor(
    private readonly ctx: ScriptContext,
    readonly __formId: string,
    readonly __itemId: number,
    readonly __value: AnswerValue,
  ) {}

  getItem(): object {
    this.ctx.rt.call('FormResponse', 'getItem');
    return makeItem(this.ctx, this.__formId, this.__itemId);
  }

  /** https://developers.google.com/apps-script/reference/forms/item-response#getResponse() */
  getResponse(): AnswerValue {
    this.ctx.rt.call('FormResponse', 'getResponse');
    return Array.isArray(this.__value)
      ? this.__value.map((v) => (Array.isArray(v) ? [...v] : v))
      : this.__value;
  }
}

export function makeItemResponse(
  ctx: ScriptContext,
  formId: string,
  itemId: number,
  value: AnswerValue,
): ItemResponseHandle {
  return withCoverage(new ItemResponseHandle(ctx, formId, itemId, value), 'ItemResponse');
}

/** The work behind every item class; scripts see it only through a class view (makeItem). */
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

  private view(cls: ItemClass): object {
    return makeItem(this.ctx, this.__formId, this.__itemId, cls);
  }

  /** https://developers.google.com/apps-script/reference/forms/item#asTextItem() and friends */
  as(type: ItemTypeName): object {
    const item = this.read(AS_METHOD[type]);
    if (item.type !== type) throw appsScriptError(WRONG_ITEM_TYPE_MESSAGE.replace('{type}', type));
    return this.view(CLASS_OF[type]);
  }

  /** Counted: in Apps Script every method of a service object goes through the bridge. */
  getId(): number {
    this.ctx.rt.call('Item', 'getId');
    return this.__itemId;
  }
  getIndex(): number {
    this.read('getIndex');
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

  /** https://developers.google.com/apps-script/reference/forms/item#duplicate(): a copy, last. */
  duplicate(): object {
    const item = this.read('duplicate');
    const form = formOf(this.ctx, this.__formId);
    const copy: StoredItem = JSON.parse(JSON.stringify(item));
    copy.id = newItemId(this.ctx, form);
    form.items.push(copy);
    syncResponseHeader(this.ctx.rt.stores, form);
    return makeItem(this.ctx, this.__formId, copy.id, CLASS_OF[copy.type]);
  }

  /** https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer) */
  setBounds(lower: number, upper: number): this {
    const item = this.read('setBounds');
    if (![0, 1].includes(lower) || !Number.isInteger(upper) || upper < 3 || upper > 10) {
      throw appsScriptError(SCALE_BOUNDS_MESSAGE);
    }
    item.lowerBound = lower;
    item.upperBound = upper;
    return this;
  }
  getLowerBound(): number {
    return this.read('getLowerBound').lowerBound ?? 1;
  }
  getUpperBound(): number {
    return this.read('getUpperBound').upperBound ?? 5;
  }
  setLabels(left: string, right: string): this {
    const item = this.read('setLabels');
    item.leftLabel = String(left);
    item.rightLabel = String(right);
    return this;
  }
  getLeftLabel(): string {
    return this.read('getLeftLabel').leftLabel ?? '';
  }
  getRightLabel(): string {
    return this.read('getRightLabel').rightLabel ?? '';
  }

  /** https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setChoiceValues(String) */
  setChoiceValues(values: string[]): this {
    const item = this.read('setChoiceValues');
    if (!Array.isArray(values) || values.length === 0)
      throw appsScriptError('Invalid argument: values');
    item.choices = values.map(String);
    delete item.choiceOptions;
    return this;
  }
  /** https://developers.google.com/apps-script/reference/forms/multiple-choice-item#setChoices(Choice) */
  setChoices(choices: unknown[]): this {
    const item = this.read('setChoices');
    if (!Array.isArray(choices) || choices.length === 0)
      throw appsScriptError('Invalid argument: choices');
    const data = choices.map((c) => toChoiceData(c, item));
    item.choices = data.map((c) => c.value);
    item.choiceOptions = data.map((c) => c.options);
    if (item.choiceOptions.every((o) => o === null)) delete item.choiceOptions;
    return this;
  }
  getChoices(): object[] {
    const item = this.read('getChoices');
    return (item.choices ?? []).map((value, index) =>
      makeChoice(this.ctx, this.__formId, {
        value,
        itemType: item.type,
        options: item.choiceOptions?.[index] ?? null,
      }),
    );
  }
  /**
   * createChoice(value), (value, isCorrect), (value, navigationItem), (value, navigationType):
   * a choice for setChoices, stored only then. Navigation is for multiple-choice and list items.
   * https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createChoice(String,PageBreakItem)
   */
  createChoice(value: string, second?: unknown): object {
    const item = this.read('createChoice');
    const data: ChoiceData = { value: String(value), itemType: item.type, options: null };
    if (typeof second === 'boolean') data.options = { isCorrect: second };
    else if (second !== undefined) {
      if (item.type === 'CHECKBOX') throw appsScriptError('Invalid argument: isCorrect');
      data.options = this.navigationOf(second, 'navigationItem');
    }
    return makeChoice(this.ctx, this.__formId, data);
  }
  /** https://developers.google.com/apps-script/reference/forms/multiple-choice-item#showOtherOption(Boolean) */
  showOtherOption(enabled: boolean): this {
    this.read('showOtherOption').otherOption = Boolean(enabled);
    return this;
  }
  hasOtherOption(): boolean {
    return this.read('hasOtherOption').otherOption === true;
  }

  /** https://developers.google.com/apps-script/reference/forms/grid-item#setRows(String) */
  setRows(rows: string[]): this {
    const item = this.read('setRows');
    if (!Array.isArray(rows) || rows.length === 0) throw appsScriptError('Invalid argument: rows');
    item.rows = rows.map(String);
    syncResponseHeader(this.ctx.rt.stores, formOf(this.ctx, this.__formId));
    return this;
  }
  getRows(): string[] {
    return [...(this.read('getRows').rows ?? [])];
  }
  setColumns(columns: string[]): this {
    const item = this.read('setColumns');
    if (!Array.isArray(columns) || columns.length === 0)
      throw appsScriptError('Invalid argument: columns');
    item.columns = columns.map(String);
    return this;
  }
  getColumns(): string[] {
    return [...(this.read('getColumns').columns ?? [])];
  }

  /** https://developers.google.com/apps-script/reference/forms/date-item#setIncludesYear(Boolean) */
  setIncludesYear(enableYear: boolean): this {
    this.read('setIncludesYear').includesYear = Boolean(enableYear);
    return this;
  }
  includesYear(): boolean {
    return this.read('includesYear').includesYear !== false;
  }

  /** A page break or a navigation type, for setGoToPage and createChoice. */
  private navigationOf(
    target: unknown,
    argument: string,
  ): { navigation: PageNavigationName; goToPageId?: number } {
    if (typeof target === 'string' && NAVIGATION.includes(target as PageNavigationName)) {
      // GO_TO_PAGE needs the page itself: the PageBreakItem overload.
      if (target === 'GO_TO_PAGE') throw appsScriptError(`Invalid argument: ${argument}`);
      return { navigation: target as PageNavigationName };
    }
    const pageId = (target as { __itemId?: unknown } | null)?.__itemId;
    const form = formOf(this.ctx, this.__formId);
    const page = form.items.find((i) => i.id === pageId);
    if (!page || page.type !== 'PAGE_BREAK') throw appsScriptError(`Invalid argument: ${argument}`);
    return { navigation: 'GO_TO_PAGE', goToPageId: page.id };
  }

  /**
   * setGoToPage(PageBreakItem) or setGoToPage(PageNavigationType): where the form goes at the end
   * of the page before this break. https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)
   */
  setGoToPage(target: unknown): this {
    const item = this.read('setGoToPage');
    const { navigation, goToPageId } = this.navigationOf(target, 'goToPageItem');
    item.pageNavigation = navigation;
    if (goToPageId === undefined) delete item.goToPageId;
    else item.goToPageId = goToPageId;
    return this;
  }
  /** The page break jumped to, or null (none set, or that page break deleted). */
  getGoToPage(): object | null {
    const item = this.read('getGoToPage');
    const form = formOf(this.ctx, this.__formId);
    const page = form.items.find((i) => i.id === item.goToPageId && i.type === 'PAGE_BREAK');
    return page ? makeItem(this.ctx, this.__formId, page.id, 'PageBreakItem') : null;
  }
  getPageNavigationType(): PageNavigationName {
    return this.read('getPageNavigationType').pageNavigation ?? 'CONTINUE';
  }

  /**
   * createResponse(...) of each question class: text, a scale number, choices, a Date, (hour,
   * minute), (hours, minutes, seconds), text per grid row or choices per checkbox-grid row.
   * https://developers.google.com/apps-script/reference/forms/text-item#createResponse(String)
   */
  createResponse(...args: unknown[]): ItemResponseHandle {
    const item = this.read('createResponse');
    let value: unknown = args[0];
    // A checkbox item takes String[]; a lone string is refused rather than guessed at.
    if (item.type === 'CHECKBOX' && !Array.isArray(value))
      throw appsScriptError('Invalid argument: responses');
    if (item.type === 'TIME') value = timeAnswer(args[0], args[1]);
    if (item.type === 'DURATION') value = durationAnswer(args[0], args[1], args[2]);
    if (item.type === 'DATE' || item.type === 'DATETIME') {
      // Only a Date: the string form is the harness's, not the script API's.
      if (Object.prototype.toString.call(value) !== '[object Date]')
        throw appsScriptError('Invalid argument: response');
    }
    const answer = answerFor(item, value, this.ctx.timeZone);
    return makeItemResponse(this.ctx, this.__formId, this.__itemId, answer);
  }
}

/**
 * A script's view of one item as `cls` (default: the plain Item class). Methods returning the
 * item itself return the view, so chains keep the class.
 */
export function makeItem(
  ctx: ScriptContext,
  formId: string,
  itemId: number,
  cls: ItemClass = 'Item',
): object {
  const handle = new ItemHandle(ctx, formId, itemId);
  const view: Record<string, unknown> = { __formId: formId, __itemId: itemId, __class: cls };
  const methods = handle as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ITEM_METHODS[cls]) {
    const asType = (Object.keys(AS_METHOD) as ItemTypeName[]).find((t) => AS_METHOD[t] === name);
    view[name] = asType
      ? () => handle.as(asType)
      : (...args: unknown[]) => {
          const result = methods[name].apply(handle, args);
          return result === handle ? wrapped : result;
        };
  }
  view.toString = () => cls;
  const wrapped = withCoverage(view, cls);
  return wrapped;
}

/** The item a script passed (any item class view), or an error naming the argument. */
export function itemIdOf(value: unknown): number {
  const id = (value as { __itemId?: unknown } | null)?.__itemId;
  if (typeof id !== 'number') throw appsScriptError('Invalid argument: item');
  return id;
}

export { ITEM_DELETED_MESSAGE };
