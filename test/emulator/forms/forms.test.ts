import '../../../emulator/forms/store';
import '../../../emulator/script/store';
import {
  createFormApp,
  FORMS_STORE,
  FORM_SUBMIT_DELAY_MS,
  parsePrefilledUrl,
  plantResponseWithoutTrigger,
  resolveFormSubmitEvent,
  responsesOf,
  submitPrefilledUrl,
  submitResponse,
  type FormsStore,
} from '../../../emulator/forms';
import { scriptStore, type ScriptStore } from '../../../emulator/script/store';
import { makeTestContext } from '../../helpers/runtime';

/**
 * The forms emulation beyond the API: a person submitting through the harness, the queued
 * form-submit event and its resolution into live handles, and plain-data state.
 * https://developers.google.com/apps-script/guides/triggers/events#form-submit_4
 */
/** A typed item (TextItem, DateItem…) as the generic Item that FormResponse methods take. */
const item = (i: unknown): GoogleAppsScript.Forms.Item => i as GoogleAppsScript.Forms.Item;
const AT = Date.parse('2026-12-01T15:00:00+02:00');

function setup() {
  const ctx = makeTestContext();
  const FormApp = createFormApp(ctx);
  const form = FormApp.create('Päivän työtoiminta');
  const date = form.addDateItem().setTitle('Päivä').setRequired(true);
  const hours = form.addTextItem().setTitle('Tunnit');
  const mood = form.addScaleItem().setTitle('Miten meni?');
  const token = form.addTextItem().setTitle('Tunniste');
  const scripts = ctx.rt.store<ScriptStore>(scriptStore.name);
  return { ctx, FormApp, form, date, hours, mood, token, scripts };
}

/** An installable ON_FORM_SUBMIT trigger of the form, as ScriptApp stores it. */
function addSubmitTrigger(scripts: ScriptStore, formId: string, id = 't1'): void {
  scripts.triggers.push({
    id,
    eventType: 'ON_FORM_SUBMIT',
    sourceId: formId,
    functionName: 'onSubmit',
  } as unknown as ScriptStore['triggers'][number]);
}

describe('harness: a person submitting a form', () => {
  it('submitResponse keys answers by title or item id and records them as Forms would', () => {
    const { ctx, form, date, hours, mood } = setup();
    const { responseId } = submitResponse(
      ctx.rt.stores,
      form.getId(),
      { Päivä: '2026-12-01', [String(hours.getId())]: 6, 'Miten meni?': 4 },
      { atMs: AT },
    );
    const response = form.getResponse(responseId);
    expect(response.getTimestamp()?.getTime()).toBe(AT);
    expect(response.getItemResponses().map((r) => r.getResponse())).toEqual([
      '2026-12-01',
      '6',
      '4',
    ]);
    expect(date.getId()).toBe(response.getItemResponses()[0].getItem().getId());
    expect(mood.getType()).toBe('SCALE');
  });

  it('refuses an unanswered required item, an unknown item and a scale answer out of range', () => {
    const { ctx, form } = setup();
    const id = form.getId();
    expect(() => submitResponse(ctx.rt.stores, id, { Tunnit: '6' }, { atMs: AT })).toThrow(
      /the required item "Päivä" is unanswered/,
    );
    expect(() =>
      submitResponse(ctx.rt.stores, id, { Päivä: '2026-12-01', Nope: 'x' }, { atMs: AT }),
    ).toThrow(/has no item "Nope"/);
    expect(() =>
      submitResponse(ctx.rt.stores, id, { Päivä: '2026-12-01', 'Miten meni?': 9 }, { atMs: AT }),
    ).toThrow('Invalid response submitted to item.');
  });

  it('a closed form refuses the person too', () => {
    const { ctx, form } = setup();
    form.setAcceptingResponses(false);
    expect(() =>
      submitResponse(ctx.rt.stores, form.getId(), { Päivä: '2026-12-01' }, { atMs: AT }),
    ).toThrow(/is not accepting responses/);
  });

  it('the respondent email is kept only when the form collects emails', () => {
    const { ctx, form } = setup();
    const options = { atMs: AT, respondentEmail: 'asiakas@example.fi' };
    const a = submitResponse(ctx.rt.stores, form.getId(), { Päivä: '2026-12-01' }, options);
    form.setCollectEmail(true);
    const b = submitResponse(ctx.rt.stores, form.getId(), { Päivä: '2026-12-01' }, options);
    expect(form.getResponse(a.responseId).getRespondentEmail()).toBe('');
    expect(form.getResponse(b.responseId).getRespondentEmail()).toBe('asiakas@example.fi');
  });

  it('a prefilled link is read back, and submitting it keeps the prefill unless overridden', () => {
    const { ctx, form, date, token, hours } = setup();
    const url = form
      .createResponse()
      .withItemResponse(token.createResponse('abc-123'))
      .withItemResponse(date.createResponse(new Date('2026-12-01T10:00:00Z')))
      .toPrefilledUrl();
    expect(parsePrefilledUrl(ctx.rt.stores, url)).toEqual({
      formId: form.getId(),
      answers: { [String(date.getId())]: '2026-12-01', [String(token.getId())]: 'abc-123' },
    });
    const { responseId, formId } = submitPrefilledUrl(
      ctx.rt.stores,
      url,
      { Tunnit: '5', Päivä: '2026-12-02' },
      { atMs: AT },
    );
    expect(formId).toBe(form.getId());
    const response = form.getResponse(responseId);
    expect(response.getResponseForItem(item(token))?.getResponse()).toBe('abc-123');
    expect(response.getResponseForItem(item(date))?.getResponse()).toBe('2026-12-02');
    expect(response.getResponseForItem(item(hours))?.getResponse()).toBe('5');
  });

  it('a link to no form is refused', () => {
    const { ctx } = setup();
    expect(() =>
      parsePrefilledUrl(ctx.rt.stores, 'https://docs.google.com/forms/d/e/nope/viewform'),
    ).toThrow(/No form behind/);
  });
});

