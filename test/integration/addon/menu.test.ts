import { uiLog } from '../../../emulator/spreadsheet';
import { freshWorkspace } from '../../helpers/workspace';
import * as main from '../../../src/main';
import { t } from '../../../src/core/i18n';

/** Every menu item must call a function the bundle really exports, in the workbook's language. */
describe('the Etäpaja menu', () => {
  it.each(['fi', 'sv', 'en'] as const)('in %s names only real entry points', (lang) => {
    const ws = freshWorkspace({ start: '2026-11-30T08:00:00+02:00' });
    ws.call('setup', [{ lang }]);
    ws.call('onOpen', [{}]);
    const menus = uiLog(ws.rt).filter((r: { kind?: string }) => r.kind === 'menu') as unknown as {
      caption: string;
      items: { caption?: string; functionName?: string }[];
    }[];
    const menu = menus[menus.length - 1];
    expect(menu.caption).toBe('Etäpaja');
    const functions = menu.items.map((i) => i.functionName).filter(Boolean) as string[];
    expect(functions.length).toBeGreaterThan(3);
    for (const fn of functions)
      expect(typeof (main as Record<string, unknown>)[fn]).toBe('function');
    expect(menu.items[0].caption).toBe(t(lang, 'menu.setup'));
  });
});
