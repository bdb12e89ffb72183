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
 */
export const ONE_OFF_PROPERTY = 'oneOffTriggers';
/** User property with this coach's schedule state (core/schedule.ts) for the hourly run. */
export const SCHEDULE_PROPERTY = 'schedule';

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
  return readJson<ScheduleState>(SCHEDULE_PROPERTY, {});
}

export function writeSchedule(state: ScheduleState): void {
  writeJson(SCHEDULE_PROPERTY, state);
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
