import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import {
  CALENDAR_STORE,
  endMs,
  primaryCalendar,
  startMs,
  type CalendarStore,
  type StoredCalendar,
  type StoredEvent,
} from './store';

/**
 * The Calendar advanced service (`Calendar.Events.*`), a subset of Calendar API v3 as Apps
 * Script exposes it: https://developers.google.com/calendar/api/v3/reference/events
 * Errors read as Apps Script words them: "API call to calendar.events.<method> failed with
 * error: <API message>".
 */

/** Client-chosen ids: base32hex (a–v, 0–9), 5–1024 characters. [Events resource, `id`] */
export const EVENT_ID_PATTERN = /^[a-v0-9]{5,1024}$/;
/** Share of new Meet conferences still 'pending' when first read (Google creates them async). */
export const PENDING_CONFERENCE_SHARE = 0.3;

export const MESSAGES = {
  duplicate: 'The requested identifier already exists.',
  invalidId: 'Invalid resource id value.',
  notFound: 'Not Found',
  deleted: 'Resource has been deleted',
  missingTime: 'Missing end time.',
  badRange: 'The specified time range is empty.',
  badSolution: 'Invalid conference type value.',
} as const;

function apiError(method: string, message: string): Error {
  return appsScriptError(`API call to calendar.events.${method} failed with error: ${message}`);
}

type Json = Record<string, unknown>;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function randomId(ctx: ScriptContext, length = 26): string {
  const alphabet = 'abcdefghijklmnopqrstuv0123456789';
  let id = '';
  while (id.length < length) id += alphabet[ctx.rt.rng.int(alphabet.length)];
  return id;
}

function meetCode(ctx: ScriptContext): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const part = (n: number) => Array.from({ length: n }, () => letters[ctx.rt.rng.int(26)]).join('');
  return `${part(3)}-${part(4)}-${part(3)}`;
}

export function calendarFor(
  ctx: ScriptContext,
  calendarId: string,
  method: string,
): StoredCalendar {
  const store = ctx.rt.store<CalendarStore>(CALENDAR_STORE);
  if (calendarId === 'primary' || calendarId === ctx.user)
    return primaryCalendar(store, ctx.user, ctx.timeZone);
  const calendar = store.calendars[calendarId];
  if (!calendar) throw apiError(method, MESSAGES.notFound);
  return calendar;
}

/** The resource as a read sees it; a pending conference turns to 'success' after its reads. */
function view(stored: StoredEvent): Json {
  const resource = clone(stored.resource);
  const conference = resource.conferenceData as Json | undefined;
  if (conference && stored.pendingReads > 0) {
    stored.pendingReads -= 1;
    const pending = clone(conference);
    delete pending.entryPoints;
    delete pending.conferenceId;
    (pending.createRequest as Json).status = { statusCode: 'pending' };
    resource.conferenceData = pending;
    delete resource.hangoutLink;
  }
  return resource;
}

function checkTimes(method: string, resource: Json): void {
  const start = resource.start as Json | undefined;
  const end = resource.end as Json | undefined;
  if (!end || (!end.dateTime && !end.date)) throw apiError(method, MESSAGES.missingTime);
  if (!start || (!start.dateTime && !start.date)) throw apiError(method, 'Missing start time.');
  if (endMs(resource) < startMs(resource)) throw apiError(method, MESSAGES.badRange);
}

function addConference(
  ctx: ScriptContext,
  method: string,
  resource: Json,
  stored: StoredEvent,
): void {
  const request = (resource.conferenceData as Json | undefined)?.createRequest as Json | undefined;
  if (!request) return;
  const type =
    ((request.conferenceSolutionKey as Json | undefined)?.type as string | undefined) ?? '';
  if (type !== 'hangoutsMeet') throw apiError(method, MESSAGES.badSolution);
  const code = meetCode(ctx);
  const uri = `https://meet.google.com/${code}`;
  resource.conferenceData = {
    createRequest: { ...request, status: { statusCode: 'success' } },
    entryPoints: [{ entryPointType: 'video', uri, label: `meet.google.com/${code}` }],
    conferenceSolution: {
      key: { type: 'hangoutsMeet' },
      name: 'Google Meet',
      iconUri:
        'https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png',
    },
    conferenceId: code,
  };
  resource.hangoutLink = uri;
  stored.pendingReads = ctx.rt.rng.next() < PENDING_CONFERENCE_SHARE ? 1 : 0;
}

function timeArg(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === 'string' ? Date.parse(value) : Number(value);
  return Number.isNaN(ms) ? undefined : ms;
}

