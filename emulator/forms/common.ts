import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { driveStore } from '../drive/common';
import { canEdit } from '../drive/store';
import { FORMS_STORE, type FormsStore, type StoredForm, type StoredItem } from './store';

/**
 * What the FormApp handles (form.ts, items.ts, responses.ts) share: the store, lookups and
 * Google's error texts. https://developers.google.com/apps-script/reference/forms
 */

export const NO_FORM_MESSAGE =
  'No item with the given ID could be found, or you do not have permission to access it.';
export const NO_RESPONSE_MESSAGE = 'No response with ID {id} exists for this form.';
export const WRONG_ITEM_TYPE_MESSAGE = 'Invalid argument: item is not of type {type}.';
export const SCALE_BOUNDS_MESSAGE =
  'Invalid argument: lower bound must be 0 or 1 and upper bound between 3 and 10.';
export const NOT_ACCEPTING_MESSAGE = 'This form is not accepting responses.';
export const ITEM_DELETED_MESSAGE = 'The item has been deleted.';

export function store(ctx: ScriptContext): FormsStore {
  return ctx.rt.store<FormsStore>(FORMS_STORE.name);
}

export function formOf(ctx: ScriptContext, formId: string): StoredForm {
  const form = store(ctx).forms[formId];
  if (!form) throw appsScriptError(NO_FORM_MESSAGE);
  return form;
}

/** Edit access through Drive (sharing, or a shared folder it sits in); the owner if no file. */
export function canOpenForm(ctx: ScriptContext, form: StoredForm): boolean {
  const drive = driveStore(ctx);
  if (drive.items[form.id])
    return !drive.items[form.id].trashed && canEdit(drive, form.id, ctx.user);
  return form.owner.toLowerCase() === ctx.user.toLowerCase();
}

export function itemOf(ctx: ScriptContext, formId: string, itemId: number): StoredItem {
  const item = formOf(ctx, formId).items.find((i) => i.id === itemId);
  if (!item) throw appsScriptError(ITEM_DELETED_MESSAGE);
  return item;
}

/** A new item id, unique in the form (Forms' ids are 9–10 digit integers). */
export function newItemId(ctx: ScriptContext, form: StoredForm): number {
  let id: number;
  do id = 100_000_000 + ctx.rt.rng.int(1_900_000_000);
  while (form.items.some((i) => i.id === id));
  return id;
}
