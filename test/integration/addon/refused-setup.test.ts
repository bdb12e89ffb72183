import { shareSpreadsheet } from '../../../emulator/spreadsheet';
import type { Workspace } from '../../../emulator/workspace';
import { freshWorkspace } from '../../helpers/workspace';

/**
 * A setup that is refused installs nothing: no time-driven or form-submit trigger of the refused
 * account is left behind. Such a trigger would be refused on every run ("only for coaches") and
 * each failure would reach every coach's digest. Both install ways: a bound script (three
 * time-driven triggers per coach) and an editor add-on (one hourly trigger per coach).
 */
jest.setTimeout(120_000);
const OWNER = 'ohjaaja@kunta.example';
const NEW = 'newcoach@etapaja.example';
const START = '2026-11-26T09:00:00+02:00';

function listCoaches(ws: Workspace, coaches: string): void {
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
  ws.call('list', [coaches], { projectId: 'coach', user: OWNER });
}

const triggersOf = (ws: Workspace, who: string): string[] =>
  ws
    .triggers()
    .filter((t) => t.owner === who)
    .map((t) => t.functionName);

describe.each([false, true])('a refused setup (add-on: %s)', (addon) => {
  it('by an editor not in the coaches setting: refused, and no trigger of theirs is made', () => {
    const ws = freshWorkspace({ start: START, addon, owner: OWNER });
    ws.call('setup', [{ lang: 'fi' }], { user: OWNER });
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, NEW);
    const ownerTriggers = triggersOf(ws, OWNER);

    const refused = ws.run('etapaja', 'setup', [], { user: NEW });
    expect(refused.error?.message).toContain(OWNER);
    expect(triggersOf(ws, NEW)).toEqual([]);
    expect(triggersOf(ws, OWNER)).toEqual(ownerTriggers);

    // A day on: nothing runs as the refused editor, so nothing fails.
    const runs = ws.advance(Date.parse(START) + 24 * 3_600_000);
    expect(runs.filter((r) => r.execution.status !== 'completed')).toEqual([]);
  });

  it('by a listed coach the forms are not yet shared with: refused, no trigger made; set up once shared', () => {
    const ws = freshWorkspace({ start: START, addon, owner: OWNER });
    ws.call('setup', [{ lang: 'fi' }], { user: OWNER });
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, NEW);
    // Listed in the settings, but the owner has not run setup since: the forms folder is not
    // shared with the new coach yet, so their setup cannot open the forms.
    listCoaches(ws, `${OWNER}, ${NEW}`);

    const refused = ws.run('etapaja', 'setup', [], { user: NEW });
    expect(refused.error?.message).toContain('Päiväkirjalomakkeet kuuluvat käyttäjälle');
    expect(triggersOf(ws, NEW)).toEqual([]);

    // The owner's setup shares the forms; now the new coach's setup installs their triggers.
    expect(ws.run('etapaja', 'setup', [], { user: OWNER }).error).toBeUndefined();
    expect(ws.run('etapaja', 'setup', [], { user: NEW }).error).toBeUndefined();
    const expected = addon ? ['hourlyRun'] : ['nightly', 'reminders', 'weeklyDispatch'];
    expect(
      triggersOf(ws, NEW)
        .filter((f) => f !== 'onReflectionSubmit')
        .sort(),
    ).toEqual(expected);
  });
});
