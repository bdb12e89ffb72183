import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { driveStore } from '../drive/common';
import { canEdit } from '../drive/store';
import { emailOf, sameEmail } from '../drive/sharing';
import { makeBaseUser } from '../session/session';
import { FORMS_BASE_URL, type StoredForm, type StoredFormSettings } from './store';
import { formOf } from './common';

/**
 * A form's settings, stored and read back, and its editors (the sharing of its Drive file).
 * FormHandle (form.ts) extends this class. Defaults are those of a new form per Google's
 * reference: https://developers.google.com/apps-script/reference/forms/form
 */

/** [unverified wording] Editors of a form with no Drive file (stored before forms had one). */
export const NO_FORM_FILE_MESSAGE = 'Access denied: DriveApp.';

export abstract class FormSettingsBase {
  constructor(
    protected readonly ctx: ScriptContext,
    readonly __formId: string,
  ) {}

  protected read(method: string): StoredForm {
    this.ctx.rt.call('Form', method);
    return formOf(this.ctx, this.__formId);
  }

  private setting<K extends keyof StoredFormSettings>(
    method: string,
    key: K,
    value: StoredFormSettings[K],
  ): this {
    const form = this.read(method);
    (form.settings ??= {})[key] = value;
    return this;
  }

  private get<K extends keyof StoredFormSettings>(
    method: string,
    key: K,
  ): StoredFormSettings[K] | undefined {
    return this.read(method).settings?.[key];
  }

