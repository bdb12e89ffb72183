import { Workspace } from '../../../emulator/workspace';
import { outbox, type MailStore } from '../../../emulator/mail';

/**
 * GmailApp as mail-merge scripts use it: https://developers.google.com/apps-script/reference/gmail/gmail-app
 * It sends like MailApp and counts the same "Email recipients per day" quota:
 * https://developers.google.com/apps-script/guides/services/quotas
 */

const SCRIPT = `
function merge() {
  GmailApp.createDraft('', 'Hello {{name}}', 'Dear {{name}}, welcome.');
  var template = GmailApp.getDrafts().filter(function (d) {
    return d.getMessage().getSubject() === 'Hello {{name}}';
  })[0].getMessage();
  var label = GmailApp.getUserLabelByName('Merged') || GmailApp.createLabel('Merged');
  [['aino@example.fi', 'Aino'], ['bertil@example.fi', 'Bertil']].forEach(function (row) {
    GmailApp.sendEmail(row[0], template.getSubject().replace('{{name}}', row[1]),
      template.getPlainBody().replace('{{name}}', row[1]), { name: 'Coach', cc: 'boss@example.fi' });
  });
  var before = MailApp.getRemainingDailyQuota();
  var draft = GmailApp.createDraft('chris@example.fi', 'Later', 'Sent from a draft');
  var sent = draft.send();
  label.addToThread(sent.getThread());
  return [before, GmailApp.getRemainingDailyQuota(), GmailApp.getDrafts().length,
    label.getThreads().length, GmailApp.getUserLabels().map(function (l) { return l.getName(); }),
    typeof MimeType.GOOGLE_SHEETS === 'string' && MimeType.PDF];
}
function search() { return GmailApp.search('label:inbox'); }
function badDraftSend() { return GmailApp.createDraft('not an address', 's', 'b').send(); }
`;

function workspace(): Workspace {
  const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
  ws.push('g', SCRIPT, { timeZone: 'Europe/Helsinki' });
  return ws;
}

describe('GmailApp', () => {
  it('sends, drafts and labels as a mail merge does, counting the same quota as MailApp', () => {
    const ws = workspace();
    const result = ws.call('merge', [], { projectId: 'g' }) as unknown[];
    // Two messages of two recipients each: 1,500 - 4; the draft's one recipient: - 1.
    expect(result).toEqual([1496, 1495, 1, 1, ['Merged'], 'application/pdf']);
    const sent = outbox(ws.rt.store<MailStore>('mail'));
    expect(sent.map((m) => [m.to, m.cc, m.subject, m.fromName ?? null])).toEqual([
      [['aino@example.fi'], ['boss@example.fi'], 'Hello Aino', 'Coach'],
      [['bertil@example.fi'], ['boss@example.fi'], 'Hello Bertil', 'Coach'],
      [['chris@example.fi'], [], 'Later', null],
    ]);
    expect(sent[0].text).toBe('Dear Aino, welcome.');
  });

  it('says "Not emulated" for a Gmail search operator it does not understand', () => {
    const { error } = workspace().run('g', 'search');
    expect(error).toBeUndefined();
    const ws = workspace();
    ws.push('q', "function q() { return GmailApp.search('list:info@example.org'); }", {
      timeZone: 'Europe/Helsinki',
    });
    expect(ws.run('q', 'q').error?.message).toBe(
      'Not emulated: the Gmail search term "list:info@example.org" (GmailApp.search).',
    );
  });

  it("refuses a draft's invalid address as MailApp does", () => {
    expect(workspace().run('g', 'badDraftSend').error?.message).toBe(
      'Invalid email: not an address',
    );
  });
});
