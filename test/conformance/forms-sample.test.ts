import { Workspace } from '../../emulator/workspace';
import { submitResponse } from '../../emulator/forms';
import { readSheetValues } from '../../emulator/spreadsheet';

/**
 * An ordinary Forms script, written as Google's samples are, run unchanged on the runtime end to
 * end: the Forms service overview sample (https://developers.google.com/apps-script/reference/forms)
 * extended with settings (https://developers.google.com/apps-script/reference/forms/form),
 * sections, a response destination, a form-submit trigger
 * (https://developers.google.com/apps-script/guides/triggers/events#form-submit) and read-back.
 */
const SAMPLE = `
function setUpForm() {
  // The Forms service overview sample.
  var form = FormApp.create('New Form');
  form.setPublished(true);
  var item = form.addCheckboxItem();
  item.setTitle('What condiments would you like on your hot dog?');
  item.setChoices([
    item.createChoice('Ketchup'),
    item.createChoice('Mustard'),
    item.createChoice('Relish')
  ]);
  form.addMultipleChoiceItem()
    .setTitle('Do you prefer cats or dogs?')
    .setChoiceValues(['Cats', 'Dogs'])
    .showOtherOption(true);
  form.addPageBreakItem()
    .setTitle('Getting to know you');
  form.addDateItem()
    .setTitle('When were you born?');
  form.addGridItem()
    .setTitle('Rate your interests')
    .setRows(['Cars', 'Computers', 'Celebrities'])
    .setColumns(['Boring', 'So-so', 'Interesting']);
  Logger.log('Published URL: ' + form.getPublishedUrl());
  Logger.log('Editor URL: ' + form.getEditUrl());

  // Settings, a section and more question types.
  form.setDescription('Description of form')
    .setConfirmationMessage('Thanks for responding!')
    .setAllowResponseEdits(true)
    .setProgressBar(true)
    .setShowLinkToRespondAgain(false)
    .setCollectEmail(true);
  form.addSectionHeaderItem().setTitle('Your day').setHelpText('A few more questions');
  form.addTimeItem().setTitle('What time do you usually wake up?');
  form.addDurationItem().setTitle('How long can you hold your breath?');
  form.addScaleItem().setTitle('How was it?').setBounds(1, 5);

  var ss = SpreadsheetApp.create('Responses');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onFormSubmit').forForm(form).onFormSubmit().create();
  PropertiesService.getScriptProperties().setProperty('formId', form.getId());
  return { formId: form.getId(), ssId: ss.getId() };
}

function answerAsScript() {
  var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('formId'));
  var items = form.getItems();
  var response = form.createResponse();
  items.forEach(function (item) {
    switch (item.getType()) {
      case FormApp.ItemType.CHECKBOX:
        response.withItemResponse(item.asCheckboxItem().createResponse(['Ketchup', 'Relish']));
        break;
      case FormApp.ItemType.MULTIPLE_CHOICE:
        response.withItemResponse(item.asMultipleChoiceItem().createResponse('Parrots'));
        break;
      case FormApp.ItemType.DATE:
        response.withItemResponse(item.asDateItem().createResponse(new Date(1990, 4, 17)));
        break;
      case FormApp.ItemType.GRID:
        response.withItemResponse(item.asGridItem().createResponse(['Interesting', 'So-so', null]));
        break;
      case FormApp.ItemType.TIME:
        response.withItemResponse(item.asTimeItem().createResponse(6, 45));
        break;
      case FormApp.ItemType.DURATION:
        response.withItemResponse(item.asDurationItem().createResponse(0, 1, 30));
        break;
      case FormApp.ItemType.SCALE:
        response.withItemResponse(item.asScaleItem().createResponse(4));
        break;
    }
  });
  return response.submit().getId();
}

function onFormSubmit(e) {
  var lines = e.response.getItemResponses().map(function (r) {
    return r.getItem().getTitle() + ' = ' + JSON.stringify(r.getResponse());
  });
  var props = PropertiesService.getScriptProperties();
  var seen = JSON.parse(props.getProperty('seen') || '[]');
  seen.push({ form: e.source.getTitle(), email: e.response.getRespondentEmail(), lines: lines });
  props.setProperty('seen', JSON.stringify(seen));
}

function readBack() {
  var form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('formId'));
  return {
    confirmation: form.getConfirmationMessage(),
    progressBar: form.hasProgressBar(),
    respondAgain: form.hasRespondAgainLink(),
    edits: form.canEditResponse(),
    types: form.getItems().map(function (i) { return String(i.getType()); }),
    pages: form.getItems(FormApp.ItemType.PAGE_BREAK).map(function (i) {
      return i.asPageBreakItem().getTitle();
    }),
    responses: form.getResponses().length,
    seen: JSON.parse(PropertiesService.getScriptProperties().getProperty('seen') || '[]')
  };
}
`;

