import { Workspace } from '../../emulator/workspace';
import { CLOSED_MESSAGE, GOOGLE_DOCS } from '../../emulator/document';
import { NO_ITEM_MESSAGE } from '../../emulator/drive/common';

const REF = 'https://developers.google.com/apps-script/reference/document';

function run(ws: Workspace, fn: string, code: string): { value: unknown; error: string } {
  ws.push('p', code, { timeZone: 'Europe/Helsinki' });
  const result = ws.run('p', fn);
  return { value: result.value, error: String(result.error ?? '') };
}

const TEMPLATE_SCRIPT = `
function makeTemplate() {
  var doc = DocumentApp.create('Kela-ilmoitus (pohja)');
  var body = doc.getBody();
  body.appendParagraph('Asiakas: {{name}}');
  body.appendParagraph('Jakso: {{from}}–{{to}}');
  doc.saveAndClose();
  return doc.getId();
}
function fill(templateId) {
  var copy = DriveApp.getFileById(templateId).makeCopy('Kela-ilmoitus Aino');
  var doc = DocumentApp.openById(copy.getId());
  var body = doc.getBody();
  body.replaceText('{{name}}', 'Aino Asiakas');
  body.replaceText('\\\\{\\\\{from\\\\}\\\\}', '5.1.2026');
  body.replaceText('{{to}}', '30.1.2026');
  doc.saveAndClose();
  return [copy.getId(), body.getText(), DocumentApp.openById(templateId).getBody().getText(),
    copy.getMimeType() === MimeType.GOOGLE_DOCS];
}`;

describe(`A document from a template — ${REF}/document-app, ${REF}/body#replaceText(String,String)`, () => {
  it('copies the template through DriveApp and fills the copy, leaving the template as it was', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    const made = run(ws, 'makeTemplate', TEMPLATE_SCRIPT);
    expect(made.error).toBe('');
    ws.push('p', TEMPLATE_SCRIPT, { timeZone: 'Europe/Helsinki' });
    const filled = ws.run('p', 'fill', [made.value]);
    expect(filled.error).toBeUndefined();
    const [, text, template, isDoc] = filled.value as [string, string, string, boolean];
    // A new document starts with one empty paragraph, so the body's text starts with a newline.
    expect(text).toBe('\nAsiakas: Aino Asiakas\nJakso: 5.1.2026–30.1.2026');
    expect(template).toBe('\nAsiakas: {{name}}\nJakso: {{from}}–{{to}}');
    expect(isDoc).toBe(true);
  });

  it('paragraphs can be read and changed one by one', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    const { value } = run(
      ws,
      'main',
      `function main() {
        var body = DocumentApp.create('Muistio').getBody();
        body.appendParagraph('eka').setText('first');
        body.appendParagraph('toka');
        return body.getParagraphs().map(function (p) { return p.getText(); }).concat([String(body.getNumChildren())]);
      }`,
    );
    expect(value).toEqual(['', 'first', 'toka', '3']);
  });

  it('a closed document cannot be changed', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    const { error } = run(
      ws,
      'main',
      `function main() { var d = DocumentApp.create('x'); d.saveAndClose(); d.getBody().appendParagraph('y'); }`,
    );
    expect(error).toContain(CLOSED_MESSAGE);
  });

  it('openById refuses what is not a Google Doc, with Drive’s text', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    const { error } = run(
      ws,
      'main',
      `function main() { DocumentApp.openById(DriveApp.createFile('a.txt', 'hei').getId()); }`,
    );
    expect(error).toContain(NO_ITEM_MESSAGE);
    expect(GOOGLE_DOCS).toBe('application/vnd.google-apps.document');
  });

  it('a method outside the subset says "Not emulated"', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    const { error } = run(
      ws,
      'main',
      `function main() { DocumentApp.create('x').getBody().appendImage(); }`,
    );
    expect(error).toContain('Not emulated: Body.appendImage()');
  });
});
