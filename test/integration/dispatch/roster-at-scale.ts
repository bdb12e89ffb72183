import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../../emulator/workspace';
import type { MailStore } from '../../../emulator/mail';
import type { Manifest } from '../../../emulator/projects/store';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { benchRosterCsv } from '../../../scripts/bench/roster';
import { bundle } from '../../helpers/workspace';

/**
 * A workbook in use with N clients on an account of a given daily mail quota: setup, the demo's
 * coaches and groups, the demo roster topped up to N with the bench's synthetic rows (each a
 * person of its own), every client's folder, and next week planned. Clients enrolled earlier
 * have had their welcome mail: a plain script bound to the workbook writes the 'sent' rows, as
 * scripts/bench/scenario.ts does; `unwelcomed` clients at the end of the roster have not.
 */
const BUILT = bundle();
/** The project id of the bench's fixture script (its benchWrite writes rows in one call). */
export const FIXTURE = 'fixture';
const PLAIN: Manifest = {
  timeZone: 'Europe/Helsinki',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
} as Manifest;
const DEMO_CLIENTS = 22;
const WEEK_MS = 7 * 24 * 3_600_000;

export interface ScaleOptions {
  start: string;
  clients: number;
  mailQuota: number;
  unwelcomed?: number;
}

/**
 * The built product and the bench's fixture script (scripts/bench/fixture.js) on a fresh
 * in-memory workspace, after setup and the demo roster, on an account of `mailQuota` a day.
 */
export function benchWorkspace(start: string, seed: number, mailQuota: number): Workspace {
  const ws = Workspace.init('', { start, seed });
  ws.push('etapaja', BUILT.code, BUILT.manifest, 'Etäpaja');
  ws.push(
    FIXTURE,
    fs.readFileSync(
      path.join(__dirname, '..', '..', '..', 'scripts', 'bench', 'fixture.js'),
      'utf8',
    ),
    PLAIN,
  );
  ws.rt.store<MailStore>('mail').dailyRecipientLimit = mailQuota;
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  return ws;
}

export function rosterAtScale(options: ScaleOptions): Workspace {
  const ws = benchWorkspace(options.start, 7, options.mailQuota);
  const extra = options.clients - DEMO_CLIENTS;
  if (extra > 0) {
    const today = options.start.slice(0, 10);
    ws.call('importClients', [benchRosterCsv(extra, today).csv]);
  }
  ws.call('ensureClientFolders');
  welcomeEarlier(ws, options.unwelcomed ?? 0);
  ws.call('planNextWeek');
  return ws;
}

export const sheet = (ws: Workspace, name: string): unknown[][] =>
  readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);

/** A sheet's rows as objects keyed by the header row's text. */
export function rowsOf(ws: Workspace, name: string): Record<string, unknown>[] {
  const [header, ...rows] = sheet(ws, name);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])));
}

function welcomeEarlier(ws: Workspace, unwelcomed: number): void {
  const clients = rowsOf(ws, 'Asiakkaat');
  const head = (sheet(ws, 'Lähetykset')[0] ?? []).map(String);
  const claimed = new Date(ws.now() - WEEK_MS).toISOString();
  const rows = clients.slice(0, Math.max(0, clients.length - unwelcomed)).map((c) => {
    const entry: Record<string, unknown> = {
      Avain: `welcome|${String(c.Tunnus)}|enrolment`,
      Laji: 'welcome',
      Asiakas: c.Tunnus,
      Vastaanottaja: c.Sähköposti,
      Tila: 'sent',
      Yrityksiä: 1,
      Varattu: claimed,
      Lähetetty: claimed,
    };
    return head.map((h) => entry[h] ?? '');
  });
  const next = sheet(ws, 'Lähetykset').length + 1;
  const result = ws.run(FIXTURE, 'benchWrite', ['Lähetykset', next, 1, rows]);
  if (result.error) throw result.error;
}
