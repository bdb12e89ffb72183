import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import { outbox, type MailStore } from '../../../emulator/mail';
import { runScript } from '../../../scripts/commands/workspace-commands';

/**
 * `run-script FOLDER`: a project as clasp keeps it (several script files in one global scope,
 * HTML files for HtmlService by name, appsscript.json), as Google's sample folders come.
 */

let dir: string;
let project: string;
let printed: string[];

function write(relative: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(project, relative)), { recursive: true });
  fs.writeFileSync(path.join(project, relative), text);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-'));
  Workspace.init(dir, { start: '2026-01-05T08:00:00+02:00' }).save();
  project = path.join(dir, 'sample');
  write(
    'Code.js',
    `function main() {
  var t = HtmlService.createTemplateFromFile('templates/Letter');
  t.name = greeting_('Aino');
  MailApp.sendEmail({ to: 'aino@example.com', subject: 'Hei', htmlBody: t.evaluate().getContent() });
  Logger.log('hour %s', new Date(2026, 0, 5, 9).getHours() + ' ' + Session.getScriptTimeZone());
}`,
  );
  write('Util.gs', "function greeting_(name) { return 'Hei ' + name; }");
  write('templates/Letter.html', '<p><?= name ?>!</p>');
  write('appsscript.json', JSON.stringify({ timeZone: 'America/New_York', runtimeVersion: 'V8' }));
  write('.clasp.json', '{"scriptId":"x"}');
  write('README.md', '# not code');
  printed = [];
  jest.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
});

afterEach(() => jest.restoreAllMocks());

test('runs every script file of the folder, finds its HTML by name and keeps its time zone', () => {
  runScript(project, { dir });
  const out = printed.join('\n');
  expect(out).toContain('main: completed');
  expect(out).toContain('\tInfo\thour 9 America/New_York');
  const sent = outbox(Workspace.open(dir).rt.store<MailStore>('mail'));
  expect(sent).toHaveLength(1);
  expect(sent[0].html).toContain('<p>Hei Aino!</p>');
});

test('a folder with no script file is refused with a plain message', () => {
  const empty = path.join(dir, 'empty');
  fs.mkdirSync(empty);
  fs.writeFileSync(path.join(empty, 'notes.txt'), 'x');
  expect(() => runScript(empty, { dir })).toThrow('no .js or .gs file in this folder');
});
