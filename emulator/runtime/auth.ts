import { appsScriptError } from './errors';

/**
 * Authorisation modes and what each lets a script call.
 *
 * - https://developers.google.com/apps-script/reference/script/auth-mode — NONE: "A mode that
 *   does not allow access to any services that require authorization. This mode occurs when an
 *   add-on executes an onOpen(e) simple trigger, and the user has installed an add-on in a
 *   different document but the add-on has not been used in the current document." The page's
 *   own example builds the menu only, and reads document properties only outside NONE
 *   ("doesn't work in AuthMode.NONE").
 * - LIMITED: "A mode that allows access to a limited subset of services. This mode occurs when an
 *   add-on or a script bound to a document executes an onOpen(e) or onEdit(e) simple trigger,
 *   except in the case described for NONE."
 * - https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers
 *   "can modify the file they are bound to, but cannot access other files because that would
 *   require authorization" and "cannot access services that require authorization" (a simple
 *   trigger "cannot send an email").
 * - https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle — the add-on's
 *   states (installed, enabled) that decide NONE or LIMITED.
 *
 * Where Google is unclear the emulator is stricter: NONE allows nothing but building the menu
 * (and the event object, which is not a service call); LIMITED allows the bound workbook, the
 * menu, properties, cache, lock, Session, Utilities, HTML building and logging — never Drive, Forms, Mail,
 * Calendar, triggers, other spreadsheets, sidebars or dialogs.
 */
export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** The only calls allowed in AuthMode.NONE: getting the Ui and building a menu. */
const NONE_ALLOWED = new Set([
  'SpreadsheetApp.getUi',
  'Ui.createMenu',
  'Ui.createAddonMenu',
  'Ui.addToUi',
  'Logger.log',
  'console.log',
]);

/** Areas a LIMITED execution may use: the bound file and the services needing no consent. */
const LIMITED_AREAS = new Set([
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'DataValidation',
  'PropertiesService',
  'Properties',
  'CacheService',
  'Cache',
  'LockService',
  'Lock',
  'Session',
  'Utilities',
  'Logger',
  'console',
  // Building HTML needs no consent; showing it (Ui.showSidebar) does.
  'HtmlService',
  'HtmlOutput',
  'HtmlTemplate',
  'ContentService',
  'TextOutput',
]);
/** SpreadsheetApp methods that reach only the bound file (openById and create reach others). */
const LIMITED_SPREADSHEET_APP = new Set([
  'getActiveSpreadsheet',
  'getActive',
  'getActiveSheet',
  'getActiveRange',
  'getUi',
  'flush',
  'newDataValidation',
]);
/** Ui methods a simple trigger may use: menus and toasts, not sidebars or dialogs. */
const LIMITED_UI = new Set(['createMenu', 'createAddonMenu', 'addToUi']);

/** The OAuth scope Google names in its error, per service (appsscript.json's scopes). */
const SCOPE_OF: Record<string, string> = {
  MailApp: 'https://www.googleapis.com/auth/script.send_mail',
  DriveApp: 'https://www.googleapis.com/auth/drive',
  Folder: 'https://www.googleapis.com/auth/drive',
  File: 'https://www.googleapis.com/auth/drive',
  FormApp: 'https://www.googleapis.com/auth/forms',
  Form: 'https://www.googleapis.com/auth/forms',
  ScriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
  TriggerBuilder: 'https://www.googleapis.com/auth/script.scriptapp',
  Trigger: 'https://www.googleapis.com/auth/script.scriptapp',
  CalendarApp: 'https://www.googleapis.com/auth/calendar',
  'Calendar.Events': 'https://www.googleapis.com/auth/calendar.events',
  Ui: 'https://www.googleapis.com/auth/script.container.ui',
  SpreadsheetApp: 'https://www.googleapis.com/auth/spreadsheets',
};

/**
 * Google's words for a call the mode does not allow, e.g. "You do not have permission to call
 * MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail"
 * (the text Apps Script logs when onOpen calls an authorised service; quoted in
 * https://github.com/oshliaer/google-apps-script-snippets/issues/18 and many others). Services
 * without a scope of their own (PropertiesService in NONE) get the sentence without it.
 */
export function permissionError(area: string, method: string): Error {
  const scope = SCOPE_OF[area];
  return appsScriptError(
    `You do not have permission to call ${area}.${method}.` +
      (scope ? ` Required permissions: ${scope}` : ''),
  );
}

/** Throws Google's error when `area.method` is outside what `mode` allows; FULL allows all. */
export function checkAuthMode(mode: AuthModeName | undefined, area: string, method: string): void {
  if (mode === undefined || mode === 'FULL') return;
  const name = `${area}.${method}`;
  if (mode === 'NONE') {
    if (!NONE_ALLOWED.has(name)) throw permissionError(area, method);
    return;
  }
  if (area === 'SpreadsheetApp' && LIMITED_SPREADSHEET_APP.has(method)) return;
  if (area === 'Ui' && LIMITED_UI.has(method)) return;
  // Which way the code was installed needs no consent; a project's menu code asks it first.
  if (name === 'ScriptApp.getInstallationSource') return;
  if (LIMITED_AREAS.has(area)) return;
  throw permissionError(area, method);
}
