import { t } from '../core/i18n';
import type { Lang } from '../core/types';

/** The Etäpaja menu in the workbook. The language comes from the settings sheet once set up. */
export function onOpen(_event?: unknown): void {
  const lang = menuLanguage();
  SpreadsheetApp.getUi()
    .createMenu(t(lang, 'app.name'))
    .addItem(t(lang, 'menu.setup'), 'setup')
    .addItem(t(lang, 'menu.validateRoster'), 'validateRoster')
    .addItem(t(lang, 'menu.proposeGroups'), 'proposeGroups')
    .addItem(t(lang, 'menu.planWeek'), 'planNextWeek')
    .addItem(t(lang, 'menu.dispatchNow'), 'weeklyDispatch')
    .addItem(t(lang, 'kela.menu.monthlySummary'), 'monthlySummary')
    .addItem(t(lang, 'sidebar.menu'), 'showSidebar')
    .addToUi();
}

/** Editor add-ons get onInstall instead of the first onOpen. */
export function onInstall(event?: unknown): void {
  onOpen(event);
}

export function menuLanguage(): Lang {
  // Reading the settings sheet here would cost an onOpen round trip; the language is cached
  // in document properties by setup.
  const props = PropertiesService.getDocumentProperties();
  const lang = props ? props.getProperty('lang') : null;
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}
