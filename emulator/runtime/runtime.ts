import { SimClock, useClock } from './clock';
import { checkAuthMode, type AuthModeName } from './auth';
import { ExecutionKilled, appsScriptError } from './errors';
import { FaultInjector, FaultSpec, parseFaults } from './faults';
import { priceOf } from './latency';
import { Rng } from './rng';

/** Apps Script's limit for one execution of a consumer or Workspace script. [QUOTA] */
export const EXECUTION_BUDGET_MS = 6 * 60 * 1000;

export interface CallRecord {
  service: string;
  method: string;
  ms: number;
  failed?: boolean;
}

export interface ExecutionInfo {
  id: string;
  projectId: string;
  functionName: string;
  user: string;
  trigger?: { id: string; kind: string };
  startedAt: number;
  /** The authorisation mode the execution runs in (runtime/auth.ts); undefined is FULL. */
  authMode?: AuthModeName;
  /** The project runs as an editor add-on, not as a script bound to the workbook. */
  addon?: boolean;
}

/**
 * Add-ons put their menu under Extensions with createAddonMenu(); Google's add-on guides never
 * let one add a top-level menu (https://developers.google.com/workspace/add-ons/guides/menus:
 * "Editor add-ons can ... create menu items under the Extensions menu"). Unclear what Google
 * does with createMenu in an add-on, so the emulator refuses it.
 */
export const ADDON_CREATE_MENU_MESSAGE =
  'An editor add-on cannot add a top-level menu: use SpreadsheetApp.getUi().createAddonMenu().';

/** One run of one function, with its own budget and its own call log, as in Apps Script. */
export class Execution {
  readonly calls: CallRecord[] = [];
  killed?: 'crash' | 'timeout';

  constructor(readonly info: ExecutionInfo) {}

  get modelledMs(): number {
    return this.calls.reduce((sum, c) => sum + c.ms, 0);
  }

  callsByService(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const c of this.calls) counts[c.service] = (counts[c.service] ?? 0) + 1;
    return counts;
  }
}

/** A listener run after every successful service call: how tests inject coach edits or overlaps. */
export type CallHook = (call: CallRecord, execution: Execution) => void;

/**
 * The emulator's shared machinery for every service: the clock, the stores, the dice and the
 * execution in progress. Services call `rt.call(...)` at the top of every public method.
 */
export class Runtime {
  readonly clock: SimClock;
  readonly rng: Rng;
  faults: FaultInjector;
  private readonly executionStack: Execution[] = [];
  private readonly hooks = new Set<CallHook>();
  /** Service name for the call log of each service area ("SpreadsheetApp" for Range calls). */
  static readonly SERVICE_OF: Record<string, string> = {
    Spreadsheet: 'SpreadsheetApp',
    Sheet: 'SpreadsheetApp',
    Range: 'SpreadsheetApp',
    Protection: 'SpreadsheetApp',
    DataValidation: 'SpreadsheetApp',
    Ui: 'SpreadsheetApp',
    Folder: 'DriveApp',
    File: 'DriveApp',
    Properties: 'PropertiesService',
    Cache: 'CacheService',
    Lock: 'LockService',
    TriggerBuilder: 'ScriptApp',
    Trigger: 'ScriptApp',
    Form: 'FormApp',
    Item: 'FormApp',
    FormResponse: 'FormApp',
    'Calendar.Events': 'Calendar',
    CalendarEvent: 'CalendarApp',
    Document: 'DocumentApp',
    Body: 'DocumentApp',
    HeaderSection: 'DocumentApp',
    FooterSection: 'DocumentApp',
    Paragraph: 'DocumentApp',
    ListItem: 'DocumentApp',
    Text: 'DocumentApp',
    Table: 'DocumentApp',
    TableRow: 'DocumentApp',
    TableCell: 'DocumentApp',
    PageBreak: 'DocumentApp',
    HorizontalRule: 'DocumentApp',
    RangeElement: 'DocumentApp',
  };

  constructor(
    readonly stores: Record<string, unknown>,
    options: { nowMs: number; seed: number; faults?: FaultSpec | string; dir: string },
    readonly dir = options.dir,
  ) {
    this.clock = new SimClock(options.nowMs);
    useClock(this.clock);
    this.rng = new Rng(options.seed);
    this.faults = new FaultInjector(
      typeof options.faults === 'string' || options.faults === undefined
        ? parseFaults(options.faults)
        : options.faults,
    );
  }

  store<T>(name: string): T {
    const store = this.stores[name];
    if (store === undefined) throw new Error(`Emulator store "${name}" is not registered`);
    return store as T;
  }

  get current(): Execution | undefined {
    return this.executionStack[this.executionStack.length - 1];
  }

  /** The execution in progress; service calls outside one are a bug in the harness. */
  get execution(): Execution {
    const execution = this.current;
    if (!execution) throw new Error('A service was called outside an execution');
    return execution;
  }

  /** True while the execution is in progress (possibly with a nested one on top). */
  isRunning(executionId: string): boolean {
    return this.executionStack.some((e) => e.info.id === executionId);
  }

  begin(info: Omit<ExecutionInfo, 'startedAt'>): Execution {
    const execution = new Execution({ ...info, startedAt: this.clock.now() });
    this.executionStack.push(execution);
    return execution;
  }

  end(execution: Execution): void {
    const top = this.executionStack.pop();
    if (top !== execution) throw new Error('Executions ended out of order');
  }

  onCall(hook: CallHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /**
   * Counts, prices and maybe fails one service call. `area` is the object the method belongs to
   * (`Range`, `MailApp`…); `cells` prices value reads and writes by size.
   */
  call(area: string, method: string, cells = 0): void {
    const execution = this.execution;
    if (execution.killed) throw new ExecutionKilled(execution.killed);
    checkAuthMode(execution.info.authMode, area, method);
    if (execution.info.addon && area === 'Ui' && method === 'createMenu')
      throw appsScriptError(ADDON_CREATE_MENU_MESSAGE);
    const service = Runtime.SERVICE_OF[area] ?? area;
    const fate = this.faults.decide(area);
    if (fate?.kind === 'crash') {
      execution.killed = 'crash';
      throw new ExecutionKilled('crash');
    }
    const ms = priceOf(`${area}.${method}`, cells);
    this.clock.advance(ms);
    const record: CallRecord = { service, method: `${area}.${method}`, ms };
    execution.calls.push(record);
    if (fate?.kind === 'error') {
      record.failed = true;
      throw appsScriptError(fate.message);
    }
    if (this.clock.now() - execution.info.startedAt > EXECUTION_BUDGET_MS) {
      execution.killed = 'timeout';
      throw new ExecutionKilled('timeout');
    }
    for (const hook of this.hooks) hook(record, execution);
  }

  /** A seeded id in the shape Google uses for Drive and Sheets ids (44 url-safe characters). */
  newId(prefix = '1'): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let id = prefix;
    while (id.length < 44) id += alphabet[this.rng.int(alphabet.length)];
    return id;
  }
}
