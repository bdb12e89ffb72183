import { Workspace } from '../../emulator/workspace';
import { submitResponse } from '../../emulator/forms';
import { INVALID_RESPONSE_MESSAGE } from '../../emulator/forms/api';
import {
  NO_DESTINATION_MESSAGE,
  NO_DESTINATION_ACCESS_MESSAGE,
} from '../../emulator/forms/destination';
import {
  readSheetDisplayValues,
  readSheetValues,
  shareSpreadsheet,
} from '../../emulator/spreadsheet';
import { NO_PERMISSION } from '../../emulator/spreadsheet/common';

/**
 * The Forms → Sheets link, run as an ordinary script on the runtime:
 * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
 * https://developers.google.com/apps-script/reference/forms/form#getDestinationId()
 * https://developers.google.com/apps-script/reference/forms/form#removeDestination()
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getFormUrl()
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFormUrl()
 * Linking adds a "Form Responses N" sheet (emulator/forms/LIMITATIONS.md, "Response destination").
 */
const SCRIPT = `
function answer(form, name, course, rating, extras) {
  var items = form.getItems();
  var response = form.createResponse()
    .withItemResponse(items[0].asTextItem().createResponse(name))
    .withItemResponse(items[1].asMultipleChoiceItem().createResponse(course))
    .withItemResponse(items[2].asScaleItem().createResponse(rating));
  if (extras) response.withItemResponse(items[3].asCheckboxItem().createResponse(extras));
  return response.submit();
}

function build() {
  var form = FormApp.create('Palaute');
  form.setPublished(true);
  form.addTextItem().setTitle('Nimi');
  form.addMultipleChoiceItem().setTitle('Kurssi').setChoiceValues(['A', 'B']);
  form.addScaleItem().setTitle('Arvio').setBounds(1, 5);
  var ss = SpreadsheetApp.create('Vastaukset');
  var before = answer(form, 'Aino', 'A', 4);
  var unlinked;
  try { form.getDestinationId(); } catch (e) { unlinked = e.message; }
  var unlinkedUrl = ss.getFormUrl();
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  // A question added after linking gets the next column.
  form.addCheckboxItem().setTitle('Toiveet').setChoiceValues(['Kahvi', 'Tee', 'Pulla']);
  var after = answer(form, 'Eero', 'B', 5, ['Kahvi', 'Pulla']);
  return {
    formId: form.getId(), ssId: ss.getId(), unlinked: unlinked, unlinkedUrl: unlinkedUrl,
    destinationId: form.getDestinationId(), destinationType: String(form.getDestinationType()),
    times: [before.getTimestamp().getTime(), after.getTimestamp().getTime()]
  };
}

function read(ssId) {
  var ss = SpreadsheetApp.openById(ssId);
  var sheet = ss.getSheetByName('Form Responses 1');
  var values = sheet.getDataRange().getValues().map(function (row) {
    return row.map(function (v) { return v instanceof Date ? 'date:' + v.getTime() : v; });
  });
  var other = ss.getSheets().filter(function (s) { return s.getName() !== 'Form Responses 1'; })[0];
  return {
    names: ss.getSheets().map(function (s) { return s.getName(); }),
    values: values,
    frozen: sheet.getFrozenRows(),
    formUrl: ss.getFormUrl(),
    sheetFormUrl: sheet.getFormUrl(),
    otherSheetFormUrl: other.getFormUrl(),
    reopened: FormApp.openByUrl(ss.getFormUrl()).getTitle()
  };
}

function secondForm(ssId) {
  var form = FormApp.create('Toinen');
  form.addTextItem().setTitle('Kysymys');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
  var ss = SpreadsheetApp.openById(ssId);
  return ss.getSheets().map(function (s) { return s.getName(); });
}

function unlink(formId, ssId) {
  var form = FormApp.openById(formId);
  form.removeDestination().removeDestination();
  var message;
  try { form.getDestinationType(); } catch (e) { message = e.message; }
  var items = form.getItems();
  form.createResponse().withItemResponse(items[0].asTextItem().createResponse('Liisa')).submit();
  var ss = SpreadsheetApp.openById(ssId);
  return { message: message, formUrl: ss.getFormUrl(),
    sheetFormUrl: ss.getSheetByName('Form Responses 1').getFormUrl(),
    rows: ss.getSheetByName('Form Responses 1').getLastRow() };
}

function linkTo(ssId) {
  var form = FormApp.create('Vieras');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ssId);
}

function formUrlOf(ssId) {
  return SpreadsheetApp.openById(ssId).getFormUrl();
}

function withEmail() {
  var form = FormApp.create('Osoitteet', true).setCollectEmail(true);
  var item = form.addTextItem().setTitle('Kysymys');
  var ss = SpreadsheetApp.create('Osoitteet');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  form.createResponse().withItemResponse(item.createResponse('Vastaus')).submit();
  item.setTitle('Uusi otsikko');
  return ss.getSheetByName('Form Responses 1').getDataRange().getValues().map(function (row) {
    return row.slice(1);
  });
}

function checkboxes() {
  var form = FormApp.create('Valinnat', true);
  var item = form.addCheckboxItem().setTitle('Toiveet').setChoiceValues(['Kahvi', 'Tee']);
  var lone, wrong;
  try { item.createResponse('Kahvi'); } catch (e) { lone = e.message; }
  try { item.createResponse(['Mehu']); } catch (e) { wrong = e.message; }
  var response = form.createResponse().withItemResponse(item.createResponse(['Tee', 'Kahvi'])).submit();
  return { lone: lone, wrong: wrong, type: String(form.getItems()[0].getType()),
    answer: response.getItemResponses()[0].getResponse(),
    sameItem: form.getItems(FormApp.ItemType.CHECKBOX)[0].asCheckboxItem().getChoices().length };
}

function watch(ssId) {
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.openById(ssId)).onFormSubmit().create();
}

function onSubmit(e) {
  PropertiesService.getScriptProperties().setProperty('seen', JSON.stringify({
    row: e.range.getRow(), sheet: e.range.getSheet().getName(), width: e.range.getNumColumns(),
    values: e.values, name: e.namedValues['Nimi'], response: typeof e.response
  }));
}

function seen() {
  return JSON.parse(PropertiesService.getScriptProperties().getProperty('seen'));
}

function reorder() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var first = ss.getSheets()[0].getName();
  ss.insertSheet('Loppu');
  ss.insertSheet('Alku', 0);
  ss.setActiveSheet(ss.getSheetByName('Loppu'));
  ss.moveActiveSheet(2);
  var order = ss.getSheets().map(function (s) { return s.getName() === first ? 'first' : s.getName(); });
  return { order: order, index: ss.getActiveSheet().getIndex() };
}
`;

