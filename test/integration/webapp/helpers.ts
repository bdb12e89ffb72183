import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { outbox, type MailStore, type SentMessage } from '../../../emulator/mail';
import { snapshotOf } from '../../../emulator/html';
import { readBundle } from '../../../scripts/commands/common';
import { PUT_ROWS } from '../../helpers/coach-script';

/** Read once: other suites may rebuild dist/ while this one runs. */
const BUILT = readBundle();

/** A second script bound to the workbook: the coach typing rows and cells, by header. */
const COACH_SCRIPT = `${PUT_ROWS}
function setCell(sheetName, keyHeader, key, header, value) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  var values = sheet.getDataRange().getValues();
  var h = values[0];
  for (var i = 1; i < values.length; i++) {
    if (String(values[i][h.indexOf(keyHeader)]) === key) {
      sheet.getRange(i + 1, h.indexOf(header) + 1).setValue(value);
      return true;
    }
  }
  throw new Error('No row ' + key + ' in ' + sheetName);
}`;

/** A workspace with dist/ pushed as `clasp push` would (code, manifest and HTML files). */
export function webWorkspace(start: string): Workspace {
  const ws = Workspace.init('', { start });
  ws.push('etapaja', BUILT.code, BUILT.manifest, 'Etäpaja', BUILT.files);
  ws.push('coach', COACH_SCRIPT, { timeZone: 'Europe/Helsinki' }, 'coach');
  return ws;
}

export function coach(ws: Workspace, fn: string, args: unknown[]): void {
  ws.call(fn, args, { projectId: 'coach' });
}

export function sheet(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

export function mails(ws: Workspace): SentMessage[] {
  return outbox(ws.rt.store<MailStore>('mail'));
}

export function kindOf(message: SentMessage): string {
  return /<html[^>]*\bdata-etapaja-kind="([^"]*)"/.exec(message.html ?? '')?.[1] ?? '';
}

/** What a web app call returned, as the browser would get it. */
export function served(value: unknown): { kind: string; content: string; mimeType: string } {
  const out = snapshotOf(value);
  if (!out) throw new Error('No HtmlOutput or TextOutput');
  return out;
}

/** The page's own config (the JSON the page's script reads). */
export function pageConfig(html: string): Record<string, unknown> {
  const json = /<script type="application\/json" id="config">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('No config in the page');
  return JSON.parse(json) as Record<string, unknown>;
}
