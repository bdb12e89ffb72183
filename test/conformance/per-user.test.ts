import { shareSpreadsheet } from '../../emulator/spreadsheet';
import { Workspace } from '../../emulator/workspace';
import { MAX_TRIGGERS_PER_USER } from '../../emulator/script/api';

/**
 * What is per user in Apps Script, which is what lets many coaches share one workbook while each
 * stays within their own quotas (docs/scale.md): installable triggers belong to, and run as,
 * the account that made them, and quotas are counted per user.
 */
const ANNA = 'anna@kunta.example';
const BERTIL = 'bertil@kunta.example';

const SCRIPT = `
function makeTriggers(n) {
  for (var i = 0; i < n; i++) ScriptApp.newTrigger('whoAmI').timeBased().everyHours(1).create();
  return ScriptApp.getProjectTriggers().length;
}
function listMine() {
  return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); });
}
function removeMine() {
  var mine = ScriptApp.getProjectTriggers();
  mine.forEach(function (t) { ScriptApp.deleteTrigger(t); });
  return mine.length;
}
function whoAmI() {
  var props = PropertiesService.getScriptProperties();
  var ran = JSON.parse(props.getProperty('ran') || '[]');
  ran.push([Session.getEffectiveUser().getEmail(), Session.getActiveUser().getEmail()]);
  props.setProperty('ran', JSON.stringify(ran));
}
function ran() { return JSON.parse(PropertiesService.getScriptProperties().getProperty('ran') || '[]'); }
function sendMany(n) {
  for (var i = 0; i < n; i++) MailApp.sendEmail('asiakas' + i + '@example.fi', 'Viikko', 'Runko');
  return MailApp.getRemainingDailyQuota();
}
function remaining() { return MailApp.getRemainingDailyQuota(); }
`;

function world(accountKind: 'workspace' | 'consumer' = 'workspace'): Workspace {
  const ws = Workspace.init('', { owner: ANNA, start: '2026-03-02T08:00:00+02:00', accountKind });
  ws.push('p', SCRIPT, { timeZone: 'Europe/Helsinki' });
  // Both are editors of the workbook the script is bound to: only editors run its code.
  shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, BERTIL);
  return ws;
}

const as = (ws: Workspace, user: string, fn: string, args: unknown[] = []) =>
  ws.call(fn, args, { projectId: 'p', user });

describe('https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()', () => {
  it('"all installable triggers associated with the current project and current user": not another user’s', () => {
    const ws = world();
    expect(as(ws, ANNA, 'makeTriggers', [2])).toBe(2);
    expect(as(ws, BERTIL, 'makeTriggers', [1])).toBe(1);
    expect(as(ws, ANNA, 'listMine')).toHaveLength(2);
    expect(as(ws, BERTIL, 'listMine')).toHaveLength(1);
    expect(ws.triggers().map((t) => t.owner)).toEqual([ANNA, ANNA, BERTIL]);
  });

  it('so a user who removes "all" their triggers leaves every other user’s in place', () => {
    const ws = world();
    as(ws, ANNA, 'makeTriggers', [3]);
    as(ws, BERTIL, 'makeTriggers', [3]);
    expect(as(ws, BERTIL, 'removeMine')).toBe(3);
    expect(as(ws, ANNA, 'listMine')).toHaveLength(3);
    expect(ws.triggers().every((t) => t.owner === ANNA)).toBe(true);
  });
});

describe('https://developers.google.com/apps-script/guides/services/quotas: triggers, 20 / user / script', () => {
  it('one user’s full allowance does not use another’s', () => {
    const ws = world();
    expect(as(ws, ANNA, 'makeTriggers', [MAX_TRIGGERS_PER_USER])).toBe(MAX_TRIGGERS_PER_USER);
    expect(() => as(ws, ANNA, 'makeTriggers', [1])).toThrow('This script has too many triggers.');
    expect(as(ws, BERTIL, 'makeTriggers', [MAX_TRIGGERS_PER_USER])).toBe(MAX_TRIGGERS_PER_USER);
  });
});

describe('https://developers.google.com/apps-script/guides/triggers/installable', () => {
  it('"installable triggers always run under the account of the person who created them"', () => {
    const ws = world();
    as(ws, ANNA, 'makeTriggers', [1]);
    as(ws, BERTIL, 'makeTriggers', [1]);
    // Hourly triggers: each fires at least once somewhere in the next two hours.
    const runs = ws.advance(Date.parse('2026-03-02T10:30:00+02:00'));
    expect(new Set(runs.map((r) => r.execution.user))).toEqual(new Set([ANNA, BERTIL]));
    for (const run of runs) {
      const trigger = ws.triggers().find((t) => t.id === run.execution.triggerId);
      expect(run.execution.user).toBe(trigger?.owner);
    }
    // Effective user and active user are both the trigger's owner.
    const seen = new Set((as(ws, ANNA, 'ran') as string[][]).map((pair) => pair.join(' ')));
    expect(seen).toEqual(new Set([`${ANNA} ${ANNA}`, `${BERTIL} ${BERTIL}`]));
  });
});

describe('https://developers.google.com/apps-script/guides/services/quotas: email recipients per day, per user', () => {
  it('each user has their own 100 a day on a consumer account; one using it up does not stop another', () => {
    const ws = world('consumer');
    expect(as(ws, ANNA, 'sendMany', [100])).toBe(0);
    expect(() => as(ws, ANNA, 'sendMany', [1])).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(as(ws, BERTIL, 'remaining')).toBe(100);
    expect(as(ws, BERTIL, 'sendMany', [40])).toBe(60);
    expect(as(ws, ANNA, 'remaining')).toBe(0);
  });

  it('is counted against the account a trigger runs as, and comes back the next day', () => {
    const ws = world('consumer');
    ws.push(
      'p',
      `${SCRIPT}\nfunction hourly() { MailApp.sendEmail('asiakas@example.fi', 'S', 'B'); }\n` +
        `function install() { ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create(); }`,
      { timeZone: 'Europe/Helsinki' },
    );
    as(ws, BERTIL, 'install');
    ws.advance(Date.parse('2026-03-02T11:30:00+02:00'));
    const fired = ws.lastExecutions.filter((e) => e.functionName === 'hourly');
    expect(fired.length).toBeGreaterThan(0);
    expect(as(ws, BERTIL, 'remaining')).toBe(100 - fired.length);
    expect(as(ws, ANNA, 'remaining')).toBe(100);
    as(ws, BERTIL, 'removeMine');
    ws.advance(Date.parse('2026-03-03T08:00:00+02:00'));
    expect(as(ws, BERTIL, 'remaining')).toBe(100);
  });
});
