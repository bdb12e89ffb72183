import '../../emulator/forms/store';
import '../../emulator/script/store';
import { createFormApp } from '../../emulator/forms';
import { INVALID_RESPONSE_MESSAGE, WRONG_ITEM_TYPE_MESSAGE } from '../../emulator/forms/api';
import { NO_ANSWER_MESSAGE } from '../../emulator/forms/answers';
import { makeTestContext } from '../helpers/runtime';

/**
 * Layout items, the time/date-time/duration/grid questions, choices and item classes, as
 * Google's reference pages document them (each describe names its page). Gaps:
 * emulator/forms/LIMITATIONS.md.
 */
const REF = 'https://developers.google.com/apps-script/reference/forms';

function newForm() {
  const ctx = makeTestContext();
  const FormApp = createFormApp(ctx);
  return { ctx, FormApp, form: FormApp.create('Kohteet') };
}

/** A typed item as the plain Item that Form and FormResponse methods take. */
const asItem = (i: unknown): GoogleAppsScript.Forms.Item => i as GoogleAppsScript.Forms.Item;

describe(`${REF}/section-header-item and ${REF}/page-break-item`, () => {
  it('layout items have a title and help text, a type, and convert back with as…Item()', () => {
    const { form } = newForm();
    const header = form.addSectionHeaderItem().setTitle('Taustatiedot').setHelpText('Lyhyesti');
    const page = form.addPageBreakItem().setTitle('Sivu 2').setHelpText('Loput');
    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual(['SECTION_HEADER', 'PAGE_BREAK']);
    expect(items[0].asSectionHeaderItem().getHelpText()).toBe('Lyhyesti');
    expect(items[1].asPageBreakItem().getTitle()).toBe('Sivu 2');
    expect(() => items[0].asPageBreakItem()).toThrow(
      WRONG_ITEM_TYPE_MESSAGE.replace('{type}', 'PAGE_BREAK'),
    );
    expect([header.getIndex(), page.getIndex()]).toEqual([0, 1]);
  });

  it('layout items take no answer: they have no createResponse or setRequired', () => {
    const { form } = newForm();
    const header = form.addSectionHeaderItem() as unknown as Record<string, () => unknown>;
    expect(() => header.createResponse()).toThrow(
      'Not emulated: SectionHeaderItem.createResponse().',
    );
    expect(() => header.setRequired()).toThrow('Not emulated: SectionHeaderItem.setRequired().');
    expect(NO_ANSWER_MESSAGE).toMatch(/^Invalid argument/);
  });

  it('#setGoToPage(PageBreakItem|PageNavigationType), #getGoToPage(), #getPageNavigationType()', () => {
    const { FormApp, form } = newForm();
    const two = form.addPageBreakItem().setTitle('Kaksi');
    const three = form.addPageBreakItem().setTitle('Kolme');
    expect(String(two.getPageNavigationType())).toBe('CONTINUE');
    expect(two.getGoToPage()).toBeNull();
    two.setGoToPage(three);
    expect(String(two.getPageNavigationType())).toBe('GO_TO_PAGE');
    expect(two.getGoToPage()?.getTitle()).toBe('Kolme');
    three.setGoToPage(FormApp.PageNavigationType.RESTART);
    expect(String(three.getPageNavigationType())).toBe('RESTART');
    expect(three.getGoToPage()).toBeNull();
  });
});

describe(`${REF}/choice (createChoice, setChoices, getChoices)`, () => {
  it('createChoice(value) makes choices that setChoices stores and getChoices reads back', () => {
    const { form } = newForm();
    const item = form.addCheckboxItem().setTitle('Mausteet');
    item.setChoices([item.createChoice('Ketsuppi'), item.createChoice('Sinappi')]);
    const choices = item.getChoices();
    expect(choices.map((c) => c.getValue())).toEqual(['Ketsuppi', 'Sinappi']);
    // "for non-quiz forms, it returns false" (choice#isCorrectAnswer())
    expect(choices[0].isCorrectAnswer()).toBe(false);
    expect(choices[0].getGotoPage()).toBeNull();
  });

  it('a choice may send the respondent to a page (multiple-choice and list items)', () => {
    const { FormApp, form } = newForm();
    const item = form.addMultipleChoiceItem().setTitle('Jatketaanko?');
    const page = form.addPageBreakItem().setTitle('Lisää');
    item.setChoices([
      item.createChoice('Kyllä', page),
      item.createChoice('Ei', FormApp.PageNavigationType.SUBMIT),
    ]);
    const [yes, no] = item.getChoices();
    expect(String(yes.getPageNavigationType())).toBe('GO_TO_PAGE');
    expect(yes.getGotoPage().getTitle()).toBe('Lisää');
    expect(String(no.getPageNavigationType())).toBe('SUBMIT');
    expect(no.getGotoPage()).toBeNull();
  });

  it('in a quiz, createChoice(value, isCorrect) marks the correct answer', () => {
    const { form } = newForm();
    form.setIsQuiz(true);
    const item = form.addMultipleChoiceItem();
    item.setChoices([item.createChoice('4', true), item.createChoice('5', false)]);
    expect(item.getChoices().map((c) => c.isCorrectAnswer())).toEqual([true, false]);
  });

  it('showOtherOption(true) lets an answer be any text (multiple-choice#createResponse(String))', () => {
    const { form } = newForm();
    const item = form.addMultipleChoiceItem().setChoiceValues(['Kissa', 'Koira']);
    expect(() => item.createResponse('Undulaatti')).toThrow(INVALID_RESPONSE_MESSAGE);
    item.showOtherOption(true);
    expect(item.hasOtherOption()).toBe(true);
    expect(item.createResponse('Undulaatti').getResponse()).toBe('Undulaatti');
  });
});

