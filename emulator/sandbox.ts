import * as vm from 'node:vm';
import { dateClassFor } from './runtime/clock';
import { prepareScriptStack, registerScript } from './runtime/script-stack';
import { zonedIntl } from './runtime/zoned-intl';
import type { ScriptContext } from './runtime/context';
import { createSpreadsheetApp } from './spreadsheet';
import { createDriveApp } from './drive';
import { createFormApp } from './forms';
import { createMailApp } from './mail';
import { createGmailApp } from './mail/gmail';
import { MimeType } from './base/enums';
import { createScriptApp } from './script/api';
import { createPropertiesService } from './properties';
import { createCacheService } from './cache';
import { createLockService } from './lock';
import { createUtilities } from './utilities';
import { createSession } from './session';
import { createConsole, createLogger } from './logging';
import { createCalendarGlobals } from './calendar';
import { createHtmlGlobals } from './html';
import { createCharts } from './spreadsheet/charts';
import { createBrowser } from './spreadsheet/browser';
import { createUrlFetchApp } from './urlfetch';
import { createDocumentApp } from './document';

/** Extra globals that later services (FormApp, Calendar, HtmlService…) contribute. */
export type GlobalsProvider = (ctx: ScriptContext) => Record<string, unknown>;
const extraProviders: GlobalsProvider[] = [];

export function addGlobals(provider: GlobalsProvider): void {
  extraProviders.push(provider);
}

/** The global object a script sees: Apps Script's services over the emulator's stores. */
export function buildGlobals(ctx: ScriptContext): Record<string, unknown> {
  const globals: Record<string, unknown> = {
    Date: dateClassFor(ctx.timeZone),
    Intl: zonedIntl(ctx.timeZone),
    MimeType,
    SpreadsheetApp: createSpreadsheetApp(ctx),
    Browser: createBrowser(ctx),
    Charts: createCharts(),
    DriveApp: createDriveApp(ctx),
    FormApp: createFormApp(ctx),
    MailApp: createMailApp(ctx),
    GmailApp: createGmailApp(ctx),
    UrlFetchApp: createUrlFetchApp(ctx),
    DocumentApp: createDocumentApp(ctx),
    ScriptApp: createScriptApp(ctx),
    PropertiesService: createPropertiesService(ctx),
    CacheService: createCacheService(ctx),
    LockService: createLockService(ctx),
    Utilities: createUtilities(ctx),
    Session: createSession(ctx),
    Logger: createLogger(ctx),
    console: createConsole(ctx),
    ...createCalendarGlobals(ctx),
    ...createHtmlGlobals(ctx),
  };
  for (const provider of extraProviders) Object.assign(globals, provider(ctx));
  return globals;
}

const compiled = new Map<string, { code: string; script: vm.Script }[]>();
/** Compiled versions kept per project (a long test run pushes many scripts under one id). */
const KEPT_PER_PROJECT = 8;

/**
 * Compiles a project's code once per process; each execution runs it in a fresh context. Found
 * again by the code itself (the same string is compared by reference first, so a bundle costs
 * nothing to look up): a sampled hash once handed two scripts of one length the same code.
 */
export function compile(projectId: string, code: string): vm.Script {
  const versions = compiled.get(projectId) ?? [];
  const at = versions.findIndex((v) => v.code === code);
  if (at === 0) return versions[0].script;
  if (at > 0) {
    // Back to an older version: its file map is the current one again (one file name per project).
    const [known] = versions.splice(at, 1);
    versions.unshift(known);
    registerScript(`${projectId}/Code.js`, code);
    return known.script;
  }
  const filename = `${projectId}/Code.js`;
  const script = new vm.Script(code, { filename });
  registerScript(filename, code);
  versions.unshift({ code, script });
  compiled.set(projectId, versions.slice(0, KEPT_PER_PROJECT));
  return script;
}

/**
 * Loads the code into a new context as Apps Script does at the start of every execution:
 * top-level code runs, and top-level function declarations become callable by name.
 */
export function loadInto(script: vm.Script, globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  (installStackFormat.runInContext(context) as (f: typeof prepareScriptStack) => void)(
    prepareScriptStack,
  );
  script.runInContext(context);
  return context;
}

// Each context's own Error formats its stacks (V8 asks the realm the error was made in).
const installStackFormat = new vm.Script(
  '(function (format) { Error.prepareStackTrace = format; })',
  { filename: 'runtime' },
);
