import '../../../emulator/calendar';
import { createCalendarAdvanced, CALENDAR_MESSAGES } from '../../../emulator/calendar';
import { makeTestContext } from '../../helpers/runtime';

type Api = { Events: Record<string, (...a: unknown[]) => Record<string, unknown>> };
const event = (id: string) => ({
  id,
  summary: 'Ryhmä',
  start: { dateTime: '2026-12-07T08:00:00Z' },
  end: { dateTime: '2026-12-07T09:00:00Z' },
  conferenceData: {
    createRequest: { requestId: id, conferenceSolutionKey: { type: 'hangoutsMeet' } },
  },
});

test('client-chosen ids: base32hex 5–1024 characters; a duplicate is the 409 error', () => {
  const api = createCalendarAdvanced(makeTestContext()) as unknown as Api;
  api.Events.insert(event('etpabc123'), 'primary', { conferenceDataVersion: 1 });
  expect(() =>
    api.Events.insert(event('etpabc123'), 'primary', { conferenceDataVersion: 1 }),
  ).toThrow(`API call to calendar.events.insert failed with error: ${CALENDAR_MESSAGES.duplicate}`);
  expect(() => api.Events.insert(event('xyz12345'), 'primary', {})).toThrow(
    CALENDAR_MESSAGES.invalidId,
  );
  expect(() => api.Events.insert(event('abcd'), 'primary', {})).toThrow(
    CALENDAR_MESSAGES.invalidId,
  );
});

test('a Meet conference is made with conferenceDataVersion 1; pending on a first read, then success', () => {
  const api = createCalendarAdvanced(makeTestContext({ seed: 3 })) as unknown as Api;
  let sawPending = false;
  for (let i = 0; i < 20; i++) {
    const id = `etp${i}aaaaa`;
    const created = api.Events.insert(event(id), 'primary', { conferenceDataVersion: 1 });
    const status = (created.conferenceData as { createRequest: { status: { statusCode: string } } })
      .createRequest.status.statusCode;
    if (status === 'pending') sawPending = true;
    const again = api.Events.get('primary', id) as { hangoutLink: string };
    expect(again.hangoutLink).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
  }
  expect(sawPending).toBe(true);
  const plain = api.Events.insert({ ...event('etpplain1') }, 'primary', {});
  expect(plain.conferenceData).toBeUndefined();
});

test('remove cancels; the id stays taken; list hides cancelled events', () => {
  const api = createCalendarAdvanced(makeTestContext()) as unknown as Api;
  api.Events.insert(event('etpgone1'), 'primary', {});
  api.Events.remove('primary', 'etpgone1');
  expect((api.Events.list('primary', {}) as { items: unknown[] }).items).toHaveLength(0);
  expect(() => api.Events.insert(event('etpgone1'), 'primary', {})).toThrow(
    CALENDAR_MESSAGES.duplicate,
  );
  expect(() => api.Events.get('primary', 'etpnone1')).toThrow(
    'API call to calendar.events.get failed with error: Not Found',
  );
});
