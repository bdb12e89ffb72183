import { parseCsv } from '../core/csv';
import { addDays, isoWeekOf } from '../core/dates';
import { describeProblem, t } from '../core/i18n';
import { normalisePhone } from '../core/phone';
import { validateClientRow } from '../core/roster';
import { headerFor, matchHeaders, rowToRaw, type RosterField } from '../core/roster-columns';
import type { Client, Lang, Problem } from '../core/types';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import {
  checkRoster,
  clientIdNumber,
  clientToRow,
  formatClientId,
  groupLookup,
  rowIdentity,
} from '../workbook/clients';
import { CLIENTS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import { appendRecords, updateRowsWhere } from '../workbook/update';
import { emailKey, logRow, openWorkbook, rosterContext } from './workbook-context';
import { workDaysInWeek } from './plan-week';

/** Script property: the next client number. Ids are never reused, even after a row is deleted. */
export const CLIENT_COUNTER_PROPERTY = 'nextClientNumber';

export interface ImportOptions {
  /** Extra header → field key mappings, e.g. {"Asiakkaan kieli": "lang"}. */
  map?: Record<string, string>;
}

export interface ImportResult {
  accepted: number;
  updated: number;
  rejected: { line: number; problems: string[] }[];
  unknownColumns: string[];
  /** Values the import did not write because the sheet already had another one. */
  conflicts: { line: number; id: string; column: string; imported: string; kept: string }[];
  warnings: { line: number; id: string; messages: string[] }[];
  ids: { line: number; id: string }[];
}

const ROSTER_WRITE_FIELDS: RosterField[] = [...CLIENTS.columns.map((c) => c.field)].filter(
  (f) => f !== 'folderId' && f !== 'token',
) as RosterField[];

function phoneKey(value: unknown): string {
  const result = normalisePhone(cellText(value));
  return 'e164' in result ? result.e164 : '';
}

export function noteText(
  lang: Lang,
  problems: Problem[],
  warnings: Problem[],
  extra: string[] = [],
): string {
  const lines = [
    ...problems.map((p) => describeProblem(lang, p)),
    ...extra,
    ...warnings.map((w) => t(lang, 'workbook.warning.prefix', { text: describeProblem(lang, w) })),
  ];
  return lines.join('\n');
}

/**
 * Imports a roster CSV. Decisions (docs/workbook.md): good rows are enrolled with a new id;
 * a row whose email (or id) matches an enrolled client only fills that client's empty cells —
 * a different value already in the sheet is kept and reported as a conflict; a bad row is
 * reported and also written into the clients sheet without an id, with its problems in Huomiot,
 * so the coach fixes it there (validateRoster then enrols it). Running the same import again
 * adds nothing.
 */
export function importClients(csvText: string, options: ImportOptions = {}): ImportResult {
  const locked = withScriptLock(() => runImport(String(csvText ?? ''), options), 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}

function runImport(csvText: string, options: ImportOptions): ImportResult {
  const ctx = openWorkbook();
  const { lang } = ctx;
  const clients = openTable(ctx.spreadsheet, 'clients');
  const groups = tryOpenTable(ctx.spreadsheet, 'groups');
  const { idOf } = groupLookup(groups);
  const csv = parseCsv(csvText);
  const match = matchHeaders(csv.header, options.map ?? {});
  const coachIndex = match.columns.get('coach');
  const rctx = rosterContext(
    ctx,
    groups,
    coachIndex === undefined ? [] : csv.rows.map((r) => r.cells[coachIndex] ?? ''),
  );
  const result: ImportResult = {
    accepted: 0,
    updated: 0,
    rejected: [],
    unknownColumns: [...match.unknown, ...match.duplicates].map((u) => u.header),
    conflicts: [],
    warnings: [],
    ids: [],
  };
  const keptExtra = new Set(clients.extraHeaders.map((h) => h.header.toLowerCase()));

  // What the sheet holds now.
  const checked = checkRoster(clients, rctx);
  const byId = new Map<string, { values: Record<string, unknown>; client?: Client }>();
  const byEmail = new Map<string, string>();
  const byPhone = new Map<string, string>();
  const pending = new Map<string, string>(); // identity of an unenrolled row → its Huomiot
  let maxNumber = 0;
  for (const { row, result: r } of checked) {
    const id = cellText(row.values.id);
    if (id === '') {
      pending.set(rowIdentity(row.values), cellText(row.values.problems));
      continue;
    }
    maxNumber = Math.max(maxNumber, clientIdNumber(id));
    byId.set(id, { values: row.values, client: r.client });
    const email = emailKey(row.values.email);
    const phone = phoneKey(row.values.phone);
    if (email && !byEmail.has(email)) byEmail.set(email, id);
    if (phone && !byPhone.has(phone)) byPhone.set(phone, id);
  }
  const props = PropertiesService.getScriptProperties();
  const counter = Number(props.getProperty(CLIENT_COUNTER_PROPERTY) ?? '1');
  let next = Math.max(Number.isFinite(counter) ? counter : 1, maxNumber + 1);
  const firstNext = next;

  const csvProblems = new Map<number, Problem[]>();
  for (const p of csv.problems)
    csvProblems.set(p.line, [...(csvProblems.get(p.line) ?? []), p.problem]);
  const seenInFile = new Map<string, number>();
  const newRows: { fields: Record<string, unknown>; extra?: Map<string, unknown> }[] = [];
  const updates = new Map<string, Record<string, unknown>>();
  const nextWeek = isoWeekOf(addDays(ctx.today, 7));

  for (const { line, cells } of csv.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const raw = rowToRaw(cells, match.columns);
    const extra = new Map<string, unknown>();
    for (const u of match.unknown)
      if (keptExtra.has(u.header.toLowerCase())) extra.set(u.header, cells[u.index]);
    const validation = validateClientRow(raw, rctx);
    const problems: Problem[] = [...(csvProblems.get(line) ?? []), ...validation.problems];
    const email = emailKey(raw.email);
    const phone = phoneKey(raw.phone);
    const dupLine =
      (email && seenInFile.get(`e:${email}`)) || (phone && seenInFile.get(`p:${phone}`));
    if (dupLine)
      problems.push({ key: 'workbook.import.duplicateInFile', params: { line: dupLine } });
    const typedId = cellText(raw.id);
    const existingId =
      typedId && byId.has(typedId) ? typedId : email ? byEmail.get(email) : undefined;

    if (problems.length > 0 || !validation.client) {
      const texts = problems.map((p) => describeProblem(lang, p));
      result.rejected.push({ line, problems: texts });
      if (existingId || dupLine) continue; // the enrolled client stays as it is
      const note = [...texts, t(lang, 'workbook.import.notEnrolled')].join('\n');
      const typed: Record<string, unknown> = { ...raw, id: '', problems: note };
      const identity = rowIdentity(typed);
      if (pending.has(identity)) {
        if (pending.get(identity) !== note) updates.set(identity, { problems: note });
      } else {
        pending.set(identity, note);
        newRows.push({ fields: typed, extra });
      }
      continue;
    }
    if (email) seenInFile.set(`e:${email}`, line);
    if (phone) seenInFile.set(`p:${phone}`, line);
    const client: Client = {
      ...validation.client,
      group: idOf.get(validation.client.group.toLowerCase()) ?? validation.client.group,
    };

    if (existingId) {
      const existing = byId.get(existingId)!;
      const fresh = clientToRow({ ...client, id: existingId }, lang);
      const current = existing.client ? clientToRow(existing.client, lang) : existing.values;
      const fills: Record<string, unknown> = {};
      for (const field of match.columns.keys()) {
        if (field === 'id' || field === 'problems' || cellText(raw[field]) === '') continue;
        const sheetText = cellText(existing.values[field]);
        if (sheetText === '') fills[field] = fresh[field];
        else if (cellText(current[field]) !== cellText(fresh[field])) {
          result.conflicts.push({
            line,
            id: existingId,
            column: headerFor(field, lang),
            imported: cellText(raw[field]),
            kept: sheetText,
          });
        }
      }
      if (Object.keys(fills).length > 0) {
        updates.set(existingId, fills);
        result.updated += 1;
      }
      continue;
    }

    const id = formatClientId(next++);
    const extraNotes: string[] = [];
    const phoneOwner = phone ? byPhone.get(phone) : undefined;
    if (phoneOwner) extraNotes.push(t(lang, 'workbook.import.duplicatePhone', { id: phoneOwner }));
    const warnings = [...validation.warnings];
    if (client.status === 'active' && workDaysInWeek(client, nextWeek, ctx.settings).length === 0) {
      warnings.push({ key: 'workbook.warning.noWorkDaysNextWeek', params: { week: nextWeek } });
    }
    const note = noteText(lang, [], warnings, extraNotes);
    newRows.push({ fields: { ...clientToRow({ ...client, id }, lang), problems: note }, extra });
    if (note) result.warnings.push({ line, id, messages: note.split('\n') });
    result.ids.push({ line, id });
    result.accepted += 1;
    if (email) byEmail.set(email, id);
    if (phone && !phoneOwner) byPhone.set(phone, id);
  }

  // One write for new rows, one for changed ones.
  appendRecords(clients, newRows);
  updateRowsWhere(clients.sheet, CLIENTS, rowIdentity, updates, ROSTER_WRITE_FIELDS);
  if (next !== firstNext || String(next) !== props.getProperty(CLIENT_COUNTER_PROPERTY)) {
    props.setProperty(CLIENT_COUNTER_PROPERTY, String(next));
  }
  if (newRows.length > 0 || updates.size > 0) {
    const log = tryOpenTable(ctx.spreadsheet, 'log');
    if (log) {
      appendRows(log, [
        logRow(
          'importClients',
          result.rejected.length ? 'warning' : 'info',
          t(lang, 'workbook.import.summary', {
            accepted: result.accepted,
            updated: result.updated,
            rejected: result.rejected.length,
          }),
        ),
        ...result.conflicts.map((c) =>
          logRow(
            'importClients',
            'warning',
            t(lang, 'workbook.import.conflict', {
              column: c.column,
              imported: c.imported,
              kept: c.kept,
            }),
            c.id,
          ),
        ),
      ]);
    }
  }
  return result;
}

export interface ValidateResult {
  checked: number;
  enrolled: string[];
  withProblems: { id: string; name: string; problems: string[] }[];
  warnings: { id: string; name: string; messages: string[] }[];
}

/**
 * Re-checks the clients sheet as the coach typed it and writes what is wrong or due next to
 * each row (Huomiot only: the coach's cells are never changed). A fixed row without an id is
 * enrolled now. Nothing is written when nothing changed.
 */
export function validateRoster(): ValidateResult {
  const locked = withScriptLock(() => runValidate(), 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}

function runValidate(): ValidateResult {
  const ctx = openWorkbook();
  const { lang } = ctx;
  const clients = openTable(ctx.spreadsheet, 'clients');
  const groups = tryOpenTable(ctx.spreadsheet, 'groups');
  const coachIndex = clients.columns.get('coach');
  const rctx = rosterContext(
    ctx,
    groups,
    coachIndex === undefined ? [] : clients.rows.map((r) => cellText(r.values.coach)),
  );
  const checked = checkRoster(clients, rctx);
  const nextWeek = isoWeekOf(addDays(ctx.today, 7));
  const result: ValidateResult = {
    checked: checked.length,
    enrolled: [],
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
  const props = PropertiesService.getScriptProperties();
  let next = Math.max(
    Number(props.getProperty(CLIENT_COUNTER_PROPERTY) ?? '1') || 1,
    maxNumber + 1,
  );
  const firstNext = next;
  const updates = new Map<string, Record<string, unknown>>();
  const logRows: Record<string, unknown>[] = [];

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
      workDaysInWeek(r.client, nextWeek, ctx.settings).length === 0
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
    const extra = problems.length > 0 && id === '' ? [t(lang, 'workbook.import.notEnrolled')] : [];
    const note = noteText(lang, problems, problems.length > 0 ? [] : warnings, extra);
    if (problems.length > 0) result.withProblems.push({ id, name, problems: note.split('\n') });
    else if (warnings.length > 0) result.warnings.push({ id, name, messages: note.split('\n') });
    if (note !== cellText(row.values.problems)) {
      update.problems = note;
      if (note !== '')
        logRows.push(logRow('validateRoster', problems.length ? 'warning' : 'info', note, id));
    }
    if (Object.keys(update).length > 0) updates.set(identity, update);
  }
  updateRowsWhere(clients.sheet, CLIENTS, rowIdentity, updates, ['id', 'problems']);
  if (next !== firstNext) props.setProperty(CLIENT_COUNTER_PROPERTY, String(next));
  const log = tryOpenTable(ctx.spreadsheet, 'log');
  if (log) appendRows(log, logRows);
  return result;
}
