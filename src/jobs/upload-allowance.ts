import { dateInZone } from '../core/dates';
import { t } from '../core/i18n';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Lang } from '../core/types';
import { humanSize } from '../core/upload-rules';
import { openTable } from '../workbook/schema';
import { cellText } from '../workbook/cells';
import type { WorkbookContext } from './workbook-context';

/**
 * A client's daily upload allowance (settings `uploadsPerDay`, `uploadMegabytesPerDay`): what
 * they sent today is counted from the log's "stored" rows (one per upload, with its size), so
 * no second record can drift from what really was stored. Run inside the upload's script lock,
 * so two uploads at once cannot both slip under the limit.
 */

export type AllowanceRefusal = { reason: 'daily-count' | 'daily-size'; message: string };

const STORED = /^file:\S+ \S+ (\d+) B$/;

function usedToday(wb: WorkbookContext, clientId: string): { count: number; bytes: number } {
  const used = { count: 0, bytes: 0 };
  for (const row of openTable(wb.spreadsheet, 'log').rows) {
    const v = row.values;
    if (cellText(v.job) !== 'upload' || cellText(v.level) !== 'info') continue;
    if (cellText(v.clientId) !== clientId) continue;
    const time = Date.parse(cellText(v.time));
    if (Number.isNaN(time) || dateInZone(time, wb.settings.timeZone) !== wb.today) continue;
    const stored = STORED.exec(cellText(v.details));
    if (!stored) continue;
    used.count += 1;
    used.bytes += Number(stored[1]);
  }
  return used;
}

/** Null when the client may still send `bytes` today; else the plain reason why not. */
export function checkAllowance(
  wb: WorkbookContext,
  client: { id: string; lang: Lang },
  bytes: number,
): AllowanceRefusal | null {
  const maxCount = wb.settings.uploadsPerDay ?? (DEFAULT_SETTINGS.uploadsPerDay as number);
  const maxBytes =
    (wb.settings.uploadMegabytesPerDay ?? (DEFAULT_SETTINGS.uploadMegabytesPerDay as number)) *
    1024 *
    1024;
  const used = usedToday(wb, client.id);
  if (used.count >= maxCount)
    return {
      reason: 'daily-count',
      message: t(client.lang, 'limits.upload.dailyCount', { count: used.count }),
    };
  if (used.bytes + bytes > maxBytes)
    return {
      reason: 'daily-size',
      message: t(client.lang, 'limits.upload.dailySize', {
        used: humanSize(used.bytes),
        max: humanSize(maxBytes),
      }),
    };
  return null;
}
