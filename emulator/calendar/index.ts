import type { ScriptContext } from '../runtime/context';
import { createCalendarAdvanced } from './advanced';
import { createCalendarApp } from './calendar-app';

export {
  createCalendarAdvanced,
  EVENT_ID_PATTERN,
  MESSAGES as CALENDAR_MESSAGES,
  PENDING_CONFERENCE_SHARE,
} from './advanced';
export { createCalendarApp } from './calendar-app';
export {
  CALENDAR_STORE,
  calendarStore,
  liveEvents,
  primaryCalendar,
  type CalendarStore,
  type StoredEvent,
} from './store';

/** The globals this service adds to a script: `CalendarApp` and the advanced service `Calendar`. */
export function createCalendarGlobals(ctx: ScriptContext): Record<string, unknown> {
  return { CalendarApp: createCalendarApp(ctx), Calendar: createCalendarAdvanced(ctx) };
}
