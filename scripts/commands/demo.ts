import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import { outbox } from '../../emulator/mail';
import {
  PROJECT_ID,
  commandName,
  print,
  pushBundle,
  saveOrExplain,
  type WorkspaceOptions,
} from './common';
import { LOCK_FILE, withWorkspaceLock } from './workspace-lock';
import { describeMail } from './export';
import { zonedParts } from '../../src/core/time-zone';
import { dateInZone, weekdayOf } from '../../src/core/dates';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import type { ExecutionLogEntry } from '../../emulator/script/store';
import { submitReflection } from './respond';

/** Thursday morning before the first demo week, Helsinki time. */
export const DEMO_START = '2026-11-26T09:00:00+02:00';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * `etapaja demo`: a fresh workspace, the add-on's setup, the demo roster, next week planned,
 * then two simulated weeks in which the triggers do their work. Prints what happened and where
 * to look.
 */
export function demo(options: WorkspaceOptions & { addon?: boolean }): void {
  const dir = options.dir ?? '.etapaja/demo';
  withWorkspaceLock(dir, commandName(), () => runDemo(dir, options));
}

/** Empties the folder for a fresh demo, but leaves the lock this command holds. */
function emptyFolder(dir: string): void {
  for (const entry of fs.readdirSync(dir))
    if (entry !== LOCK_FILE) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
}

function runDemo(dir: string, options: WorkspaceOptions & { addon?: boolean }): void {
  emptyFolder(dir);
  const workspace = Workspace.init(dir, { start: DEMO_START, faults: options.faults });
  pushBundle(workspace, options.addon ? 'addon' : 'bound');
  const steps: { step: string; status: string; error?: string; value?: unknown }[] = [];
  const step = (fn: string, args: unknown[] = []) => {
    const result = workspace.run(PROJECT_ID, fn, args);
    steps.push({
      step: fn,
      status: result.execution.status,
      error: result.execution.error,
      value: result.value,
    });
    return result;
  };
  step('setup', [{ lang: 'fi' }]);
  step('loadDemoRoster');
  step('planNextWeek');
  const executions: ExecutionLogEntry[] = [];
  const reflections = clientsWriteReflections(workspace, (entries) => executions.push(...entries));
  executions.push(...workspace.advance(Date.parse(DEMO_START) + 14 * DAY).map((r) => r.execution));
  saveOrExplain(workspace);
  const recorded = reflectionRows(workspace);

  const tz = workspace.meta.timeZone;
  const mails = outbox(workspace.rt.store('mail') as never).map(describeMail);
  const byKind: Record<string, number> = {};
  for (const mail of mails) byKind[mail.kind ?? 'other'] = (byKind[mail.kind ?? 'other'] ?? 0) + 1;
  const failed = [...steps, ...executions].filter((e) => e.status !== 'completed');
  const summary = {
    dir,
    installedAs: options.addon ? 'addon' : 'bound',
    timeDrivenTriggers: clockTriggersPerUser(workspace),
    clock: new Date(workspace.now()).toISOString(),
    steps: steps.map(({ step: s, status, error }) => ({ step: s, status, error })),
    triggerRuns: executions.length,
    failedRuns: failed.length,
    mails: mails.length,
    mailsByKind: byKind,
    reflections: { sent: reflections.sent, failed: reflections.failed, recorded },
    look: {
      mail: path.join(dir, 'mail'),
      drive: path.join(dir, 'drive'),
      export: `npx etapaja export --dir ${dir} --out ${path.join(dir, 'export')}`,
    },
  };
  print(options, summary, () =>
    [
      'Etäpaja demo on the offline Apps Script runtime',
      `  workspace:      ${dir}`,
      `  installed as:   ${options.addon ? 'editor add-on' : 'bound script'}; time-driven triggers per user: ${JSON.stringify(summary.timeDrivenTriggers)}`,
      `  simulated time: ${localTime(Date.parse(DEMO_START), tz)} → ${localTime(workspace.now(), tz)} (${tz})`,
      ...steps.map((s) => `  ${s.step.padEnd(15)} ${s.status}${s.error ? `: ${s.error}` : ''}`),
      `  trigger runs:   ${executions.length} (${executions.filter((e) => e.status !== 'completed').length} not completed)`,
      `  mails sent:     ${mails.length} ${JSON.stringify(byKind)}`,
      `  reflections:    ${reflections.sent} sent by clients through their mail's link, ${recorded} rows in Päiväkirjat`,
      '',
      'Where to look:',
      `  mails as .eml (open with any mail client): ${summary.look.mail}/`,
      `  client folders as real files:              ${summary.look.drive}/`,
      `  sheets as CSV, outbox, triggers, calls:    ${summary.look.export}`,
    ].join('\n'),
  );
  if (failed.some((f) => 'step' in f) || reflections.failed > 0) process.exitCode = 1;
}

