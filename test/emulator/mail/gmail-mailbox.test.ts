import { Workspace } from '../../../emulator/workspace';
import { receiveMail } from '../../../emulator/mail';
import { shareSpreadsheet } from '../../../emulator/spreadsheet';

/**
 * Reading the mailbox as Gmail scripts do (auto-labelling, "process unread replies", inbox
 * clean-up): https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)
 * with Gmail's search operators, https://support.google.com/mail/answer/7190, and the thread
 * state methods of https://developers.google.com/apps-script/reference/gmail/gmail-thread
 */

const SCRIPT = `
function subjects(threads) { return threads.map(function (t) { return t.getFirstMessageSubject(); }); }
function find(q, start, max) { return subjects(start === undefined ? GmailApp.search(q) : GmailApp.search(q, start, max)); }
function sendTwo() {
  GmailApp.sendEmail('aino@example.fi', 'Viikon ohjeet', 'Hei Aino, tässä ohjeet.');
  GmailApp.sendEmail('ohjaaja@kunta.example', 'Muistio itselle', 'Soita Bertilille.');
}
function processReplies() {
  var label = GmailApp.getUserLabelByName('Käsitelty') || GmailApp.createLabel('Käsitelty');
  var done = [];
  GmailApp.search('in:inbox is:unread subject:vastaus -label:käsitelty').forEach(function (t) {
    var m = t.getMessages()[0];
    done.push(m.getFrom() + ': ' + m.getPlainBody());
    t.markRead().addLabel(label).moveToArchive();
  });
  return done;
}
function counts() {
  return [GmailApp.getInboxUnreadCount(), GmailApp.getInboxThreads().length,
    GmailApp.getInboxThreads(0, 1).length, GmailApp.getTrashThreads().length];
}
function trashOldest() { var t = GmailApp.getInboxThreads(); t[t.length - 1].moveToTrash(); }
function starFirst() { GmailApp.getInboxThreads()[0].getMessages()[0].star(); return subjects(GmailApp.getStarredThreads()); }
`;

function workspace(): Workspace {
  const ws = Workspace.init('', { start: '2026-03-02T08:00:00+02:00' });
  ws.push('g', SCRIPT, { timeZone: 'Europe/Helsinki' });
  const at = (iso: string) => Date.parse(iso);
  receiveMail(ws.rt.stores, {
    from: 'Aino Asiakas <aino@example.fi>',
    to: 'ohjaaja@kunta.example',
    subject: 'Vastaus: viikon ohjeet',
    text: 'Kiitos, teen tehtävät.',
    atMs: at('2026-02-27T10:00:00+02:00'),
  });
  receiveMail(ws.rt.stores, {
    from: 'uutiskirje@example.org',
    to: 'ohjaaja@kunta.example',
    subject: 'Uutiskirje maaliskuu',
    text: 'Vastauksia kysymyksiin.',
    atMs: at('2026-03-01T09:00:00+02:00'),
  });
  receiveMail(ws.rt.stores, {
    from: 'bertil@example.fi',
    to: 'ohjaaja@kunta.example',
    subject: 'Vastaus',
    text: 'Jag kommer på måndag.',
    atMs: at('2026-01-10T09:00:00+02:00'),
  });
  return ws;
}

const run = (ws: Workspace, fn: string, ...args: unknown[]) =>
  ws.call(fn, args, { projectId: 'g' });

describe('GmailApp.search and the Inbox', () => {
  it('finds threads newest first by operators, words and phrases; trash only when asked', () => {
    const ws = workspace();
    run(ws, 'sendTwo');
    expect(run(ws, 'find', 'in:inbox')).toEqual([
      'Muistio itselle', // sent to oneself: in Sent and in the Inbox
      'Uutiskirje maaliskuu',
      'Vastaus: viikon ohjeet',
      'Vastaus',
    ]);
    expect(run(ws, 'find', 'in:sent')).toEqual(['Muistio itselle', 'Viikon ohjeet']);
    expect(run(ws, 'find', 'from:aino@example.fi')).toEqual(['Vastaus: viikon ohjeet']);
    expect(run(ws, 'find', 'to:aino')).toEqual(['Viikon ohjeet']);
    // Whole words: "vastaus" is not found inside "Vastauksia".
    expect(run(ws, 'find', 'vastaus')).toEqual(['Vastaus: viikon ohjeet', 'Vastaus']);
    expect(run(ws, 'find', '"viikon ohjeet"')).toEqual(['Viikon ohjeet', 'Vastaus: viikon ohjeet']);
    expect(run(ws, 'find', 'subject:(viikon ohjeet) -from:aino')).toEqual(['Viikon ohjeet']);
    expect(run(ws, 'find', 'after:2026/02/01 before:2026/03/01 in:inbox')).toEqual([
      'Vastaus: viikon ohjeet',
    ]);
    expect(run(ws, 'find', 'older_than:30d')).toEqual(['Vastaus']);
    expect(run(ws, 'find', 'in:inbox', 1, 2)).toEqual([
      'Uutiskirje maaliskuu',
      'Vastaus: viikon ohjeet',
    ]);
    run(ws, 'trashOldest');
    expect(run(ws, 'find', 'vastaus')).toEqual(['Vastaus: viikon ohjeet']);
    expect(run(ws, 'find', 'in:trash')).toEqual(['Vastaus']);
  });

  it('keeps read, label and archive state per user across executions', () => {
    const ws = workspace();
    expect(run(ws, 'counts')).toEqual([3, 3, 1, 0]);
    expect(run(ws, 'processReplies')).toEqual([
      'Aino Asiakas <aino@example.fi>: Kiitos, teen tehtävät.',
      'bertil@example.fi: Jag kommer på måndag.',
    ]);
    // Run again: the label and the read state keep them from being processed twice.
    expect(run(ws, 'processReplies')).toEqual([]);
    expect(run(ws, 'counts')).toEqual([1, 1, 1, 0]);
    expect(run(ws, 'find', 'label:käsitelty')).toEqual(['Vastaus: viikon ohjeet', 'Vastaus']);
    expect(run(ws, 'starFirst')).toEqual(['Uutiskirje maaliskuu']);
    // Another user of the workspace has a mailbox of their own.
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, 'toinen@kunta.example');
    expect(ws.call('counts', [], { projectId: 'g', user: 'toinen@kunta.example' })).toEqual([
      0, 0, 0, 0,
    ]);
  });

  it('refuses what Gmail would not page: max over 500, a negative start', () => {
    const ws = workspace();
    expect(ws.run('g', 'find', ['in:inbox', 0, 501]).error?.message).toBe('Invalid argument: max');
    expect(ws.run('g', 'find', ['in:inbox', -1, 5]).error?.message).toBe('Invalid argument: start');
    expect(ws.run('g', 'find', ['a OR b']).error?.message).toBe(
      'Not emulated: the Gmail search term "OR" (GmailApp.search).',
    );
  });
});
