import { shareSpreadsheet } from '../../emulator/spreadsheet';
import { ADDON_CREATE_MENU_MESSAGE } from '../../emulator/runtime/runtime';
import { ADDON_HOURLY_MESSAGE, ADDON_ONE_PER_TYPE_MESSAGE } from '../../emulator/script/api';
import { UNPUBLISHED_MESSAGE } from '../../emulator/forms/store';
import { NO_FORM_MESSAGE } from '../../emulator/forms/api';
import { NOT_AN_EDITOR_MESSAGE, Workspace } from '../../emulator/workspace';

/**
 * The rules an editor add-on and a script on real Google live by, as the runtime enforces them.
 * Each describe names the Google reference it follows; errors are asserted by their exact text
 * (emulator/runtime/auth.ts, emulator/script/api.ts, emulator/forms/store.ts and the services'
 * LIMITATIONS.md say where Google gives no text and what the runtime says instead).
 */
const OWNER = 'ohjaaja@kunta.example';
const OTHER = 'kollega@kunta.example';

const SCRIPT = `
function onOpen(e) {
  var ui = SpreadsheetApp.getUi();
  (e && e.authMode === 'NONE' ? ui.createAddonMenu() : ui.createMenu('Oma'))
    .addItem('Aja', 'run').addToUi();
  return e ? String(e.authMode) : '';
}
function props() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function sheetName() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
function mail() { MailApp.sendEmail('a@example.fi', 'S', 'B'); }
function drive() { return DriveApp.getRootFolder().getName(); }
function sidebar() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); }
function topMenu() { SpreadsheetApp.getUi().createMenu('Oma').addItem('Aja', 'run').addToUi(); }
function addonMenu() { SpreadsheetApp.getUi().createAddonMenu().addItem('Aja', 'run').addToUi(); }
function source() { return String(ScriptApp.getInstallationSource()); }
function hourly() { return ScriptApp.newTrigger('tick').timeBased().everyHours(1).create().getUniqueId(); }
function minutes() { ScriptApp.newTrigger('tick').timeBased().everyMinutes(30).create(); }
function oneOff() { return ScriptApp.newTrigger('tick').timeBased().after(60000).create().getUniqueId(); }
function formTrigger(id) { ScriptApp.newTrigger('tick').forForm(id).onFormSubmit().create(); }
function triggers() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getUniqueId(); }); }
function remove(uid) {
  ScriptApp.getProjectTriggers().forEach(function (t) { if (t.getUniqueId() === uid) ScriptApp.deleteTrigger(t); });
}
function tick(e) {
  var p = PropertiesService.getUserProperties();
  p.setProperty('ran', (p.getProperty('ran') || '') + '|' + Session.getEffectiveUser().getEmail()
    + '/' + Session.getActiveUser().getEmail());
}
function ran() { return PropertiesService.getUserProperties().getProperty('ran'); }
function makeForm(published) {
  var f = published === undefined ? FormApp.create('Lomake') : FormApp.create('Lomake', published);
  f.addTextItem().setTitle('Q');
  return f.getId();
}
function isPublished(id) { return FormApp.openById(id).isPublished(); }
function publish(id) { FormApp.openById(id).setPublished(true); }
function answer(id) {
  var f = FormApp.openById(id);
  var item = f.getItems()[0].asTextItem();
  f.createResponse().withItemResponse(item.createResponse('hei')).submit();
  return f.getResponses().length;
}
function shareFolderWith(id, email) {
  var folder = DriveApp.createFolder('Lomakkeet');
  DriveApp.getFileById(id).moveTo(folder);
  folder.addEditor(email);
}
`;

function world(options: { addon?: boolean; start?: string; blankActiveUser?: boolean } = {}) {
  const ws = Workspace.init('', {
    owner: OWNER,
    start: options.start ?? '2026-11-30T08:00:00+02:00',
    blankActiveUser: options.blankActiveUser,
  });
  ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' }, 'p', {}, options.addon ? 'addon' : 'bound');
  const run = (fn: string, args: unknown[] = [], opts: Parameters<Workspace['run']>[3] = {}) =>
    ws.run('p', fn, args, opts);
  return { ws, run };
}

