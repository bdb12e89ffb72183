import * as fs from 'node:fs';
import { enterClock, enterZone, makeDate } from './runtime/clock';
import type { ScriptContext } from './runtime/context';
import { ExecutionKilled } from './runtime/errors';
import { carryFrames, logFrames, scriptFramesOf } from './runtime/script-stack';
import { parseFaults } from './runtime/faults';
import { Rng } from './runtime/rng';
import { Execution, Runtime } from './runtime/runtime';
import {
  STATE_FORMAT,
  STATE_VERSION,
  emptyStores,
  loadState,
  saveState,
  stateFile,
  type WorkspaceMeta,
} from './runtime/state';
import { compile, buildGlobals, loadInto } from './sandbox';
import type { AuthModeName } from './runtime/auth';
import { appsScriptError } from './runtime/errors';
import { canEditSpreadsheet } from './spreadsheet/books';
import { projectsStore, type Manifest, type ProjectsStore } from './projects/store';
import { scheduleNext } from './script/api';
import {
  MAX_EXECUTION_LOG,
  scriptStore,
  type ExecutionLogEntry,
  type ScriptStore,
  type StoredTrigger,
} from './script/store';
import { createSpreadsheet } from './spreadsheet';
import { LOCK_STORE, releaseLocksOf, setRunningCheck } from './lock';
import { resolveFormSubmitEvent } from './forms';
import { LOG_STORE, logsOf, type LogStore } from './logging';
import { executionLog, type ExecutionLogLine } from './logging/execution-log';
import { zonedParts } from './runtime/time-zone';

export interface InitOptions {
  owner?: string;
  /** Session.getActiveUser() blank in triggers and web apps (state.ts `blankActiveUser`). */
  blankActiveUser?: boolean;
  timeZone?: string;
  locale?: string;
  /** ISO date-time of the simulated clock at creation. */
  start?: string;
  seed?: number;
  workbookName?: string;
  accountKind?: 'workspace' | 'consumer';
  faults?: string;
}

export interface RunOptions {
  user?: string;
  /** Who Session.getActiveUser names, if not `user`: '' for an anonymous web app visitor. */
  activeUser?: string;
  trigger?: StoredTrigger;
  /** The authorisation mode (runtime/auth.ts); undefined is FULL. */
  authMode?: AuthModeName;
  /** A simple trigger (onOpen…) or a web app request: the active user may be blank. */
  simpleTrigger?: boolean;
  webApp?: boolean;
}

export interface RunResult {
  execution: ExecutionLogEntry;
  value?: unknown;
  error?: Error;
}

export const DEFAULT_OWNER = 'ohjaaja@kunta.example';
export const NOT_AN_EDITOR_MESSAGE = 'You need edit access to this spreadsheet to run its scripts.';

/**
 * A local Apps Script world: the stores of every service, the projects pushed to it, the
 * simulated clock and the triggers it fires. Everything the CLI and the tests do goes through
 * here; `save()` makes it survive between commands.
 */
export class Workspace {
  private constructor(
    readonly dir: string,
    readonly rt: Runtime,
    readonly meta: WorkspaceMeta,
  ) {
    // A lock is contended only while its holder is still on the execution stack.
    setRunningCheck(rt, (executionId) => rt.isRunning(executionId));
  }

  static init(dir: string, options: InitOptions = {}): Workspace {
    if (dir && fs.existsSync(stateFile(dir))) {
      throw new Error(`A workspace already exists at ${dir}; remove the folder to start anew`);
    }
    const seed = options.seed ?? 1;
    const start = Date.parse(options.start ?? '2026-11-30T08:00:00+02:00');
    if (Number.isNaN(start)) throw new Error(`Bad start time: ${options.start}`);
    const rt = new Runtime(emptyStores(), { nowMs: start, seed, faults: options.faults, dir });
    const meta: WorkspaceMeta = {
      owner: options.owner ?? DEFAULT_OWNER,
      timeZone: options.timeZone ?? 'Europe/Helsinki',
      locale: options.locale ?? 'fi_FI',
      createdAt: start,
      seed,
      accountKind: options.accountKind ?? 'workspace',
      ...(options.blankActiveUser ? { blankActiveUser: true } : {}),
    };
    const workspace = new Workspace(dir, rt, meta);
    // Consumer accounts may mail 100 recipients a day, Workspace accounts 1,500. [QUOTA]
    const mail = rt.store<{ dailyRecipientLimit: number; accountKind?: string }>('mail');
    mail.dailyRecipientLimit = meta.accountKind === 'consumer' ? 100 : 1500;
    mail.accountKind = meta.accountKind;
    meta.boundSpreadsheetId = createSpreadsheet(rt, {
      name: options.workbookName ?? 'Etäpaja',
      owner: meta.owner,
      timeZone: meta.timeZone,
      locale: meta.locale,
    });
    return workspace;
  }

