import { isDate, makeDate } from '../runtime/clock';
import { wallToEpoch, zonedParts } from '../runtime/time-zone';
import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { calendarFor } from './advanced';
import { CALENDAR_ENUMS } from './enums';
import {
  CALENDAR_STORE,
  endMs,
  startMs,
  type CalendarStore,
  type StoredCalendar,
  type StoredEvent,
} from './store';

/**
 * CalendarApp, the subset used by ordinary scripts: the default calendar, creating, finding,
 * editing and deleting simple timed events. https://developers.google.com/apps-script/reference/calendar
 * It reads and writes the same store as the advanced service, so both see the same events.
 */
type Json = Record<string, unknown>;

function eventHandle(
  ctx: ScriptContext,
  calendar: StoredCalendar,
  eventId: string,
): GoogleAppsScript.Calendar.CalendarEvent {
  const call = (method: string) => ctx.rt.call('CalendarEvent', method);
  const read = (): StoredEvent => {
    const stored = calendar.events[eventId];
    if (!stored || stored.resource.status === 'cancelled') {
      throw appsScriptError('The event does not exist or it has been deleted.');
    }
    return stored;
  };
  const write = (patch: Json) => {
    const stored = read();
    stored.resource = {
      ...stored.resource,
      ...patch,
      updated: new Date(ctx.rt.clock.now()).toISOString(),
    };
  };
  const handle = {
    getId: () => {
      call('getId');
      return String(read().resource.iCalUID);
    },
    getTitle: () => {
      call('getTitle');
      return String(read().resource.summary ?? '');
    },
    getDescription: () => {
      call('getDescription');
      return String(read().resource.description ?? '');
    },
    getLocation: () => {
      call('getLocation');
      return String(read().resource.location ?? '');
    },
    getStartTime: () => {
      call('getStartTime');
      return makeDate(startMs(read().resource, calendar.timeZone));
    },
    getEndTime: () => {
      call('getEndTime');
      return makeDate(endMs(read().resource, calendar.timeZone));
    },
    getGuestList: () => {
      call('getGuestList');
      const attendees = (read().resource.attendees ?? []) as { email: string }[];
      return attendees.map((a) => withCoverage({ getEmail: () => a.email }, 'EventGuest'));
    },
    setTitle: (title: string) => {
      call('setTitle');
      write({ summary: String(title) });
      return wrapped;
    },
    setDescription: (description: string) => {
      call('setDescription');
      write({ description: String(description) });
      return wrapped;
    },
    setLocation: (location: string) => {
      call('setLocation');
      write({ location: String(location) });
      return wrapped;
    },
    deleteEvent: () => {
      call('deleteEvent');
      write({ status: 'cancelled' });
    },
    isAllDayEvent: () => {
      call('isAllDayEvent');
      return isAllDay(read().resource);
    },
    getAllDayStartDate: () => {
      call('getAllDayStartDate');
      return allDayEdge(read().resource, 'start');
    },
    getAllDayEndDate: () => {
      call('getAllDayEndDate');
      return allDayEdge(read().resource, 'end');
    },
    setTime: (startTime: Date, endTime: Date) => {
      call('setTime');
      const [start, end] = timedRange(startTime, endTime);
      write(timedEdges(start, end, calendar.timeZone));
      return wrapped;
    },
    setAllDayDate: (date: Date) => {
      call('setAllDayDate');
      write(allDayEdges(ctx, date, undefined));
      return wrapped;
    },
    addGuest: (email: string) => {
      call('addGuest');
      const attendees = (read().resource.attendees ?? []) as { email: string }[];
      if (!attendees.some((a) => a.email === String(email)))
        write({
          attendees: [...attendees, { email: String(email), responseStatus: 'needsAction' }],
        });
      return wrapped;
    },
    removeGuest: (email: string) => {
      call('removeGuest');
      const attendees = (read().resource.attendees ?? []) as { email: string }[];
      write({ attendees: attendees.filter((a) => a.email !== String(email)) });
      return wrapped;
    },
    getDateCreated: () => {
      call('getDateCreated');
      return makeDate(Date.parse(String(read().resource.created)));
    },
    getLastUpdated: () => {
      call('getLastUpdated');
      return makeDate(Date.parse(String(read().resource.updated)));
    },
  };
  /** Midnight (script's zone) starting the event's first day, or the day after its last. */
  const allDayEdge = (resource: Json, edge: 'start' | 'end') => {
    // [unverified wording] Google: "If this is not an all-day event, then this method throws".
    if (!isAllDay(resource)) throw appsScriptError('Event is not an all-day event.');
    const [y, m, d] = String((resource[edge] as { date: string }).date)
      .split('-')
      .map(Number);
    return makeDate(wallToEpoch(ctx.timeZone, y, m, d));
  };
  const wrapped = withCoverage(
    handle,
    'CalendarEvent',
  ) as unknown as GoogleAppsScript.Calendar.CalendarEvent;
  return wrapped;
}

