import { Workspace } from '../../emulator/workspace';
import { formatExecutionLog } from '../../emulator/logging/execution-log';
import type { ExecutionLogEntry } from '../../emulator/script/store';
import {
  PROJECT_ID,
  commandName,
  parseInstant,
  print,
  pushBundle,
  saveOrExplain,
  say,
  withWorkspace,
  type WorkspaceOptions,
} from './common';
import { withWorkspaceLock } from './workspace-lock';
import { readScriptProject } from './script-project';
import {
  SPREADSHEET_STORE,
  queueUiResponse,
  type SpreadsheetStore,
} from '../../emulator/spreadsheet';

/** A name google.script.run can call: an identifier, not private (ending in "_"). */
export function isCallableName(fn: string): boolean {
  return /^[A-Za-z$][\w$]*$/.test(fn) && !fn.endsWith('_');
}

/** --quiet hides the execution log that run-script, call and advance print. */
export interface LogOptions {
  quiet?: boolean;
}

/**
 * An execution's log lines, as the editor's execution log shows them; `framed: false` leaves out
 * the "Execution started/completed" notices (advance lists many executions, each with its status).
 */
function logText(
  workspace: Workspace,
  execution: ExecutionLogEntry,
  { indent = '', framed = true } = {},
): string[] {
  const lines = workspace.logOf(execution).filter((l) => framed || l.level !== 'Notice');
  return lines.length === 0
    ? []
    : formatExecutionLog(lines)
        .split('\n')
        .map((l) => indent + l);
}

export interface InitOptions extends WorkspaceOptions {
  lang?: string;
  tz?: string;
  start?: string;
  seed?: string;
  owner?: string;
  /** Installed as an editor add-on from the Marketplace, not as the workbook's bound script. */
  addon?: boolean;
  blankActiveUser?: boolean;
}

/** `etapaja init`: a new workspace with the bundle pushed and the add-on's own setup run. */
export function init(options: InitOptions): Workspace {
  const dir = options.dir ?? '.etapaja/default';
  return withWorkspaceLock(dir, commandName(), () => {
    const workspace = Workspace.init(dir, {
      timeZone: options.tz ?? 'Europe/Helsinki',
      start: options.start,
      seed: options.seed ? Number(options.seed) : undefined,
      owner: options.owner,
      faults: options.faults,
      blankActiveUser: options.blankActiveUser,
    });
    pushBundle(workspace, options.addon ? 'addon' : 'bound');
    const result = workspace.run(PROJECT_ID, 'setup', [
      { lang: options.lang ?? 'fi', timeZone: options.tz },
    ]);
    saveOrExplain(workspace);
    if (result.error) throw result.error;
    print(
      options,
      { dir, installedAs: options.addon ? 'addon' : 'bound', setup: result.value },
      () =>
        `Workspace ready at ${dir} (${options.addon ? 'editor add-on' : 'bound script'})
${JSON.stringify(result.value, null, 2)}`,
    );
    return workspace;
  });
}

/** `etapaja advance --to`: moves the clock, firing due triggers in time order. */
export function advance(options: WorkspaceOptions & LogOptions & { to: string }): void {
  withWorkspace(options, (workspace) => {
    const to = parseInstant(options.to, workspace.meta.timeZone);
    if (Number.isNaN(to))
      throw new Error(
        `Bad --to: ${options.to} (a real date and time, YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally with an offset)`,
      );
    const results = workspace.advance(to);
    const executions = results.map((r) => ({ ...r.execution, log: workspace.logOf(r.execution) }));
    print(options, { now: new Date(workspace.now()).toISOString(), executions }, () =>
      [
        `Clock is now ${new Date(workspace.now()).toISOString()}`,
        ...results.flatMap(({ execution: e }) => [
          `  ${new Date(e.startedAt).toISOString()}  ${e.functionName.padEnd(22)} ${e.status}${e.error ? `: ${e.error}` : ''}`,
          ...(options.quiet ? [] : logText(workspace, e, { indent: '      ', framed: false })),
        ]),
      ].join('\n'),
    );
  });
}