const START = '2026-09-01T08:00:00+03:00';
const OTHER = 'toinen@kunta.example';

function setup() {
  const ws = Workspace.init('', { timeZone: 'Europe/Helsinki', start: START });
  ws.push('s', SCRIPT, { timeZone: 'Europe/Helsinki' });
  const built = ws.call('build', [], { projectId: 's' }) as {
    formId: string;
    ssId: string;
    unlinked: string;
    unlinkedUrl: null;
    destinationId: string;
    destinationType: string;
    times: number[];
  };
  return { ws, built };
}

describe('Form.setDestination: the responses sheet Google keeps', () => {
  it('links, names the form as the destination, and refuses getDestinationId before', () => {
    const { built } = setup();
    expect(built.unlinked).toBe(NO_DESTINATION_MESSAGE);
    expect(built.unlinkedUrl).toBeNull();
    expect(built.destinationId).toBe(built.ssId);
    expect(built.destinationType).toBe('SPREADSHEET');
  });

  it('adds "Form Responses 1" first, copies earlier responses and appends new ones', () => {
    const { ws, built } = setup();
    const read = ws.call('read', [built.ssId], { projectId: 's' }) as Record<string, unknown>;
    expect(read.names).toEqual(['Form Responses 1', 'Taulukko1']);
    expect(read.frozen).toBe(1);
    expect(read.values).toEqual([
      ['Timestamp', 'Nimi', 'Kurssi', 'Arvio', 'Toiveet'],
      [`date:${built.times[0]}`, 'Aino', 'A', 4, ''],
      [`date:${built.times[1]}`, 'Eero', 'B', 5, 'Kahvi, Pulla'],
    ]);
    const url = `https://docs.google.com/forms/d/${built.formId}/viewform`;
    expect(read.formUrl).toBe(url);
    expect(read.sheetFormUrl).toBe(url);
    expect(read.otherSheetFormUrl).toBeNull();
    expect(read.reopened).toBe('Palaute');
  });

  it('a response a person submits (harness) lands in the sheet too', () => {
    const { ws, built } = setup();
    const at = ws.now() + 60_000;
    submitResponse(
      ws.rt.stores,
      built.formId,
      { Nimi: 'Oona', Kurssi: 'A', Arvio: 2, Toiveet: ['Tee'] },
      { atMs: at },
    );
    const rows = readSheetValues(ws.rt, built.ssId, 'Form Responses 1');
    expect(rows).toHaveLength(4);
    expect((rows[3][0] as Date).getTime()).toBe(at);
    expect(rows[3].slice(1)).toEqual(['Oona', 'A', 2, 'Tee']);
  });

  it('a second form linked to the same spreadsheet gets "Form Responses 2"', () => {
    const { ws, built } = setup();
    expect(ws.call('secondForm', [built.ssId], { projectId: 's' })).toEqual([
      'Form Responses 2',
      'Form Responses 1',
      'Taulukko1',
    ]);
  });

  it('a form that collects addresses gets "Email Address" second; a renamed item renames its header', () => {
    const { ws } = setup();
    expect(ws.call('withEmail', [], { projectId: 's' })).toEqual([
      ['Email Address', 'Uusi otsikko'],
      [ws.meta.owner, 'Vastaus'],
    ]);
  });

  it('removeDestination unlinks: no more rows, no form URL, the old rows stay', () => {
    const { ws, built } = setup();
    expect(ws.call('unlink', [built.formId, built.ssId], { projectId: 's' })).toEqual({
      message: NO_DESTINATION_MESSAGE,
      formUrl: null,
      sheetFormUrl: null,
      rows: 3,
    });
  });

  it('needs edit access to the spreadsheet, to link and to read its form URL', () => {
    const { ws, built } = setup();
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId!, OTHER, 'editor');
    const linked = ws.run('s', 'linkTo', [built.ssId], { user: OTHER });
    expect(linked.error?.message).toBe(NO_DESTINATION_ACCESS_MESSAGE);
    shareSpreadsheet(ws.rt, built.ssId, OTHER, 'viewer');
    expect(ws.run('s', 'formUrlOf', [built.ssId], { user: OTHER }).error?.message).toBe(
      NO_PERMISSION,
    );
    shareSpreadsheet(ws.rt, built.ssId, OTHER, 'editor');
    expect(ws.run('s', 'formUrlOf', [built.ssId], { user: OTHER }).value).toBe(
      `https://docs.google.com/forms/d/${built.formId}/viewform`,
    );
  });
});

