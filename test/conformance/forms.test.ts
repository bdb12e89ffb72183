import '../../emulator/forms/store';
import '../../emulator/script/store';
import { createFormApp, FORMS_STORE, type FormsStore } from '../../emulator/forms';
import {
  INVALID_RESPONSE_MESSAGE,
  NOT_ACCEPTING_MESSAGE,
  NO_FORM_MESSAGE,
  NO_RESPONSE_MESSAGE,
  SCALE_BOUNDS_MESSAGE,
  WRONG_ITEM_TYPE_MESSAGE,
} from '../../emulator/forms/api';
import { makeTestContext } from '../helpers/runtime';

/**
 * FormApp behaviours as Google documents them; each describe names the reference page it
 * follows, and error tests assert the exact message the emulator gives (see
 * emulator/forms/LIMITATIONS.md for what differs from Google).
 */
function forms(options: Parameters<typeof makeTestContext>[0] = {}) {
  const ctx = makeTestContext(options);
  return { ctx, FormApp: createFormApp(ctx), store: ctx.rt.store<FormsStore>(FORMS_STORE.name) };
}

/** A small reflection-like form: date, hours (text), mood (scale 1–5), thoughts (paragraph). */
function reflectionForm() {
  const env = forms();
  const form = env.FormApp.create('Päivän työtoiminta');
  const date = form.addDateItem().setTitle('Päivä').setRequired(true);
  const hours = form.addTextItem().setTitle('Tunnit');
  const mood = form.addScaleItem().setTitle('Miten meni?').setBounds(1, 5);
  const thoughts = form.addParagraphTextItem().setTitle('Ajatukset');
  return { ...env, form, date, hours, mood, thoughts };
}

describe('https://developers.google.com/apps-script/reference/forms/form-app', () => {
  it('create(title) makes a form with that title that openById opens again', () => {
    const { FormApp } = forms();
    const form = FormApp.create('Lomake');
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Lomake');
  });

  it('openById of an unknown id throws', () => {
    const { FormApp } = forms();
    expect(() => FormApp.openById('1nope')).toThrow(NO_FORM_MESSAGE);
  });

  it('openByUrl opens a form by its edit URL or its published URL', () => {
    const { FormApp } = forms();
    const form = FormApp.create('Lomake');
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(() => FormApp.openByUrl('https://docs.google.com/forms/d/nope/edit')).toThrow(
      NO_FORM_MESSAGE,
    );
  });

  it('getActiveForm() is null in a script not bound to a form', () => {
    expect(forms().FormApp.getActiveForm()).toBeNull();
  });

  it('ItemType names the item types', () => {
    const { FormApp } = forms();
    expect(FormApp.ItemType.TEXT).toBe('TEXT');
    expect(FormApp.ItemType.SCALE).toBe('SCALE');
  });
});

