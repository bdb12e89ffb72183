import { Workspace } from '../../../emulator/workspace';

/**
 * CalendarApp as ordinary scripts use it: timed and all-day events on the default calendar,
 * CalendarApp's own shortcuts to it, a day's events and calendars found by name.
 * https://developers.google.com/apps-script/reference/calendar/calendar-app
 * https://developers.google.com/apps-script/reference/calendar/calendar#createAllDayEvent(String,Date)
 * https://developers.google.com/apps-script/reference/calendar/calendar-event#getAllDayStartDate()
 */

const SCRIPT = `
function plan() {
  var cal = CalendarApp.getDefaultCalendar();
  cal.createEvent('Ryhmätapaaminen', new Date(2026, 2, 3, 10), new Date(2026, 2, 3, 11), { location: 'Meet' });
  var holiday = cal.createAllDayEvent('Talviloma', new Date(2026, 2, 3, 18, 45));
  CalendarApp.createAllDayEvent('Koulutus', new Date(2026, 2, 5), new Date(2026, 2, 7), { description: 'Kaksi päivää' });
  CalendarApp.createEvent('Iltapala', new Date(2026, 2, 3, 23, 30), new Date(2026, 2, 4, 0, 30));
  var day = CalendarApp.getEventsForDay(new Date(2026, 2, 3, 15));
  return {
    day: day.map(function (e) { return e.getTitle() + (e.isAllDayEvent() ? ' (all day)' : ''); }),
    holiday: [holiday.getAllDayStartDate().toString(), holiday.getAllDayEndDate().getDate()],
    training: CalendarApp.getEvents(new Date(2026, 2, 6), new Date(2026, 2, 6, 12)).map(function (e) {
      return e.getTitle() + ' ' + e.getAllDayStartDate().getDate() + '-' + e.getAllDayEndDate().getDate();
    }),
    search: cal.getEvents(new Date(2026, 2, 1), new Date(2026, 2, 31), { search: 'päivää' }).length,
    byName: CalendarApp.getCalendarsByName(Session.getEffectiveUser().getEmail()).length,
    none: CalendarApp.getCalendarsByName('No such calendar').length,
    same: CalendarApp.getId() === cal.getId(),
  };
}
function timedAsAllDay() {
  var cal = CalendarApp.getDefaultCalendar();
  return cal.createEvent('x', new Date(2026, 2, 3, 10), new Date(2026, 2, 3, 11)).getAllDayStartDate();
}
function backwards() { return CalendarApp.createAllDayEvent('x', new Date(2026, 2, 5), new Date(2026, 2, 5)); }
function move() {
  var e = CalendarApp.createEvent('Siirtyy', new Date(2026, 2, 3, 10), new Date(2026, 2, 3, 11));
  e.setTime(new Date(2026, 2, 4, 12), new Date(2026, 2, 4, 13)).addGuest('aino@example.fi');
  return [e.getStartTime().getHours(), e.getStartTime().getDate(), e.getGuestList().length];
}
`;

function workspace(zone: string): Workspace {
  const ws = Workspace.init('', { start: '2026-03-02T08:00:00+02:00' });
  ws.push('c', SCRIPT, { timeZone: zone });
  return ws;
}

test.each(['Europe/Helsinki', 'America/New_York'])(
  'timed and all-day events by day, in the script zone %s',
  (zone) => {
    const got = workspace(zone).call('plan', [], { projectId: 'c' }) as Record<string, unknown>;
    expect(got.day).toEqual(['Talviloma (all day)', 'Ryhmätapaaminen', 'Iltapala']);
    // Only the day is used: the holiday starts at midnight in the script's zone; the end is the
    // day after (exclusive).
    expect((got.holiday as string[])[0]).toMatch(/^Tue Mar 03 2026 00:00:00/);
    expect((got.holiday as number[])[1]).toBe(4);
    expect(got.training).toEqual(['Koulutus 5-7']);
    expect(got.search).toBe(1);
    expect(got.byName).toBe(1);
    expect(got.none).toBe(0);
    expect(got.same).toBe(true);
  },
);

test('refuses what Calendar refuses', () => {
  const ws = workspace('Europe/Helsinki');
  expect(ws.run('c', 'timedAsAllDay').error?.message).toBe('Event is not an all-day event.');
  expect(ws.run('c', 'backwards').error?.message).toBe(
    'Event start date must be before event end date.',
  );
  expect(ws.call('move', [], { projectId: 'c' })).toEqual([12, 4, 1]);
});
