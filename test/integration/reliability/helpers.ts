import { Workspace } from '../../../emulator/workspace';
import { applyUserEdit, listSheets, readSheetValues } from '../../../emulator/spreadsheet';
import type { LogStore } from '../../../emulator/logging/store';
import { outbox, type MailStore, type SentMessage } from '../../../emulator/mail';
import { bundle } from '../../helpers/workspace';

const BUILT = bundle();
export const START = '2026-11-26T09:00:00+02:00'; // a Thursday

/** Setup in Finnish, the demo roster and the clients' folders: a workbook in use. */
export function usedWorkspace(start = START): Workspace {
  const ws = Workspace.init('', { start });
  ws.push('etapaja', BUILT.code, BUILT.manifest, 'Etäpaja');
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('ensureClientFolders');
  return ws;
}

export const bookId = (ws: Workspace): string => ws.meta.boundSpreadsheetId as string;

export function sheetNames(ws: Workspace): string[] {
  return listSheets(ws.rt, bookId(ws)).map((s) => s.name);
}

/** A sheet's rows as objects keyed by the header row's text. */
export function rowsOf(ws: Workspace, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(ws.rt, bookId(ws), sheet);
  return rows.map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i]])));
}

export function values(ws: Workspace, sheet: string): unknown[][] {
  return readSheetValues(ws.rt, bookId(ws), sheet);
}

const letter = (index: number): string => String.fromCharCode(65 + index);

/** Types into the cell of `header` on the row whose first column is `id`, as a coach would. */
export function typeInto(ws: Workspace, sheet: string, id: string, header: string, value: string) {
  const grid = values(ws, sheet);
  const column = grid[0].indexOf(header);
  const row = grid.findIndex((r) => r[0] === id);
  if (column < 0 || row < 1) throw new Error(`No ${header} of ${id} in ${sheet}`);
  const result = applyUserEdit(ws.rt, bookId(ws), sheet, {
    kind: 'set',
    a1: `${letter(column)}${row + 1}`,
    value,
  });
  if (!result.applied) throw new Error(`Edit refused: ${result.reason}`);
}

export const LOG = 'Loki';

export function logRows(ws: Workspace): Record<string, unknown>[] {
  return rowsOf(ws, LOG);
}

/** Log rows written by a job (the log sheet's Finnish headers: Aika, Taso, Toiminto, …). */
export function logOf(ws: Workspace, job: string): Record<string, unknown>[] {
  return logRows(ws).filter((r) => r.Toiminto === job);
}

/** Everything Logger and console wrote (the Apps Script log). */
export function scriptLog(ws: Workspace): string {
  return ws.rt
    .store<LogStore>('logs')
    .entries.map((e) => e.message)
    .join('\n');
}

export function mails(ws: Workspace): SentMessage[] {
  return outbox(ws.rt.store<MailStore>('mail'));
}

export function kindOf(message: SentMessage): string {
  return /<html[^>]*\bdata-etapaja-kind="([^"]*)"/.exec(message.html ?? '')?.[1] ?? '';
}
