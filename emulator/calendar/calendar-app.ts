import { makeDate } from '../runtime/clock';
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
      return makeDate(startMs(read().resource));
    },
    getEndTime: () => {
      call('getEndTime');
      return makeDate(endMs(read().resource));
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
  };
  const wrapped = withCoverage(
    handle,
    'CalendarEvent',
  ) as unknown as GoogleAppsScript.Calendar.CalendarEvent;
  return wrapped;
}

function calendarHandle(
  ctx: ScriptContext,
  calendar: StoredCalendar,
): GoogleAppsScript.Calendar.Calendar {
  const call = (method: string) => ctx.rt.call('CalendarApp', `Calendar.${method}`);
  const handle = {
    getId: () => calendar.id,
    getName: () => calendar.summary,
    getTimeZone: () => calendar.timeZone,
    isOwnedByMe: () => calendar.owner === ctx.user,
    createEvent(title: string, startTime: Date, endTime: Date, options: Json = {}) {
      call('createEvent');
      const start = new Date(startTime).getTime();
      const end = new Date(endTime).getTime();
      if (Number.isNaN(start) || Number.isNaN(end))
        throw appsScriptError('Invalid argument: startTime');
      if (end < start) throw appsScriptError('Event start date must be before event end date.');
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
          start: { dateTime: new Date(start).toISOString(), timeZone: calendar.timeZone },
          end: { dateTime: new Date(end).toISOString(), timeZone: calendar.timeZone },
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
    },
    getEvents(startTime: Date, endTime: Date) {
      call('getEvents');
      const from = new Date(startTime).getTime();
      const to = new Date(endTime).getTime();
      return Object.values(calendar.events)
        .filter((e) => e.resource.status !== 'cancelled')
        .filter((e) => endMs(e.resource) > from && startMs(e.resource) < to)
        .sort((a, b) => startMs(a.resource) - startMs(b.resource))
        .map((e) => eventHandle(ctx, calendar, String(e.resource.id)));
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
  const app = {
    ...CALENDAR_ENUMS,
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
