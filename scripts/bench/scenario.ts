import * as fs from 'node:fs';
import * as path from 'node:path';
import { FOLDER_MIME_TYPE, type DriveStore } from '../../emulator/drive/store';
import { FORM_SUBMIT_DELAY_MS, submitPrefilledUrl } from '../../emulator/forms';
import type { MailStore } from '../../emulator/mail';
import type { Manifest } from '../../emulator/projects/store';
import {
  PROPERTIES_STORE,
  readPropertyStore,
  type PropertiesStore,
} from '../../emulator/properties';
import type { ScriptStore } from '../../emulator/script/store';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import { Workspace } from '../../emulator/workspace';
import { DEMO_COACHES, DEMO_GROUPS, DEMO_ORGANISATION } from '../../src/jobs/demo-roster';
import { clientFolderName } from '../../src/jobs/folders';
import { ROOT_FOLDER_PROPERTY } from '../../src/jobs/setup';
import { repoRoot } from '../commands/common';
import { measure, type RunDetail } from './measure';
import { benchRosterCsv, benchToken } from './roster';
import { settingKeyOf } from '../../src/core/settings';

/** Thursday 26 November 2026, 08:00 in Helsinki: the weekly dispatch's day. */
export const BENCH_START = '2026-11-26T08:00:00+02:00';
const PROJECT = 'etapaja';
const BASELINE = 'baseline';
const FIXTURE = 'bench-fixture';
const HOUR = 3_600_000;

export interface Bundle {
  code: string;
  manifest: Manifest;
  files: Record<string, string>;
}

function benchFile(name: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'scripts', 'bench', name), 'utf8');
}

const PLAIN_MANIFEST: Manifest = {
  timeZone: 'Europe/Helsinki',
  runtimeVersion: 'V8',
  exceptionLogging: 'STACKDRIVER',
} as Manifest;

/** Runs one function as its own execution and fails the bench loudly if it did not complete. */
function must(ws: Workspace, project: string, fn: string, args: unknown[] = []): unknown {
  const result = ws.run(project, fn, args);
  if (result.error)
    throw new Error(`bench: ${project}.${fn} ${result.execution.status}: ${result.error.message}`);
  return result.value;
}

function once(ws: Workspace, fn: string, args: unknown[] = []) {
  return [ws.run(PROJECT, fn, args).execution];
}

function header(ws: Workspace, sheet: string): string[] {
  return (readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, sheet)[0] ?? []).map(String);
}

/** Settings (coaches, organisation) and the four demo groups, as a coach would fill them in. */
function fillSettingsAndGroups(ws: Workspace): void {
  const settings = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asetukset');
  const valueCol = settings[0].indexOf('Arvo') + 1;
  settings.forEach((row, i) => {
    if (settingKeyOf(String(row[0])) === 'coaches')
      must(ws, FIXTURE, 'benchWrite', ['Asetukset', i + 1, valueCol, [[DEMO_COACHES.join(', ')]]]);
    if (settingKeyOf(String(row[0])) === 'organisation')
      must(ws, FIXTURE, 'benchWrite', ['Asetukset', i + 1, valueCol, [[DEMO_ORGANISATION]]]);
  });
  const groupHeader = header(ws, 'Ryhmät');
  const byHeader: Record<string, string> = {
    Tunnus: 'id',
    Nimi: 'name',
    Tapaamispäivä: 'meetingWeekday',
    Kellonaika: 'meetingTime',
    'Kesto (min)': 'meetingMinutes',
    Ohjaaja: 'coach',
  };
  const rows = DEMO_GROUPS.map((g) =>
    groupHeader.map((h) => {
      const field = byHeader[h] as keyof typeof g | undefined;
      return field ? g[field] : '';
    }),
  );
  must(ws, FIXTURE, 'benchWrite', ['Ryhmät', 2, 1, rows]);
}

/**
 * Clients enrolled earlier: each has a token, a private Drive folder shared with them and the
 * coaches, and has had the welcome mail (a 'sent' row in the send log). Made directly, not
 * measured: enrolment's own cost is one folder per new client, done as clients join.
 */
