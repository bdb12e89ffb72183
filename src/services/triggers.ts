import type { ScheduleState } from '../core/schedule';
import { isAddon } from './properties';

/** Installable triggers, each described once, so setup can make exactly the missing ones. */
export type TriggerSpec =
  | { functionName: string; kind: 'weekly'; weekDay: GoogleAppsScript.Base.Weekday; hour: number }
  | { functionName: string; kind: 'daily'; hour: number }
  | { functionName: string; kind: 'hourly' }
  | { functionName: string; kind: 'form-submit'; formId: string };

export interface TriggerSummary {
  functionName: string;
  eventType: string;
}

export function listTriggers(): TriggerSummary[] {
  return ScriptApp.getProjectTriggers().map((t) => ({
    functionName: t.getHandlerFunction(),
    eventType: String(t.getEventType()),
  }));
}

export function createTrigger(spec: TriggerSpec, timeZone: string): void {
  const builder = ScriptApp.newTrigger(spec.functionName);
  switch (spec.kind) {
    case 'weekly':
      builder.timeBased().onWeekDay(spec.weekDay).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    case 'daily':
      builder.timeBased().everyDays(1).atHour(spec.hour).inTimezone(timeZone).create();
      return;
    case 'hourly':
      builder.timeBased().everyHours(1).create();
      return;
    case 'form-submit':
      builder.forForm(spec.formId).onFormSubmit().create();
      return;
  }
}

/** Deletes every trigger of the project whose handler is in `functionNames`. */
export function deleteTriggersFor(functionNames: string[]): number {
  let deleted = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (functionNames.includes(trigger.getHandlerFunction())) {
      ScriptApp.deleteTrigger(trigger);
      deleted += 1;
    }
  }
  return deleted;
}

/**
 * User property (triggers are per user) recording the one-off triggers this account made, by
 * unique id and due time. Apps Script cannot read a trigger's schedule, and a one-off that has
 * fired stays listed until deleted (widely reported; the runtime does the same), counting
 * towards the 20 triggers a user may have — so spent ones are found here and deleted by id.
 * Only a bound script makes one-offs (an add-on continues in its schedule, continueLater), and a
 * bound script's user properties already belong to its one workbook: this name is not keyed.
 */
export const ONE_OFF_PROPERTY = 'oneOffTriggers';
/**
 * User property with this coach's schedule state (core/schedule.ts) for the hourly run, kept
 * per workbook under `perWorkbookName(SCHEDULE_PROPERTY)`.
 */
export const SCHEDULE_PROPERTY = 'schedule';

/**
 * State about this coach's triggers in one workbook (the hourly run's schedule, the trigger
 * specs setup remembers) is kept in USER properties, under a name keyed by the spreadsheet's id:
 * `schedule:<spreadsheetId>`. User properties belong to the script project and the user, not to
 * the document: an editor add-on's are shared by every workbook the coach uses it in
 * (https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores),
 * so an un-keyed `schedule` let workbook A's run mark workbook B's weekly letters as sent.
 * User properties rather than document properties keyed by the user's email: the state is this
 * account's own (like its triggers), and no other coach of the workbook can read or change it,
 * nor does it depend on Google telling an email. A bound script's user properties are already
 * per workbook; it uses the same names, so both installs read and write one way.
 */
export function perWorkbookName(base: string, spreadsheetId = activeSpreadsheetId()): string {
  return spreadsheetId === '' ? base : `${base}:${spreadsheetId}`;
}

let spreadsheetIdOfRun: string | undefined;

/** The id of the workbook this execution runs in ('' without one), asked once per execution. */
function activeSpreadsheetId(): string {
  if (spreadsheetIdOfRun === undefined)
    spreadsheetIdOfRun = SpreadsheetApp.getActiveSpreadsheet()?.getId() ?? '';
  return spreadsheetIdOfRun;
}

/**
 * Reads this workbook's value of a per-workbook user property. A value stored un-keyed by an
 * earlier version is moved once to this workbook's name (and the un-keyed one deleted), so a
 * current install keeps its state; the first workbook to run after the update takes it, and any
 * other workbook starts afresh (its jobs are exactly-once on their own: dispatch ledger).
 */
