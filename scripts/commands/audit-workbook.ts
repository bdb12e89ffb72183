import type { sheets_v4 } from 'googleapis';
import { parseDate } from '../../src/core/dates';
import { purgeDateOf } from '../../src/core/retention';
import { normaliseEmail } from '../../src/core/email';
import { STATUS_VALUES } from '../../src/core/roster-columns';
import { parseSettings } from '../../src/core/settings';
import { normaliseHeader } from '../../src/core/text';
import type { ClientStatus, IsoDate, Settings } from '../../src/core/types';
import {
  parseLedgerDetails,
  TRIGGER_LEDGER_JOB,
  type TriggerLedgerEntry,
} from '../../src/jobs/audit-support';
import { SCHEMAS, type SheetKey } from '../../src/workbook/schema';
import { matchColumns } from '../../src/workbook/table';

/**
 * What the audit needs from the coach's workbook, read through the Sheets API v4 exactly as
 * `docs/workbook.md` describes it: sheets and columns are found by their localised names, in
 * any of our languages and any order, as the add-on itself finds them.
 */
export interface AuditClient {
  id: string;
  email: string;
  coach: string;
  status: ClientStatus | null;
  statusText: string;
  /** The later of the period end and the continuation contract's end. */
  endsOn: IsoDate | null;
  folderId: string;
  row: number;
}

export interface AuditWorkbook {
  title: string;
  sheets: string[];
  settings: Settings;
  clients: AuditClient[];
  /** Newest ledger row per account, in the order they were written. */
  triggerLedger: (TriggerLedgerEntry & { time: string })[];
  /** Sheets the audit needs but did not find (setup has not run, or a sheet was renamed). */
  missingSheets: SheetKey[];
}

const email = (value: string): string => {
  const result = normaliseEmail(value.trim());
  return 'email' in result ? result.email.toLowerCase() : '';
};

async function readTable(
  sheets: sheets_v4.Sheets,
  spreadsheetId: string,
  titles: string[],
  key: SheetKey,
): Promise<{ row: number; values: Record<string, string> }[] | null> {
  const schema = SCHEMAS[key];
  const wanted = new Set(Object.values(schema.names).map(normaliseHeader));
  const title = titles.find((t) => wanted.has(normaliseHeader(t)));
  if (title === undefined) return null;
  const response = await sheets.spreadsheets.values.get({
    spreadsheetId,
    range: `'${title.replace(/'/g, "''")}'`,
    valueRenderOption: 'FORMATTED_VALUE',
  });
  const [header = [], ...rows] = (response.data.values ?? []) as string[][];
  const { columns } = matchColumns(schema, header);
  return rows
    .map((cells, i) => {
      const values: Record<string, string> = {};
      for (const [field, index] of columns) values[field] = String(cells[index] ?? '').trim();
      return { row: i + 2, values };
    })
    .filter((r) => Object.values(r.values).some((v) => v !== ''));
}

export async function readWorkbook(
  sheets: sheets_v4.Sheets,
  spreadsheetId: string,
): Promise<AuditWorkbook> {
  const meta = await sheets.spreadsheets.get({
    spreadsheetId,
    fields: 'properties(title),sheets(properties(title))',
  });
  const titles = (meta.data.sheets ?? []).map((s) => s.properties?.title ?? '');
  const missingSheets: SheetKey[] = [];
  const table = async (key: SheetKey) => {
    const rows = await readTable(sheets, spreadsheetId, titles, key);
    if (rows === null) missingSheets.push(key);
    return rows ?? [];
  };
  const settingsRows = await table('settings');
  const { settings } = parseSettings(
    settingsRows.map((r) => ({ key: r.values.key ?? '', value: r.values.value ?? '' })),
  );
  const clients = (await table('clients')).map(({ row, values }): AuditClient => {
    const ends = [parseDate(values.periodEnd ?? ''), parseDate(values.continuationUntil ?? '')]
      .filter((d): d is IsoDate => d !== null)
      .sort();
    return {
      id: values.id ?? '',
      email: email(values.email ?? ''),
      coach: email(values.coach ?? ''),
      status: STATUS_VALUES.parse(values.status ?? ''),
      statusText: values.status ?? '',
      endsOn: ends.length > 0 ? ends[ends.length - 1] : null,
      folderId: values.folderId ?? '',
      row,
    };
  });
  const newest = new Map<string, TriggerLedgerEntry & { time: string }>();
  for (const { values } of await table('log')) {
    if (values.job !== TRIGGER_LEDGER_JOB) continue;
    const entry = parseLedgerDetails(values.details ?? '');
    if (!entry) continue;
    const owner = email(entry.owner);
    newest.delete(owner);
    newest.set(owner, { owner, functions: entry.functions, time: values.time ?? '' });
  }
  return {
    title: meta.data.properties?.title ?? '',
    sheets: titles,
    settings,
    clients,
    triggerLedger: [...newest.values()],
    missingSheets,
  };
}

/** The day a client's data is due for purging (src/core/retention.ts), or null without an end. */
export function retentionEnds(client: AuditClient, retentionMonths: number): IsoDate | null {
  return purgeDateOf(
    { id: client.id, periodEnd: client.endsOn, continuationUntil: '' },
    retentionMonths,
  );
}