/** What the demo clients write about their day (Finnish: the demo workbook is Finnish). */
const DID = [
  'Tein viikon tehtävät ja lähetin kuvan kansioon.',
  'Harjoittelin taulukkoa ja kirjoitin lyhyen tekstin.',
  'Kävin kävelyllä ja suunnittelin huomisen.',
];
const THOUGHTS = [
  'Meni hyvin.',
  'Vähän väsytti, mutta sain tehtyä.',
  'Kysyisin ensi kerralla apua.',
];

/**
 * On every weekday evening of the two weeks, about two in three demo clients fill in the day's
 * reflection through the prefilled link of their weekly mail (etapaja respond); the form's
 * trigger queues it and the next hourly run writes the row. Clients without a link that day (not
 * yet welcomed, period over) skip it, as a real one would.
 */
function clientsWriteReflections(
  workspace: Workspace,
  ran: (entries: ExecutionLogEntry[]) => void,
): { sent: number; failed: number } {
  const tz = workspace.meta.timeZone;
  let sent = 0;
  let failed = 0;
  for (let day = 0; day < 14; day++) {
    const evening = Date.parse(DEMO_START) + day * DAY + 9 * HOUR;
    ran(workspace.advance(evening).map((r) => r.execution));
    const date = dateInZone(evening, tz);
    if (weekdayOf(date) > 5) continue;
    demoClientIds(workspace).forEach((client, i) => {
      if ((i + day) % 3 === 0) return;
      const link = workspace.run(PROJECT_ID, 'reflectionLink', [client, date]).value;
      if (typeof link !== 'string' || link === '') return;
      const result = submitReflection(workspace, {
        client,
        date,
        hours: String(3 + ((i + day) % 3)),
        did: DID[(i + day) % DID.length],
        went: String(3 + ((i * 7 + day) % 3)),
        thoughts: THOUGHTS[(i + 2 * day) % THOUGHTS.length],
      });
      sent += 1;
      if (result.executions.some((e) => e.status !== 'completed')) failed += 1;
    });
  }
  return { sent, failed };
}

/** How many time-driven triggers each user holds now (an add-on may hold one per workbook). */
function clockTriggersPerUser(workspace: Workspace): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of workspace.triggers().filter((t) => t.eventType === 'CLOCK'))
    counts[t.owner] = (counts[t.owner] ?? 0) + 1;
  return counts;
}

function demoClientIds(workspace: Workspace): string[] {
  const [header = [], ...rows] = readSheetValues(
    workspace.rt,
    workspace.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  const id = header.map(String).indexOf('Tunnus');
  return rows.map((r) => String(r[id] ?? '')).filter((v) => v !== '');
}

function reflectionRows(workspace: Workspace): number {
  const values = readSheetValues(
    workspace.rt,
    workspace.meta.boundSpreadsheetId as string,
    'Päiväkirjat',
  );
  return values.slice(1).filter((r) => r.some((c) => c !== '' && c !== null)).length;
}

function localTime(ms: number, timeZone: string): string {
  const { date, time } = zonedParts(ms, timeZone);
  return `${date} ${time}`;
}
