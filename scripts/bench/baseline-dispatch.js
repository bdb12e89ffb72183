/* global SpreadsheetApp, MailApp, Session, Utilities */
/* eslint-disable @typescript-eslint/no-unused-vars -- Apps Script calls these by name */
/**
 * The naive baseline for `etapaja bench`: the same weekly dispatch written the way common Apps
 * Script samples do it ("Sending emails from a spreadsheet" and its many copies): every cell is
 * read with its own getRange(i, …).getValue(), every mail is marked done with setValue and
 * SpreadsheetApp.flush() in the loop. It is a plain Apps Script file, pushed as its own project
 * and bound to the same workbook; nothing of Etäpaja is used. A run that times out is simply run
 * again (as a coach would): rows already marked for this week are skipped.
 */
var STATUS_HEADER = 'Viikkokirje lähetetty';

function sendWeeklyMails() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var clients = ss.getSheetByName('Asiakkaat');
  var plans = ss.getSheetByName('Viikkosuunnitelmat');
  var range = nextWeek();

  // The week's plan rows, a read per cell.
  var planHeader = plans.getRange(1, 1, 1, plans.getLastColumn()).getValues()[0];
  var pClient = planHeader.indexOf('Asiakas') + 1;
  var pDate = planHeader.indexOf('Päivä') + 1;
  var pHours = planHeader.indexOf('Tunnit') + 1;
  var pTasks = planHeader.indexOf('Tehtävien nimet') + 1;
  var days = {};
  var lastPlan = plans.getLastRow();
  for (var r = 2; r <= lastPlan; r++) {
    var date = isoDate(plans.getRange(r, pDate).getValue());
    if (date < range.from || date > range.to) continue;
    var clientId = plans.getRange(r, pClient).getValue();
    var hours = plans.getRange(r, pHours).getValue();
    var tasks = plans.getRange(r, pTasks).getValue();
    (days[clientId] = days[clientId] || []).push(date + ': ' + hours + ' h, ' + tasks);
  }

  var header = clients.getRange(1, 1, 1, clients.getLastColumn()).getValues()[0];
  var statusCol = header.indexOf(STATUS_HEADER) + 1;
  if (statusCol === 0) {
    statusCol = header.length + 1;
    clients.getRange(1, statusCol).setValue(STATUS_HEADER);
  }
  var cId = header.indexOf('Tunnus') + 1;
  var cName = header.indexOf('Nimi') + 1;
  var cEmail = header.indexOf('Sähköposti') + 1;
  var cLang = header.indexOf('Kieli') + 1;
  var cStatus = header.indexOf('Tila') + 1;
  var cGroup = header.indexOf('Ryhmä') + 1;
  var cFolder = header.indexOf('Kansio') + 1;
  var cToken = header.indexOf('Lomaketunniste') + 1;
  var lastClient = clients.getLastRow();
  for (var i = 2; i <= lastClient; i++) {
    if (clients.getRange(i, statusCol).getValue() === range.week) continue;
    var id = clients.getRange(i, cId).getValue();
    var status = clients.getRange(i, cStatus).getValue();
    if (!id || status !== 'aktiivinen' || !days[id]) continue;
    var email = clients.getRange(i, cEmail).getValue();
    if (!email) continue;
    var name = clients.getRange(i, cName).getValue();
    var lang = clients.getRange(i, cLang).getValue();
    var group = clients.getRange(i, cGroup).getValue();
    var folder = clients.getRange(i, cFolder).getValue();
    var token = clients.getRange(i, cToken).getValue();
    var subject =
      (lang === 'ruotsi' ? 'Din vecka ' : lang === 'englanti' ? 'Your week ' : 'Viikkosi ') +
      range.week;
    var body =
      'Hei ' +
      name +
      '\n\n' +
      days[id].join('\n') +
      '\n\nRyhmä: ' +
      group +
      '\nKansio: https://drive.google.com/drive/folders/' +
      folder +
      '\nPäiväkirja: https://docs.google.com/forms/d/e/x/viewform?entry.1=' +
      token;
    MailApp.sendEmail(email, subject, body);
    clients.getRange(i, statusCol).setValue(range.week);
    SpreadsheetApp.flush();
  }
}

/** A date cell as yyyy-MM-dd: a Date, an ISO text or a Finnish d.M.yyyy text. */
function isoDate(value) {
  if (value instanceof Date) {
    return Utilities.formatDate(value, Session.getScriptTimeZone(), 'yyyy-MM-dd');
  }
  var text = String(value);
  var fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (fi) return fi[3] + '-' + ('0' + fi[2]).slice(-2) + '-' + ('0' + fi[1]).slice(-2);
  return text.slice(0, 10);
}

/** Next week's Monday and Sunday (ISO dates) and its ISO week label, in the script's zone. */
function nextWeek() {
  var tz = Session.getScriptTimeZone();
  var now = new Date();
  var dow = Number(Utilities.formatDate(now, tz, 'u')); // 1 = Monday
  var monday = new Date(now.getTime() + (8 - dow) * 86400000);
  var sunday = new Date(monday.getTime() + 6 * 86400000);
  return {
    from: Utilities.formatDate(monday, tz, 'yyyy-MM-dd'),
    to: Utilities.formatDate(sunday, tz, 'yyyy-MM-dd'),
    week: Utilities.formatDate(monday, tz, "YYYY-'W'ww"),
  };
}
