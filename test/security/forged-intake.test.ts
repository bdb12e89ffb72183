import { freshWorkspace } from '../helpers/workspace';
import { FORMS_STORE, submitPrefilledUrl, type FormsStore } from '../../emulator/forms';

/**
 * onReflectionSubmit has no coachOnly guard (it would cost 2 Session calls per response). It
 * is guarded by its event: its first act is a call on `e.response`, and google.script.run can
 * only pass JSON, never a live FormResponse. So a web-app visitor calling it with a forged
 * event gets an error before any read or write, however the event is dressed up.
 */
describe('onReflectionSubmit called through google.script.run', () => {
  const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('setupParticipation');
  const link = ws.call('reflectionLink', ['A0001', '2026-11-30']) as string;
  const real = submitPrefilledUrl(ws.rt.stores, link, {}, { atMs: ws.now() });
  const formId = Object.values(ws.rt.store<FormsStore>(FORMS_STORE.name).forms)[0].id;
  const token = decodeURIComponent(/entry\.\d+=([0-9a-f-]{36})/.exec(link)![1]);

  const forged: [string, unknown[]][] = [
    ['no event', []],
    ['an empty event', [{}]],
    ['the ids of a real response', [{ authMode: 'FULL', formId, responseId: real.responseId }]],
    [
      'a response made of JSON',
      [
        {
          response: {
            getId: 'forged',
            toPrefilledUrl: `${link}&x=${token}`,
            getItemResponses: [{ getResponse: token }],
          },
          source: { getId: formId },
        },
      ],
    ],
    ['a string', ['A0001']],
  ];

  it.each([
    ['an anonymous visitor', ''],
    ['a signed-in stranger', 'stranger@example.com'],
  ])('refuses %s before any service call, and changes nothing', (_who, activeUser) => {
    for (const [what, args] of forged) {
      const before = JSON.stringify(ws.rt.stores);
      const result = ws.run('etapaja', 'onReflectionSubmit', args, { activeUser });
      expect({ what, error: result.error?.name }).toEqual({ what, error: 'TypeError' });
      expect({ what, calls: result.execution.calls }).toEqual({ what, calls: {} });
      const after = JSON.stringify(ws.rt.stores);
      // Only the executions log may grow: no sheet, property, form, mail or file changed.
      const strip = (s: string) => {
        const stores = JSON.parse(s) as Record<string, Record<string, unknown>>;
        delete stores.script.executions;
        delete stores.script.nextExecution;
        return stores;
      };
      expect(strip(after)).toEqual(strip(before));
    }
  });
});
