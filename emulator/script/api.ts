import { namedEnum } from '../base/enums';
import { isDate } from '../runtime/clock';
import { withCoverage, type ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { jitterMs, nextNominal } from './schedule';
import { projectsStore, type ProjectsStore } from '../projects/store';
import { scriptStore, type ClockSchedule, type ScriptStore, type StoredTrigger } from './store';

/** Apps Script allows 20 triggers per user per script. [QUOTA] */
export const MAX_TRIGGERS_PER_USER = 20;

/**
 * Editor add-ons: "Each add-on can only have one trigger of each type, per user, per document"
 * and "Time-driven triggers cannot run more frequently than once per hour"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions;
 * https://developers.google.com/apps-script/guides/triggers/installable: "an add-on can use a
 * time-driven trigger once per hour at most"). Google documents no error text; these say the rule.
 * A one-off (`at`, `after`) is a time-driven trigger too, and a spent one still counts while it
 * is listed (workspace.ts), so an add-on must delete it before making another.
 */
export const ADDON_ONE_PER_TYPE_MESSAGE =
  'An add-on can have only one trigger of each type per user per document: delete the existing {type} trigger first.';
export const ADDON_HOURLY_MESSAGE =
  'An add-on time-driven trigger cannot run more often than once per hour.';

export const WeekDay = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
const WEEKDAY_NUMBER: Record<string, number> = {
  MONDAY: 1,
  TUESDAY: 2,
  WEDNESDAY: 3,
  THURSDAY: 4,
  FRIDAY: 5,
  SATURDAY: 6,
  SUNDAY: 7,
};

export const EventType = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
} as const;
/** https://developers.google.com/apps-script/reference/script/authorization-status */
export const AuthorizationStatus = namedEnum('REQUIRED', 'NOT_REQUIRED');
/** https://developers.google.com/apps-script/reference/script/installation-source */
export const InstallationSource = namedEnum(
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
);
export const AuthMode = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

function store(ctx: ScriptContext): ScriptStore {
  return ctx.rt.store<ScriptStore>(scriptStore.name);
}

/** Schedules the next firing of a clock trigger after `afterMs`, with its seeded jitter. */
export function scheduleNext(
  ctx: { rt: ScriptContext['rt'] },
  trigger: StoredTrigger,
  afterMs: number,
): void {
  if (!trigger.schedule) return;
  const nominal = nextNominal(trigger.schedule, afterMs, trigger.nominalNextAt);
  trigger.nominalNextAt = nominal;
  trigger.nextFireAt =
    nominal === undefined ? undefined : nominal + jitterMs(trigger.schedule, ctx.rt.rng.next());
}

function triggerHandle(ctx: ScriptContext, id: string) {
  const read = (): StoredTrigger => {
    const found = store(ctx).triggers.find((t) => t.id === id);
    if (!found) throw appsScriptError('Trigger not found.');
    return found;
  };
  return withCoverage(
    {
      getUniqueId: () => id,
      getHandlerFunction: () => read().functionName,
      getEventType: () => read().eventType,
      getTriggerSource: () => read().source,
      getTriggerSourceId: () => read().sourceId ?? null,
      __triggerId: id,
    },
    'Trigger',
  );
}

