import { workbookProperties } from '../services/properties';
import { t } from '../core/i18n';
import { LANG_VALUES } from '../core/roster-columns';
import { STARTER_TASKS } from '../core/task-bank';
import { isValidTimeZone } from '../core/time-zone';
import { settingKeyOf } from '../core/settings';
import type { Lang, Settings } from '../core/types';
import { withScriptLock } from '../services/lock';
import { shareExactly, tryFolder } from '../services/drive';
import {
  createTrigger,
  deleteTriggersFor,
  listTriggers,
  readPerWorkbook,
  writePerWorkbook,
  type TriggerSpec,
} from '../services/triggers';
import { cellText } from '../workbook/cells';
import { openTable, tryOpenTable } from '../workbook/schema';
import { ensureSheets, type SheetSetupResult } from '../workbook/setup-sheets';
import { missingSettingRows, settingsFromTable } from '../workbook/settings-sheet';
import { appendRows } from '../workbook/table';
import { taskToRow } from '../workbook/tasks-sheet';
import { setupParticipation } from './nightly';
import { recordTriggerOwner } from './audit-support';
import { recordCoachList } from './coach-list';
import { ensureFormsFolder } from './forms-folder';
import { isAddon } from '../services/properties';
import { logSharingChanges } from './sharing-log';

/** Script property holding the root Drive folder's id, so setup finds it again. */
export const ROOT_FOLDER_PROPERTY = 'rootFolderId';
export const ROOT_FOLDER_OWNER_PROPERTY = 'rootFolderOwner';
/** Document property read by the menu (src/addon/menu.ts). */
export const LANG_PROPERTY = 'lang';
/**
 * User property remembering the schedule of each trigger this user made (the API cannot read it),
 * kept per workbook as `triggerSpecs:<spreadsheetId>` (services/triggers.ts `perWorkbookName`).
 */
export const TRIGGER_SPEC_PROPERTY = 'triggerSpecs';

/** Handler names are fixed: the dispatch jobs export functions of exactly these names. */
export const TRIGGER_HANDLERS = {
  weekly: 'weeklyDispatch',
  daily: 'nightly',
  hourly: 'reminders',
  /** The add-on's one time-driven trigger, deciding what is due (jobs/schedule.ts). */
  addon: 'hourlyRun',
} as const;
/** Night-time maintenance hour (workbook zone), away from office hours. */
export const NIGHTLY_HOUR = 2;

const WEEKDAY_NAMES = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;

export interface SetupOptions {
  lang?: Lang | string;
  timeZone?: string;
}

export interface SetupSummary {
  lang: Lang;
  timeZone: string;
  sheetsCreated: string[];
  columnsAdded: { sheet: string; headers: string[] }[];
  settingsAdded: string[];
  tasksAdded: number;
  rootFolderId: string;
  rootFolderCreated: boolean;
  triggersCreated: string[];
  /** Settings values we could not read (the default is used), in the workbook's language. */
  settingsProblems: string[];
}

/**
 * The time-driven triggers of this install. A bound script has three (weekly mail at the send
 * time, nightly at 02, reminders hourly), each run by Apps Script at its own time. An editor add-on
 * may hold one time-driven trigger per user per document, at most hourly
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions): it
 * gets one hourly run that decides from the workbook's schedule what is due (jobs/schedule.ts).
 */
export function triggerSpecs(settings: Settings, addon = isAddon()): TriggerSpec[] {
  if (addon) return [{ functionName: TRIGGER_HANDLERS.addon, kind: 'hourly' }];
  const hour = Number(settings.sendTime.slice(0, 2));
  return [
    {
      functionName: TRIGGER_HANDLERS.weekly,
      kind: 'weekly',
      weekDay: ScriptApp.WeekDay[WEEKDAY_NAMES[settings.sendWeekday - 1]],
      hour,
    },
    { functionName: TRIGGER_HANDLERS.daily, kind: 'daily', hour: NIGHTLY_HOUR },
    { functionName: TRIGGER_HANDLERS.hourly, kind: 'hourly' },
  ];
}

const specText = (spec: TriggerSpec, timeZone: string): string =>
  JSON.stringify({ ...spec, timeZone });

/**
 * Makes the workbook ready, and is safe to run any number of times: what exists is found and
 * left as it is; only what is missing is made. Never deletes a sheet, a row, a coach's column
 * or a folder.
 */
