import { t } from '../core/i18n';
import { menuLanguage } from './menu';

/**
 * Opens the coach's sidebar (Etäpaja → Open the sidebar). The page (src/addon/ui/sidebar.*) is
 * one HTML file with its script and style bundled in; the template only fills the language and
 * the words shown while the first server call runs, both escaped (`<?= ?>`). Everything else,
 * and all client data, arrives through google.script.run and is written with textContent.
 * https://developers.google.com/apps-script/guides/dialogs#custom_sidebars
 */
export function showSidebar(): void {
  const lang = menuLanguage();
  const template = HtmlService.createTemplateFromFile('sidebar');
  template.lang = lang;
  template.loading = t(lang, 'sidebar.loading');
  const output = template.evaluate().setTitle(t(lang, 'sidebar.title'));
  SpreadsheetApp.getUi().showSidebar(output);
}
