import { outbox } from '../../../emulator/mail';
import { shareSpreadsheet } from '../../../emulator/spreadsheet';
import { FORMS_STORE, type FormsStore } from '../../../emulator/forms/store';
import { PROPERTIES_STORE, type PropertiesStore } from '../../../emulator/properties/store';
import { submitPrefilledUrl } from '../../../emulator/forms';
import type { Workspace } from '../../../emulator/workspace';
import * as main from '../../../src/main';
import { freshWorkspace } from '../../helpers/workspace';
import { meta } from '../dispatch/helpers';

/**
 * Etäpaja installed as an editor add-on and as a bound script, on a runtime that holds it to
 * Google's rules (auth modes, one trigger per type per user per workbook, editors only,
 * unpublished forms, a blank active user).
 */
jest.setTimeout(240_000);
const OWNER = 'ohjaaja@kunta.example';
const SECOND = 'toinen.ohjaaja@kunta.example';
const START = '2026-11-26T09:00:00+02:00';

/** Every simple trigger the bundle exports, and the modes Apps Script runs it in. */
const SIMPLE_TRIGGERS: Record<string, ('NONE' | 'LIMITED' | 'FULL')[]> = {
  onOpen: ['NONE', 'LIMITED', 'FULL'],
  onInstall: ['FULL'],
  onEdit: ['NONE', 'LIMITED'],
  onSelectionChange: ['NONE', 'LIMITED'],
};

describe('simple triggers keep to their authorisation mode', () => {
  const exported = Object.keys(SIMPLE_TRIGGERS).filter(
    (name) => typeof (main as Record<string, unknown>)[name] === 'function',
  );

  it.each([false, true])(
    'as %s add-on: every simple trigger runs in every mode it gets',
    (addon) => {
      expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
      const ws = freshWorkspace({ start: START, addon });
      for (const name of exported)
        for (const authMode of SIMPLE_TRIGGERS[name]) {
          const run = ws.run('etapaja', name, [{ authMode }], { authMode, simpleTrigger: true });
          expect({ name, authMode, error: run.error?.message }).toEqual({
            name,
            authMode,
            error: undefined,
          });
          // In NONE: the menu and nothing else (getUi, createAddonMenu, addToUi).
          if (authMode === 'NONE') expect(run.execution.calls).toEqual({ SpreadsheetApp: 3 });
        }
    },
  );
});

function props(ws: Workspace): Record<string, Record<string, string>> {
  return JSON.parse(
    JSON.stringify(ws.rt.store<PropertiesStore>(PROPERTIES_STORE).stores),
  ) as Record<string, Record<string, string>>;
}

function coachesListed(ws: Workspace, first: string): void {
  ws.push(
    'coach',
    `function list(v) {
      var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Asetukset');
      var values = s.getDataRange().getValues();
      for (var i = 0; i < values.length; i++) if (values[i][0] === 'coaches' || values[i][0] === 'Ohjaajat') s.getRange(i + 1, 2).setValue(v);
    }`,
    { timeZone: 'Europe/Helsinki' },
    'coach',
  );
  ws.call('list', [`${OWNER}, ${SECOND}`], { projectId: 'coach', user: first });
}

describe.each([false, true])('two coaches set up one workbook (add-on: %s)', (addon) => {
  it.each([
    [OWNER, SECOND],
    [SECOND, OWNER],
  ])('first %s, then %s: one set of forms, nothing overwritten', (first, second) => {
    const ws = freshWorkspace({ start: START, addon, owner: OWNER });
    const id = ws.meta.boundSpreadsheetId as string;
    // A coach who cannot edit the workbook is refused by the runtime.
    expect(ws.run('etapaja', 'setup', [], { user: SECOND }).error?.message).toContain(
      'You need edit access',
    );
    shareSpreadsheet(ws.rt, id, SECOND);
    expect(ws.run('etapaja', 'setup', [{ lang: 'fi' }], { user: first }).error).toBeUndefined();
    coachesListed(ws, first);
    expect(ws.run('etapaja', 'setup', [], { user: first }).error).toBeUndefined();
    const formsBefore = Object.keys(ws.rt.store<FormsStore>(FORMS_STORE.name).forms);
    expect(formsBefore).toHaveLength(3);
    const before = props(ws);
    expect(ws.run('etapaja', 'setup', [], { user: second }).error).toBeUndefined();
    expect(Object.keys(ws.rt.store<FormsStore>(FORMS_STORE.name).forms)).toEqual(formsBefore);
    const after = props(ws);
    // Every property the first coach's setup stored is still there with the same value.
    for (const [store, values] of Object.entries(before))
      for (const [key, value] of Object.entries(values))
        if (!store.startsWith(`user:`))
          expect({ store, key, value: after[store][key] }).toEqual({
            store,
            key,
            value,
          });
    // Every form is published, and each coach holds at most one time-driven trigger.
    for (const form of Object.values(ws.rt.store<FormsStore>(FORMS_STORE.name).forms))
      expect(form.published).toBe(true);
    if (addon)
      for (const who of [OWNER, SECOND])
        expect(
          ws.triggers().filter((t) => t.owner === who && t.eventType === 'CLOCK'),
        ).toHaveLength(1);
  });
});

describe('an add-on week with a blank active user', () => {
  it('sends the weekly mails and reminders from one hourly trigger; every mailed link is answered', () => {
    const ws = freshWorkspace({ start: START, addon: true, blankActiveUser: true });
    ws.call('setup', [{ lang: 'fi' }]);
    ws.call('loadDemoRoster');
    ws.call('planNextWeek');
    const runs = ws.advance(Date.parse(START) + 8 * 24 * 3_600_000);
    expect(runs.filter((r) => r.execution.status !== 'completed')).toEqual([]);
    expect(new Set(runs.map((r) => r.execution.functionName))).toEqual(
      new Set([
        'hourlyRun',
        ...(runs.some((r) => r.execution.functionName === 'onReflectionSubmit')
          ? ['onReflectionSubmit']
          : []),
      ]),
    );
    const clock = ws.triggers().filter((t) => t.eventType === 'CLOCK');
    expect(clock).toHaveLength(1);
    const mails = outbox(ws.rt.store('mail') as never);
    // A mail says what it is on its HTML root (data-etapaja-kind), as the dispatch tests read it.
    const kinds = mails.map((m) => meta(m).kind);
    expect(kinds.filter((k) => k === 'weekly').length).toBeGreaterThanOrEqual(20);
    expect(kinds.filter((k) => k === 'reminder').length).toBeGreaterThan(0);
    // Every reflection link in the weekly mails opens a published form that takes the answer.
    const links = new Set<string>();
    for (const mail of mails.filter((m) => meta(m).kind === 'weekly'))
      for (const match of String(mail.text ?? mail.html ?? '').matchAll(
        /https:\/\/docs\.google\.com\/forms\/d\/e\/[^\s"<>)]+/g,
      ))
        links.add(match[0].replace(/&amp;/g, '&'));
    expect(links.size).toBeGreaterThan(20);
    for (const url of [...links].slice(0, 30))
      expect(() =>
        submitPrefilledUrl(ws.rt.stores, url, {}, { atMs: ws.now(), timeZone: 'Europe/Helsinki' }),
      ).not.toThrow();
  });
});