const isAllDay = (resource: Json) => Boolean((resource.start as { date?: string })?.date);

function searchable(resource: Json): string {
  return [resource.summary, resource.description, resource.location]
    .filter((v) => v !== undefined)
    .join('\n')
    .toLowerCase();
}

function timedRange(startTime: Date, endTime: Date): [number, number] {
  const start = new Date(startTime).getTime();
  const end = new Date(endTime).getTime();
  if (Number.isNaN(start) || Number.isNaN(end))
    throw appsScriptError('Invalid argument: startTime');
  if (end < start) throw appsScriptError('Event start date must be before event end date.');
  return [start, end];
}

function timedEdges(start: number, end: number, timeZone: string): Json {
  return {
    start: { dateTime: new Date(start).toISOString(), timeZone },
    end: { dateTime: new Date(end).toISOString(), timeZone },
  };
}

/** The day a Date falls on in the script's zone: "only the day is used; the time is ignored". */
function dayOf(ctx: ScriptContext, date: Date): { y: number; m: number; d: number } {
  if (!isDate(date) || Number.isNaN(date.getTime()))
    throw appsScriptError('Invalid argument: date');
  const [y, m, d] = zonedParts(date.getTime(), ctx.timeZone).date.split('-').map(Number);
  return { y, m, d };
}

const isoDay = (y: number, m: number, d: number) =>
  new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * createAllDayEvent(title, date[, endDate]): the end date is exclusive and must come after the
 * start. https://developers.google.com/apps-script/reference/calendar/calendar#createAllDayEvent(String,Date,Date)
 */
function allDayEdges(ctx: ScriptContext, date: Date, endDate: Date | undefined): Json {
  const first = dayOf(ctx, date);
  const last = endDate ? dayOf(ctx, endDate) : { ...first, d: first.d + 1 };
  const start = isoDay(first.y, first.m, first.d);
  const end = isoDay(last.y, last.m, last.d);
  if (end <= start) throw appsScriptError('Event start date must be before event end date.');
  return { start: { date: start }, end: { date: end } };
}

function calendarHandle(
  ctx: ScriptContext,
  calendar: StoredCalendar,
): GoogleAppsScript.Calendar.Calendar {
  const call = (method: string) => ctx.rt.call('CalendarApp', `Calendar.${method}`);
  const insert = (title: string, edges: Json, options: Json) => {
    const alphabet = 'abcdefghijklmnopqrstuv0123456789';
    let id = '';
    while (id.length < 26) id += alphabet[ctx.rt.rng.int(alphabet.length)];
    const now = new Date(ctx.rt.clock.now()).toISOString();
    const guests = String(options.guests ?? '')
      .split(',')
      .map((g) => g.trim())
      .filter(Boolean);
    calendar.events[id] = {
      pendingReads: 0,
      resource: {
        kind: 'calendar#event',
        id,
        status: 'confirmed',
        summary: String(title),
        description: options.description === undefined ? undefined : String(options.description),
        location: options.location === undefined ? undefined : String(options.location),
        ...edges,
        attendees: guests.length
          ? guests.map((email) => ({ email, responseStatus: 'needsAction' }))
          : undefined,
        created: now,
        updated: now,
        iCalUID: `${id}@google.com`,
        creator: { email: ctx.user, self: true },
        organizer: { email: calendar.id, self: true },
      },
    };
    return eventHandle(ctx, calendar, id);
  };
  const eventsBetween = (startTime: Date, endTime: Date, options: Json) => {
    const from = new Date(startTime).getTime();
    const to = new Date(endTime).getTime();
    for (const key of Object.keys(options ?? {}))
      if (!['search', 'max', 'start'].includes(key))
        throw appsScriptError(`Not emulated: the getEvents option "${key}".`);
    const search = options.search === undefined ? '' : String(options.search).toLowerCase();
    const found = Object.values(calendar.events)
      .filter((e) => e.resource.status !== 'cancelled')
      .filter((e) => {
        const r = e.resource;
        return endMs(r, calendar.timeZone) > from && startMs(r, calendar.timeZone) < to;
      })
      .filter((e) => !search || searchable(e.resource).includes(search))
      .sort(
        (a, b) => startMs(a.resource, calendar.timeZone) - startMs(b.resource, calendar.timeZone),
      )
      .map((e) => eventHandle(ctx, calendar, String(e.resource.id)));
    const first = options.start === undefined ? 0 : Number(options.start);
    const max = options.max === undefined ? found.length : Number(options.max);
    return found.slice(first, first + max);
  };
  const handle = {
    getId: () => calendar.id,
    getName: () => calendar.summary,
    getTimeZone: () => calendar.timeZone,
    isOwnedByMe: () => calendar.owner === ctx.user,
    createEvent(title: string, startTime: Date, endTime: Date, options: Json = {}) {
      call('createEvent');
      const [start, end] = timedRange(startTime, endTime);
      return insert(title, timedEdges(start, end, calendar.timeZone), options);
    },
    createAllDayEvent(title: string, date: Date, endOrOptions?: Date | Json, options?: Json) {
      call('createAllDayEvent');
      const endDate = isDate(endOrOptions) ? endOrOptions : undefined;
      const opts = (isDate(endOrOptions) ? options : endOrOptions) ?? {};
      return insert(title, allDayEdges(ctx, date, endDate), opts);
    },
    getEvents(startTime: Date, endTime: Date, options: Json = {}) {
      call('getEvents');
      return eventsBetween(startTime, endTime, options);
    },
    getEventsForDay(date: Date, options: Json = {}) {
      call('getEventsForDay');
      const day = dayOf(ctx, date);
      const from = wallToEpoch(ctx.timeZone, day.y, day.m, day.d);
      const to = wallToEpoch(ctx.timeZone, day.y, day.m, day.d + 1);
      return eventsBetween(makeDate(from), makeDate(to), options);
    },
    getEventById(iCalId: string) {
      call('getEventById');
      const found = Object.values(calendar.events).find(
        (e) => e.resource.iCalUID === iCalId && e.resource.status !== 'cancelled',
      );
      return found ? eventHandle(ctx, calendar, String(found.resource.id)) : null;
    },
  };
  return withCoverage(handle, 'Calendar') as unknown as GoogleAppsScript.Calendar.Calendar;
}