describe(`${REF}/item-response#getResponse() for the time, date-time, duration and grid items`, () => {
  it('time-item#createResponse(Integer,Integer): "HH:mm"; hour 0–23, minute 0–59', () => {
    const { form } = newForm();
    const item = form.addTimeItem().setTitle('Herätys');
    expect(item.createResponse(7, 5).getResponse()).toBe('07:05');
    expect(() => item.createResponse(24, 0)).toThrow(INVALID_RESPONSE_MESSAGE);
  });

  it("date-time-item#createResponse(Date): the date and time in the script's zone", () => {
    const { form } = newForm();
    const item = form.addDateTimeItem();
    expect(item.createResponse(new Date('2026-12-01T22:30:00Z')).getResponse()).toBe(
      '2026-12-02 00:30',
    );
    expect(item.includesYear()).toBe(true);
  });

  it('duration-item#createResponse(Integer,Integer,Integer): "HH:mm:ss"; hours up to 72', () => {
    const { form } = newForm();
    const item = form.addDurationItem();
    expect(item.createResponse(1, 30, 0).getResponse()).toBe('01:30:00');
    expect(() => item.createResponse(73, 0, 0)).toThrow(INVALID_RESPONSE_MESSAGE);
  });

  it('grid-item#createResponse(String): one answer per row, null for an unanswered row', () => {
    const { form } = newForm();
    const item = form
      .addGridItem()
      .setTitle('Kiinnostus')
      .setRows(['Autot', 'Tietokoneet'])
      .setColumns(['Tylsä', 'Kiva']);
    expect(item.getRows()).toEqual(['Autot', 'Tietokoneet']);
    expect(item.createResponse(['Kiva', null as unknown as string]).getResponse()).toEqual([
      'Kiva',
      '',
    ]);
    expect(() => item.createResponse(['Kiva'])).toThrow(INVALID_RESPONSE_MESSAGE);
    expect(() => item.createResponse(['Huono', 'Kiva'])).toThrow(INVALID_RESPONSE_MESSAGE);
  });

  it('checkbox-grid-item#createResponse(String[][]): choices per row', () => {
    const { form } = newForm();
    const item = form.addCheckboxGridItem().setRows(['NY', 'Lontoo']).setColumns(['2025', '2026']);
    expect(
      item.createResponse([['2025', '2026'], null as unknown as string[]]).getResponse(),
    ).toEqual([['2025', '2026'], '']);
  });

  it('submitted answers read back through FormResponse in form order, layout items skipped', () => {
    const { form } = newForm();
    const time = form.addTimeItem().setTitle('Aika');
    form.addPageBreakItem();
    const grid = form.addGridItem().setRows(['a']).setColumns(['x', 'y']);
    const response = form
      .createResponse()
      .withItemResponse(grid.createResponse(['y']))
      .withItemResponse(time.createResponse(23, 59))
      .submit();
    expect(response.getItemResponses().map((r) => r.getResponse())).toEqual(['23:59', ['y']]);
    expect(response.getResponseForItem(asItem(grid))?.getItem().getType()).toBe('GRID');
  });
});

describe(`${REF}/item (the plain Item class and the typed classes)`, () => {
  it('getItems() gives plain Items: type-specific methods need as…Item() first, as in Apps Script', () => {
    const { form } = newForm();
    form.addScaleItem().setTitle('Arvio');
    const item = form.getItems()[0] as unknown as Record<string, () => unknown>;
    expect(() => item.setBounds()).toThrow('Not emulated: Item.setBounds().');
    expect(() => item.setRequired()).toThrow('Not emulated: Item.setRequired().');
    expect(form.getItems()[0].asScaleItem().setBounds(0, 10).getUpperBound()).toBe(10);
  });

  it('duplicate() copies the item to the end of the form', () => {
    const { form } = newForm();
    const item = form.addListItem().setTitle('Kieli').setChoiceValues(['fi', 'sv']);
    form.addTextItem();
    const copy = item.duplicate();
    expect(copy.getIndex()).toBe(2);
    expect(copy.getId()).not.toBe(item.getId());
    expect(copy.getChoices().map((c) => c.getValue())).toEqual(['fi', 'sv']);
  });
});
