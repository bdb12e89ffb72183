import { makeDate } from '../runtime/clock';
import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import {
  UNPUBLISHED_MESSAGE,
  publishedUrlOf,
  type AnswerValue,
  type StoredResponse,
} from './store';
import { queueFormSubmit } from './triggers';
import { appendResponseRow } from './destination';
import { NOT_ACCEPTING_MESSAGE, NO_RESPONSE_MESSAGE, formOf } from './common';
import { ItemResponseHandle, itemIdOf, makeItemResponse } from './items';

/**
 * [unverified wording] Google: "If the value is set to true, the script cannot submit form
 * responses at all." (https://developers.google.com/apps-script/reference/forms/form#setLimitOneResponsePerUser(Boolean))
 * but documents no text.
 */
export const LIMIT_ONE_RESPONSE_MESSAGE =
  'A script cannot submit responses to a form limited to one response per user.';

/** https://developers.google.com/apps-script/reference/forms/form-response */
export class FormResponseHandle {
  /** A response being built by form.createResponse(): not in the store until submit(). */
  private readonly draft: Map<number, AnswerValue> = new Map();

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
      .map((a) => makeItemResponse(this.ctx, this.__formId, a.itemId, a.value));
  }

  /** https://developers.google.com/apps-script/reference/forms/form-response#getResponseForItem(Item) */
  getResponseForItem(item: unknown): ItemResponseHandle | null {
    const itemId = itemIdOf(item);
    return this.getItemResponses().find((r) => r.__itemId === itemId) ?? null;
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
    const answers: [number, AnswerValue][] = submitted
      ? submitted.answers.map((a) => [a.itemId, a.value])
      : [...this.draft.entries()];
    const order = (id: number) => form.items.findIndex((i) => i.id === id);
    const params = answers
      .filter(([itemId]) => order(itemId) >= 0)
      .sort(([a], [b]) => order(a) - order(b))
      // A checkbox answer repeats its parameter once per choice, as Forms does.
      .flatMap(([itemId, value]) => {
        const item = form.items.find((i) => i.id === itemId);
        // Forms gives each grid row its own entry id, which the runtime does not model.
        if (item?.type === 'GRID' || item?.type === 'CHECKBOX_GRID')
          throw appsScriptError('Not emulated: FormResponse.toPrefilledUrl() with a grid answer');
        return (Array.isArray(value) ? value : [value]).map(
          (v) => `entry.${itemId}=${encodeURIComponent(String(v))}`,
        );
      });
    return `${publishedUrlOf(form)}?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }

  /** Submits the response as the running user; form-submit triggers fire soon after. */
  submit(): this {
    this.requireDraft('submit');
    const form = formOf(this.ctx, this.__formId);
    if (form.published === false) throw appsScriptError(UNPUBLISHED_MESSAGE);
    if (!form.acceptingResponses) throw appsScriptError(NOT_ACCEPTING_MESSAGE);
    if (form.settings?.limitOneResponsePerUser) throw appsScriptError(LIMIT_ONE_RESPONSE_MESSAGE);
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
