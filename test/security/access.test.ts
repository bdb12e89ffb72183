import { readSheetValues } from '../../emulator/spreadsheet';
import { outbox } from '../../emulator/mail';
import * as main from '../../src/main';
import { t } from '../../src/core/i18n';
import { freshWorkspace } from '../helpers/workspace';

/**
 * Every top-level function is reachable through google.script.run from the public web app's
 * pages. Only the client-facing ones may run for an anonymous visitor; the rest refuse, say so
 * in plain words and log the attempt.
 */
const PUBLIC = ['doGet', 'doPost', 'onInstall', 'onOpen', 'uploadSubmission'];
/**
 * Trigger handlers guarded by their event instead: their first act is a call on a live Apps
 * Script object that JSON from google.script.run cannot carry (forged-intake.test.ts).
 */
const EVENT_GUARDED = ['onReflectionSubmit'];
const entryPoints = Object.keys(main).filter(
  (name) => typeof (main as Record<string, unknown>)[name] === 'function',
);
const coachOnly = entryPoints.filter(
  (name) => !PUBLIC.includes(name) && !EVENT_GUARDED.includes(name),
);

function demoWorkspace() {
  const ws = freshWorkspace({ start: '2026-11-26T09:00:00+02:00' });
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  return ws;
}

describe('who may call what', () => {
  it('pins the public entry points', () => {
    expect(entryPoints.filter((name) => PUBLIC.includes(name)).sort()).toEqual(PUBLIC);
    expect(entryPoints.filter((name) => EVENT_GUARDED.includes(name))).toEqual(EVENT_GUARDED);
    expect(coachOnly.length).toBeGreaterThan(20);
  });

  it.each([
    ['an anonymous web app visitor', ''],
    ['a signed-in stranger of a web app that runs as its deployer', 'stranger@example.com'],
  ])('refuses every coach-only entry point to %s, and logs it', (_who, activeUser) => {
    const ws = demoWorkspace();
    const mailsBefore = outbox(ws.rt.store('mail') as never).length;
    for (const name of coachOnly) {
      const result = ws.run('etapaja', name, ['A0001'], { activeUser });
      expect(result.error?.message).toBe(t('fi', 'access.denied'));
    }
    expect(outbox(ws.rt.store('mail') as never).length).toBe(mailsBefore);
    const log = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Loki')
      .flat()
      .map(String);
    expect(log.filter((cell) => cell.startsWith('Torjuttu kutsu: ')).length).toBe(coachOnly.length);
  });

  it('lets the coach and the triggers through', () => {
    const ws = demoWorkspace();
    expect(() => ws.call('sidebarToday')).not.toThrow();
    const runs = ws.advance(Date.parse('2026-11-27T00:00:00+02:00'));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.execution.status === 'completed')).toBe(true);
  });

  it('still serves the client-facing web app to an anonymous visitor', () => {
    const ws = demoWorkspace();
    const result = ws.run(
      'etapaja',
      'doGet',
      [{ parameter: {}, parameters: {}, queryString: '' }],
      {
        activeUser: '',
      },
    );
    expect(result.error).toBeUndefined();
  });
});