describe('https://developers.google.com/apps-script/guides/triggers/events#form-submit (Sheets)', () => {
  it("the spreadsheet's form-submit trigger gets the new row as range, values and namedValues", () => {
    const { ws, built } = setup();
    ws.call('watch', [built.ssId], { projectId: 's' });
    const at = ws.now() + 60_000;
    const answers = { Nimi: 'Oona', Kurssi: 'A', Arvio: 2, Toiveet: ['Tee', 'Kahvi'] };
    expect(submitResponse(ws.rt.stores, built.formId, answers, { atMs: at }).queued).toBe(1);
    ws.advance(at + 60_000);
    const seen = ws.call('seen', [], { projectId: 's' }) as { values: string[] };
    const stamp = readSheetDisplayValues(ws.rt, built.ssId, 'Form Responses 1')[3][0];
    expect(seen).toEqual({
      row: 4,
      sheet: 'Form Responses 1',
      width: 5,
      values: [stamp, 'Oona', 'A', '2', 'Tee, Kahvi'],
      name: ['Oona'],
      response: 'undefined',
    });
    expect(stamp).toMatch(/^\d+\.\d+\.2026 \d+\.\d\d\.\d\d$/);
  });
});

describe('https://developers.google.com/apps-script/reference/forms/checkbox-item', () => {
  it('createResponse takes an array of choices; getResponse gives the array back', () => {
    const { ws } = setup();
    expect(ws.call('checkboxes', [], { projectId: 's' })).toEqual({
      lone: 'Invalid argument: responses',
      wrong: INVALID_RESPONSE_MESSAGE,
      type: 'CHECKBOX',
      answer: ['Tee', 'Kahvi'],
      sameItem: 2,
    });
  });
});

describe('https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)', () => {
  it('moves the active sheet to a 1-based position, consistent with insertSheet(name, index)', () => {
    const { ws } = setup();
    expect(ws.call('reorder', [], { projectId: 's' })).toEqual({
      order: ['Alku', 'Loppu', 'first'],
      index: 2,
    });
  });
});