describe('https://developers.google.com/apps-script/reference/script/auth-mode', () => {
  it('simple triggers get e.authMode; NONE builds the menu and nothing else', () => {
    const { ws, run } = world({ addon: true });
    const opened = ws.openWorkbook(OWNER, 'NONE', 'p');
    expect(opened.error).toBeUndefined();
    expect(opened.value).toBe('NONE');
    expect(opened.execution.calls).toEqual({ SpreadsheetApp: 3 });
    const none = { authMode: 'NONE' as const, simpleTrigger: true };
    expect(run('props', [], none).error?.message).toBe(
      'You do not have permission to call PropertiesService.getDocumentProperties.',
    );
    expect(run('sheetName', [], none).error?.message).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(run('mail', [], none).error?.message).toBe(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(run('drive', [], none).error?.message).toBe(
      'You do not have permission to call DriveApp.getRootFolder. Required permissions: https://www.googleapis.com/auth/drive',
    );
  });

  it('LIMITED reaches the bound file and properties, not mail, Drive or sidebars', () => {
    const { run } = world();
    const limited = { authMode: 'LIMITED' as const, simpleTrigger: true };
    expect(run('props', [], limited).error).toBeUndefined();
    expect(run('sheetName', [], limited).value).toBe('Etäpaja');
    expect(run('mail', [], limited).error?.message).toContain(
      'You do not have permission to call MailApp.sendEmail.',
    );
    expect(run('drive', [], limited).error?.message).toContain(
      'You do not have permission to call DriveApp.getRootFolder.',
    );
    expect(run('sidebar', [], limited).error?.message).toBe(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
  });

  it('FULL (menus, installable triggers) reaches every service', () => {
    const { run } = world();
    expect(run('mail', [], { authMode: 'FULL' }).error).toBeUndefined();
    expect(run('drive').error).toBeUndefined();
  });
});

describe('https://developers.google.com/workspace/add-ons/guides/menus: add-on menus', () => {
  it('an add-on adds its menu under Extensions with createAddonMenu, never a top-level menu', () => {
    const { run } = world({ addon: true });
    expect(run('addonMenu').error).toBeUndefined();
    expect(run('topMenu').error?.message).toBe(ADDON_CREATE_MENU_MESSAGE);
    expect(run('source').value).toBe('APPS_MARKETPLACE_DOMAIN_ADD_ON');
  });

  it('a bound script keeps its own menu and reports no installation source', () => {
    const { run } = world();
    expect(run('topMenu').error).toBeUndefined();
    expect(run('source').value).toBe('NONE');
  });
});

describe('https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions', () => {
  it('one time-driven trigger per user per document, and not more often than hourly', () => {
    const { run } = world({ addon: true });
    expect(run('minutes').error?.message).toBe(ADDON_HOURLY_MESSAGE);
    expect(run('hourly').error).toBeUndefined();
    const second = run('oneOff');
    expect(second.error?.message).toBe(ADDON_ONE_PER_TYPE_MESSAGE.replace('{type}', 'CLOCK'));
    // Each user has their own allowance.
    const { ws } = world({ addon: true });
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, OTHER);
    expect(ws.run('p', 'hourly').error).toBeUndefined();
    expect(ws.run('p', 'hourly', [], { user: OTHER }).error).toBeUndefined();
  });

  it('form-submit triggers count per form: one on each form, not two on one', () => {
    const { run } = world({ addon: true, start: '2026-03-02T08:00:00+02:00' });
    const a = run('makeForm').value as string;
    const b = run('makeForm').value as string;
    expect(run('formTrigger', [a]).error).toBeUndefined();
    expect(run('formTrigger', [b]).error).toBeUndefined();
    expect(run('formTrigger', [a]).error?.message).toBe(
      ADDON_ONE_PER_TYPE_MESSAGE.replace('{type}', 'ON_FORM_SUBMIT'),
    );
  });

  it('a bound script may hold several time-driven triggers', () => {
    const { run } = world();
    expect(run('hourly').error).toBeUndefined();
    expect(run('minutes').error).toBeUndefined();
    expect(run('oneOff').error).toBeUndefined();
  });
});

describe('one-off triggers stay listed after they fire (as Apps Script users report)', () => {
  it('a fired .after() trigger is still listed, never fires again, and goes only when deleted', () => {
    const { ws, run } = world();
    const uid = run('oneOff').value as string;
    ws.advance(ws.now() + 10 * 60_000);
    expect(run('ran').value).toBe(`|${OWNER}/${OWNER}`);
    expect(run('triggers').value).toEqual([uid]);
    ws.advance(ws.now() + 24 * 3_600_000);
    expect(run('ran').value).toBe(`|${OWNER}/${OWNER}`);
    run('remove', [uid]);
    expect(run('triggers').value).toEqual([]);
  });

  it('so an add-on must delete its spent one-off before it can make another', () => {
    const { ws, run } = world({ addon: true });
    const uid = run('oneOff').value as string;
    ws.advance(ws.now() + 10 * 60_000);
    expect(run('oneOff').error?.message).toContain('only one trigger of each type');
    run('remove', [uid]);
    expect(run('oneOff').error).toBeUndefined();
  });
});

describe('https://developers.google.com/apps-script/reference/base/session#getActiveUser()', () => {
  it('with a blank active user, an installable trigger still runs as its owner', () => {
    const { ws, run } = world({ blankActiveUser: true });
    run('oneOff');
    ws.advance(ws.now() + 10 * 60_000);
    expect(run('ran').value).toBe(`|${OWNER}/`);
  });
});

describe('https://developers.google.com/apps-script/guides/triggers#restrictions: editors only', () => {
  it('a person who cannot edit the workbook runs none of its code; a viewer neither', () => {
    const { ws, run } = world();
    expect(run('sheetName', [], { user: OTHER }).error?.message).toBe(
      `${NOT_AN_EDITOR_MESSAGE} (${OTHER})`,
    );
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, OTHER, 'viewer');
    expect(ws.openWorkbook(OTHER, 'LIMITED', 'p').error?.message).toContain(NOT_AN_EDITOR_MESSAGE);
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, OTHER, 'editor');
    expect(run('sheetName', [], { user: OTHER }).value).toBe('Etäpaja');
  });
});

