import { workbookProperties } from '../services/properties';
import { addDays, isoWeekOf } from '../core/dates';
import { describeProblem, t } from '../core/i18n';
import {
  CODED_FIELDS,
  applyValueMap,
  collectUnknownValues,
  isUnknownValueProblem,
  type UnknownValue,
} from '../core/roster-values';
import type { Problem } from '../core/types';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import {
  checkRoster,
  clientIdNumber,
  clientToRow,
  formatClientId,
  rosterRaw,
  rowIdentity,
} from '../workbook/clients';
import { CLIENTS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { updateRowsWhere } from '../workbook/update';
import { CLIENT_COUNTER_PROPERTY, noteText } from './import-clients';
import { calendarWorkDays } from './plan-week';
import { loadValueMap } from './roster-value-store';
import { emailKey, logRow, openWorkbook, rosterContext } from './workbook-context';

export interface ValidateResult {
  checked: number;
  enrolled: string[];
  /** Rows waiting for a word to be mapped, and the words. */
  held: { line: number; name: string; problems: string[] }[];
  unknownValues: UnknownValue[];
  withProblems: { id: string; name: string; problems: string[] }[];
  warnings: { id: string; name: string; messages: string[] }[];
}

/**
 * Re-checks the clients sheet as the coach typed or pasted it (Etäpaja → Tarkista asiakkaat),
 * through the same rules as the import, and writes what is wrong or due next to each row in
 * Huomiot. A fixed row without an id is enrolled now. The coach's cells are never changed, with
 * one exception the coach asked for: a word they mapped ("jatkuva" = pitkäaikainen) is written
 * as the known word when its row is good, so every other job reads it. Nothing is written when
 * nothing changed.
 */
export function validateRoster(): ValidateResult {
  const locked = withScriptLock(() => runValidate(), 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}

export function runValidate(): ValidateResult {
  const ctx = openWorkbook();
  const { lang } = ctx;
  const clients = openTable(ctx.spreadsheet, 'clients');
  const groups = tryOpenTable(ctx.spreadsheet, 'groups');
  const coachIndex = clients.columns.get('coach');
  const rctx = {
    ...rosterContext(
      ctx,
      groups,
      coachIndex === undefined ? [] : clients.rows.map((r) => cellText(r.values.coach)),
    ),
    valueMap: loadValueMap(),
  };
  const checked = checkRoster(clients, rctx);
  const nextWeek = isoWeekOf(addDays(ctx.today, 7));
  const result: ValidateResult = {
    checked: checked.length,
    enrolled: [],
    held: [],
    unknownValues: [],
    withProblems: [],
    warnings: [],
  };

  let maxNumber = 0;
  const emailOwner = new Map<string, string>();
  for (const { row } of checked) {
    const id = cellText(row.values.id);
    maxNumber = Math.max(maxNumber, clientIdNumber(id));
    const email = emailKey(row.values.email);
    if (id && email && !emailOwner.has(email)) emailOwner.set(email, id);
  }
  const props = workbookProperties();
  let next = Math.max(
    Number(props.getProperty(CLIENT_COUNTER_PROPERTY) ?? '1') || 1,
    maxNumber + 1,
  );
  const firstNext = next;
  const updates = new Map<string, Record<string, unknown>>();
  const logRows: Record<string, unknown>[] = [];

  const heldProblems: { line: number; problems: Problem[] }[] = [];
  for (const { row, result: r } of checked) {
    const identity = rowIdentity(row.values);
    if (identity === '') continue;
    let id = cellText(row.values.id);
    const name = cellText(row.values.name);
    const problems = [...r.problems];
    const email = emailKey(row.values.email);
    const owner = email ? emailOwner.get(email) : undefined;
    if (owner && owner !== id)
      problems.push({ key: 'workbook.warning.duplicateEmail', params: { id: owner } });
    const warnings = [...r.warnings];
    if (
      r.client &&
      r.client.status === 'active' &&
      calendarWorkDays(r.client, nextWeek, ctx.settings).length === 0
    ) {
      warnings.push({ key: 'workbook.warning.noWorkDaysNextWeek', params: { week: nextWeek } });
    }
    const update: Record<string, unknown> = {};
    if (problems.length === 0 && id === '') {
      id = formatClientId(next++);
      update.id = id;
      result.enrolled.push(id);
      if (email) emailOwner.set(email, id);
    }
    if (problems.length === 0 && r.client) {
      // The coach's mapped words become the known word, so every other job reads them.
      const mapped = applyValueMap(rosterRaw(row.values), rctx.valueMap).applied;
      const canonical = clientToRow({ ...r.client, id }, lang);
      for (const field of mapped) update[field] = canonical[field];
    }
    const isHeld = problems.length > 0 && problems.every(isUnknownValueProblem);
    if (isHeld) heldProblems.push({ line: row.rowNumber, problems });
    const tail = isHeld ? 'import.held.note' : 'workbook.import.notEnrolled';
    const extra = problems.length > 0 && id === '' ? [t(lang, tail)] : [];
    const note = noteText(lang, problems, problems.length > 0 ? [] : warnings, extra);
    if (isHeld) {
      result.held.push({
        line: row.rowNumber,
        name,
        problems: problems.map((p) => describeProblem(lang, p)),
      });
    } else if (problems.length > 0)
      result.withProblems.push({ id, name, problems: note.split('\n') });
    else if (warnings.length > 0) result.warnings.push({ id, name, messages: note.split('\n') });
    if (note !== cellText(row.values.problems)) {
      update.problems = note;
      if (note !== '')
        logRows.push(logRow('validateRoster', problems.length ? 'warning' : 'info', note, id));
    }
    if (Object.keys(update).length > 0) updates.set(identity, update);
  }
  result.unknownValues = collectUnknownValues(heldProblems, lang);
  updateRowsWhere(clients.sheet, CLIENTS, rowIdentity, updates, [
    'id',
    'problems',
    ...CODED_FIELDS,
  ]);
  if (next !== firstNext) props.setProperty(CLIENT_COUNTER_PROPERTY, String(next));
  const log = tryOpenTable(ctx.spreadsheet, 'log');
  if (log) appendRows(log, logRows);
  return result;
}