describe('the form-submit trigger', () => {
  it('a submission queues one event per ON_FORM_SUBMIT trigger of that form, due 2 s later', () => {
    const { ctx, FormApp, form, scripts } = setup();
    const other = FormApp.create('Muu');
    addSubmitTrigger(scripts, form.getId(), 't1');
    addSubmitTrigger(scripts, other.getId(), 't2');
    const { responseId, queued } = submitResponse(
      ctx.rt.stores,
      form.getId(),
      { Päivä: '2026-12-01' },
      { atMs: AT },
    );
    expect(queued).toBe(1);
    expect(scripts.pending).toEqual([
      {
        triggerId: 't1',
        dueAt: AT + FORM_SUBMIT_DELAY_MS,
        event: { authMode: 'FULL', formId: form.getId(), responseId },
      },
    ]);
  });

  it('a script submit() queues the event too', () => {
    const { form, hours, scripts } = setup();
    addSubmitTrigger(scripts, form.getId());
    form.createResponse().withItemResponse(hours.createResponse('1')).submit();
    expect(scripts.pending).toHaveLength(1);
  });

  it('a planted response queues nothing (Google dropped its trigger) but is listed', () => {
    const { ctx, form, scripts } = setup();
    addSubmitTrigger(scripts, form.getId());
    const id = plantResponseWithoutTrigger(
      ctx.rt.stores,
      form.getId(),
      { Päivä: '2026-12-01' },
      { atMs: AT },
    );
    expect(scripts.pending).toEqual([]);
    expect(form.getResponses().map((r) => r.getId())).toEqual([id]);
  });

  it('the queued ids become live source and response handles in the firing execution', () => {
    const { ctx, form } = setup();
    const { responseId } = submitResponse(
      ctx.rt.stores,
      form.getId(),
      { Päivä: '2026-12-01' },
      { atMs: AT },
    );
    const event = resolveFormSubmitEvent(ctx, {
      authMode: 'FULL',
      formId: form.getId(),
      responseId,
      triggerUid: 't1',
    }) as {
      authMode: string;
      triggerUid: string;
      source: GoogleAppsScript.Forms.Form;
      response: GoogleAppsScript.Forms.FormResponse;
    };
    expect(event.authMode).toBe('FULL');
    expect(event.triggerUid).toBe('t1');
    expect(event.source.getId()).toBe(form.getId());
    expect(event.response.getId()).toBe(responseId);
    expect(resolveFormSubmitEvent(ctx, { hour: 2 })).toEqual({ hour: 2 });
  });
});

describe('state', () => {
  it('is plain data: JSON round trip keeps forms and responses', () => {
    const { ctx, form } = setup();
    submitResponse(ctx.rt.stores, form.getId(), { Päivä: '2026-12-01' }, { atMs: AT });
    const store = ctx.rt.store<FormsStore>(FORMS_STORE.name);
    expect(JSON.parse(JSON.stringify(store))).toEqual(store);
    expect(responsesOf(ctx.rt.stores, form.getId())).toHaveLength(1);
  });

  it('harness response ids are distinct and deterministic', () => {
    const a = setup();
    const b = setup();
    const ids = (s: ReturnType<typeof setup>) =>
      [1, 2].map(
        () =>
          submitResponse(s.ctx.rt.stores, s.form.getId(), { Päivä: '2026-12-01' }, { atMs: AT })
            .responseId,
      );
    const first = ids(a);
    expect(new Set(first).size).toBe(2);
    expect(ids(b)).toEqual(first);
  });
});
