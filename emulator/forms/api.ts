import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { createItem, driveStore } from '../drive/common';
import { ensureRoot } from '../drive/store';
import { FORMS_UNPUBLISHED_FROM, FORM_MIME_TYPE, type StoredForm } from './store';
import { FORMS_ENUMS, ItemType } from './enums';
import { INVALID_RESPONSE_MESSAGE, answerFor } from './answers';
import { NO_FORM_MESSAGE, canOpenForm, formOf, store } from './common';
import { FormHandle, makeForm } from './form';

/**
 * The FormApp global, as handles over the forms store: the form (form.ts, settings.ts), its
 * items (items.ts, choices.ts) and responses (responses.ts).
 * https://developers.google.com/apps-script/reference/forms/form-app
 */

export { ItemType, INVALID_RESPONSE_MESSAGE, answerFor, FormHandle, makeForm };
export {
  NO_FORM_MESSAGE,
  NO_RESPONSE_MESSAGE,
  WRONG_ITEM_TYPE_MESSAGE,
  SCALE_BOUNDS_MESSAGE,
  NOT_ACCEPTING_MESSAGE,
} from './common';
export { ItemHandle, ItemResponseHandle, makeItem } from './items';
export { FormResponseHandle, makeResponse, LIMIT_ONE_RESPONSE_MESSAGE } from './responses';

/** Google's text for getUi() outside a form's editor (every script here: none is form-bound). */
export const FORM_UI_CONTEXT_MESSAGE = 'Cannot call FormApp.getUi() from this context.';

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
    /**
     * The form editor's Ui exists only for a script bound to a form, open in front of a person;
     * the runtime has no form-bound scripts (getActiveForm() is null), so this always refuses.
     * https://developers.google.com/apps-script/reference/forms/form-app#getUi()
     */
    getUi(): never {
      ctx.rt.call('FormApp', 'getUi');
      throw appsScriptError(FORM_UI_CONTEXT_MESSAGE);
    },
  };
  return withCoverage(app, 'FormApp') as unknown as GoogleAppsScript.Forms.FormApp;
}