  static open(dir: string, options: { faults?: string } = {}): Workspace {
    const saved = loadState(dir);
    const rt = new Runtime(saved.stores, {
      nowMs: saved.clockMs,
      seed: saved.meta.seed,
      faults: parseFaults(options.faults),
      dir,
    });
    (rt as { rng: Rng }).rng = Rng.fromState(saved.rngState);
    return new Workspace(dir, rt, saved.meta);
  }

  /** Opens the workspace at dir, or makes it if there is none. */
  static openOrInit(dir: string, options: InitOptions = {}): Workspace {
    return fs.existsSync(stateFile(dir))
      ? Workspace.open(dir, options)
      : Workspace.init(dir, options);
  }

  save(): void {
    if (!this.dir) return;
    saveState(this.dir, {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      clockMs: this.rt.clock.now(),
      rngState: this.rt.rng.getState(),
      meta: this.meta,
      stores: this.rt.stores,
    });
  }

  now(): number {
    return this.rt.clock.now();
  }

  /** `clasp push` for the emulator: stores the code and manifest of a project. */
  push(
    projectId: string,
    code: string,
    manifest: Manifest,
    name = projectId,
    files: Record<string, string> = {},
    installedAs?: 'bound' | 'addon',
  ): void {
    const projects = this.rt.store<ProjectsStore>(projectsStore.name).projects;
    // A new push keeps how the project was installed unless told otherwise.
    const how = installedAs ?? projects[projectId]?.installedAs;
    projects[projectId] = {
      id: projectId,
      name,
      code,
      manifest,
      pushedAt: this.now(),
      files,
      ...(how === 'addon' ? { installedAs: how } : {}),
    };
  }

  project(projectId: string) {
    const project = this.rt.store<ProjectsStore>(projectsStore.name).projects[projectId];
    if (!project) throw new Error(`No project "${projectId}" in this workspace; push it first`);
    return project;
  }

  contextFor(projectId: string, user = this.meta.owner, activeUser?: string): ScriptContext {
    const project = this.project(projectId);
    return {
      rt: this.rt,
      projectId,
      user,
      activeUser,
      owner: this.meta.owner,
      timeZone: project.manifest.timeZone ?? this.meta.timeZone,
      boundSpreadsheetId: this.meta.boundSpreadsheetId,
      ...(project.installedAs === 'addon' ? { addon: true } : {}),
    };
  }

  /**
   * Who Session.getActiveUser names: the caller's choice, else blank where Google allows it to
   * be and the workspace says it is (`blankActiveUser`), else the running user.
   */
  private activeUserFor(options: RunOptions): string | undefined {
    if (options.activeUser !== undefined) return options.activeUser;
    const mayBeBlank = Boolean(options.trigger || options.simpleTrigger || options.webApp);
    return this.meta.blankActiveUser && mayBeBlank ? '' : undefined;
  }

  /**
   * Only people who can edit the workbook run its code: "Installable triggers … do not run if a
   * file is opened in read-only (view or comment) mode", simple triggers likewise
   * (https://developers.google.com/apps-script/guides/triggers#restrictions), and a container's
   * script is open to its editors only (https://developers.google.com/apps-script/guides/bound).
   * Where Google is silent (a viewer calling a sidebar function) the emulator refuses too.
   */
  private checkCanEdit(user: string): void {
    const id = this.meta.boundSpreadsheetId;
    if (id && !canEditSpreadsheet(this.rt, id, user))
      throw appsScriptError(`${NOT_AN_EDITOR_MESSAGE} (${user})`);
  }