describe('https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms', () => {
  it('a form made after 30 June 2026 is unpublished and takes no answers until published', () => {
    const { run } = world({ start: '2026-11-30T08:00:00+02:00' });
    const id = run('makeForm').value as string;
    expect(run('isPublished', [id]).value).toBe(false);
    expect(run('answer', [id]).error?.message).toBe(UNPUBLISHED_MESSAGE);
    run('publish', [id]);
    expect(run('isPublished', [id]).value).toBe(true);
    expect(run('answer', [id]).value).toBe(1);
  });

  it('a form made before is published; create(title, true) publishes at once', () => {
    expect(
      world({ start: '2026-06-01T08:00:00+02:00' }).run('isPublished', [
        world({ start: '2026-06-01T08:00:00+02:00' }).run('makeForm').value,
      ]).error,
    ).toBeDefined(); // another workspace: the form does not exist there
    const early = world({ start: '2026-06-01T08:00:00+02:00' });
    expect(early.run('isPublished', [early.run('makeForm').value]).value).toBe(true);
    const late = world();
    expect(late.run('isPublished', [late.run('makeForm', [true]).value]).value).toBe(true);
  });
});

describe('https://developers.google.com/apps-script/reference/forms/form-app#openById(String)', () => {
  it('needs edit access to the form through Drive: another coach opens it once it is shared', () => {
    const { ws, run } = world({ start: '2026-03-02T08:00:00+02:00' });
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, OTHER);
    const id = run('makeForm').value as string;
    expect(run('isPublished', [id], { user: OTHER }).error?.message).toBe(NO_FORM_MESSAGE);
    run('shareFolderWith', [id, OTHER]);
    expect(run('isPublished', [id], { user: OTHER }).value).toBe(true);
  });
});
