import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import {
  SPREADSHEET_STORE,
  queueUiResponse,
  readSheetValues,
  type SpreadsheetStore,
} from '../../emulator/spreadsheet';
import { addUrlFetchFixture } from '../../emulator/urlfetch';
import { MAIL_STORE, outbox, type MailStore } from '../../emulator/mail';

/**
 * Ordinary Apps Script files in the style of Google's published samples (our own text), run
 * unchanged: each completes as it would in Apps Script, or stops with "Not emulated" naming the
 * method the runtime lacks — never `undefined is not a function` or a silent no-op.
 */
const DIR = path.join(__dirname, '..', 'fixtures', 'scripts', 'ordinary');
const START = '2026-01-05T08:00:00+02:00';

function load(file: string): Workspace {
  const ws = Workspace.init('', { timeZone: 'Europe/Helsinki', start: START });
  ws.push('script', fs.readFileSync(path.join(DIR, file), 'utf8'), { timeZone: 'Europe/Helsinki' });
  return ws;
}

function ok(ws: Workspace, fn = 'main'): unknown {
  const result = ws.run('script', fn);
  if (result.error) throw new Error(`${fn}: ${String(result.error)}`);
  return result.value;
}

describe('ordinary scripts run unchanged', () => {
  it('a Gmail draft mail merge', () => {
    const ws = load('gmail-draft-merge.js');
    ok(ws, 'setup');
    expect(ok(ws)).toBe(3);
    expect(readSheetValues(ws.rt, ws.meta.boundSpreadsheetId!, 'Merge').map((r) => r[2])).toEqual([
      'Draft',
      'drafted 5.1.2026',
      'drafted 5.1.2026',
    ]);
  });

  it('a Drive folder report', () => {
    expect(ok(load('drive-report.js'))).toBe(2);
  });

  it('a feedback form read back with FormApp.ItemType', () => {
    expect(ok(load('form-to-log.js'))).toEqual(['Miten meni?: Hyvin', 'Terveiset: Kiitos']);
  });

  it('a sign-up form linked to the spreadsheet, greeted by its form-submit trigger', () => {
    const ws = load('form-to-sheet.js');
    ok(ws, 'setUp');
    expect(ok(ws)).toBe(2);
    ws.advance(ws.now() + 60_000);
    const rows = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId!, 'Form Responses 1');
    expect(rows.map((r) => r.slice(1))).toEqual([
      ['Nimi', 'Päivät', ''],
      ['Aino', 'Ma, Pe', 'Tervetuloa, Aino'],
      ['Eero', 'Ke', 'Tervetuloa, Eero'],
    ]);
    expect(rows[0][0]).toBe('Timestamp');
  });

  it('a web API read, answered from a fixture', () => {
    const ws = load('weather-fetch.js');
    addUrlFetchFixture(ws.rt, {
      url: 'https://api.example.com/weather?city=Oulu',
      json: { city: 'Oulu', temperature: -12 },
    });
    expect(ok(ws)).toBe(-12);
  });

  it('a letter from a template document', () => {
    expect(ok(load('doc-from-template.js'))).toBe('\nHei Aino, tapaamisesi on 12.1.2026.');
  });

  it("a draft template's attachments and inline images, read back and sent on", () => {
    const ws = load('gmail-template-attachments.js');
    ok(ws, 'setup');
    expect(ok(ws, 'templateParts')).toEqual({
      all: 2,
      inline: ['merkki.png image/png 70'],
      files: ['ohjelma.txt: ma: kudonta'],
      plain: 'Hei {{Nimi}}, ohessa ohjelma.',
    });
    expect(ok(ws)).toBe(3);
    const sent = outbox(ws.rt.store<MailStore>(MAIL_STORE.name));
    expect(sent.map((m) => [m.to, m.text, m.html])).toEqual([
      [
        ['aino@example.fi'],
        'Hei Aino, ohessa ohjelma.',
        '<p>Hei Aino</p><img src="cid:merkki" alt="merkki.png">',
      ],
      [
        ['bertil@example.fi'],
        'Hei Bertil, ohessa ohjelma.',
        '<p>Hei Bertil</p><img src="cid:merkki" alt="merkki.png">',
      ],
    ]);
    expect(sent[0].attachments.map((a) => [a.name, a.contentType])).toEqual([
      ['ohjelma.txt', 'text/plain'],
    ]);
    expect(sent[0].inlineImages.map((a) => [a.cid, a.name, a.contentType])).toEqual([
      ['merkki', 'merkki.png', 'image/png'],
    ]);
    expect(readSheetValues(ws.rt, ws.meta.boundSpreadsheetId!, 'Kirjeet').map((r) => r[2])).toEqual(
      ['Lähetetty', 'ok', 'ok', 'jo lähetetty'],
    );
    expect(ok(ws, 'fromStranger')).toBe('Invalid argument: from');
  });

  it('rows down to the last row, headers found with getEndColumn, duplicates dropped', () => {
    const ws = load('sheet-rows-to-mail.js');
    ok(ws, 'setup');
    expect(ok(ws)).toEqual([2, 1000]);
    const sent = outbox(ws.rt.store<MailStore>(MAIL_STORE.name));
    expect(sent.map((m) => [m.to[0], m.text])).toEqual([
      ['aino@example.fi', 'Etunimi: Aino, Ryhmä: Puu'],
      ['eero@example.fi', 'Etunimi: Eero, Ryhmä: Metalli'],
    ]);
    expect(ok(ws, 'dropDuplicates')).toEqual([
      ['Aino', 1],
      ['Eero', 2],
      ['Eero', 3],
    ]);
  });

  it('CSV files in a Drive folder appended to a spreadsheet the script made and moved', () => {
    const ws = load('drive-csv-import.js');
    ok(ws, 'setup');
    expect(ok(ws)).toEqual([2, true]);
  });

  it('Browser dialogs answered by the person', () => {
    const ws = load('ask-and-confirm.js');
    queueUiResponse(ws.rt, { button: 'OK', text: 'Aino' });
    queueUiResponse(ws.rt, { button: 'YES' });
    expect(ok(ws)).toBe('Aino');
  });
});

describe('or stop with "Not emulated" naming the method', () => {
  it('moving a range (after copying one with a paste type)', () => {
    const ws = load('sheet-formatting.js');
    const result = ws.run('script', 'main');
    expect(String(result.error)).toContain('Not emulated: Range.moveTo().');
    const sheet =
      ws.rt.store<SpreadsheetStore>(SPREADSHEET_STORE).spreadsheets[ws.meta.boundSpreadsheetId!]
        .sheets[0].name;
    expect(readSheetValues(ws.rt, ws.meta.boundSpreadsheetId!, sheet)[2]).toEqual([
      'Name',
      'Date',
      'Hours',
    ]);
  });

  it('the script project as a Drive file', () => {
    const ws = load('drive-csv-import.js');
    const result = ws.run('script', 'scriptFile');
    expect(String(result.error)).toContain(
      'Not emulated: DriveApp.getFileById() of the script project (ScriptApp.getScriptId()).',
    );
  });

  it('a web API with no fixture: no network', () => {
    const result = load('weather-fetch.js').run('script', 'main');
    expect(String(result.error)).toContain('Not emulated: no network in the offline runtime');
  });
});
