import { Workspace } from '../../emulator/workspace';
import { queueUiResponse, uiLog } from '../../emulator/spreadsheet';

const REF = 'https://developers.google.com/apps-script/reference/base/browser';
const START = '2026-03-02T08:00:00+02:00';

function workspace(code: string) {
  const ws = Workspace.init('', { timeZone: 'Europe/Helsinki', start: START });
  ws.push('p', code, { timeZone: 'Europe/Helsinki' });
  return ws;
}

describe(`Browser.msgBox — ${REF}#msgBox(String,String,ButtonSet)`, () => {
  const code = `
    function ask() { return Browser.msgBox('Poistetaanko?', 'Poistetaanko rivi?', Browser.Buttons.YES_NO_CANCEL); }
    function tell() { return Browser.msgBox('Valmis'); }`;

  it('returns the lower-case text of the button the person clicks', () => {
    const ws = workspace(code);
    queueUiResponse(ws.rt, { button: 'NO' });
    expect(ws.run('p', 'ask').value).toBe('no');
    expect(ws.run('p', 'tell').value).toBe('ok');
  });

  it("returns 'cancel' for a dialog closed without a button", () => {
    const ws = workspace(code);
    queueUiResponse(ws.rt, { button: 'CLOSE' });
    expect(ws.run('p', 'ask').value).toBe('cancel');
  });

  it('shows the title, message and buttons in the spreadsheet (the UI log)', () => {
    const ws = workspace(code);
    ws.run('p', 'ask');
    expect(uiLog(ws.rt).at(-1)).toMatchObject({
      kind: 'alert',
      via: 'Browser.msgBox',
      title: 'Poistetaanko?',
      prompt: 'Poistetaanko rivi?',
      buttons: 'YES_NO_CANCEL',
      response: 'YES',
    });
  });
});

describe(`Browser.inputBox — ${REF}#inputBox(String,ButtonSet)`, () => {
  const code = `function ask() { return Browser.inputBox('Nimesi?', Browser.Buttons.OK_CANCEL); }`;

  it('returns the text the person typed', () => {
    const ws = workspace(code);
    queueUiResponse(ws.rt, { button: 'OK', text: 'Aino' });
    expect(ws.run('p', 'ask').value).toBe('Aino');
  });

  it("returns 'cancel' for a canceled or dismissed dialog", () => {
    const ws = workspace(code);
    queueUiResponse(ws.rt, { button: 'CANCEL', text: 'kesken' });
    queueUiResponse(ws.rt, { button: 'CLOSE' });
    expect(ws.run('p', 'ask').value).toBe('cancel');
    expect(ws.run('p', 'ask').value).toBe('cancel');
  });

  it('Browser.Buttons is the ButtonSet enum', () => {
    const ws = workspace(`function f() { return Object.keys(Browser.Buttons).sort(); }`);
    expect(ws.run('p', 'f').value).toEqual(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
  });
});

describe(`Browser needs the spreadsheet open in front of a person — ${REF}`, () => {
  it('throws in a time-driven trigger, where nobody can answer', () => {
    const ws = workspace(`
      function setup() { ScriptApp.newTrigger('nightly').timeBased().after(60 * 1000).create(); }
      function nightly() { Browser.msgBox('Hei'); }`);
    ws.run('p', 'setup');
    const [fired] = ws.advance(Date.parse(START) + 10 * 60 * 1000);
    expect(String(fired.error)).toContain('Cannot call Browser.msgBox() from this context.');
    expect(uiLog(ws.rt)).toHaveLength(0);
  });

  it('a wrong button set is refused as Apps Script refuses a bad signature', () => {
    const ws = workspace(`function f() { return Browser.msgBox('t', 'p', 'MAYBE'); }`);
    expect(String(ws.run('p', 'f').error)).toMatch(/Browser\.msgBox/);
  });
});
