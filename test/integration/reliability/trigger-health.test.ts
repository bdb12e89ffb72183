import type { ScriptStore, StoredTrigger } from '../../../emulator/script/store';
import { kindOf, logOf, mails, usedWorkspace } from './helpers';

/**
 * Trigger health, by hand: after setup there is one weekly, one nightly and one hourly trigger
 * (and one form-submit trigger per reflection form). We delete the weekly one, copy the hourly
 * one and disable the original (Google disabled it; the API cannot tell), then run the nightly
 * job: the weekly trigger is made again (one "missing" row), the hourly ones are replaced by one
 * working trigger (one "duplicate" row), and the coach's digest carries both. A second night
 * repairs nothing.
 */
describe('trigger health', () => {
  const ws = usedWorkspace();
  const store = () => ws.rt.store<ScriptStore>('script');
  const of = (fn: string) => store().triggers.filter((t) => t.functionName === fn);

  beforeAll(() => {
    const triggers = store().triggers;
    triggers.splice(triggers.indexOf(of('weeklyDispatch')[0]), 1);
    const hourly = of('reminders')[0];
    triggers.push({ ...hourly, id: '9999999999', firings: 0 } as StoredTrigger);
    hourly.disabled = true;
    ws.call('nightly');
  });

  it('makes the missing weekly trigger again, once', () => {
    expect(of('weeklyDispatch').filter((t) => t.schedule?.type === 'weeks')).toHaveLength(1);
  });

  it('leaves exactly one hourly trigger, and it is not the disabled one', () => {
    expect(of('reminders')).toHaveLength(1);
    expect(of('reminders')[0].disabled).toBeFalsy();
    expect(of('nightly')).toHaveLength(1);
  });

  it('writes one log row per repair and tells the coaches in one digest mail each', () => {
    const rows = logOf(ws, 'trigger-health').filter((r) =>
      /weeklyDispatch|reminders/.test(String(r.Viesti)),
    );
    expect(rows.filter((r) => String(r.Viesti).includes('weeklyDispatch'))).toHaveLength(1);
    expect(rows.filter((r) => String(r.Viesti).includes('reminders'))).toHaveLength(1);
    const alerts = mails(ws).filter((m) => kindOf(m) === 'coach-alert');
    expect(alerts.length).toBeGreaterThan(0);
    const perCoach = new Map<string, number>();
    for (const m of alerts) for (const to of m.to) perCoach.set(to, (perCoach.get(to) ?? 0) + 1);
    for (const count of perCoach.values()) expect(count).toBe(1);
    const text = alerts[0].text ?? alerts[0].html ?? '';
    expect(text).toContain('weeklyDispatch');
    expect(text).toContain('reminders');
  });

  it('a second night repairs nothing', () => {
    const before = logOf(ws, 'trigger-health').length;
    ws.advance(ws.now() + 24 * 3_600_000);
    const after = logOf(ws, 'trigger-health').filter((r) =>
      /puuttui|kertaa|ei ole toiminut/.test(String(r.Viesti)),
    );
    expect(after.length).toBe(
      logOf(ws, 'trigger-health')
        .slice(0, before)
        .filter((r) => /puuttui|kertaa|ei ole toiminut/.test(String(r.Viesti))).length,
    );
    expect(of('reminders')).toHaveLength(1);
    expect(of('reminders')[0].firings).toBeGreaterThan(0);
  });
});
