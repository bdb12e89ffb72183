import { coachScope } from '../core/coach-scope';
import { weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import { zonedParts, zonedToEpoch } from '../core/time-zone';
import { createTrigger } from '../services/triggers';
import { readMailData } from './dispatch-data';
import { coachOf, targetWeek, weeklyFor } from './dispatch';
import { isDone, openLedger, sendKey } from './dispatch-ledger';
import { INTAKE_HANDLER, readReflectionForms } from './reflection-form';
import { TRIGGER_HANDLERS, triggerSpecs } from './setup';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * Trigger health, checked every night: each installable trigger Etäpaja needs is there exactly
 * once, and the hourly one still runs. The Trigger API shows neither a trigger's schedule nor
 * whether Google disabled it, so a trigger that stopped firing is recognised by its heartbeat
 * (a script property the job writes when it runs) and made again. Every repair is a log row,
 * which the daily digest (digest.ts) brings to the coach.
 */

export const HEARTBEAT_PROPERTY = 'heartbeats';
/** An hourly trigger silent this long is treated as disabled. */
export const STALE_HOURS = 3;
/** Hour (workbook zone) at which a catch-up dispatch runs, in office hours. */
export const CATCH_UP_HOUR = 8;

/** Called by a job when it runs; one property write. */
export function recordHeartbeat(handler: string): void {
  const props = PropertiesService.getScriptProperties();
  let beats: Record<string, number> = {};
  try {
    beats = JSON.parse(props.getProperty(HEARTBEAT_PROPERTY) ?? '{}') as Record<string, number>;
  } catch (_error) {
    beats = {};
  }
  beats[handler] = Date.now();
  props.setProperty(HEARTBEAT_PROPERTY, JSON.stringify(beats));
}

function heartbeats(): Record<string, number> {
  try {
    const text = PropertiesService.getScriptProperties().getProperty(HEARTBEAT_PROPERTY);
    return JSON.parse(text ?? '{}') as Record<string, number>;
  } catch (_error) {
    return {};
  }
}

export interface TriggerHealth {
  repaired: string[];
  catchUp: string;
  log: Record<string, unknown>[];
}

/** Finds and repairs missing, duplicated and silent triggers. Returns log rows for each repair. */
export function repairTriggers(wb: WorkbookContext): TriggerHealth {
  const log: Record<string, unknown>[] = [];
  const repaired: string[] = [];
  const note = (handler: string, key: string, params: Record<string, string | number>) => {
    repaired.push(handler);
    log.push(logRow('trigger-health', 'warning', t(wb.lang, key, { handler, ...params })));
  };
  const all = ScriptApp.getProjectTriggers();
  const byHandler = new Map<string, GoogleAppsScript.Script.Trigger[]>();
  for (const trigger of all) {
    const key =
      trigger.getHandlerFunction() === INTAKE_HANDLER
        ? `${INTAKE_HANDLER}|${trigger.getTriggerSourceId()}`
        : trigger.getHandlerFunction();
    byHandler.set(key, [...(byHandler.get(key) ?? []), trigger]);
  }
  const beats = heartbeats();
  for (const spec of triggerSpecs(wb.settings)) {
    const have = byHandler.get(spec.functionName) ?? [];
    // The weekly handler may have one one-off follow-up besides its weekly trigger.
    const allowed = spec.functionName === TRIGGER_HANDLERS.weekly ? 2 : 1;
    const beat = beats[spec.functionName];
    const stale =
      spec.kind === 'hourly' &&
      have.length > 0 &&
      beat !== undefined &&
      wb.now - beat > STALE_HOURS * 3_600_000;
    if (have.length > allowed || stale) {
      // All of them go and one new one is made: the API cannot tell which copy Google
      // disabled, and keeping "the first" could keep a disabled one (test/integration/reliability).
      for (const extra of have) ScriptApp.deleteTrigger(extra);
      createTrigger(spec, wb.settings.timeZone);
      if (stale) {
        note(spec.functionName, 'reliability.trigger.stale', {
          hours: Math.floor((wb.now - (beat as number)) / 3_600_000),
        });
      } else note(spec.functionName, 'reliability.trigger.duplicate', { count: have.length });
    } else if (have.length === 0) {
      createTrigger(spec, wb.settings.timeZone);
      note(spec.functionName, 'reliability.trigger.missing', {});
    }
  }
  for (const info of Object.values(readReflectionForms())) {
    if (!info) continue;
    const have = byHandler.get(`${INTAKE_HANDLER}|${info.formId}`) ?? [];
    if (have.length === 0) {
      createTrigger(
        { functionName: INTAKE_HANDLER, kind: 'form-submit', formId: info.formId },
        wb.settings.timeZone,
      );
      note(INTAKE_HANDLER, 'reliability.trigger.missing', {});
    } else if (have.length > 1) {
      for (const extra of have) ScriptApp.deleteTrigger(extra);
      createTrigger(
        { functionName: INTAKE_HANDLER, kind: 'form-submit', formId: info.formId },
        wb.settings.timeZone,
      );
      note(INTAKE_HANDLER, 'reliability.trigger.duplicate', { count: have.length });
    }
  }
  const catchUp = scheduleDispatchCatchUp(wb, byHandler.get(TRIGGER_HANDLERS.weekly)?.length ?? 0);
  if (catchUp) log.push(logRow('trigger-health', 'warning', catchUp));
  return { repaired, catchUp, log };
}

/**
 * After the send day, a week whose weekly mails are not all done (the dispatch run failed, was
 * killed, or its trigger never fired) gets a one-off dispatch at CATCH_UP_HOUR today. The
 * dispatch itself is exactly-once, so a catch-up never sends a second copy.
 */
export function scheduleDispatchCatchUp(wb: WorkbookContext, weeklyTriggers: number): string {
  const weekday = weekdayOf(wb.today);
  const sendDay = wb.settings.sendWeekday;
  if (weekday <= sendDay) return '';
  const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
  const week = targetWeek(wb.now, data.settings.timeZone);
  const ledger = openLedger(data.sendlog, data.settings.timeZone, wb.now);
  // Only this account's clients (mail per coach): another coach's are their own catch-up's.
  const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
  const unfinished = data.clients
    .filter((c) => c.status === 'active' && mine(coachOf(c, data)))
    .map((c) => weeklyFor(c, data, week, new Map()))
    .filter((d) => d.mail && !isDone(ledger, sendKey('weekly', d.client.id, week), d.mail.to));
  if (unfinished.length === 0 || weeklyTriggers >= 2) return '';
  const tz = wb.settings.timeZone;
  let at = zonedToEpoch(wb.today, `${String(CATCH_UP_HOUR).padStart(2, '0')}:00`, tz);
  if (at <= wb.now) at = wb.now + 60_000;
  ScriptApp.newTrigger(TRIGGER_HANDLERS.weekly)
    .timeBased()
    .after(at - wb.now)
    .create();
  return t(wb.lang, 'reliability.dispatch.catchUp', { week, time: zonedParts(at, tz).time });
}