export function setup(options: SetupOptions = {}): SetupSummary {
  const locked = withScriptLock(() => withoutNewTriggersOnFailure(() => runSetup(options)), 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}

function runSetup(options: SetupOptions): SetupSummary {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existingSettings = tryOpenTable(spreadsheet, 'settings');
  const parsed = settingsFromTable(existingSettings);
  const hasLangRow = (existingSettings?.rows ?? []).some(
    (r) => settingKeyOf(cellText(r.values.key)) === 'lang' && cellText(r.values.value) !== '',
  );
  // A workbook that already has a language keeps it; the option chooses it for a new one.
  const optionLang = typeof options.lang === 'string' ? LANG_VALUES.parse(options.lang) : null;
  const lang: Lang = hasLangRow ? parsed.settings.lang : (optionLang ?? 'fi');
  refuseUnlistedCoach(parsed.settings.coaches, lang); // before anything is made
  const timeZone =
    options.timeZone && isValidTimeZone(options.timeZone)
      ? options.timeZone
      : spreadsheet.getSpreadsheetTimeZone() || 'Europe/Helsinki';

  const sheetResults: SheetSetupResult[] = ensureSheets(spreadsheet, lang);

  // Settings: add the rows that are missing, with defaults.
  const settingsTable = openTable(spreadsheet, 'settings');
  const newSettings = missingSettingRows(settingsTable, { lang, timeZone }, lang);
  appendRows(settingsTable, newSettings);
  const { settings, problems } = settingsFromTable(openTable(spreadsheet, 'settings'));
  if (spreadsheet.getSpreadsheetTimeZone() !== settings.timeZone)
    spreadsheet.setSpreadsheetTimeZone(settings.timeZone);

  // Task bank: only ids the sheet does not have, so the coach's edits and deletions stand...
  const tasksTable = openTable(spreadsheet, 'tasks');
  const haveTasks = new Set(tasksTable.rows.map((row) => cellText(row.values.id)));
  const seeded = workbookProperties().getProperty('taskBankSeeded');
  // ...and a task the coach deleted is not brought back: the bank is seeded once, then topped up
  // only with tasks added to the starter bank in a later version.
  const seededIds = new Set(
    (tasksTable.rows.length === 0 ? '' : (seeded ?? '')).split(',').filter((id) => id !== ''),
  );
  const newTasks = STARTER_TASKS.filter(
    (task) => !haveTasks.has(task.id) && !seededIds.has(task.id),
  );
  appendRows(
    tasksTable,
    newTasks.map((task) => taskToRow(task, lang)),
  );

  const scriptProps = workbookProperties();
  const allSeeded = STARTER_TASKS.map((task) => task.id).join(',');
  if (seeded !== allSeeded) scriptProps.setProperty('taskBankSeeded', allSeeded);

  // The language the menu shows before any sheet is read.
  const docProps = PropertiesService.getDocumentProperties();
  if (docProps.getProperty(LANG_PROPERTY) !== lang) docProps.setProperty(LANG_PROPERTY, lang);

  const folder = ensureRootFolder(lang);
  keepRootPrivate(spreadsheet, folder.id, lang);
  ensureFormsFolder(spreadsheet, settings.coaches, lang); // before the forms are made
  // The forms first: a coach who cannot open them is refused there (install.formsNotShared),
  // before any time-driven trigger of theirs exists.
  setupParticipation(); // reflection forms + form-submit triggers, tokens, client folders
  const triggersCreated = ensureTriggers(settings);
  recordTriggerOwner(spreadsheet, lang); // the trigger ledger `etapaja audit` reads
  recordCoachList(settings.coaches); // who may run the triggers (addon/access.ts)

  return {
    lang,
    timeZone: settings.timeZone,
    sheetsCreated: sheetResults.filter((r) => r.created).map((r) => r.name),
    columnsAdded: sheetResults
      .filter((r) => !r.created && r.addedColumns.length > 0)
      .map((r) => ({ sheet: r.name, headers: r.addedColumns })),
    settingsAdded: newSettings.map((row) => String(row.key)),
    tasksAdded: newTasks.length,
    rootFolderId: folder.id,
    rootFolderCreated: folder.created,
    triggersCreated,
    settingsProblems: problems.map((p) => t(lang, p.problem.key, p.problem.params)),
  };
}

/**
 * Only the workbook's coaches and the owner of its root folder may run its triggers
 * (addon/access.ts `triggerOwnerIsCoach`, from the list `recordCoachList` keeps). Anyone else
 * who can edit the workbook is refused here, before setup makes anything: the triggers it would
 * install for them would be refused on every run, each run a failure in every coach's digest.
 * Before the first setup there is no owner yet: that account becomes it.
 */
function refuseUnlistedCoach(coaches: string[], lang: Lang): void {
  const owner = (workbookProperties().getProperty(ROOT_FOLDER_OWNER_PROPERTY) ?? '').trim();
  if (owner === '') return;
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const allowed = [...coaches, owner].map((email) => email.trim().toLowerCase());
  if (me !== '' && allowed.includes(me)) return;
  throw new Error(t(lang, 'workbook.rootFolderNotShared', { owner }));
}

/** What identifies a trigger apart from its id: its handler and, for a form's, the form. */
const triggerKey = (trigger: GoogleAppsScript.Script.Trigger): string =>
  `${trigger.getHandlerFunction()}|${trigger.getTriggerSourceId() ?? ''}`;

/**
 * Runs setup so that a setup that fails installs nothing new: a trigger this run made for a
 * handler (and form) this account had no trigger for before is deleted again, by id, before the
 * error goes on. Left behind, it would fail on every run (a coach refused by the forms check has
 * no access to them) and fill every coach's digest. A trigger that replaced one of the same kind
 * (a weekly trigger moved to a new send time) stays: the account had one before and may run it.
 */
function withoutNewTriggersOnFailure<T>(run: () => T): T {
  const before = ScriptApp.getProjectTriggers();
  const ids = new Set(before.map((trigger) => trigger.getUniqueId()));
  const kinds = new Set(before.map(triggerKey));
  try {
    return run();
  } catch (error) {
    for (const trigger of ScriptApp.getProjectTriggers())
      if (!ids.has(trigger.getUniqueId()) && !kinds.has(triggerKey(trigger)))
        ScriptApp.deleteTrigger(trigger);
    throw error;
  }
}

/**
 * The root folder is made once; its id lives in script properties. A trashed one is replaced.
 * When another coach runs setup (each coach installs their own triggers) and the folder exists
 * but is not shared with them, setup stops with a plain message instead of making a second
 * root folder and re-homing every client's folder.
 */
function ensureRootFolder(lang: Lang): { id: string; created: boolean } {
  const props = workbookProperties();
  const id = props.getProperty(ROOT_FOLDER_PROPERTY);
  const owner = props.getProperty(ROOT_FOLDER_OWNER_PROPERTY) ?? '';
  const me = Session.getEffectiveUser().getEmail();
  if (id) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return { id, created: false };
    } catch (_error) {
      // Another coach's setup cannot open the owner's root (it is private, keepRootPrivate):
      // it goes on without it, reaching the folders shared with that coach; never a second root.
      if (owner && owner.toLowerCase() !== me.toLowerCase()) return { id, created: false };
    }
  }
  const folder = DriveApp.createFolder(t(lang, 'workbook.rootFolderName'));
  props.setProperties({ [ROOT_FOLDER_PROPERTY]: folder.getId(), [ROOT_FOLDER_OWNER_PROPERTY]: me });
  return { id: folder.getId(), created: true };
}