function enrolEarlier(ws: Workspace): string[] {
  const id = ws.meta.boundSpreadsheetId as string;
  const values = readSheetValues(ws.rt, id, 'Asiakkaat');
  const head = values[0].map(String);
  const at = (h: string) => head.indexOf(h);
  const drive = ws.rt.store<DriveStore>('drive');
  const props = readPropertyStore(ws.rt.store<PropertiesStore>(PROPERTIES_STORE), {
    kind: 'script',
    projectId: PROJECT,
  });
  const root = props[ROOT_FOLDER_PROPERTY];
  const now = ws.now();
  const ids: string[] = [];
  const folders: unknown[][] = [];
  const tokens: unknown[][] = [];
  const welcomed: unknown[][] = [];
  const logHead = header(ws, 'Lähetykset');
  const claimed = new Date(now - 7 * 24 * HOUR).toISOString();
  for (const row of values.slice(1)) {
    const clientId = String(row[at('Tunnus')]);
    const email = String(row[at('Sähköposti')]).toLowerCase();
    const coach = String(row[at('Ohjaaja')]).toLowerCase();
    const folderId = ws.rt.newId('1');
    drive.items[folderId] = {
      id: folderId,
      kind: 'folder',
      name: clientFolderName({ id: clientId, name: String(row[at('Nimi')]) }),
      parents: [root],
      owner: ws.meta.owner,
      editors: [...new Set([email, coach, ...DEMO_COACHES])].filter((e) => e !== ''),
      viewers: [],
      sharing: { access: 'PRIVATE', permission: 'NONE' },
      trashed: false,
      created: now,
      updated: now,
      mimeType: FOLDER_MIME_TYPE,
      description: null,
    };
    ids.push(clientId);
    folders.push([folderId]);
    tokens.push([benchToken(clientId)]);
    const entry: Record<string, unknown> = {
      Avain: `welcome|${clientId}|enrolment`,
      Laji: 'welcome',
      Asiakas: clientId,
      Viikko: '',
      Vastaanottaja: email,
      Tila: 'sent',
      Yrityksiä: 1,
      Varattu: claimed,
      Lähetetty: claimed,
    };
    welcomed.push(logHead.map((h) => entry[h] ?? ''));
  }
  must(ws, FIXTURE, 'benchWrite', ['Asiakkaat', 2, at('Kansio') + 1, folders]);
  must(ws, FIXTURE, 'benchWrite', ['Asiakkaat', 2, at('Lomaketunniste') + 1, tokens]);
  const logRows = readSheetValues(ws.rt, id, 'Lähetykset').length;
  must(ws, FIXTURE, 'benchWrite', ['Lähetykset', logRows + 1, 1, welcomed]);
  return ids;
}

function dispatchTriggersWaiting(ws: Workspace): number[] {
  return ws.rt
    .store<ScriptStore>('script')
    .triggers.filter(
      (t) =>
        t.functionName === 'weeklyDispatch' &&
        t.schedule?.type === 'once' &&
        !t.disabled &&
        t.nextFireAt !== undefined,
    )
    .map((t) => t.nextFireAt as number)
    .sort((a, b) => a - b);
}

/**
 * The weekly dispatch as Apps Script runs it: the first run, then each follow-up trigger it
 * leaves (a continuation a minute later when the time budget ran out; tomorrow morning when
 * the mail quota did), fired by moving the clock.
 */
function runDispatch(ws: Workspace, maxExecutions: number) {
  const entries = [ws.run(PROJECT, 'weeklyDispatch', [{}]).execution];
  for (;;) {
    const next = dispatchTriggersWaiting(ws)[0];
    if (next === undefined || entries.length >= maxExecutions) break;
    const fired = ws.advance(Math.max(next, ws.now())).map((r) => r.execution);
    entries.push(...fired.filter((e) => e.functionName === 'weeklyDispatch'));
  }
  return entries;
}

/** The naive script, run again by hand after each time-out until a run sends nothing new. */
function runBaseline(ws: Workspace, maxExecutions: number) {
  const mail = ws.rt.store<MailStore>('mail');
  const entries = [];
  for (let i = 0; i < maxExecutions; i++) {
    const before = mail.outbox.length;
    const { execution } = ws.run(BASELINE, 'sendWeeklyMails');
    entries.push(execution);
    if (execution.status === 'completed' || mail.outbox.length === before) break;
  }
  return entries;
}

export interface ScenarioOptions {
  /** Daily recipients of the account; the bench lifts it so runs measure the time budget. */
  mailQuota?: number;
  /** Responses submitted to measure intake. */
  responses?: number;
  baseline?: boolean;
}

