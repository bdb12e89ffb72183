import '../../emulator/forms/store';
import '../../emulator/script/store';
import '../../emulator/drive/store';
import { createFormApp } from '../../emulator/forms';
import {
  FORM_UI_CONTEXT_MESSAGE,
  LIMIT_ONE_RESPONSE_MESSAGE,
  NO_RESPONSE_MESSAGE,
} from '../../emulator/forms/api';
import { MOVE_OUT_OF_RANGE_MESSAGE } from '../../emulator/forms/form';
import { makeTestContext } from '../helpers/runtime';

/**
 * Form settings, item order, response deletion and editors, as Google's Form reference documents
 * them: https://developers.google.com/apps-script/reference/forms/form (each describe names the
 * method's anchor). Gaps: emulator/forms/LIMITATIONS.md.
 */
const REF = 'https://developers.google.com/apps-script/reference/forms/form';

function newForm(user?: string) {
  const ctx = makeTestContext(user ? { user } : {});
  const FormApp = createFormApp(ctx);
  const form = FormApp.create('Asetukset');
  return { ctx, FormApp, form };
}

describe(`${REF} (settings round-trip through their getters)`, () => {
  it('a new form has the defaults of a new form', () => {
    const { form } = newForm();
    expect({
      confirmation: form.getConfirmationMessage(),
      closed: form.getCustomClosedFormMessage(),
      progressBar: form.hasProgressBar(), // #setProgressBar(Boolean): default false
      limitOne: form.hasLimitOneResponsePerUser(), // #setLimitOneResponsePerUser: default false
      respondAgain: form.hasRespondAgainLink(),
      edits: form.canEditResponse(), // #setAllowResponseEdits: default false
      shuffle: form.getShuffleQuestions(),
      summary: form.isPublishingSummary(),
      quiz: form.isQuiz(), // #setIsQuiz(Boolean): default false
    }).toEqual({
      confirmation: '',
      closed: '',
      progressBar: false,
      limitOne: false,
      respondAgain: true,
      edits: false,
      shuffle: false,
      summary: false,
      quiz: false,
    });
  });

  it('every setter chains (returns the Form) and its getter reads the value back', () => {
    const { FormApp, form } = newForm();
    const same = form
      .setConfirmationMessage('Kiitos!')
      .setCustomClosedFormMessage('Suljettu.')
      .setProgressBar(true)
      .setLimitOneResponsePerUser(true)
      .setShowLinkToRespondAgain(false)
      .setAllowResponseEdits(true)
      .setShuffleQuestions(true)
      .setPublishingSummary(true)
      .setIsQuiz(true);
    expect(same.getId()).toBe(form.getId());
    // Another handle on the same form agrees: the settings are stored, not kept in the handle.
    const again = FormApp.openById(form.getId());
    expect([
      again.getConfirmationMessage(),
      again.getCustomClosedFormMessage(),
      again.hasProgressBar(),
      again.hasLimitOneResponsePerUser(),
      again.hasRespondAgainLink(),
      again.canEditResponse(),
      again.getShuffleQuestions(),
      again.isPublishingSummary(),
      again.isQuiz(),
    ]).toEqual(['Kiitos!', 'Suljettu.', true, true, false, true, true, true, true]);
  });

  it('#setLimitOneResponsePerUser(Boolean): "the script cannot submit form responses at all"', () => {
    const { form } = newForm();
    const item = form.addTextItem().setTitle('Nimi');
    form.setLimitOneResponsePerUser(true);
    expect(() =>
      form.createResponse().withItemResponse(item.createResponse('Aino')).submit(),
    ).toThrow(LIMIT_ONE_RESPONSE_MESSAGE);
    form.setLimitOneResponsePerUser(false);
    expect(
      form.createResponse().withItemResponse(item.createResponse('Aino')).submit().getId(),
    ).toBeTruthy();
  });

  it('#getSummaryUrl() is the /viewanalytics address of the form', () => {
    const { form } = newForm();
    expect(form.getSummaryUrl()).toBe(
      `https://docs.google.com/forms/d/${form.getId()}/viewanalytics`,
    );
  });
});

describe(`${REF}#moveItem(Integer,Integer)`, () => {
  it('moves by index or by item and returns the moved item', () => {
    const { form } = newForm();
    const a = form.addTextItem().setTitle('A');
    form.addTextItem().setTitle('B');
    form.addSectionHeaderItem().setTitle('C');
    const moved = form.moveItem(0, 2);
    expect(moved.getTitle()).toBe('A');
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['B', 'C', 'A']);
    form.moveItem(a as unknown as GoogleAppsScript.Forms.Item, 0);
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['A', 'B', 'C']);
    expect(a.getIndex()).toBe(0);
  });

  it('an index outside the form throws', () => {
    const { form } = newForm();
    form.addTextItem();
    expect(() => form.moveItem(0, 1)).toThrow(MOVE_OUT_OF_RANGE_MESSAGE);
    expect(() => form.moveItem(3, 0)).toThrow('Invalid argument: from');
  });
});

describe(`${REF}#deleteResponse(String) and #deleteAllResponses()`, () => {
  it('deleteResponse removes one response; an unknown id throws; deleteAllResponses empties', () => {
    const { form } = newForm();
    const item = form.addTextItem();
    const first = form.createResponse().withItemResponse(item.createResponse('1')).submit();
    const second = form.createResponse().withItemResponse(item.createResponse('2')).submit();
    expect(form.deleteResponse(first.getId()).getId()).toBe(form.getId());
    expect(form.getResponses().map((r) => r.getId())).toEqual([second.getId()]);
    expect(() => form.getResponse(first.getId())).toThrow(
      NO_RESPONSE_MESSAGE.replace('{id}', first.getId()),
    );
    expect(() => form.deleteResponse('2_nope')).toThrow(
      NO_RESPONSE_MESSAGE.replace('{id}', '2_nope'),
    );
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });
});

describe(`${REF}#addEditor(String) / #getEditors() / #removeEditor(String)`, () => {
  it("are the sharing of the form's Drive file: an added editor can open the form", () => {
    const { ctx, form } = newForm();
    form.addEditor('kollega@kunta.example').addEditors(['toinen@kunta.example']);
    expect(form.getEditors().map((u) => u.getEmail())).toEqual([
      'kollega@kunta.example',
      'toinen@kunta.example',
    ]);
    const colleague = { ...ctx, user: 'kollega@kunta.example' };
    expect(createFormApp(colleague).openById(form.getId()).getTitle()).toBe('Asetukset');
    form.removeEditor('kollega@kunta.example');
    expect(form.getEditors().map((u) => u.getEmail())).toEqual(['toinen@kunta.example']);
    expect(() => createFormApp(colleague).openById(form.getId())).toThrow(
      'No item with the given ID could be found',
    );
  });
});

describe('https://developers.google.com/apps-script/reference/forms/form-app#getUi()', () => {
  it('refuses outside a form-bound script (the runtime has none)', () => {
    const { FormApp } = newForm();
    expect(() => FormApp.getUi()).toThrow(FORM_UI_CONTEXT_MESSAGE);
  });
});
