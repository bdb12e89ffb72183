import { addDays, dateInZone, isoWeekOf } from '../core/dates';
import { displayCode } from '../core/workbook-codes';
import { t } from '../core/i18n';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { updateAttendance } from './attendance';
import { clientUploads, ensureClientFolders } from './folders';
import { reconcileResponses } from './intake';
import { planUnplanned } from './plan-week';
import { ensureClientTokens, ensureReflectionForms, participantsOf } from './reflection-form';
import { sendDueAbsenceReport } from './reports';
import { recordEndedClients } from './client-record';
import { closeEndedPeriods } from './period-end';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';
import { guarded, sendDailyDigest } from './digest';
import { applyRetention } from './retention';
import { repairTriggers } from './trigger-health';
import { recordMailQuota, warnIfQuotaShort } from './quota-forecast';
import { prepareMeetings } from './meetings';
import { nightBudget, recordTail, uploadsDeadline } from './night-sweep';

/**
 * The nightly job (daily trigger at 02): folders for newly enrolled clients, responses whose
 * trigger never fired, new uploads as submissions, attendance proposals, and the absence report
 * when a fortnight has ended; the night before the weekly dispatch, a warning when the mail
 * quota will not carry it (quota-forecast.ts). Each step is idempotent, so a rerun or a crash
 * costs nothing.
 */
export function nightly(): Record<string, unknown> {
  // The budget counts from the trigger's start: waiting for the lock spends it too.
  const startedAt = Date.now();
  const locked = withScriptLock(() => runNightly(openWorkbook(), startedAt), 60_000);
  if (!locked.ran) return { skipped: 'locked' };
  const result = locked.value;
  const sweptAt = startedAt + (result.elapsed as { uploads: number }).uploads;
  // planNextWeek takes the script lock itself, so it runs after ours is released.
  const week = typeof result.planWeek === 'string' ? result.planWeek : '';
  if (week) {
    try {
      result.plans = planUnplanned(week);
      result.elapsedAtEnd = Date.now() - startedAt;
    } catch (error) {
      result.plans = { week, error: String(error) };
      // Not silent: tomorrow's digest carries it (and the next night plans again).
      const wb = openWorkbook();
      guarded(wb, 'plans', [], () =>
        appendRows(openTable(wb.spreadsheet, 'log'), [
          logRow(
            'plans',
            'error',
            t(wb.lang, 'reliability.step.failed', { step: 'plans', error: String(error) }),
          ),
        ]),
      );
    }
  }
  // How long everything after the Drive sweeps took: tomorrow's sweeps leave that much room.
  recordTail(Date.now() - sweptAt);
  return result;
}