/** Every job of Etäpaja on a fresh workspace with N clients, and the baseline dispatch. */
export function runScenario(n: number, bundle: Bundle, options: ScenarioOptions = {}): RunDetail[] {
  const ws = Workspace.init('', { start: BENCH_START, seed: 7 });
  ws.push(PROJECT, bundle.code, bundle.manifest, 'Etäpaja', bundle.files);
  ws.push(FIXTURE, benchFile('fixture.js'), PLAIN_MANIFEST);
  ws.push(BASELINE, benchFile('baseline-dispatch.js'), PLAIN_MANIFEST);
  ws.rt.store<MailStore>('mail').dailyRecipientLimit = options.mailQuota ?? 1_000_000;
  const out: RunDetail[] = [];
  const job = (name: string, work: () => ReturnType<typeof once>, note?: string) => {
    const detail = measure(ws, 'etapaja', n, name, work, note);
    out.push(detail);
    return detail;
  };

  job('setup', () => once(ws, 'setup', [{ lang: 'fi' }]));
  fillSettingsAndGroups(ws);
  const roster = benchRosterCsv(n, '2026-11-26');
  job('import', () => once(ws, 'importClients', [roster.csv]));
  const ids = enrolEarlier(ws);
  job('planning', () => once(ws, 'planNextWeek'));
  // What the nightly run does every night (src/jobs/meetings.ts prepareMeetings): next week's
  // group events exist before the dispatch, which then only reads the workbook and mails.
  job('meetings (nightly step)', () => once(ws, 'syncMeetings'));

  // Thursday noon, when the weekly trigger fires.
  ws.rt.clock.set(Math.max(ws.now(), Date.parse('2026-11-26T12:00:00+02:00')));
  job('weekly dispatch', () => runDispatch(ws, 200));

  if (options.baseline !== false) {
    ws.rt.clock.set(ws.now() + HOUR);
    out.push(measure(ws, 'baseline', n, 'weekly dispatch', () => runBaseline(ws, 30)));
  }

  // From here each job is run directly at its time; the clock jumps without firing triggers.
  for (const t of ws.rt.store<ScriptStore>('script').triggers)
    if (t.eventType === 'CLOCK') t.disabled = true;

  // Monday 1 December, 08:30: the morning-of reminders of the day's group meetings.
  ws.rt.clock.set(Math.max(ws.now(), Date.parse('2026-11-30T08:30:00+02:00')));
  job('reminders', () => once(ws, 'reminders'));

  // Monday evening: clients fill in the day's reflection through the link in their weekly mail.
  ws.rt.clock.set(Math.max(ws.now(), Date.parse('2026-11-30T18:00:00+02:00')));
  const responses = Math.min(options.responses ?? 5, ids.length);
  const intake = job('form intake (per response)', () => {
    const entries = [];
    for (const clientId of ids.slice(0, responses)) {
      const link = must(ws, PROJECT, 'reflectionLink', [clientId, '2026-11-30']) as string;
      if (!link) continue;
      submitPrefilledUrl(ws.rt.stores, link, {}, { atMs: ws.now(), timeZone: 'Europe/Helsinki' });
      entries.push(
        ...ws
          .advance(ws.now() + FORM_SUBMIT_DELAY_MS)
          .map((r) => r.execution)
          .filter((e) => e.functionName === 'onReflectionSubmit'),
      );
    }
    return entries;
  });
  perResponse(intake);
  // The hourly run that records what the form's trigger queued (src/jobs/intake.ts): a fixed
  // part plus one call per response, for all the responses of the hour together.
  job(`form intake (recording run, ${responses} responses)`, () => once(ws, 'drainReflections'));

  // Tuesday 02:00: the nightly job.
  ws.rt.clock.set(Math.max(ws.now(), Date.parse('2026-12-01T02:00:00+02:00')));
  job('nightly', () => once(ws, 'nightly'));

  ws.rt.clock.set(Math.max(ws.now(), Date.parse('2026-12-01T09:00:00+02:00')));
  job('reports', () => [...once(ws, 'absenceReport'), ...once(ws, 'monthlySummary')]);

  const cardFor = ids[Math.floor(ids.length / 2)] ?? '';
  job('sidebar client card (first)', () => once(ws, 'sidebarClient', [cardFor]));
  job('sidebar client card (again)', () => once(ws, 'sidebarClient', [cardFor]));
  return out;
}

/** Intake is reported per response: the largest of the responses measured. */
function perResponse(detail: RunDetail): void {
  const worst = [...detail.perExecution].sort(
    (a, b) =>
      Object.values(b.calls).reduce((s, x) => s + x, 0) -
      Object.values(a.calls).reduce((s, x) => s + x, 0),
  )[0];
  const measured = detail.run.executions;
  if (!worst) return;
  detail.run.calls = { ...worst.calls };
  detail.run.modelledMs = worst.modelledMs;
  detail.run.wallMs = Math.round(detail.run.wallMs / Math.max(1, measured));
  detail.run.executions = 1;
  detail.note = `largest of ${measured} responses`;
}