  /** https://developers.google.com/apps-script/reference/forms/form#setConfirmationMessage(String) */
  setConfirmationMessage(message: string): this {
    return this.setting('setConfirmationMessage', 'confirmationMessage', String(message ?? ''));
  }
  /** '' until set ([unverified]: Forms then shows its own "Your response has been recorded."). */
  getConfirmationMessage(): string {
    return this.get('getConfirmationMessage', 'confirmationMessage') ?? '';
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setCustomClosedFormMessage(String) */
  setCustomClosedFormMessage(message: string): this {
    return this.setting(
      'setCustomClosedFormMessage',
      'customClosedFormMessage',
      String(message ?? ''),
    );
  }
  getCustomClosedFormMessage(): string {
    return this.get('getCustomClosedFormMessage', 'customClosedFormMessage') ?? '';
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setProgressBar(Boolean): default false. */
  setProgressBar(enabled: boolean): this {
    return this.setting('setProgressBar', 'progressBar', Boolean(enabled));
  }
  hasProgressBar(): boolean {
    return this.get('hasProgressBar', 'progressBar') === true;
  }
  /**
   * Default false; when true, "the script cannot submit form responses at all" (submit() throws).
   * https://developers.google.com/apps-script/reference/forms/form#setLimitOneResponsePerUser(Boolean)
   */
  setLimitOneResponsePerUser(enabled: boolean): this {
    return this.setting('setLimitOneResponsePerUser', 'limitOneResponsePerUser', Boolean(enabled));
  }
  hasLimitOneResponsePerUser(): boolean {
    return this.get('hasLimitOneResponsePerUser', 'limitOneResponsePerUser') === true;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setShowLinkToRespondAgain(Boolean) */
  setShowLinkToRespondAgain(enabled: boolean): this {
    return this.setting('setShowLinkToRespondAgain', 'showLinkToRespondAgain', Boolean(enabled));
  }
  /**
   * True until set: a new form shows the "Submit another response" link, which is why scripts
   * switch it off ([unverified]: Google's reference names no default).
   */
  hasRespondAgainLink(): boolean {
    return this.get('hasRespondAgainLink', 'showLinkToRespondAgain') !== false;
  }
  /**
   * Whether respondents see a link to edit their response. getEditResponseUrl() works either way.
   * https://developers.google.com/apps-script/reference/forms/form#setAllowResponseEdits(Boolean)
   */
  setAllowResponseEdits(enabled: boolean): this {
    return this.setting('setAllowResponseEdits', 'allowResponseEdits', Boolean(enabled));
  }
  canEditResponse(): boolean {
    return this.get('canEditResponse', 'allowResponseEdits') === true;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setShuffleQuestions(Boolean) */
  setShuffleQuestions(shuffle: boolean): this {
    return this.setting('setShuffleQuestions', 'shuffleQuestions', Boolean(shuffle));
  }
  getShuffleQuestions(): boolean {
    return this.get('getShuffleQuestions', 'shuffleQuestions') === true;
  }
  /** https://developers.google.com/apps-script/reference/forms/form#setPublishingSummary(Boolean) */
  setPublishingSummary(enabled: boolean): this {
    return this.setting('setPublishingSummary', 'publishingSummary', Boolean(enabled));
  }
  isPublishingSummary(): boolean {
    return this.get('isPublishingSummary', 'publishingSummary') === true;
  }
  /**
   * The summary of responses, `…/viewanalytics` (the address Forms uses); the runtime serves no
   * page there. https://developers.google.com/apps-script/reference/forms/form#getSummaryUrl()
   */
  getSummaryUrl(): string {
    return `${FORMS_BASE_URL}/${this.read('getSummaryUrl').id}/viewanalytics`;
  }
  /**
   * The quiz flag only: grading (points, feedback, scores) stays not emulated.
   * https://developers.google.com/apps-script/reference/forms/form#setIsQuiz(Boolean)
   */
  setIsQuiz(enabled: boolean): this {
    return this.setting('setIsQuiz', 'isQuiz', Boolean(enabled));
  }
  isQuiz(): boolean {
    return this.get('isQuiz', 'isQuiz') === true;
  }

  /** The form's Drive file, which holds its sharing; edits need edit access to it. */
  private file(method: string, write: boolean) {
    const form = this.read(method);
    const file = driveStore(this.ctx).items[form.id];
    if (!file) throw appsScriptError(NO_FORM_FILE_MESSAGE);
    if (write && !canEdit(driveStore(this.ctx), form.id, this.ctx.user))
      throw appsScriptError(NO_FORM_FILE_MESSAGE);
    return file;
  }

  private logSharing(action: 'add-editor' | 'remove-editor', who: string): void {
    driveStore(this.ctx).sharingLog.push({
      at: this.ctx.rt.clock.now(),
      actor: this.ctx.user,
      itemId: this.__formId,
      action,
      who,
    });
  }

  private grant(method: string, users: unknown[]): this {
    const file = this.file(method, true);
    for (const email of users.map(emailOf)) {
      if (sameEmail(file.owner, email) || file.editors.some((e) => sameEmail(e, email))) continue;
      file.viewers = file.viewers.filter((v) => !sameEmail(v, email));
      file.editors.push(email);
      this.logSharing('add-editor', email);
    }
    return this;
  }

  /**
   * The editors of the form's Drive file (the owner not listed, as in DriveApp's File.getEditors).
   * https://developers.google.com/apps-script/reference/forms/form#getEditors()
   */
  getEditors(): GoogleAppsScript.Base.User[] {
    return this.file('getEditors', false).editors.map(makeBaseUser);
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addEditor(String) */
  addEditor(user: unknown): this {
    return this.grant('addEditor', [user]);
  }
  /** https://developers.google.com/apps-script/reference/forms/form#addEditors(String) */
  addEditors(users: unknown[]): this {
    if (!Array.isArray(users)) throw appsScriptError('Invalid argument: emailAddresses');
    return this.grant('addEditors', users);
  }
  /** Removing someone who is no editor changes nothing. https://developers.google.com/apps-script/reference/forms/form#removeEditor(String) */
  removeEditor(user: unknown): this {
    const file = this.file('removeEditor', true);
    const email = emailOf(user);
    if (file.editors.some((e) => sameEmail(e, email))) {
      file.editors = file.editors.filter((e) => !sameEmail(e, email));
      this.logSharing('remove-editor', email);
    }
    return this;
  }
}