export function readPerWorkbook(
  base: string,
  spreadsheetId = activeSpreadsheetId(),
): string | null {
  const props = PropertiesService.getUserProperties();
  const name = perWorkbookName(base, spreadsheetId);
  const value = props.getProperty(name);
  if (value !== null || name === base) return value;
  const old = props.getProperty(base);
  if (old === null) return null;
  props.setProperty(name, old);
  props.deleteProperty(base);
  return old;
}

/** Writes this workbook's value of a per-workbook user property. */
export function writePerWorkbook(
  base: string,
  value: string,
  spreadsheetId = activeSpreadsheetId(),
): void {
  PropertiesService.getUserProperties().setProperty(perWorkbookName(base, spreadsheetId), value);
}

type OneOffs = Record<string, { handler: string; at: number }>;

function readJson<T>(key: string, fallback: T): T {
  try {
    const text = PropertiesService.getUserProperties().getProperty(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch (_error) {
    return fallback;
  }
}

function writeJson(key: string, value: unknown): void {
  PropertiesService.getUserProperties().setProperty(key, JSON.stringify(value));
}

export function readSchedule(): ScheduleState {
  try {
    const text = readPerWorkbook(SCHEDULE_PROPERTY);
    return text ? (JSON.parse(text) as ScheduleState) : {};
  } catch (_error) {
    return {};
  }
}

export function writeSchedule(state: ScheduleState): void {
  writePerWorkbook(SCHEDULE_PROPERTY, JSON.stringify(state));
}

/**
 * Deletes this account's one-off triggers whose time is more than `graceMs` past (a one-off
 * fires within a minute of its time), by unique id. Returns how many went.
 */
export function deleteSpentOneOffs(graceMs = 0): number {
  const oneOffs = readJson<OneOffs>(ONE_OFF_PROPERTY, {});
  const now = Date.now();
  const spent = Object.keys(oneOffs).filter((uid) => oneOffs[uid].at + graceMs <= now);
  if (spent.length === 0) return 0;
  let deleted = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (!spent.includes(trigger.getUniqueId())) continue;
    ScriptApp.deleteTrigger(trigger);
    deleted += 1;
  }
  for (const uid of spent) delete oneOffs[uid];
  writeJson(ONE_OFF_PROPERTY, oneOffs);
  return deleted;
}

/** The unique ids of this account's one-off triggers still waiting to fire. */
export function waitingOneOffs(handler?: string): string[] {
  const oneOffs = readJson<OneOffs>(ONE_OFF_PROPERTY, {});
  const now = Date.now();
  return Object.keys(oneOffs).filter(
    (uid) => oneOffs[uid].at > now && (handler === undefined || oneOffs[uid].handler === handler),
  );
}

/**
 * Runs `handler` again at about `atMs` (a continuation, a retry, a catch-up), at most one waiting
 * per handler. A bound script makes a one-off trigger, first deleting its spent ones by unique
 * id. An add-on may hold only its one hourly trigger, so the time goes into this coach's
 * schedule and the next hourly run due after it starts the work (jobs/schedule.ts); only the
 * weekly dispatch continues that way. Returns when it will run.
 */
export function continueLater(handler: string, atMs: number): number {
  if (isAddon()) {
    const state = readSchedule();
    const waiting = state.continueDispatchAt;
    if (waiting !== undefined && waiting > Date.now() && waiting <= atMs) return waiting;
    writeSchedule({ ...state, continueDispatchAt: atMs });
    return atMs;
  }
  deleteSpentOneOffs();
  const oneOffs = readJson<OneOffs>(ONE_OFF_PROPERTY, {});
  const waiting = waitingOneOffs(handler);
  if (waiting.length > 0) return oneOffs[waiting[0]].at;
  const trigger = ScriptApp.newTrigger(handler)
    .timeBased()
    .after(Math.max(0, atMs - Date.now()))
    .create();
  oneOffs[trigger.getUniqueId()] = { handler, at: atMs };
  writeJson(ONE_OFF_PROPERTY, oneOffs);
  return atMs;
}
