import { dateInZone } from '../core/dates';
import { t } from '../core/i18n';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { updateAttendance } from './attendance';
import { clientUploads, ensureClientFolders } from './folders';
import { reconcileResponses } from './intake';
import { ensureClientTokens, ensureReflectionForms, participantsOf } from './reflection-form';
import { sendDueAbsenceReport } from './reports';
import { openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * The nightly job (daily trigger at 02): folders for newly enrolled clients, responses whose
 * trigger never fired, new uploads as submissions, attendance proposals, and the absence report
 * when a fortnight has ended. Each step is idempotent, so a rerun or a crash costs nothing.
 */
export function nightly(): Record<string, unknown> {
  const locked = withScriptLock(() => runNightly(openWorkbook()), 60_000);
  return locked.ran ? locked.value : { skipped: 'locked' };
}

export function runNightly(wb: WorkbookContext): Record<string, unknown> {
  const folders = ensureClientFolders(wb);
  const reconciled = reconcileResponses(wb);
  const uploads = recordUploads(wb);
  const attendance = updateAttendance(wb);
  const report = sendDueAbsenceReport(wb);
  return { folders, reconciled, uploads, attendance, report };
}

/** New files in clients' folders become rows in the reflections sheet, keyed `file:<id>`. */
export function recordUploads(wb: WorkbookContext): number {
  const clients = participantsOf(openTable(wb.spreadsheet, 'clients'));
  const reflections = openTable(wb.spreadsheet, 'reflections');
  const seen = new Set(reflections.rows.map((r) => cellText(r.values.responseId)));
  const rows = clientUploads(clients)
    .filter(({ file }) => !seen.has(`file:${file.id}`))
    .map(({ client, file }) => ({
      responseId: `file:${file.id}`,
      submittedAt: new Date(file.created),
      clientId: client.id,
      date: dateInZone(file.created, wb.settings.timeZone),
      text: t(wb.lang, 'participation.upload.text', { name: file.name }),
      files: file.url,
      matchedBy: 'folder',
    }));
  appendRows(reflections, rows);
  return rows.length;
}

/** Setup's participation step: the reflection forms and their triggers, tokens, folders. */
export function setupParticipation(): { formsCreated: string[]; tokens: number; folders: number } {
  const formsCreated = ensureReflectionForms();
  const wb = openWorkbook();
  const tokens = ensureClientTokens(wb.spreadsheet);
  const folders = ensureClientFolders(wb).created;
  return { formsCreated, tokens, folders };
}
