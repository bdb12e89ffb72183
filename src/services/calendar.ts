import { withRetry } from './retry';

/**
 * The Calendar advanced service (Calendar API v3), for events with Google Meet links.
 * https://developers.google.com/calendar/api/guides/create-events#conferencing
 */
export interface CalendarEventInput {
  id: string;
  summary: string;
  description: string;
  startIso: string;
  endIso: string;
  timeZone: string;
  /** Own link (Teams, Zoom…): no Meet is made and the link goes to `location`. */
  ownLink: string;
  /** Reuse a group's existing Meet (same link every week) instead of making a new one. */
  existingMeetLink: string;
}

type EventResource = GoogleAppsScript.Calendar.Schema.Event;

function advanced(): GoogleAppsScript.Calendar {
  if (typeof Calendar === 'undefined' || !Calendar) {
    throw new Error(
      'Etäpaja: the Calendar advanced service is not enabled (appsscript.json dependencies).',
    );
  }
  return Calendar;
}

export function meetLinkOf(event: EventResource): string {
  const video = event.conferenceData?.entryPoints?.find((e) => e.entryPointType === 'video');
  return video?.uri ?? event.hangoutLink ?? '';
}

function isPending(event: EventResource): boolean {
  return event.conferenceData?.createRequest?.status?.statusCode === 'pending';
}

function meetConference(link: string): GoogleAppsScript.Calendar.Schema.ConferenceData {
  const code = link.replace(/^https:\/\/meet\.google\.com\//, '');
  return {
    conferenceId: code,
    conferenceSolution: { key: { type: 'hangoutsMeet' }, name: 'Google Meet' },
    entryPoints: [{ entryPointType: 'video', uri: link, label: link.replace(/^https:\/\//, '') }],
  };
}

/**
 * Inserts the event under our own id. If the id exists (an earlier run made it and died before
 * writing it down), the existing event is read instead: a retry never makes a second event.
 * A Meet still 'pending' is read again a few times; if it stays pending the caller gets ''
 * and tries again on its next run.
 */
export function ensureEvent(
  calendarId: string,
  input: CalendarEventInput,
): { event: EventResource; link: string } {
  const api = advanced();
  const resource: EventResource = {
    id: input.id,
    summary: input.summary,
    description: input.description,
    start: { dateTime: input.startIso, timeZone: input.timeZone },
    end: { dateTime: input.endIso, timeZone: input.timeZone },
    // No guests: a group's guests would see each other's addresses. Clients get the link by mail.
    guestsCanSeeOtherGuests: false,
    reminders: { useDefault: false, overrides: [] },
  };
  if (input.ownLink) resource.location = input.ownLink;
  else if (input.existingMeetLink) resource.conferenceData = meetConference(input.existingMeetLink);
  else
    resource.conferenceData = {
      createRequest: { requestId: input.id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
    };
  let event: EventResource;
  try {
    event = withRetry(() =>
      api.Events!.insert(resource, calendarId, { conferenceDataVersion: 1, sendUpdates: 'none' }),
    );
  } catch (error) {
    if (!/already exists/i.test(String((error as Error).message))) throw error;
    event = withRetry(() => api.Events!.get(calendarId, input.id));
  }
  for (let attempt = 0; attempt < 3 && isPending(event); attempt++) {
    Utilities.sleep(1000 * (attempt + 1));
    event = withRetry(() => api.Events!.get(calendarId, input.id));
  }
  const link = input.ownLink || (isPending(event) ? '' : meetLinkOf(event));
  return { event, link };
}
