import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { formOf } from './common';
// items.ts imports this module too; makeItem is used only inside calls, so the cycle is safe.
import { makeItem } from './items';
import type { ItemTypeName, PageNavigationName, StoredChoiceOptions, StoredItem } from './store';

/**
 * A Choice of a multiple-choice, checkbox or list item: made by `item.createChoice(...)` (not
 * stored until `setChoices`) or read with `getChoices()`. Plain data, so a choice outlives
 * changes to its item as a value does.
 * https://developers.google.com/apps-script/reference/forms/choice
 */
export interface ChoiceData {
  value: string;
  /** The type of the item that made it. */
  itemType: ItemTypeName;
  options: StoredChoiceOptions | null;
}

export function makeChoice(ctx: ScriptContext, formId: string, data: ChoiceData): object {
  const call = (method: string) => ctx.rt.call('Choice', method);
  const choice = {
    __choice: data,
    getValue(): string {
      call('getValue');
      return data.value;
    },
    /**
     * What choosing this does at the end of the page. A choice with no navigation of its own
     * answers CONTINUE ([unverified]: Google documents no default).
     */
    getPageNavigationType(): PageNavigationName {
      call('getPageNavigationType');
      return data.options?.navigation ?? 'CONTINUE';
    },
    /** The page break of a GO_TO_PAGE choice; null otherwise or when that page is deleted. */
    getGotoPage(): object | null {
      call('getGotoPage');
      const pageId = data.options?.goToPageId;
      const form = formOf(ctx, formId);
      const page = form.items.find((i) => i.id === pageId && i.type === 'PAGE_BREAK');
      return page ? makeItem(ctx, formId, page.id, 'PageBreakItem') : null;
    },
    /** Google: "for non-quiz forms, it returns false." */
    isCorrectAnswer(): boolean {
      call('isCorrectAnswer');
      return formOf(ctx, formId).settings?.isQuiz === true && data.options?.isCorrect === true;
    },
  };
  return withCoverage(choice, 'Choice');
}

/**
 * A choice passed to setChoices, checked against the item it goes to: navigation is for
 * multiple-choice and list items only, and must point at a page break of the same form.
 */
export function toChoiceData(value: unknown, item: StoredItem): ChoiceData {
  const data = (value as { __choice?: ChoiceData } | null)?.__choice;
  if (!data) throw appsScriptError('Invalid argument: choices');
  if (data.options?.navigation && item.type === 'CHECKBOX')
    throw appsScriptError('Invalid argument: choices');
  return { ...data, options: data.options ? { ...data.options } : null };
}