export function createCalendarAdvanced(ctx: ScriptContext): Json {
  const call = (method: string) => ctx.rt.call('Calendar', `Events.${method}`);
  const nowIso = () => new Date(ctx.rt.clock.now()).toISOString();

  const events = {
    insert(resource: Json, calendarId: string, optionalArgs: Json = {}): Json {
      call('insert');
      const calendar = calendarFor(ctx, calendarId, 'insert');
      const id = resource.id === undefined ? randomId(ctx) : String(resource.id);
      if (!EVENT_ID_PATTERN.test(id)) throw apiError('insert', MESSAGES.invalidId);
      // Ids stay taken after deletion: Google answers 409 for a cancelled event's id too.
      if (calendar.events[id]) throw apiError('insert', MESSAGES.duplicate);
      checkTimes('insert', resource);
      const now = nowIso();
      const stored: StoredEvent = { resource: {}, pendingReads: 0 };
      const next: Json = {
        kind: 'calendar#event',
        ...clone(resource),
        id,
        status: 'confirmed',
        created: now,
        updated: now,
        sequence: 0,
        etag: `"${ctx.rt.clock.now()}"`,
        iCalUID: `${id}@google.com`,
        htmlLink: `https://www.google.com/calendar/event?eid=${id}`,
        creator: { email: ctx.user, self: true },
        organizer: { email: calendar.id, self: true },
      };
      // Without conferenceDataVersion 1 the API ignores conferenceData. [Events: insert]
      if (Number(optionalArgs.conferenceDataVersion ?? 0) >= 1)
        addConference(ctx, 'insert', next, stored);
      else delete next.conferenceData;
      stored.resource = next;
      calendar.events[id] = stored;
      return view(stored);
    },

    get(calendarId: string, eventId: string): Json {
      call('get');
      const calendar = calendarFor(ctx, calendarId, 'get');
      const stored = calendar.events[String(eventId)];
      if (!stored) throw apiError('get', MESSAGES.notFound);
      return view(stored);
    },

    list(calendarId: string, optionalArgs: Json = {}): Json {
      call('list');
      const calendar = calendarFor(ctx, calendarId, 'list');
      if (optionalArgs.pageToken) notEmulated('Calendar.Events.list pageToken');
      const timeMin = timeArg(optionalArgs.timeMin);
      const timeMax = timeArg(optionalArgs.timeMax);
      const showDeleted = Boolean(optionalArgs.showDeleted);
      const property = optionalArgs.privateExtendedProperty as string | string[] | undefined;
      const wanted = (Array.isArray(property) ? property : property ? [property] : []).map((p) =>
        p.split('='),
      );
      const q = String(optionalArgs.q ?? '').toLowerCase();
      let items = Object.values(calendar.events).filter((stored) => {
        const r = stored.resource;
        if (!showDeleted && r.status === 'cancelled') return false;
        // timeMin bounds the end, timeMax the start (exclusive), as the API documents.
        // An all-day event's days are in its calendar's zone.
        if (timeMin !== undefined && endMs(r, calendar.timeZone) <= timeMin) return false;
        if (timeMax !== undefined && startMs(r, calendar.timeZone) >= timeMax) return false;
        const priv = ((r.extendedProperties as Json | undefined)?.private ?? {}) as Record<
          string,
          string
        >;
        if (!wanted.every(([k, v]) => priv[k] === v)) return false;
        if (
          q &&
          !`${String(r.summary ?? '')} ${String(r.description ?? '')}`.toLowerCase().includes(q)
        )
          return false;
        return true;
      });
      items = items.sort(
        (a, b) =>
          startMs(a.resource, calendar.timeZone) - startMs(b.resource, calendar.timeZone) ||
          String(a.resource.id).localeCompare(String(b.resource.id)),
      );
      const max = optionalArgs.maxResults === undefined ? 250 : Number(optionalArgs.maxResults);
      if (items.length > max)
        notEmulated('Calendar.Events.list with more results than maxResults (paging)');
      return {
        kind: 'calendar#events',
        summary: calendar.summary,
        timeZone: calendar.timeZone,
        updated: nowIso(),
        items: items.map(view),
      };
    },

    patch(resource: Json, calendarId: string, eventId: string, optionalArgs: Json = {}): Json {
      call('patch');
      const calendar = calendarFor(ctx, calendarId, 'patch');
      const stored = calendar.events[String(eventId)];
      if (!stored) throw apiError('patch', MESSAGES.notFound);
      const next: Json = { ...stored.resource };
      for (const [key, value] of Object.entries(clone(resource))) {
        if (['id', 'created', 'creator', 'iCalUID', 'kind', 'etag', 'htmlLink'].includes(key))
          continue;
        if (key === 'conferenceData') continue;
        next[key] = value;
      }
      checkTimes('patch', next);
      const wantsConference = (resource.conferenceData as Json | undefined)?.createRequest;
      if (
        wantsConference &&
        Number(optionalArgs.conferenceDataVersion ?? 0) >= 1 &&
        !next.hangoutLink
      ) {
        addConference(ctx, 'patch', next, stored);
      }
      next.updated = nowIso();
      next.sequence = Number(next.sequence ?? 0) + 1;
      next.etag = `"${ctx.rt.clock.now()}"`;
      stored.resource = next;
      return view(stored);
    },

    remove(calendarId: string, eventId: string): void {
      call('remove');
      const calendar = calendarFor(ctx, calendarId, 'delete');
      const stored = calendar.events[String(eventId)];
      if (!stored) throw apiError('delete', MESSAGES.notFound);
      if (stored.resource.status === 'cancelled') throw apiError('delete', MESSAGES.deleted);
      stored.resource = { ...stored.resource, status: 'cancelled', updated: nowIso() };
    },
  };
  return { Events: withCoverage(events, 'Calendar.Events') };
}
