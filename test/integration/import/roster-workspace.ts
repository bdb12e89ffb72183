import { freshWorkspace } from '../../helpers/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';

/** The set-up the import tests share: a fresh workbook after setup, and its Asiakkaat rows. */
export const START = '2026-11-30T08:00:00+02:00';
export const HEAD = 'Nimi;Sähköposti;Puhelin;Malli;Jakso alkaa;Jakso päättyy;Päivät;Perehdytetty';

export function workspace(): Workspace {
  const ws = freshWorkspace({ start: START });
  ws.call('setup');
  return ws;
}

/** Asiakkaat's header and its non-empty rows. */
export function clientSheet(ws: Workspace): { header: string[]; rows: unknown[][] } {
  const values = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, 'Asiakkaat');
  const rows = values.slice(1).filter((r) => r.some((c) => String(c ?? '') !== ''));
  return { header: values[0] as string[], rows };
}
