import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { isAddon } from '../services/properties';

/**
 * The Etäpaja menu. onOpen is a simple trigger and runs in whatever authorisation mode Apps
 * Script gives it: in AuthMode.NONE (an add-on installed for the user but not yet used in this
 * workbook) it may build the menu and nothing else — no properties, no sheet, no ScriptApp
 * (https://developers.google.com/apps-script/reference/script/auth-mode; the runtime refuses
 * the rest, test/conformance/auth-mode.test.ts). So in NONE the menu is the add-on menu in
 * Finnish, the language of the service; once the add-on is used in the workbook (LIMITED) or as
 * a bound script, the workbook's language from document properties.
 */
export function onOpen(event?: { authMode?: unknown }): void {
  const none = isAuthModeNone(event);
  const lang: Lang = none ? 'fi' : menuLanguage();
  const ui = SpreadsheetApp.getUi();
  // An add-on's menu lives under Extensions (createAddonMenu); NONE happens only to add-ons.
  const menu = none || isAddon() ? ui.createAddonMenu() : ui.createMenu(t(lang, 'app.name'));
  menu
    .addItem(t(lang, 'menu.setup'), 'setup')
    .addItem(t(lang, 'menu.validateRoster'), 'validateRoster')
    .addItem(t(lang, 'menu.proposeGroups'), 'proposeGroups')
    .addItem(t(lang, 'menu.planWeek'), 'planNextWeek')
    .addItem(t(lang, 'menu.dispatchNow'), 'weeklyDispatch')
    .addItem(t(lang, 'kela.menu.monthlySummary'), 'monthlySummary')
    .addItem(t(lang, 'sidebar.menu'), 'showSidebar')
    .addToUi();
}

/** Editor add-ons get onInstall (in AuthMode.FULL) instead of the first onOpen. */
export function onInstall(event?: { authMode?: unknown }): void {
  onOpen(event);
}

function isAuthModeNone(event?: { authMode?: unknown }): boolean {
  // Compared as text: Apps Script's enum prints as its name, and no service call is made.
  return event !== undefined && event !== null && String(event.authMode) === 'NONE';
}

export function menuLanguage(): Lang {
  // Reading the settings sheet here would cost an onOpen round trip; the language is cached
  // in document properties by setup.
  const props = PropertiesService.getDocumentProperties();
  const lang = props ? props.getProperty('lang') : null;
  return lang === 'sv' || lang === 'en' ? lang : 'fi';
}
