import { workbookProperties } from '../services/properties';
import { coachScope } from '../core/coach-scope';
import { isoWeekOf, weekdayOf } from '../core/dates';
import { t } from '../core/i18n';
import { zonedParts, zonedToEpoch } from '../core/time-zone';
import { publish, tryOpenForm } from '../services/forms';
import { isAddon } from '../services/properties';
import {
  continueLater,
  createTrigger,
  deleteSpentOneOffs,
  readPerWorkbook,
  readSchedule,
  waitingOneOffs,
  writePerWorkbook,
} from '../services/triggers';
import { recordCoachList } from './coach-list';
import { ensureFormsFolder } from './forms-folder';
import { readMailData } from './dispatch-data';
import { coachOf, lateLetters, targetWeek, weeklyFor } from './dispatch';
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
/** User property: the week whose catch-up the coach was last told of. */
const CATCH_UP_WARNED_PROPERTY = 'catchUpWarned';
/** Hour (workbook zone) at which a catch-up dispatch runs, in office hours. */
export const CATCH_UP_HOUR = 8;

/** Called by a job when it runs; one property write. */
export function recordHeartbeat(handler: string): void {
  const props = workbookProperties();
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
    const text = workbookProperties().getProperty(HEARTBEAT_PROPERTY);
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
  // Spent one-offs (continuations, catch-ups) stay listed until deleted: delete them by id, and
  // leave the waiting ones out of the counts below (services/triggers.ts).
  deleteSpentOneOffs(ONE_OFF_GRACE_MS);
  const waiting = new Set(waitingOneOffs());
  const all = ScriptApp.getProjectTriggers().filter((tr) => !waiting.has(tr.getUniqueId()));
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
    const allowed = 1;
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
  log.push(...publishForms(wb));
  // A coach added to the settings can open the forms from the next night on (the owner's run).
  ensureFormsFolder(wb.spreadsheet, wb.settings.coaches, wb.lang);
  recordCoachList(wb.settings.coaches);
  const catchUp = scheduleDispatchCatchUp(wb);
  if (catchUp) log.push(logRow('trigger-health', 'warning', catchUp));
  return { repaired, catchUp, log };
}

/** A one-off fires within a minute of its time; one an hour past it has fired (or never will). */
const ONE_OFF_GRACE_MS = 3_600_000;

/**
 * Every reflection form must be published, or it takes no answers (forms made through the API
 * after 30 June 2026 start unpublished; someone may also unpublish one in the Forms editor).
 * One that is not is published again, and the coach hears of it through the log and digest.
 */
function publishForms(wb: WorkbookContext): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const [lang, info] of Object.entries(readReflectionForms())) {
    const form = info ? tryOpenForm(info.formId) : null;
    if (form && publish(form))
      rows.push(logRow('trigger-health', 'warning', t(wb.lang, 'install.formPublished', { lang })));
  }
  return rows;
}

/**
 * After the send day, a week whose weekly mails are not all done (the dispatch run failed, was
 * killed, or its trigger never fired) gets a one-off dispatch at CATCH_UP_HOUR today; so does,
 * on any day, a week in progress whose letters never went (sent late: dispatch.ts lateLetters).
 * The dispatch itself is exactly-once, so a catch-up never sends a second copy.
 */
export function scheduleDispatchCatchUp(wb: WorkbookContext): string {
  const afterSendDay = weekdayOf(wb.today) > wb.settings.sendWeekday;
  const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
  const week = targetWeek(wb.now, data.settings.timeZone);
  const ledger = openLedger(data.sendlog, data.settings.timeZone, wb.now);
  // Only this account's clients (mail per coach): another coach's are their own catch-up's.
  const mine = coachScope(data.settings, () => Session.getEffectiveUser().getEmail());
  const active = data.clients.filter((c) => c.status === 'active' && mine(coachOf(c, data)));
  const unfinished = afterSendDay
    ? active
        .map((c) => weeklyFor(c, data, week, new Map()))
        .filter((d) => d.mail && !isDone(ledger, sendKey('weekly', d.client.id, week), d.mail.to))
    : [];
  // Any night: letters of the week in progress that never went (the week began first).
  const late = lateLetters(data, active, ledger, wb.today, false);
  const behind = unfinished.length > 0 ? week : late.length > 0 ? isoWeekOf(wb.today) : '';
  // A continuation already waiting finishes the week itself.
  if (!behind || waitingOneOffs(TRIGGER_HANDLERS.weekly).length > 0) return '';
  if (isAddon() && (readSchedule().continueDispatchAt ?? 0) > wb.now) return '';
  const tz = wb.settings.timeZone;
  let at = zonedToEpoch(wb.today, `${String(CATCH_UP_HOUR).padStart(2, '0')}:00`, tz);
  if (at <= wb.now) at = wb.now + 60_000;
  at = continueLater(TRIGGER_HANDLERS.weekly, at);
  // The coach hears of a week's catch-up once; later nights retry it without a new alert.
  // Per workbook: an add-on's user properties are shared by every workbook the coach uses it in.
  if (readPerWorkbook(CATCH_UP_WARNED_PROPERTY) === behind) return '';
  writePerWorkbook(CATCH_UP_WARNED_PROPERTY, behind);
  return t(wb.lang, 'reliability.dispatch.catchUp', {
    week: behind,
    time: zonedParts(at, tz).time,
  });
}