  /**
   * Runs one function as one execution: fresh global scope, own 6-minute budget, own call log.
   * Never throws for the script's own errors; they are in the result, as in the executions log.
   */
  run(
    projectId: string,
    functionName: string,
    args: unknown[] = [],
    options: RunOptions = {},
  ): RunResult {
    const project = this.project(projectId);
    const user = options.user ?? options.trigger?.owner ?? this.meta.owner;
    const scripts = this.rt.store<ScriptStore>(scriptStore.name);
    const id = `exec-${scripts.nextExecution++}`;
    const execution = this.rt.begin({
      id,
      projectId,
      functionName,
      user,
      trigger: options.trigger
        ? { id: options.trigger.id, kind: options.trigger.eventType }
        : undefined,
      ...(options.authMode ? { authMode: options.authMode } : {}),
      ...(project.installedAs === 'addon' ? { addon: true } : {}),
    });
    let value: unknown;
    let error: Error | undefined;
    const ctx = this.contextFor(projectId, user, this.activeUserFor(options));
    // Every Date of this execution, the script's and the services', is in the project's zone.
    const leaveZone = enterZone(ctx.timeZone);
    const leaveClock = enterClock(this.rt.clock);
    try {
      this.checkCanEdit(user);
      const globals = buildGlobals(ctx);
      const context = loadInto(compile(projectId, project.code), globals);
      const fn = scriptFunction(context, globals, functionName);
      if (typeof fn !== 'function') {
        throw new Error(`Script function not found: ${functionName}`);
      }
      value = (fn as (...a: unknown[]) => unknown)(...this.eventHandles(ctx, options, args));
    } catch (e) {
      error = asError(e);
    } finally {
      releaseLocksOf(this.rt.store(LOCK_STORE), id);
      this.rt.end(execution);
      leaveClock();
      leaveZone();
    }
    const entry = this.logExecution(execution, error);
    return { execution: entry, value: error ? undefined : value, error };
  }

  /**
   * Queued trigger events hold ids only (state is plain data); the handles an event carries
   * (a form-submit's `source` and `response`) are made here, for the execution that runs it.
   */
  private eventHandles(ctx: ScriptContext, options: RunOptions, args: unknown[]): unknown[] {
    if (options.trigger?.eventType !== 'ON_FORM_SUBMIT') return args;
    return [resolveFormSubmitEvent(ctx, args[0]), ...args.slice(1)];
  }

  /**
   * A person opens the workbook: Apps Script runs the simple trigger onOpen(e) as that person,
   * in `authMode` (LIMITED for a bound script; NONE for an add-on not yet used in this file).
   * Returns the run and the menus it added. https://developers.google.com/apps-script/guides/triggers#onopene
   */
  openWorkbook(
    user = this.meta.owner,
    authMode: AuthModeName = 'LIMITED',
    projectId = 'etapaja',
  ): RunResult {
    // In NONE and for another domain Google gives no email; the event has authMode and source.
    const event = { authMode, user: authMode === 'NONE' ? '' : user };
    return this.run(projectId, 'onOpen', [event], { user, authMode, simpleTrigger: true });
  }

  /** Runs a function and returns its value, throwing its error: what tests and `call` want. */
  call(
    functionName: string,
    args: unknown[] = [],
    options: RunOptions & { projectId?: string } = {},
  ): unknown {
    const result = this.run(options.projectId ?? 'etapaja', functionName, args, options);
    if (result.error) throw result.error;
    return result.value;
  }

  private logExecution(execution: Execution, error: Error | undefined): ExecutionLogEntry {
    const killed =
      execution.killed ?? (error instanceof ExecutionKilled ? error.reason : undefined);
    const entry: ExecutionLogEntry = {
      id: execution.info.id,
      projectId: execution.info.projectId,
      functionName: execution.info.functionName,
      user: execution.info.user,
      triggerId: execution.info.trigger?.id,
      triggerKind: execution.info.trigger?.kind,
      startedAt: execution.info.startedAt,
      endedAt: this.now(),
      status:
        killed === 'timeout'
          ? 'timed-out'
          : killed === 'crash'
            ? 'crashed'
            : error
              ? 'failed'
              : 'completed',
      error: error?.message,
      ...(error ? { trace: failureTrace(error) } : {}),
      calls: execution.callsByService(),
      modelledMs: execution.modelledMs,
    };
    const log = this.rt.store<ScriptStore>(scriptStore.name).executions;
    log.push(entry);
    if (log.length > MAX_EXECUTION_LOG) log.splice(0, log.length - MAX_EXECUTION_LOG);
    this.lastExecutions.push(entry);
    return entry;
  }

  /** An execution's log lines as the editor's execution log shows them (project zone). */
  logOf(execution: ExecutionLogEntry): ExecutionLogLine[] {
    const projects = this.rt.store<ProjectsStore>(projectsStore.name).projects;
    const timeZone = projects[execution.projectId]?.manifest.timeZone ?? this.meta.timeZone;
    const entries = logsOf(this.rt.store<LogStore>(LOG_STORE), execution.id);
    return executionLog(execution, entries, timeZone);
  }

  /** Executions since this Workspace object was opened (what one CLI command did). */
  readonly lastExecutions: ExecutionLogEntry[] = [];