describe('https://developers.google.com/apps-script/reference/forms/form', () => {
  it('getPublishedUrl() is the /d/e/…/viewform link, getEditUrl() the /d/…/edit link', () => {
    const { form } = reflectionForm();
    expect(form.getPublishedUrl()).toMatch(
      /^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/,
    );
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
  });

  it('getItems() lists items in order; getItems(type) filters; getItemById finds or is null', () => {
    const { form, hours, thoughts } = reflectionForm();
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      'Päivä',
      'Tunnit',
      'Miten meni?',
      'Ajatukset',
    ]);
    expect(form.getItems(FormApp_ItemType('PARAGRAPH_TEXT')).map((i) => i.getId())).toEqual([
      thoughts.getId(),
    ]);
    expect(form.getItemById(hours.getId())?.getTitle()).toBe('Tunnit');
    expect(form.getItemById(12345)).toBeNull();
  });

  it('deleteItem(item) removes it; using a deleted item throws', () => {
    const { form, hours } = reflectionForm();
    form.deleteItem(hours as unknown as GoogleAppsScript.Forms.Item);
    expect(form.getItems()).toHaveLength(3);
    expect(() => hours.getTitle()).toThrow('The item has been deleted.');
  });

  it('setCollectEmail / setRequireLogin / setAcceptingResponses are read back', () => {
    const { form } = reflectionForm();
    expect([form.collectsEmail(), form.requiresLogin(), form.isAcceptingResponses()]).toEqual([
      false,
      false,
      true,
    ]);
    form.setCollectEmail(true).setRequireLogin(true).setAcceptingResponses(false);
    expect([form.collectsEmail(), form.requiresLogin(), form.isAcceptingResponses()]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('getResponses() lists submitted responses only; getResponses(timestamp) those at or after it', () => {
    const { ctx, form, hours } = reflectionForm();
    form.createResponse().withItemResponse(hours.createResponse('4')); // never submitted
    form.createResponse().withItemResponse(hours.createResponse('5')).submit();
    ctx.rt.clock.set(ctx.rt.clock.now() + 60_000);
    const later = form.createResponse().withItemResponse(hours.createResponse('6')).submit();
    expect(form.getResponses()).toHaveLength(2);
    const since = form.getResponses(later.getTimestamp() as Date);
    expect(since.map((r) => r.getId())).toEqual([later.getId()]);
  });

  it('getResponse(id) of an unknown id throws', () => {
    const { form } = reflectionForm();
    expect(() => form.getResponse('2_nope')).toThrow(NO_RESPONSE_MESSAGE.replace('{id}', '2_nope'));
  });
});

/** FormApp.ItemType values as a script passes them to getItems(type). */
function FormApp_ItemType(name: 'PARAGRAPH_TEXT'): GoogleAppsScript.Forms.ItemType {
  return name as unknown as GoogleAppsScript.Forms.ItemType;
}

describe('https://developers.google.com/apps-script/reference/forms/item', () => {
  it('asTextItem() on an item of another type throws', () => {
    const { form, mood } = reflectionForm();
    const item = form.getItemById(mood.getId())!;
    expect(() => item.asTextItem()).toThrow(WRONG_ITEM_TYPE_MESSAGE.replace('{type}', 'TEXT'));
    expect(item.asScaleItem().getType()).toBe('SCALE');
  });

  it('getIndex() is the position in the form, from 0', () => {
    const { mood } = reflectionForm();
    expect(mood.getIndex()).toBe(2);
  });
});

describe('https://developers.google.com/apps-script/reference/forms/scale-item', () => {
  it('setBounds(lower, upper): lower 0 or 1, upper 3–10; setLabels', () => {
    const { mood } = reflectionForm();
    mood.setLabels('Huonosti', 'Hyvin');
    expect([mood.getLowerBound(), mood.getUpperBound()]).toEqual([1, 5]);
    expect([mood.getLeftLabel(), mood.getRightLabel()]).toEqual(['Huonosti', 'Hyvin']);
    expect(() => mood.setBounds(2, 5)).toThrow(SCALE_BOUNDS_MESSAGE);
    expect(() => mood.setBounds(1, 11)).toThrow(SCALE_BOUNDS_MESSAGE);
  });

  it('createResponse(value) outside the bounds throws', () => {
    const { mood } = reflectionForm();
    expect(mood.createResponse(5).getResponse()).toBe('5');
    expect(() => mood.createResponse(6)).toThrow(INVALID_RESPONSE_MESSAGE);
  });
});

describe('https://developers.google.com/apps-script/reference/forms/date-item#createResponse(Date)', () => {
  it("a date answer is the date in the script's time zone, YYYY-MM-DD", () => {
    const { date } = reflectionForm();
    // 22:30 UTC on 1 Dec is already 2 Dec in Helsinki.
    expect(date.createResponse(new Date('2026-12-01T22:30:00Z')).getResponse()).toBe('2026-12-02');
  });
});

describe('https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()', () => {
  it('is the published link with usp=pp_url and one entry parameter per answer, in form order', () => {
    const { form, hours, thoughts } = reflectionForm();
    const url = form
      .createResponse()
      .withItemResponse(thoughts.createResponse('Hyvä & kaunis'))
      .withItemResponse(hours.createResponse('6'))
      .toPrefilledUrl();
    expect(url).toBe(
      `${form.getPublishedUrl()}?usp=pp_url&entry.${hours.getId()}=6&entry.${thoughts.getId()}=Hyv%C3%A4%20%26%20kaunis`,
    );
  });

  it('making a prefilled link records no response', () => {
    const { form, hours } = reflectionForm();
    form.createResponse().withItemResponse(hours.createResponse('6')).toPrefilledUrl();
    expect(form.getResponses()).toEqual([]);
  });
});

describe('https://developers.google.com/apps-script/reference/forms/form-response#submit()', () => {
  it('submit() records the response with an id and timestamp; answers read back in form order', () => {
    const { ctx, form, hours, mood } = reflectionForm();
    const before = ctx.rt.clock.now();
    const response = form
      .createResponse()
      .withItemResponse(mood.createResponse(4))
      .withItemResponse(hours.createResponse('6'))
      .submit();
    expect(response.getId()).toMatch(/^2_ABaOnu/);
    // The simulated clock moves with every service call; the stamp is the moment of submit().
    const stamp = response.getTimestamp()!.getTime();
    expect(stamp).toBeGreaterThanOrEqual(before);
    expect(stamp).toBeLessThanOrEqual(ctx.rt.clock.now());
    expect(
      response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
    ).toEqual([
      ['Tunnit', '6'],
      ['Miten meni?', '4'],
    ]);
    expect(
      response.getResponseForItem(hours as unknown as GoogleAppsScript.Forms.Item)?.getResponse(),
    ).toBe('6');
  });

  it('a response is submitted once: a second submit() throws', () => {
    const { form, hours } = reflectionForm();
    const response = form.createResponse().withItemResponse(hours.createResponse('6')).submit();
    expect(() => response.submit()).toThrow('This response has already been submitted.');
  });

  it('a form that is not accepting responses refuses submit()', () => {
    const { form, hours } = reflectionForm();
    form.setAcceptingResponses(false);
    expect(() =>
      form.createResponse().withItemResponse(hours.createResponse('6')).submit(),
    ).toThrow(NOT_ACCEPTING_MESSAGE);
  });

  it('getRespondentEmail() is the submitter only when the form collects emails', () => {
    const { form, hours } = reflectionForm();
    const anonymous = form.createResponse().withItemResponse(hours.createResponse('1')).submit();
    form.setCollectEmail(true);
    const known = form.createResponse().withItemResponse(hours.createResponse('2')).submit();
    expect(anonymous.getRespondentEmail()).toBe('');
    expect(known.getRespondentEmail()).toBe('ohjaaja@kunta.example');
  });

  it('an item response of another form is refused', () => {
    const { FormApp, form } = reflectionForm();
    const other = FormApp.create('Muu').addTextItem();
    expect(() => form.createResponse().withItemResponse(other.createResponse('x'))).toThrow(
      'Invalid argument: response',
    );
  });
});