export function createCalendarApp(ctx: ScriptContext): GoogleAppsScript.Calendar.CalendarApp {
  const store = () => ctx.rt.store<CalendarStore>(CALENDAR_STORE);
  const mine = () => calendarHandle(ctx, calendarFor(ctx, 'primary', 'get'));
  const visible = () =>
    Object.values(store().calendars).filter(
      (c) => c.owner.toLowerCase() === ctx.user.toLowerCase() || c.id === ctx.user,
    );
  const byName = (method: string, name: string) => {
    ctx.rt.call('CalendarApp', method);
    calendarFor(ctx, 'primary', 'get'); // the user's own calendar exists once asked for
    const wanted = String(name).toLowerCase();
    return visible()
      .filter((c) => c.summary.toLowerCase() === wanted)
      .map((c) => calendarHandle(ctx, c));
  };
  // CalendarApp's own event methods act on the user's default calendar, as Google documents:
  // https://developers.google.com/apps-script/reference/calendar/calendar-app#createEvent(String,Date,Date)
  const onDefault =
    (method: string) =>
    (...args: unknown[]) => {
      const calendar = mine() as unknown as Record<string, (...a: unknown[]) => unknown>;
      return calendar[method](...args);
    };
  const app = {
    ...CALENDAR_ENUMS,
    createEvent: onDefault('createEvent'),
    createAllDayEvent: onDefault('createAllDayEvent'),
    getEvents: onDefault('getEvents'),
    getEventsForDay: onDefault('getEventsForDay'),
    getEventById: onDefault('getEventById'),
    getId: onDefault('getId'),
    getName: onDefault('getName'),
    getTimeZone: onDefault('getTimeZone'),
    getCalendarsByName: (name: string) => byName('getCalendarsByName', name),
    getOwnedCalendarsByName: (name: string) => byName('getOwnedCalendarsByName', name),
    getAllCalendars() {
      ctx.rt.call('CalendarApp', 'getAllCalendars');
      calendarFor(ctx, 'primary', 'get');
      return visible().map((c) => calendarHandle(ctx, c));
    },
    getAllOwnedCalendars() {
      ctx.rt.call('CalendarApp', 'getAllOwnedCalendars');
      calendarFor(ctx, 'primary', 'get');
      return visible().map((c) => calendarHandle(ctx, c));
    },
    getDefaultCalendar() {
      ctx.rt.call('CalendarApp', 'getDefaultCalendar');
      return calendarHandle(ctx, calendarFor(ctx, 'primary', 'get'));
    },
    getCalendarById(id: string) {
      ctx.rt.call('CalendarApp', 'getCalendarById');
      const store = ctx.rt.store<CalendarStore>(CALENDAR_STORE);
      if (id === ctx.user || id === 'primary')
        return calendarHandle(ctx, calendarFor(ctx, 'primary', 'get'));
      const calendar = store.calendars[id];
      return calendar ? calendarHandle(ctx, calendar) : null;
    },
  };
  return withCoverage(app, 'CalendarApp') as unknown as GoogleAppsScript.Calendar.CalendarApp;
}