describe('A Google-style Forms sample script, end to end on the runtime', () => {
  it('builds, links, takes a script and a person response, fires the trigger and reads back', () => {
    const ws = Workspace.init('', {
      timeZone: 'Europe/Helsinki',
      start: '2026-09-01T08:00:00+03:00',
    });
    ws.push('sample', SAMPLE, { timeZone: 'Europe/Helsinki' });
    const built = ws.run('sample', 'setUpForm');
    expect(built.error).toBeUndefined();
    const { formId, ssId } = built.value as { formId: string; ssId: string };

    const scripted = ws.run('sample', 'answerAsScript');
    expect(scripted.error).toBeUndefined();
    const at = ws.now() + 60_000;
    submitResponse(
      ws.rt.stores,
      formId,
      {
        'What condiments would you like on your hot dog?': ['Mustard'],
        'Do you prefer cats or dogs?': 'Cats',
        'Rate your interests': ['Boring', null, 'Interesting'],
        'What time do you usually wake up?': '07:30',
        'How was it?': 5,
      },
      { atMs: at, respondentEmail: 'vastaaja@example.fi' },
    );
    ws.advance(at + 60_000);

    const read = ws.run('sample', 'readBack').value as Record<string, unknown>;
    expect(read).toEqual({
      confirmation: 'Thanks for responding!',
      progressBar: true,
      respondAgain: false,
      edits: true,
      types: [
        'CHECKBOX',
        'MULTIPLE_CHOICE',
        'PAGE_BREAK',
        'DATE',
        'GRID',
        'SECTION_HEADER',
        'TIME',
        'DURATION',
        'SCALE',
      ],
      pages: ['Getting to know you'],
      responses: 2,
      seen: [
        {
          form: 'New Form',
          email: ws.meta.owner,
          lines: [
            'What condiments would you like on your hot dog? = ["Ketchup","Relish"]',
            'Do you prefer cats or dogs? = "Parrots"',
            'When were you born? = "1990-05-17"',
            'Rate your interests = ["Interesting","So-so",""]',
            'What time do you usually wake up? = "06:45"',
            'How long can you hold your breath? = "00:01:30"',
            'How was it? = "4"',
          ],
        },
        {
          form: 'New Form',
          email: 'vastaaja@example.fi',
          lines: [
            'What condiments would you like on your hot dog? = ["Mustard"]',
            'Do you prefer cats or dogs? = "Cats"',
            'Rate your interests = ["Boring","","Interesting"]',
            'What time do you usually wake up? = "07:30"',
            'How was it? = "5"',
          ],
        },
      ],
    });

    // The responses sheet: no column for the page break or the section header; a grid takes one
    // column per row, headed "Title [Row]".
    const rows = readSheetValues(ws.rt, ssId, 'Form Responses 1');
    expect(rows[0]).toEqual([
      'Timestamp',
      'Email Address',
      'What condiments would you like on your hot dog?',
      'Do you prefer cats or dogs?',
      'When were you born?',
      'Rate your interests [Cars]',
      'Rate your interests [Computers]',
      'Rate your interests [Celebrities]',
      'What time do you usually wake up?',
      'How long can you hold your breath?',
      'How was it?',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 4)).toEqual([ws.meta.owner, 'Ketchup, Relish', 'Parrots']);
    expect(rows[1].slice(5, 8)).toEqual(['Interesting', 'So-so', '']);
    expect(rows[2].slice(1, 2)).toEqual(['vastaaja@example.fi']);
    expect(rows[2].slice(5, 8)).toEqual(['Boring', '', 'Interesting']);
    expect(rows[2][10]).toBe(5);
  });
});