  triggers(): StoredTrigger[] {
    return this.rt.store<ScriptStore>(scriptStore.name).triggers;
  }

  /** Queues an event for a trigger (e.g. a form submission), to fire at `dueAt`. */
  enqueue(triggerId: string, event: Record<string, unknown>, dueAt = this.now()): void {
    this.rt.store<ScriptStore>(scriptStore.name).pending.push({ triggerId, event, dueAt });
  }

  /**
   * Moves the clock to `toMs`, firing every due trigger and queued event in time order, each as
   * its own execution. Returns the executions that ran.
   */
  advance(toMs: number): RunResult[] {
    if (toMs < this.now()) throw new Error('The clock only moves forward');
    const results: RunResult[] = [];
    const scripts = this.rt.store<ScriptStore>(scriptStore.name);
    for (;;) {
      const dueTrigger = scripts.triggers
        .filter((t) => !t.disabled && t.nextFireAt !== undefined && t.nextFireAt <= toMs)
        .sort((a, b) => (a.nextFireAt as number) - (b.nextFireAt as number))[0];
      const duePending = scripts.pending
        .filter((p) => p.dueAt <= toMs)
        .sort((a, b) => a.dueAt - b.dueAt)[0];
      if (!dueTrigger && !duePending) break;
      if (duePending && (!dueTrigger || duePending.dueAt <= (dueTrigger.nextFireAt as number))) {
        scripts.pending.splice(scripts.pending.indexOf(duePending), 1);
        const trigger = scripts.triggers.find((t) => t.id === duePending.triggerId);
        if (!trigger || trigger.disabled) continue;
        this.rt.clock.set(Math.max(this.now(), duePending.dueAt));
        results.push(this.fire(trigger, { ...duePending.event, triggerUid: trigger.id }));
        continue;
      }
      const trigger = dueTrigger as StoredTrigger;
      this.rt.clock.set(Math.max(this.now(), trigger.nextFireAt as number));
      results.push(this.fire(trigger, this.clockEvent(trigger)));
      // The trigger may have deleted itself while it ran. A one-off (`at`/`after`) that has
      // fired stays listed by getProjectTriggers until the script deletes it, as users of Apps
      // Script report (e.g. https://issuetracker.google.com/issues/36756549 and the many
      // "delete the trigger after it runs" answers): it only never fires again, and it still
      // counts towards the 20 triggers a user may have.
      if (scripts.triggers.includes(trigger)) scheduleNext(this, trigger, this.now());
    }
    this.rt.clock.set(Math.max(this.now(), toMs));
    return results;
  }

  /** Fires one trigger now, as Apps Script would: used by `advance` and by tests. */
  fire(trigger: StoredTrigger, event: Record<string, unknown>): RunResult {
    trigger.firings += 1;
    return this.run(trigger.projectId, trigger.functionName, [event], {
      trigger,
      user: trigger.owner,
    });
  }

  private clockEvent(trigger: StoredTrigger): Record<string, unknown> {
    const now = this.now();
    const parts = zonedParts(now, 'UTC');
    const date = makeDate(now);
    return {
      authMode: 'FULL',
      triggerUid: trigger.id,
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      'day-of-month': date.getUTCDate(),
      'day-of-week': parts.weekday,
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      timezone: 'UTC',
    };
  }
}

/**
 * Only the script's own top-level functions can be run by name: not what every object inherits
 * (`constructor`, `toString`, `__proto__`) nor the services' globals. Apps Script answers
 * "Script function not found: constructor" for those.
 */
function scriptFunction(context: object, globals: Record<string, unknown>, name: string): unknown {
  const own = (o: object) => Object.prototype.hasOwnProperty.call(o, name);
  return own(context) && !own(globals) ? (context as Record<string, unknown>)[name] : undefined;
}

/**
 * Errors thrown by script code come from the sandbox's own realm, where `instanceof Error` is
 * false: keep their message and name rather than turning them into "Error: …" strings.
 */
/** What the execution log shows under a failed execution: the error's name and its script frames. */
function failureTrace(error: Error): string[] {
  const frames = logFrames(scriptFramesOf(error).slice(0, MAX_TRACE_FRAMES));
  return [`${error.name}: ${error.message}`, ...frames];
}
const MAX_TRACE_FRAMES = 20;

function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  if (thrown && typeof thrown === 'object' && typeof (thrown as Error).message === 'string') {
    const error = new Error((thrown as Error).message);
    error.name = String((thrown as Error).name ?? 'Error');
    error.stack = String((thrown as Error).stack ?? error.stack);
    return carryFrames(thrown, error);
  }
  return new Error(String(thrown));
}
