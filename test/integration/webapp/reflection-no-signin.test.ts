import { FORMS_STORE, submitPrefilledUrl, type FormsStore } from '../../../emulator/forms';
import type { Workspace } from '../../../emulator/workspace';
import { coach, sheet, webWorkspace } from './helpers';

/**
 * The daily reflection form works for a client with no Google account: no sign-in, no email
 * collected (a Forms sign-in wall would stop them), identity from the prefilled token only.
 * https://developers.google.com/apps-script/reference/forms/form#setRequireLogin(Boolean)
 */
describe('the reflection form needs no sign-in', () => {
  let ws: Workspace;
  const forms = () => Object.values((ws.rt.stores[FORMS_STORE.name] as FormsStore).forms);

  beforeAll(() => {
    ws = webWorkspace('2026-11-30T08:00:00+02:00');
    ws.call('setup');
    coach(ws, 'putRows', [
      'Asiakkaat',
      [
        {
          Tunnus: 'A0001',
          Nimi: 'Aino Koski',
          Sähköposti: 'aino.koski@example.fi',
          Kieli: 'suomi',
          Ohjaaja: 'ohjaaja@kunta.example',
          Tila: 'aktiivinen',
        },
      ],
    ]);
    ws.call('setupParticipation');
  });

  it('every language form asks for no sign-in and collects no email', () => {
    expect(forms()).toHaveLength(3);
    for (const form of forms()) {
      expect(form.requireLogin).toBe(false);
      expect(form.collectEmail).toBe(false);
    }
  });

  it('a sign-in wall someone switched on is taken down by the next setup run', () => {
    for (const form of forms()) {
      form.requireLogin = true;
      form.collectEmail = true;
    }
    ws.call('setupParticipation');
    for (const form of forms()) {
      expect(form.requireLogin).toBe(false);
      expect(form.collectEmail).toBe(false);
    }
  });

  it('an answer from someone with no account is the client’s through the token alone', () => {
    const link = ws.call('reflectionLink', ['A0001', '2026-11-30']) as string;
    const { responseId } = submitPrefilledUrl(
      ws.rt.stores,
      link,
      { 'Mitä teit tänään?': 'Leivoin pullaa.' },
      { atMs: Date.parse('2026-11-30T15:00:00+02:00') },
    );
    // Forms fires the submit trigger within seconds; it only queues the response.
    ws.advance(Date.parse('2026-11-30T15:05:00+02:00'));
    // The next hourly run (setup installed it) records it: no sign-in was needed at any step.
    const hourly = ws.triggers().find((t) => t.functionName === 'reminders' && !t.disabled);
    expect(hourly?.nextFireAt).toBeDefined();
    const ran = ws.advance(Math.max(ws.now(), Math.ceil(hourly?.nextFireAt as number)));
    expect(ran.map((r) => r.execution.functionName)).toContain('reminders');
    for (const r of ran) expect(r.error?.message).toBeUndefined();
    const rows = sheet(ws, 'Päiväkirjat').filter((r) => r.Vastaus === responseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Asiakas: 'A0001', Tunnistettu: 'oma linkki' });
  });
});