/** `etapaja call FUNCTION [JSON-ARGS]`: as google.script.run would call a server function. */
export function call(
  fn: string,
  jsonArgs: string | undefined,
  options: WorkspaceOptions & LogOptions & { as?: string },
): void {
  withWorkspace(options, (workspace) => {
    let args: unknown[] = [];
    if (jsonArgs) {
      const parsed: unknown = JSON.parse(jsonArgs);
      args = Array.isArray(parsed) ? parsed : [parsed];
    }
    // google.script.run reaches only the script's own top-level functions, and not those
    // whose names end in "_" (private). Anything else is "not found", as Apps Script says.
    const result = isCallableName(fn)
      ? workspace.run(PROJECT_ID, fn, args, { user: options.as })
      : { error: new Error(`Script function not found: ${fn}`), value: undefined };
    // stdout carries the value as JSON; the execution log goes to stderr.
    if (!options.quiet && 'execution' in result)
      console.error(logText(workspace, result.execution).join('\n'));
    if (result.error) {
      process.exitCode = 1;
      console.error(`${fn} failed: ${result.error.message}`);
      return;
    }
    // google.script.run passes values through JSON: Dates become strings, functions vanish.
    say(JSON.stringify(result.value ?? null, null, 2));
  });
}

/**
 * `etapaja run-script FILE.js|FOLDER`: any plain Apps Script file, or a project folder as clasp
 * keeps it (script-project.ts), bound to the same workbook.
 */
export function runScript(
  file: string,
  options: WorkspaceOptions & LogOptions & { function?: string; answer?: string[] },
): void {
  withWorkspace(options, (workspace) => {
    const project = readScriptProject(file, workspace.meta.timeZone);
    const code = project.code;
    for (const reply of options.answer ?? []) queueUiResponse(workspace.rt, parseAnswer(reply));
    const projectId = `script-${project.name.replace(/\W+/g, '-')}`;
    workspace.push(projectId, code, project.manifest, project.name, project.files);
    const fn = options.function ?? defaultFunction(code);
    const result = workspace.run(projectId, fn, []);
    // Answers are for this run only: any the script did not use are not kept for the next one.
    if (options.answer?.length)
      workspace.rt.store<SpreadsheetStore>(SPREADSHEET_STORE).uiResponses.length = 0;
    const e = result.execution;
    const summary = {
      function: fn,
      status: e.status,
      error: e.error,
      calls: e.calls,
      modelledMs: e.modelledMs,
      value: result.value,
      log: workspace.logOf(e),
    };
    print(options, summary, () =>
      [
        ...(options.quiet ? [] : [...logText(workspace, e), '']),
        `${fn}: ${e.status}${e.error ? ` — ${e.error}` : ''}`,
        `service calls: ${
          Object.entries(e.calls)
            .map(([s, n]) => `${s} ${n}`)
            .join(', ') || 'none'
        }`,
        `modelled Apps Script time: ${(e.modelledMs / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
    if (e.status !== 'completed') process.exitCode = 1;
  });
}

const DIALOG_BUTTONS = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'];

/** `--answer YES` or `--answer OK=Aino`: the button a person presses, and what they typed. */
function parseAnswer(reply: string): { button: string; text?: string } {
  const at = reply.indexOf('=');
  const button = (at < 0 ? reply : reply.slice(0, at)).trim().toUpperCase();
  if (!DIALOG_BUTTONS.includes(button))
    throw new Error(`--answer ${reply}: the button is one of ${DIALOG_BUTTONS.join(', ')}`);
  return at < 0 ? { button } : { button, text: reply.slice(at + 1) };
}

function defaultFunction(code: string): string {
  const names = [...code.matchAll(/^\s*function\s+([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1]);
  for (const preferred of ['main', 'myFunction', 'run'])
    if (names.includes(preferred)) return preferred;
  if (names.length === 1) return names[0];
  throw new Error(
    `Say which function to run with --function (found: ${names.join(', ') || 'none'})`,
  );
}