function createTrigger(
  ctx: ScriptContext,
  partial: Omit<StoredTrigger, 'id' | 'projectId' | 'owner' | 'firings' | 'createdAt'>,
) {
  ctx.rt.call('TriggerBuilder', 'create');
  const mine = store(ctx).triggers.filter(
    (t) => t.projectId === ctx.projectId && t.owner === ctx.user,
  );
  if (mine.length >= MAX_TRIGGERS_PER_USER) {
    throw appsScriptError(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (ctx.addon) checkAddonTrigger(ctx, mine, partial);
  const trigger: StoredTrigger = {
    ...partial,
    id: String(1_000_000_000 + Math.floor(ctx.rt.rng.next() * 8_999_999_999)),
    projectId: ctx.projectId,
    owner: ctx.user,
    firings: 0,
    createdAt: ctx.rt.clock.now(),
  };
  scheduleNext(ctx, trigger, ctx.rt.clock.now());
  store(ctx).triggers.push(trigger);
  return triggerHandle(ctx, trigger.id);
}

/** The document an add-on trigger belongs to: its source, or the workbook for a clock. */
function documentOf(ctx: ScriptContext, t: Pick<StoredTrigger, 'sourceId'>): string {
  return t.sourceId ?? ctx.boundSpreadsheetId ?? '';
}

function checkAddonTrigger(
  ctx: ScriptContext,
  mine: StoredTrigger[],
  partial: Pick<StoredTrigger, 'eventType' | 'sourceId' | 'schedule'>,
): void {
  if (partial.schedule?.type === 'minutes') throw appsScriptError(ADDON_HOURLY_MESSAGE);
  const document = documentOf(ctx, partial);
  if (mine.some((t) => t.eventType === partial.eventType && documentOf(ctx, t) === document))
    throw appsScriptError(ADDON_ONE_PER_TYPE_MESSAGE.replace('{type}', partial.eventType));
}

const EVERY_MINUTES = [1, 5, 10, 15, 30];
const EVERY_HOURS = [1, 2, 4, 6, 8, 12];

function clockBuilder(ctx: ScriptContext, functionName: string) {
  const schedule: Partial<ClockSchedule> & { timeZone: string } = { timeZone: ctx.timeZone };
  const builder = withCoverage(
    {
      everyMinutes(n: number) {
        if (!EVERY_MINUTES.includes(n)) {
          throw appsScriptError('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
        }
        Object.assign(schedule, { type: 'minutes', every: n });
        return builder;
      },
      everyHours(n: number) {
        if (!EVERY_HOURS.includes(n)) {
          throw appsScriptError('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
        }
        Object.assign(schedule, { type: 'hours', every: n });
        return builder;
      },
      everyDays(n: number) {
        Object.assign(schedule, { type: 'days', every: n });
        return builder;
      },
      everyWeeks(n: number) {
        Object.assign(schedule, { type: 'weeks', every: n });
        return builder;
      },
      onWeekDay(day: string) {
        if (!(day in WEEKDAY_NUMBER)) throw appsScriptError(`Invalid argument: ${String(day)}`);
        schedule.weekDay = WEEKDAY_NUMBER[day];
        if (!schedule.type) Object.assign(schedule, { type: 'weeks', every: 1 });
        return builder;
      },
      atHour(hour: number) {
        if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
          throw appsScriptError('The hour must be between 0 and 23.');
        }
        schedule.atHour = hour;
        return builder;
      },
      nearMinute(minute: number) {
        if (!Number.isInteger(minute) || minute < 0 || minute > 59) {
          throw appsScriptError('The minute must be between 0 and 59.');
        }
        schedule.nearMinute = minute;
        return builder;
      },
      at(date: Date) {
        if (!isDate(date)) throw appsScriptError('Invalid argument: date');
        Object.assign(schedule, { type: 'once', every: 0, atMs: date.getTime() });
        return builder;
      },
      after(ms: number) {
        Object.assign(schedule, { type: 'once', every: 0, atMs: ctx.rt.clock.now() + ms });
        return builder;
      },
      inTimezone(timeZone: string) {
        schedule.timeZone = timeZone;
        return builder;
      },
      create() {
        if (!schedule.type) {
          throw appsScriptError(
            'Missing the frequency of the time-based trigger: call everyMinutes, everyHours, everyDays, everyWeeks, at or after.',
          );
        }
        if (
          (schedule.type === 'minutes' || schedule.type === 'hours') &&
          schedule.atHour !== undefined
        ) {
          throw appsScriptError('atHour cannot be used with everyMinutes or everyHours.');
        }
        if (schedule.type === 'weeks' && schedule.weekDay === undefined) {
          throw appsScriptError('A weekly trigger needs onWeekDay.');
        }
        return createTrigger(ctx, {
          functionName,
          eventType: 'CLOCK',
          source: 'CLOCK',
          schedule: schedule as ClockSchedule,
        });
      },
    },
    'ClockTriggerBuilder',
  );
  return builder;
}

function sourceBuilder(
  ctx: ScriptContext,
  functionName: string,
  source: 'SPREADSHEETS' | 'FORMS',
  sourceId: string,
) {
  const make = (eventType: StoredTrigger['eventType']) => ({
    create: () => createTrigger(ctx, { functionName, eventType, source, sourceId }),
  });
  return withCoverage(
    {
      onFormSubmit: () => withCoverage(make('ON_FORM_SUBMIT'), 'FormTriggerBuilder'),
      onOpen: () => withCoverage(make('ON_OPEN'), 'SpreadsheetTriggerBuilder'),
      onEdit: () => withCoverage(make('ON_EDIT'), 'SpreadsheetTriggerBuilder'),
      onChange: () => withCoverage(make('ON_CHANGE'), 'SpreadsheetTriggerBuilder'),
    },
    source === 'FORMS' ? 'FormTriggerBuilder' : 'SpreadsheetTriggerBuilder',
  );
}

function idOf(source: unknown): string {
  if (typeof source === 'string') return source;
  const withId = source as { getId?: () => string };
  if (withId && typeof withId.getId === 'function') return withId.getId();
  throw appsScriptError('Invalid argument: source');
}

/** The ScriptApp global. https://developers.google.com/apps-script/reference/script/script-app */
export function createScriptApp(ctx: ScriptContext) {
  return withCoverage(
    {
      WeekDay,
      EventType,
      TriggerSource,
      AuthMode,
      AuthorizationStatus,
      InstallationSource,
      // https://developers.google.com/apps-script/reference/script/script-app#getInstallationSource()
      getInstallationSource() {
        ctx.rt.call('ScriptApp', 'getInstallationSource');
        return ctx.addon
          ? InstallationSource.APPS_MARKETPLACE_DOMAIN_ADD_ON
          : InstallationSource.NONE;
      },
      newTrigger(functionName: string) {
        ctx.rt.call('ScriptApp', 'newTrigger');
        return withCoverage(
          {
            timeBased: () => clockBuilder(ctx, functionName),
            forSpreadsheet: (sheet: unknown) =>
              sourceBuilder(ctx, functionName, 'SPREADSHEETS', idOf(sheet)),
            forForm: (form: unknown) => sourceBuilder(ctx, functionName, 'FORMS', idOf(form)),
          },
          'TriggerBuilder',
        );
      },
      getProjectTriggers() {
        ctx.rt.call('ScriptApp', 'getProjectTriggers');
        return store(ctx)
          .triggers.filter((t) => t.projectId === ctx.projectId && t.owner === ctx.user)
          .map((t) => triggerHandle(ctx, t.id));
      },
      getUserTriggers(source: unknown) {
        ctx.rt.call('ScriptApp', 'getUserTriggers');
        const sourceId = idOf(source);
        return store(ctx)
          .triggers.filter(
            (t) => t.projectId === ctx.projectId && t.owner === ctx.user && t.sourceId === sourceId,
          )
          .map((t) => triggerHandle(ctx, t.id));
      },
      deleteTrigger(trigger: { getUniqueId(): string }) {
        ctx.rt.call('ScriptApp', 'deleteTrigger');
        const id = trigger.getUniqueId();
        const triggers = store(ctx).triggers;
        const index = triggers.findIndex((t) => t.id === id && t.projectId === ctx.projectId);
        if (index < 0) throw appsScriptError('Trigger not found.');
        triggers.splice(index, 1);
        store(ctx).pending = store(ctx).pending.filter((p) => p.triggerId !== id);
      },
      getScriptId: () => ctx.projectId,
      // https://developers.google.com/apps-script/reference/script/service: the web app's
      // address, or null while the project is not deployed as one (no `webapp` in its manifest).
      getService() {
        ctx.rt.call('ScriptApp', 'getService');
        const project = ctx.rt.store<ProjectsStore>(projectsStore.name).projects[ctx.projectId];
        // An add-on is not deployed as this workbook's web app: there is no bound script whose
        // code a web app deployment would run for this workbook (docs/admin/web-app.md).
        const deployed = Boolean(project?.manifest?.webapp) && !ctx.addon;
        const url =
          store(ctx).webAppUrls?.[ctx.projectId] ??
          `https://script.google.com/macros/s/${ctx.projectId}/exec`;
        return withCoverage(
          { getUrl: () => (deployed ? url : null), isEnabled: () => deployed },
          'Service',
        );
      },
      getOAuthToken: () => `emulated-token-${ctx.projectId}`,
    },
    'ScriptApp',
  );
}
