import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { listTriggers } from '../services/triggers';
import { cellText } from '../workbook/cells';
import { tryOpenTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { logRow } from './workbook-context';

/**
 * The trigger ledger: which account owns which of the project's installable triggers. Google
 * offers no API that lists another user's triggers (ScriptApp and the Apps Script API show each
 * user only their own), so each setup run writes one log row for the account running it, and
 * `etapaja audit` reads the newest row per account through the Sheets API to flag triggers
 * owned by someone who is no longer a coach. A row is written only when the account's set of
 * triggers changed, so running setup again adds nothing.
 */
export const TRIGGER_LEDGER_JOB = 'triggers';

export interface TriggerLedgerEntry {
  owner: string;
  functions: string[];
}

/** The details cell of a ledger row (JSON, read by the audit). */
export function ledgerDetails(entry: TriggerLedgerEntry): string {
  return JSON.stringify({ owner: entry.owner, functions: entry.functions });
}

/** A ledger row's details back to an entry; null for anything else. */
export function parseLedgerDetails(text: string): TriggerLedgerEntry | null {
  try {
    const value = JSON.parse(text) as Partial<TriggerLedgerEntry>;
    if (typeof value.owner !== 'string' || !Array.isArray(value.functions)) return null;
    return { owner: value.owner, functions: value.functions.map(String) };
  } catch {
    return null;
  }
}

export function recordTriggerOwner(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): void {
  const log = tryOpenTable(spreadsheet, 'log');
  if (!log) return;
  const owner = Session.getEffectiveUser().getEmail();
  if (!owner) return;
  const functions = listTriggers()
    .map((trigger) => trigger.functionName)
    .sort();
  const details = ledgerDetails({ owner, functions });
  const last = log.rows
    .filter((row) => cellText(row.values.job) === TRIGGER_LEDGER_JOB)
    .map((row) => parseLedgerDetails(cellText(row.values.details)))
    .filter(
      (entry): entry is TriggerLedgerEntry => entry?.owner.toLowerCase() === owner.toLowerCase(),
    )
    .pop();
  if (last && ledgerDetails(last) === details) return;
  appendRows(log, [
    logRow(
      TRIGGER_LEDGER_JOB,
      'info',
      t(lang, 'audit.log.triggers', { owner, count: functions.length }),
      '',
      details,
    ),
  ]);
}
