import { wallToEpoch } from '../runtime/time-zone';
import { registerStore } from '../runtime/state';

/**
 * State of the Calendar service: every calendar with its events, as the Calendar API v3
 * returns them (plain JSON), plus what the emulator needs to play the conference back-end.
 */
export interface StoredEvent {
  /** The Events resource as the API returns it, without the emulator-only fields below. */
  resource: Record<string, unknown>;
  /** Reads left that still see the Meet conference as 'pending' (then it becomes 'success'). */
  pendingReads: number;
}

export interface StoredCalendar {
  id: string;
  summary: string;
  timeZone: string;
  owner: string;
  events: Record<string, StoredEvent>;
}

export interface CalendarStore {
  calendars: Record<string, StoredCalendar>;
}

export const CALENDAR_STORE = 'calendar';

export const calendarStore = registerStore<CalendarStore>({
  name: CALENDAR_STORE,
  empty: () => ({ calendars: {} }),
});

/** The user's primary calendar: its id is the user's address, as in Google Calendar. */
export function primaryCalendar(
  store: CalendarStore,
  user: string,
  timeZone: string,
): StoredCalendar {
  let calendar = store.calendars[user];
  if (!calendar) {
    calendar = { id: user, summary: user, timeZone, owner: user, events: {} };
    store.calendars[user] = calendar;
  }
  return calendar;
}

/** Harness helper: every live (not cancelled) event of a calendar, sorted by start. */
export function liveEvents(store: CalendarStore, calendarId: string): Record<string, unknown>[] {
  const calendar = store.calendars[calendarId];
  if (!calendar) return [];
  return Object.values(calendar.events)
    .map((e) => e.resource)
    .filter((r) => r.status !== 'cancelled')
    .sort((a, b) => startMs(a) - startMs(b));
}

/**
 * An all-day event's `date` is a day in its calendar's zone (the Calendar API keeps no instant
 * for it); `timeZone` is that zone, UTC when unknown (events written before all-day events were
 * emulated had none).
 */
function edgeMs(edge: unknown, timeZone: string): number {
  const e = (edge ?? {}) as { dateTime?: string; date?: string };
  if (e.dateTime) return Date.parse(e.dateTime);
  const [y, m, d] = (e.date ?? '1970-01-01').split('-').map(Number);
  return wallToEpoch(timeZone, y, m, d, 0, 0, 0);
}

export function startMs(resource: Record<string, unknown>, timeZone = 'UTC'): number {
  return edgeMs(resource.start, timeZone);
}

export function endMs(resource: Record<string, unknown>, timeZone = 'UTC'): number {
  return edgeMs(resource.end, timeZone);
}
