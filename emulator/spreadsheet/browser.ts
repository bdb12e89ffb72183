import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { BUTTONS_OF, ButtonSet, recordUi, signatureError, storeOf } from './common';

/**
 * Browser: the old Sheets dialogs. https://developers.google.com/apps-script/reference/base/browser
 * "The methods in this class are only available for use in the context of a Google Spreadsheet":
 * like `SpreadsheetApp.getUi()`, they need the spreadsheet open in front of a person, so they
 * throw in a project bound to no spreadsheet and in time-driven and form-submit triggers (nobody
 * is there to answer). Otherwise the person's answer comes from the same queue as Ui alerts and
 * prompts (`queueUiResponse`), and each dialog goes into the same UI log (`uiLog`).
 *
 * Answers as Google documents them: msgBox returns "the lower case text of the button that is
 * clicked by the user (or 'cancel' for a dismissed dialog)"; inputBox returns "the text entered
 * by the user (or 'cancel' for a canceled or dismissed dialog)". inputBox with a No button is not
 * documented: the runtime returns 'no' for it (the stricter reading: the text is not returned).
 */

/** A dialog closed with its X: Google's "dismissed dialog". */
const CLOSED = 'CLOSE';

function parseArgs(args: unknown[], method: string) {
  let title = '';
  let prompt: string;
  let buttons = 'OK';
  if (args.length >= 3) [title, prompt, buttons] = args.map(String);
  else if (args.length === 2) [prompt, buttons] = args.map(String);
  else if (args.length === 1) prompt = String(args[0]);
  else throw signatureError(args, `Browser.${method}`);
  if (!BUTTONS_OF[buttons]) throw signatureError(args, `Browser.${method}`);
  return { title, prompt, buttons };
}

export function createBrowser(ctx: ScriptContext) {
  const open = (method: string) => {
    ctx.rt.call('Browser', method);
    const kind = ctx.rt.current?.info.trigger?.kind;
    // [unverified wording] modelled on getUi()'s "Cannot call SpreadsheetApp.getUi() from this context."
    if (!ctx.boundSpreadsheetId || kind === 'CLOCK' || kind === 'ON_FORM_SUBMIT')
      throw appsScriptError(`Cannot call Browser.${method}() from this context.`);
  };
  const answer = (buttons: string) => {
    const queued = storeOf(ctx).uiResponses.shift();
    const offered = BUTTONS_OF[buttons];
    // Nobody at the keyboard: the first button (OK or Yes) is pressed, as for Ui alerts.
    const button = queued?.button ?? offered[0];
    return { button, text: queued?.text ?? '' };
  };
  const browser = {
    Buttons: ButtonSet,
    msgBox(...args: unknown[]) {
      open('msgBox');
      const { title, prompt, buttons } = parseArgs(args, 'msgBox');
      const { button } = answer(buttons);
      const spreadsheetId = ctx.boundSpreadsheetId ?? null;
      recordUi(ctx, {
        kind: 'alert',
        via: 'Browser.msgBox',
        spreadsheetId,
        title,
        prompt,
        buttons,
        response: button,
      });
      return button === CLOSED ? 'cancel' : button.toLowerCase();
    },
    inputBox(...args: unknown[]) {
      open('inputBox');
      const { title, prompt, buttons } = parseArgs(args, 'inputBox');
      const { button, text } = answer(buttons);
      const spreadsheetId = ctx.boundSpreadsheetId ?? null;
      recordUi(ctx, {
        kind: 'prompt',
        via: 'Browser.inputBox',
        spreadsheetId,
        title,
        prompt,
        buttons,
        response: button,
        text,
      });
      if (button === 'OK' || button === 'YES') return text;
      return button === CLOSED ? 'cancel' : button.toLowerCase();
    },
    toString: () => 'Browser',
  };
  return withCoverage(browser, 'Browser');
}
