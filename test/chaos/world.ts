import { Workspace } from '../../emulator/workspace';
import type { Manifest } from '../../emulator/projects/store';
import { outbox, type MailStore, type SentMessage } from '../../emulator/mail';
import { readSheetValues } from '../../emulator/spreadsheet/harness';

/**
 * Reading the emulator's own stores the way a person would look at them: sheets by header, the
 * outbox with what each mail says about itself. The chaos invariants and the security suites use
 * these, never the product's logs.
 */

export const COACHES = ['anna.ohjaaja@kunta.example', 'mikko.ohjaaja@kunta.example'];

export const GROUPS = [
  { Tunnus: 'G1', Nimi: 'Maanantairyhmä', Tapaamispäivä: 'maanantai', Kellonaika: '10:00' },
  { Tunnus: 'G2', Nimi: 'Tiistairyhmä', Tapaamispäivä: 'tiistai', Kellonaika: '13:00' },
  { Tunnus: 'G3', Nimi: 'Torstairyhmä', Tapaamispäivä: 'torstai', Kellonaika: '10:00' },
];

/** A second script bound to the workbook: the coach typing rows and settings, by header. */
export const COACH_SCRIPT = `
function putRows(sheetName, rows) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  var header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  var block = rows.map(function (row) { return header.map(function (h) { return row[h] === undefined ? '' : row[h]; }); });
  sheet.getRange(sheet.getLastRow() + 1, 1, block.length, header.length).setValues(block);
}
function setSetting(key, value) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Asetukset');
  var values = sheet.getDataRange().getValues();
  for (var i = 1; i < values.length; i++) {
    if (values[i][0] === key) { sheet.getRange(i + 1, 2).setValue(value); return true; }
  }
  sheet.appendRow([key, value]);
  return false;
}`;

export function pushCoachScript(ws: Workspace): void {
  ws.push('coach', COACH_SCRIPT, { timeZone: 'Europe/Helsinki' } as Manifest, 'coach');
}

export function coachCall(ws: Workspace, fn: string, args: unknown[]): unknown {
  return ws.call(fn, args, { projectId: 'coach' });
}

export interface SheetView {
  header: string[];
  rows: Record<string, unknown>[];
}

export function sheetView(ws: Workspace, name: string): SheetView {
  const values = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  const [header = [], ...rest] = values;
  return {
    header: header.map(String),
    rows: rest
      .filter((r) => r.some((c) => c !== '' && c !== null))
      .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]]))),
  };
}

export function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

export function mails(ws: Workspace): SentMessage[] {
  return outbox(ws.rt.store<MailStore>('mail'));
}

/** What a mail says about itself: the data attributes on its HTML root. */
export function mailMeta(message: SentMessage): { kind: string; client: string; week: string } {
  const html = message.html ?? '';
  const attr = (name: string) => new RegExp(`<html[^>]*\\b${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  return {
    kind: attr('data-etapaja-kind'),
    client: attr('data-etapaja-client'),
    week: attr('data-etapaja-week'),
  };
}

export interface ClientFacts {
  id: string;
  name: string;
  email: string;
  token: string;
  folderId: string;
  coach: string;
  status: string;
}

export function clientsOf(ws: Workspace): ClientFacts[] {
  return sheetView(ws, 'Asiakkaat')
    .rows.map((r) => ({
      id: text(r.Tunnus),
      name: text(r.Nimi),
      email: text(r['Sähköposti']).toLowerCase(),
      token: text(r.Lomaketunniste),
      folderId: text(r.Kansio),
      coach: text(r.Ohjaaja).toLowerCase(),
      status: text(r.Tila),
    }))
    .filter((c) => c.id !== '');
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The prefilled reflection links in a mail's HTML (hrefs to a form with usp=pp_url). */
export function reflectionLinks(message: SentMessage): string[] {
  const links: string[] = [];
  const re = /href="([^"]*viewform[^"]*)"/g;
  for (let m = re.exec(message.html ?? ''); m; m = re.exec(message.html ?? ''))
    links.push(m[1].replace(/&amp;/g, '&'));
  return links;
}
