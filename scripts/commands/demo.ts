import * as fs from 'node:fs';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import { outbox } from '../../emulator/mail';
import { PROJECT_ID, print, pushBundle, type WorkspaceOptions } from './common';
import { describeMail } from './export';
import { zonedParts } from '../../src/core/time-zone';

/** Thursday morning before the first demo week, Helsinki time. */
export const DEMO_START = '2026-11-26T09:00:00+02:00';
const DAY = 24 * 60 * 60 * 1000;

/**
 * `etapaja demo`: a fresh workspace, the add-on's setup, the demo roster, next week planned,
 * then two simulated weeks in which the triggers do their work. Prints what happened and where
 * to look.
 */
export function demo(options: WorkspaceOptions): void {
  const dir = options.dir ?? '.etapaja/demo';
  fs.rmSync(dir, { recursive: true, force: true });
  const workspace = Workspace.init(dir, { start: DEMO_START, faults: options.faults });
  pushBundle(workspace);
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
  const executions = workspace.advance(Date.parse(DEMO_START) + 14 * DAY).map((r) => r.execution);
  workspace.save();

  const tz = workspace.meta.timeZone;
  const mails = outbox(workspace.rt.store('mail') as never).map(describeMail);
  const byKind: Record<string, number> = {};
  for (const mail of mails) byKind[mail.kind ?? 'other'] = (byKind[mail.kind ?? 'other'] ?? 0) + 1;
  const failed = [...steps, ...executions].filter((e) => e.status !== 'completed');
  const summary = {
    dir,
    clock: new Date(workspace.now()).toISOString(),
    steps: steps.map(({ step: s, status, error }) => ({ step: s, status, error })),
    triggerRuns: executions.length,
    failedRuns: failed.length,
    mails: mails.length,
    mailsByKind: byKind,
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
      `  simulated time: ${localTime(Date.parse(DEMO_START), tz)} → ${localTime(workspace.now(), tz)} (${tz})`,
      ...steps.map((s) => `  ${s.step.padEnd(15)} ${s.status}${s.error ? `: ${s.error}` : ''}`),
      `  trigger runs:   ${executions.length} (${executions.filter((e) => e.status !== 'completed').length} not completed)`,
      `  mails sent:     ${mails.length} ${JSON.stringify(byKind)}`,
      '',
      'Where to look:',
      `  mails as .eml (open with any mail client): ${summary.look.mail}/`,
      `  client folders as real files:              ${summary.look.drive}/`,
      `  sheets as CSV, outbox, triggers, calls:    ${summary.look.export}`,
    ].join('\n'),
  );
  if (failed.some((f) => 'step' in f)) process.exitCode = 1;
}

function localTime(ms: number, timeZone: string): string {
  const { date, time } = zonedParts(ms, timeZone);
  return `${date} ${time}`;
}
