import { withCoverage } from '../runtime/context';
import type { SpreadsheetApi } from './api';
import { BUTTONS_OF, Button, ButtonSet, recordUi, signatureError, storeOf } from './common';

/**
 * Ui: menus, alerts and dialogs of the open spreadsheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/ui
 */
export function newUi(api: SpreadsheetApi) {
  const ctx = api.ctx;
  const spreadsheetId = ctx.boundSpreadsheetId ?? null;
  const answer = (buttons: string[]): { button: string; text: string } => {
    const queued = storeOf(ctx).uiResponses.shift();
    if (queued) return { button: queued.button, text: queued.text ?? '' };
    // Nobody at the keyboard: the first "positive" button is pressed.
    return { button: buttons.includes('OK') ? 'OK' : buttons[0], text: '' };
  };
  const htmlOf = (html: unknown) => {
    const h = html as {
      getContent?: () => string;
      getTitle?: () => string;
      getWidth?: () => number;
      getHeight?: () => number;
    };
    if (typeof h?.getContent !== 'function')
      throw signatureError([html], 'SpreadsheetApp.Ui.showSidebar');
    return {
      html: h.getContent(),
      title: typeof h.getTitle === 'function' ? h.getTitle() : '',
      width: typeof h.getWidth === 'function' ? h.getWidth() : undefined,
      height: typeof h.getHeight === 'function' ? h.getHeight() : undefined,
    };
  };
  const menu = (caption: string, addon: boolean) => {
    const items: Array<Record<string, unknown>> = [];
    const menuHandle = withCoverage(
      {
        addItem(itemCaption: string, functionName: string) {
          items.push({ caption: String(itemCaption), functionName: String(functionName) });
          return menuHandle;
        },
        addSeparator() {
          items.push({ separator: true });
          return menuHandle;
        },
        addSubMenu(sub: { __menu?: () => Record<string, unknown> }) {
          if (typeof sub?.__menu !== 'function')
            throw signatureError([sub], 'SpreadsheetApp.Menu.addSubMenu');
          items.push({ subMenu: sub.__menu() });
          return menuHandle;
        },
        addToUi() {
          api.call('Ui', 'addToUi');
          recordUi(ctx, {
            kind: 'menu',
            spreadsheetId,
            caption,
            addon,
            items: JSON.parse(JSON.stringify(items)),
          });
        },
        toString: () => 'Menu',
        __menu: () => ({ caption, items: JSON.parse(JSON.stringify(items)) }),
      },
      'Menu',
    );
    return menuHandle;
  };
  return withCoverage(
    {
      Button,
      ButtonSet,
      createMenu(caption: string) {
        api.call('Ui', 'createMenu');
        return menu(String(caption), false);
      },
      createAddonMenu() {
        api.call('Ui', 'createAddonMenu');
        return menu('', true);
      },
      alert(...args: unknown[]) {
        api.call('Ui', 'alert');
        let title = '';
        let prompt: string;
        let buttons = 'OK';
        if (args.length >= 3) [title, prompt, buttons] = args.map(String);
        else if (args.length === 2) [prompt, buttons] = args.map(String);
        else prompt = String(args[0]);
        if (!BUTTONS_OF[buttons]) throw signatureError(args, 'SpreadsheetApp.Ui.alert');
        const { button } = answer(BUTTONS_OF[buttons]);
        recordUi(ctx, { kind: 'alert', spreadsheetId, title, prompt, buttons, response: button });
        return button;
      },
      prompt(...args: unknown[]) {
        api.call('Ui', 'prompt');
        let title = '';
        let prompt: string;
        let buttons = 'OK';
        if (args.length >= 3) [title, prompt, buttons] = args.map(String);
        else if (args.length === 2) [prompt, buttons] = args.map(String);
        else prompt = String(args[0]);
        if (!BUTTONS_OF[buttons]) throw signatureError(args, 'SpreadsheetApp.Ui.prompt');
        const response = answer(BUTTONS_OF[buttons]);
        recordUi(ctx, {
          kind: 'prompt',
          spreadsheetId,
          title,
          prompt,
          buttons,
          response: response.button,
          text: response.text,
        });
        return withCoverage(
          {
            getResponseText: () => response.text,
            getSelectedButton: () => response.button,
            toString: () => 'PromptResponse',
          },
          'PromptResponse',
        );
      },
      showSidebar(html: unknown) {
        api.call('Ui', 'showSidebar');
        recordUi(ctx, { kind: 'sidebar', spreadsheetId, ...htmlOf(html) });
      },
      showModalDialog(html: unknown, title: string) {
        api.call('Ui', 'showModalDialog');
        recordUi(ctx, {
          kind: 'dialog',
          spreadsheetId,
          modal: true,
          ...htmlOf(html),
          title: String(title),
        });
      },
      showModelessDialog(html: unknown, title: string) {
        api.call('Ui', 'showModelessDialog');
        recordUi(ctx, {
          kind: 'dialog',
          spreadsheetId,
          modal: false,
          ...htmlOf(html),
          title: String(title),
        });
      },
      toString: () => 'Ui',
    },
    'Ui',
  );
}