export function runNightly(
  wb: WorkbookContext,
  startedAt: number = wb.now,
): Record<string, unknown> {
  // Each step on its own: one failing (a Drive error) must not stop the others; its error goes
  // to the log and the coach's digest (docs/reliability.md). Found by test/chaos.
  const notes: Record<string, unknown>[] = [];
  // First, before any step mails: the night's remaining quota is the best view of the limit.
  const mailQuota = guarded(wb, 'mail-quota-reading', notes, () => recordMailQuota()) ?? 0;
  // The per-client Drive work grows with the roster: it stops at its deadline and the next
  // night continues where it stopped (night-sweep.ts), so the steps after it always run.
  const budget = nightBudget(startedAt);
  const folders = guarded(wb, 'folders', notes, () =>
    ensureClientFolders(wb, undefined, budget.foldersUntil),
  );
  const foldersDone = Date.now() - startedAt;
  const reconciled = guarded(wb, 'intake', notes, () => reconcileResponses(wb));
  const uploads = guarded(wb, 'uploads', notes, () =>
    recordUploads(wb, uploadsDeadline(budget.uploadsUntil)),
  );
  const uploadsDone = Date.now() - startedAt;
  const attendance = guarded(wb, 'attendance', notes, () => updateAttendance(wb));
  const report = guarded(wb, 'reports', notes, () => sendDueAbsenceReport(wb));
  // Periods close first: the record of a client whose period ended shows the closed status.
  const periodsClosed = guarded(wb, 'period-end', notes, () => closeEndedPeriods(wb));
  const records = guarded(wb, 'client-record', notes, () => recordEndedClients(wb));
  const planWeek = guarded(wb, 'plans', notes, () => weekToPlan(wb)) ?? '';
  const retention = guarded(wb, 'retention', notes, () => applyRetention(wb));
  notes.push(...(retention?.log ?? []));
  const triggers = guarded(wb, 'trigger-health', notes, () => repairTriggers(wb));
  notes.push(...(triggers?.log ?? []));
  // Next week's group events now, so that the weekly dispatch only reads and mails.
  const meetings = guarded(wb, 'meetings', notes, () => prepareMeetings(wb.now));
  // The quota warning and the digest mail through the send ledger, which keeps back as much
  // time after its sends as went before them, counted from the `now` it is given
  // (dispatch-ledger.ts). From the night's start that held back every digest of a night longer
  // than three minutes; each of these steps sends one mail per coach, so its own start counts.
  const stepNow = (): WorkbookContext => ({ ...wb, now: Date.now() });
  const quota = guarded(wb, 'quota', notes, () => warnIfQuotaShort(stepNow(), mailQuota));
  notes.push(...(quota?.log ?? []));
  const digestAt = Date.now() - startedAt;
  // The night's notes are written once, apart from the digest: a digest retried after a passing
  // mail error wrote every note twice (and the digest then told each twice).
  if (notes.length > 0)
    guarded(wb, 'log', [], () => appendRows(openTable(wb.spreadsheet, 'log'), notes));
  const digest = guarded(wb, 'digest', [], () => sendDailyDigest(stepNow()));
  return {
    folders,
    reconciled,
    uploads,
    attendance,
    report,
    records,
    periodsClosed,
    planWeek,
    retention,
    triggers,
    meetings,
    quota,
    digest,
    // Milliseconds into the execution when the Drive sweeps ended and the digest began.
    elapsed: { folders: foldersDone, uploads: uploadsDone, digest: digestAt },
  };
}

/**
 * The coming ISO week, every night: planning is idempotent and plans only clients with no row
 * in that week (planUnplanned), so a Monday run that failed, or a client enrolled on Friday,
 * is caught up the next night instead of losing the week (issue 14). The coach still has until
 * the send day to edit and approve what Monday's run proposed.
 */
export function weekToPlan(wb: WorkbookContext): string {
  return isoWeekOf(addDays(wb.today, 7));
}

/**
 * New files in clients' folders become rows in the reflections sheet, keyed `file:<id>`. With a
 * `deadline`, the folders are listed from where the last run stopped until then.
 */
export function recordUploads(
  wb: WorkbookContext,
  deadline?: number,
): { recorded: number; checked: number; total: number } {
  const clients = participantsOf(openTable(wb.spreadsheet, 'clients'));
  const reflections = openTable(wb.spreadsheet, 'reflections');
  const seen = new Set<string>();
  for (const row of reflections.rows) {
    const key = cellText(row.values.responseId);
    if (key.startsWith('file:')) seen.add(key.slice('file:'.length));
  }
  const listed = clientUploads(clients, seen, deadline, wb.lang);
  const rows = listed.found.map(({ client, file }) => ({
    responseId: `file:${file.id}`,
    submittedAt: new Date(file.created),
    clientId: client.id,
    date: dateInZone(file.created, wb.settings.timeZone),
    text: t(wb.lang, 'participation.upload.text', { name: file.name }),
    files: file.url,
    matchedBy: displayCode('matchedBy', 'folder', wb.lang),
  }));
  appendRows(reflections, rows);
  if (listed.log.length > 0) appendRows(openTable(wb.spreadsheet, 'log'), listed.log);
  if (listed.sweep.stoppedBy !== undefined) throw listed.sweep.stoppedBy;
  return { recorded: rows.length, checked: listed.sweep.checked, total: listed.sweep.total };
}

/** Setup's participation step: the reflection forms and their triggers, tokens, folders. */
export function setupParticipation(): { formsCreated: string[]; tokens: number; folders: number } {
  const formsCreated = ensureReflectionForms();
  const wb = openWorkbook();
  const tokens = ensureClientTokens(wb.spreadsheet);
  const folders = ensureClientFolders(wb).created;
  return { formsCreated, tokens, folders };
}
