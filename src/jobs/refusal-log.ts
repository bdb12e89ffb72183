import { t } from '../core/i18n';
import { withScriptLock } from '../services/lock';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { logRow, type WorkbookContext } from './workbook-context';

/**
 * At most this many refusals are logged per hour: the web app is open to anyone with its
 * address, and a flood of forged tokens or calls must not fill the log sheet.
 */
export const MAX_LOGGED_REFUSALS_PER_HOUR = 50;

/**
 * Writes a failed authorisation to the log sheet (ids and reasons only, never names, tokens or
 * file names), counting per hour in the script cache; past the cap one "more were left out" row
 * is written and the rest only counted.
 */
export function logRefusal(
  wb: WorkbookContext,
  job: string,
  clientId: string,
  message: string,
  details: string,
  lockNeeded = true,
): void {
  const write = (): void => {
    const cache = CacheService.getScriptCache();
    const key = `refusals:${Math.floor(wb.now / 3_600_000)}`;
    const count = Number(cache.get(key) ?? '0');
    if (count > MAX_LOGGED_REFUSALS_PER_HOUR) return;
    cache.put(key, String(count + 1), 3600);
    const text = count === MAX_LOGGED_REFUSALS_PER_HOUR ? t(wb.lang, 'access.log.capped') : message;
    appendRows(openTable(wb.spreadsheet, 'log'), [
      logRow(job, 'warning', text, clientId, details.slice(0, 200)),
    ]);
  };
  if (!lockNeeded) return write();
  // Logged if the lock comes soon; the caller's answer never waits long on it.
  withScriptLock(write, 5_000);
}
