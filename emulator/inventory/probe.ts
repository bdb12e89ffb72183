/**
 * An ordinary Apps Script file that reaches one object of every class the runtime hands to
 * scripts, so that emulator/inventory/generate.ts can list each class's methods from
 * the objects themselves. generate.ts fails when a class wrapped in the runtime's code is not
 * reached here, so a new class cannot go unlisted.
 */
/** The one address the probe fetches; generate.ts gives the workspace an answer for it. */
export const PROBE_URL = 'https://example.com/probe';

export const PROBE_SCRIPT = `
var PROBE_URL = '${PROBE_URL}';
function probe() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheets()[0];
  var range = sheet.getRange('A1:B2');
  range.protect();
  sheet.protect();
  range.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['a']).build());
  range.getDataValidation();
  book.getEditors();
  var ui = SpreadsheetApp.getUi();
  ui.createMenu('m');
  ui.prompt('p');
  Browser.msgBox('m');
  sheet.createTextFinder('a').findAll();
  sheet.getRangeList(['A1', 'B2']).getRanges();
  book.setNamedRange('probe', range);
  book.getNamedRanges()[0].getName();
  range.setRichTextValue(SpreadsheetApp.newRichTextValue().setText('a').setTextStyle(SpreadsheetApp.newTextStyle().build()).build());
  range.getRichTextValue().getTextStyle();
  var chart = sheet.newChart().addRange(range).setPosition(1, 1, 0, 0).build();
  sheet.insertChart(chart);
  sheet.getCharts()[0].getOptions();
  sheet.getCharts()[0].getContainerInfo();
  Charts.ChartType;

  var folder = DriveApp.createFolder('probe');
  var file = folder.createFile('probe.txt', 'x');
  DriveApp.getFolders();
  DriveApp.getFiles();
  file.getOwner();

  var form = FormApp.create('probe');
  form.setPublished(true); // new forms start unpublished (issue 16)
  var item = form.addMultipleChoiceItem().setTitle('q').setChoiceValues(['a', 'b']);
  item.getChoices();
  form.createResponse().withItemResponse(item.createResponse('a')).submit();
  form.getResponses()[0].getItemResponses();
  form.getItems();
  ['Text', 'ParagraphText', 'Scale', 'Checkbox', 'List', 'Date', 'DateTime', 'Time', 'Duration',
    'Grid', 'CheckboxGrid', 'SectionHeader', 'PageBreak'].forEach(function (t) { form['add' + t + 'Item'](); });

  MailApp.getRemainingDailyQuota();
  GmailApp.createLabel('probe').getThreads();
  var draft = GmailApp.createDraft('a@example.com', 's', 'b', {
    attachments: [Utilities.newBlob('x', 'text/plain', 'probe.txt')],
  });
  draft.getMessage().getAttachments();
  GmailApp.getDraftMessages();
  var sent = draft.send();
  sent.getThread();

  ScriptApp.newTrigger('probe').timeBased().everyHours(1).create();
  ScriptApp.newTrigger('probe').forForm(form).onFormSubmit();
  ScriptApp.newTrigger('probe').forSpreadsheet(book).onEdit();
  ScriptApp.getService();

  PropertiesService.getScriptProperties();
  CacheService.getScriptCache();
  LockService.getScriptLock();
  Utilities.newBlob('x');
  Session.getActiveUser();
  Logger.log('probe');
  console.log('probe');

  var calendar = CalendarApp.getDefaultCalendar();
  calendar.createEvent('probe', new Date(), new Date(), { guests: 'a@example.com' }).getGuestList();
  Calendar.Events;

  HtmlService.createTemplate('x');
  HtmlService.createHtmlOutput('x').addMetaTag('viewport', 'width=device-width').getMetaTags();
  ContentService.createTextOutput('x');
  UrlFetchApp.fetch(PROBE_URL).getBlob();
  var doc = DocumentApp.create('probe');
  var docBody = doc.getBody();
  docBody.appendParagraph('x').editAsText();
  docBody.appendListItem('x');
  docBody.appendTable([['x']]).getRow(0).getCell(0);
  docBody.appendPageBreak();
  docBody.appendHorizontalRule();
  docBody.findText('x');
  doc.addHeader();
  doc.addFooter();
}
`;
