import { dateInZone } from '../core/dates';
import { normaliseEmail } from '../core/email';
import type { RosterContext } from '../core/roster';
import type { Lang, Settings } from '../core/types';
import { cellText } from '../workbook/cells';
import { groupLookup } from '../workbook/clients';
import type { Table } from '../workbook/table';
import type { SettingsProblem } from '../core/settings';
import { tryOpenTable } from '../workbook/schema';
import { settingsFromTable } from '../workbook/settings-sheet';

/** What every workbook job starts from: the bound spreadsheet, its settings and today. */
export interface WorkbookContext {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: Settings;
  settingsProblems: SettingsProblem[];
  lang: Lang;
  today: string;
  now: number;
}

export function openWorkbook(): WorkbookContext {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return workbookContext(spreadsheet, tryOpenTable(spreadsheet, 'settings'));
}

/** The context from the settings table however it was found (null: the defaults). */
export function workbookContext(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settingsTable: Table | null,
): WorkbookContext {
  const { settings, problems } = settingsFromTable(settingsTable);
  const now = Date.now();
  return {
    spreadsheet,
    settings,
    settingsProblems: problems,
    lang: settings.lang,
    today: dateInZone(now, settings.timeZone),
    now,
  };
}

/** A log sheet row (time as an ISO instant, so sorting works in any locale). */
export function logRow(
  job: string,
  level: 'info' | 'warning' | 'error',
  message: string,
  clientId = '',
  details = '',
): Record<string, unknown> {
  return { time: new Date().toISOString(), level, job, clientId, message, details };
}

export function emailKey(value: unknown): string {
  const result = normaliseEmail(cellText(value));
  return 'email' in result ? result.email.toLowerCase() : '';
}

/**
 * What a roster row is checked against. Coaches are those in the settings and in the groups
 * sheet; with no coaches listed in the settings, any well-formed coach email is accepted.
 */
export function rosterContext(
  ctx: WorkbookContext,
  groups: Table | null,
  coachesSeen: string[] = [],
): RosterContext {
  const coaches = new Set(ctx.settings.coaches);
  for (const row of groups?.rows ?? []) {
    const coach = emailKey(row.values.coach);
    if (coach) coaches.add(coach);
  }
  // With no coaches listed in the settings, any well-formed coach email is accepted.
  if (ctx.settings.coaches.length === 0)
    for (const c of coachesSeen) if (emailKey(c)) coaches.add(emailKey(c));
  return {
    settings: ctx.settings,
    today: ctx.today,
    knownGroups: groupLookup(groups).known,
    knownCoaches: coaches,
  };
}
