import { t } from '../core/i18n';
import { dueForPurge } from '../core/retention';
import { findOrCreateChild, tryFolder, writeFile } from '../services/drive';
import { cellText } from '../workbook/cells';
import { tryOpenTable, type SheetKey } from '../workbook/schema';
import { rootFolder } from './folders';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * Retention: when a client's last period ended more than the settings' retention months ago,
 * their record (every row about them, as read) is archived as one JSON file in the root
 * folder's archive subfolder, then their rows are deleted from the workbook and their folder is
 * trashed. The archive is written first, so a run that dies half way purges nothing unarchived;
 * the next night finds the client again and finishes. Each purge is a log row.
 */

/** Sheets holding client data, and the column naming the client. */
const CLIENT_SHEETS: [SheetKey, string][] = [
  ['plans', 'clientId'],
  ['reflections', 'clientId'],
  ['attendance', 'clientId'],
  ['meetings', 'clientId'],
  ['sendlog', 'clientId'],
  ['clients', 'id'],
];

export interface RetentionResult {
  purged: string[];
  log: Record<string, unknown>[];
}

export function applyRetention(wb: WorkbookContext): RetentionResult {
  const log: Record<string, unknown>[] = [];
  const clients = tryOpenTable(wb.spreadsheet, 'clients');
  if (!clients) return { purged: [], log };
  const due = dueForPurge(
    clients.rows.map((r) => ({
      id: cellText(r.values.id),
      periodEnd: r.values.periodEnd,
      continuationUntil: r.values.continuationUntil,
    })),
    wb.today,
    wb.settings.retentionMonths,
  );
  if (due.length === 0) return { purged: [], log };
  const root = rootFolder();
  if (!root) return { purged: [], log };
  const archive = findOrCreateChild(root, t(wb.lang, 'reliability.retention.archiveName')).folder;
  const ids = new Set(due);

  // 1. Archive: each client's rows from every sheet, read once per sheet.
  const records = new Map<string, Record<string, unknown[]>>(due.map((id) => [id, {}]));
  const tables = CLIENT_SHEETS.map(([key, field]) => ({
    key,
    field,
    table: tryOpenTable(wb.spreadsheet, key),
  }));
  for (const { key, field, table } of tables) {
    for (const row of table?.rows ?? []) {
      const id = cellText(row.values[field]);
      if (ids.has(id))
        (records.get(id) as Record<string, unknown[]>)[key] = [
          ...((records.get(id) as Record<string, unknown[]>)[key] ?? []),
          row.values,
        ];
    }
  }
  const folderIds = new Map(
    (clients.rows ?? []).map((r) => [cellText(r.values.id), cellText(r.values.folderId)]),
  );
  for (const id of due) {
    writeFile(
      archive,
      `${id}.json`,
      JSON.stringify({
        clientId: id,
        archivedAt: new Date(wb.now).toISOString(),
        ...records.get(id),
      }),
      'application/json',
    );
  }

  // 2. Purge the workbook: rows found by client id in a fresh read, deleted bottom up.
  for (const { field, table } of tables) {
    if (!table) continue;
    const values = table.sheet.getDataRange().getValues();
    const header = values[0] ?? [];
    const column = table.columns.get(field);
    if (column === undefined || String(header[column] ?? '') === '') continue;
    const doomed: number[] = [];
    for (let i = values.length - 1; i >= 1; i--)
      if (ids.has(cellText(values[i][column]))) doomed.push(i + 1);
    // Contiguous runs, from the bottom, so the row numbers above stay right.
    let k = 0;
    while (k < doomed.length) {
      let start = doomed[k];
      let count = 1;
      while (k + count < doomed.length && doomed[k + count] === start - 1) {
        start -= 1;
        count += 1;
      }
      table.sheet.deleteRows(start, count);
      k += count;
    }
  }

  // 3. Drive: the client's folder goes to the trash (Drive empties it after 30 days).
  for (const id of due) {
    const folder = tryFolder(folderIds.get(id) ?? '');
    if (folder && !folder.isTrashed()) folder.setTrashed(true);
    log.push(
      logRow(
        'retention',
        'info',
        t(wb.lang, 'reliability.retention.archived'),
        id,
        archive.getId(),
      ),
    );
  }
  return { purged: due, log };
}