/**
 * The root folder stays its owner's alone: anyone else on it would inherit every client's folder
 * (Drive passes a folder's sharing down to what it holds), and each client's folder is shared
 * only with that client's own coach and substitutes (folders.ts). Earlier versions shared the
 * root with every coach: those shares are removed here, each one logged.
 */
function keepRootPrivate(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  folderId: string,
  lang: Lang,
): void {
  const folder = tryFolder(folderId);
  if (!folder) return; // a coach who is not the owner cannot open it, as intended
  const owner = folder.getOwner()?.getEmail().toLowerCase() ?? '';
  if (owner !== Session.getEffectiveUser().getEmail().toLowerCase()) return;
  logSharingChanges(spreadsheet, lang, shareExactly(folder, []), () => folderId);
}

/**
 * Creates the missing installable triggers. The weekly one follows the settings' send day and
 * time: if those changed since we made it, it is replaced (the Trigger API cannot read back its
 * schedule, so we remember what we asked for in the user's properties).
 */
function ensureTriggers(settings: Settings): string[] {
  // Per user, like the triggers themselves: with mail per coach each coach's setup makes and
  // moves only their own (a script property let the first coach's record hide the others').
  // Keyed by the workbook too: an add-on's user properties are shared by every workbook the
  // coach uses it in, and another workbook's record must not move or hide this one's triggers.
  const rememberedText = readPerWorkbook(TRIGGER_SPEC_PROPERTY);
  const remembered = JSON.parse(rememberedText ?? '{}') as Record<string, string>;
  const existing = new Set(listTriggers().map((trigger) => trigger.functionName));
  const created: string[] = [];
  const next: Record<string, string> = {};
  for (const spec of triggerSpecs(settings)) {
    const text = specText(spec, settings.timeZone);
    next[spec.functionName] = text;
    const have = existing.has(spec.functionName);
    if (
      have &&
      (remembered[spec.functionName] === undefined || remembered[spec.functionName] === text)
    )
      continue;
    if (have) deleteTriggersFor([spec.functionName]);
    createTrigger(spec, settings.timeZone);
    created.push(spec.functionName);
  }
  const nextText = JSON.stringify(next);
  if (rememberedText !== nextText) writePerWorkbook(TRIGGER_SPEC_PROPERTY, nextText);
  return created;
}
