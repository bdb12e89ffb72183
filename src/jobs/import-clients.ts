import { workbookProperties } from '../services/properties';
import { parseCsv } from '../core/csv';
import { readRosterFile, type RosterTable } from '../core/roster-file';
import { cleanRosterRow } from '../core/roster-limits';
import {
  addMapping,
  collectUnknownValues,
  isUnknownValueProblem,
  parseValueMapping,
  type UnknownValue,
  type ValueMap,
} from '../core/roster-values';
import { addDays, isoWeekOf, parseDate } from '../core/dates';
import { describeProblem, t } from '../core/i18n';
import { normalisePhone } from '../core/phone';
import { parseHours, validateClientRow } from '../core/roster';
import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  STATUS_VALUES,
  headerFor,
  matchHeaders,
  parseYesNo,
  rowToRaw,
  type RosterField,
} from '../core/roster-columns';
import { foldText } from '../core/text';
import type { Client, Lang, Problem } from '../core/types';
import type { RosterContext } from '../core/roster';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import {
  checkRoster,
  clientIdNumber,
  clientToRow,
  formatClientId,
  groupLookup,
  rosterRaw,
  rowIdentity,
} from '../workbook/clients';
import { CLIENTS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows, type Table } from '../workbook/table';
import { appendRecords, updateRowsWhere } from '../workbook/update';
import { emailKey, logRow, openWorkbook, rosterContext } from './workbook-context';
import { loadValueMap, saveValueMap } from './roster-value-store';
import { calendarWorkDays } from './plan-week';

/** Script property: the next client number. Ids are never reused, even after a row is deleted. */
export const CLIENT_COUNTER_PROPERTY = 'nextClientNumber';

export interface ImportOptions {
  /** Extra header → field key mappings, e.g. {"Asiakkaan kieli": "lang"}. */
  map?: Record<string, string>;
  /** The coach's words for known values: "Malli:jatkuva=pitkäaikainen", "Kieli:somali=leave out". */
  mapValues?: string[];
  /** An .xlsx file's sheet (default: the first). */
  sheet?: string;
  /** The file's name, for messages. */
  fileName?: string;
}

export interface ImportResult {
  accepted: number;
  updated: number;
  rejected: { line: number; problems: string[] }[];
  /** Rows whose only problem is a word the import does not know: they come in once it is mapped. */
  held: { line: number; problems: string[] }[];
  /** Each distinct unknown word once, with its column, row count and lines. */
  unknownValues: UnknownValue[];
  unknownColumns: string[];
  /** Values the import did not write because the sheet already had another one. */
  conflicts: { line: number; id: string; column: string; imported: string; kept: string }[];
  warnings: { line: number; id: string; messages: string[] }[];
  ids: { line: number; id: string }[];
  /** How the file was read: "UTF-8", "Windows-1252", "UTF-16 LE", "Excel (.xlsx), Taul1". */
  encoding: string;
  /** Set when the file was refused: nothing was written, and this says why. */
  refused?: string;
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

function emptyResult(encoding: string): ImportResult {
  return {
    accepted: 0,
    updated: 0,
    rejected: [],
    held: [],
    unknownValues: [],
    unknownColumns: [],
    conflicts: [],
    warnings: [],
    ids: [],
    encoding,
  };
}

/**
 * Imports roster text (CSV as pasted or already decoded). Decisions (docs/workbook.md): good
 * rows are enrolled with a new id; a row whose email (or id) matches an enrolled client only
 * fills that client's empty cells — a different value already in the sheet is kept and reported
 * as a conflict; a bad row is reported and also written into the clients sheet without an id,
 * with its problems in Huomiot, so the coach fixes it there (validateRoster then enrols it); a
 * row whose only problem is an unknown word is held the same way and comes in when the word is
 * mapped. Running the same import again adds nothing.
 */
export function importClients(csvText: string, options: ImportOptions = {}): ImportResult {
  const table: RosterTable = {
    ...parseCsv(String(csvText ?? '')),
    encoding: 'text',
    format: 'csv',
  };
  return lockedImport(table, options);
}

/**
 * Imports a roster file as its bytes in base64 (the sidebar's upload and the command line):
 * CSV in UTF-8, UTF-16 or Windows-1252, or .xlsx. A file that is not a roster is refused with
 * `refused` set and nothing written.
 */
export function importClientsFile(base64: string, options: ImportOptions = {}): ImportResult {
  const lang = openWorkbook().lang;
  const read = readRosterFile(base64, options.fileName ?? '', { sheet: options.sheet });
  if ('refused' in read) return refusedResult(lang, read.refused, '');
  return lockedImport(read.table, options);
}

function refusedResult(lang: Lang, problem: Problem, encoding: string): ImportResult {
  return { ...emptyResult(encoding), refused: describeProblem(lang, problem) };
}

function lockedImport(table: RosterTable, options: ImportOptions): ImportResult {
  const locked = withScriptLock(() => runImport(table, options), 30_000);
  if (!locked.ran)
    throw new Error('Etäpaja: another setup or import is running. Try again in a minute.');
  return locked.value;
}

/** The remembered mappings plus this run's `--map-values`; a bad one refuses the import. */
function valueMapFor(options: ImportOptions): { map: ValueMap; changed: boolean } | Problem {
  let map = loadValueMap();
  for (const text of options.mapValues ?? []) {
    const parsed = parseValueMapping(text, options.map ?? {});
    if ('problem' in parsed) return parsed.problem;
    map = addMapping(map, parsed.mapping);
  }
  return { map, changed: (options.mapValues ?? []).length > 0 };
}

/** A row of the sheet without an id: what the coach (or an earlier import) left there. */
interface PendingRow {
  identity: string;
  values: Record<string, unknown>;
  note: string;
  claimed: boolean;
}

/** Holds every import row's outcome until the two batched writes at the end. */
interface ImportState {
  newRows: { fields: Record<string, unknown>; extra?: Map<string, unknown> }[];
  updates: Map<string, Record<string, unknown>>;
  /** Unenrolled rows of the sheet (held, rejected or pasted), found by email, else by phone. */
  pendingByEmail: Map<string, PendingRow>;
  pendingByPhone: Map<string, PendingRow>;
  /** …and a row with neither, by what was typed (its name). */
  pendingByIdentity: Map<string, PendingRow>;
  /** Identities of the unenrolled rows this import appends (one row for a line repeated). */
  newPending: Set<string>;
  byId: Map<string, { values: Record<string, unknown>; client?: Client }>;
  byEmail: Map<string, string>;
  byPhone: Map<string, string>;
  seenInFile: Map<string, number>;
  next: number;
}

function runImport(table: RosterTable, options: ImportOptions): ImportResult {
  const ctx = openWorkbook();
  const { lang } = ctx;
  const match = matchHeaders(table.header, options.map ?? {});
  if (!match.columns.has('name') && !match.columns.has('email')) {
    return refusedResult(
      lang,
      { key: 'import.file.noHeader', params: { file: options.fileName || '?' } },
      table.encoding,
    );
  }
  const mapping = valueMapFor(options);
  if ('key' in mapping) return refusedResult(lang, mapping, table.encoding);
  if (mapping.changed) saveValueMap(mapping.map);

  const clients = openTable(ctx.spreadsheet, 'clients');
  const groups = tryOpenTable(ctx.spreadsheet, 'groups');
  const { idOf } = groupLookup(groups);
  const coachIndex = match.columns.get('coach');
  const rctx = {
    ...rosterContext(
      ctx,
      groups,
      coachIndex === undefined ? [] : table.rows.map((r) => r.cells[coachIndex] ?? ''),
    ),
    valueMap: mapping.map,
  };
  const result: ImportResult = {
    ...emptyResult(table.encoding),
    unknownColumns: [...match.unknown, ...match.duplicates].map((u) => u.header),
  };
  const keptExtra = new Set(clients.extraHeaders.map((h) => h.header.toLowerCase()));
  const state = sheetState(clients, rctx);
  const firstNext = state.next;
  const csvProblems = new Map<number, Problem[]>();
  for (const p of table.problems)
    csvProblems.set(p.line, [...(csvProblems.get(p.line) ?? []), p.problem]);
  const nextWeek = isoWeekOf(addDays(ctx.today, 7));
  const heldProblems: { line: number; problems: Problem[] }[] = [];

  for (const { line, cells } of table.rows) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const typed = rowToRaw(cells, match.columns);
    const cleaned = cleanRosterRow(typed, lang);
    const fileRaw = cleaned.raw;
    const extra = new Map<string, unknown>();
    for (const u of match.unknown)
      if (keptExtra.has(u.header.toLowerCase())) extra.set(u.header, cells[u.index]);
    const email = emailKey(fileRaw.email);
    const phone = phoneKey(fileRaw.phone);
    const typedId = cellText(fileRaw.id);
    // An enrolled client is the same person by id, by email, or (a row without an email) by phone.
    const existingId =
      typedId && state.byId.has(typedId)
        ? typedId
        : email
          ? state.byEmail.get(email)
          : phone
            ? state.byPhone.get(phone)
            : undefined;
    // A row the sheet holds without an id (held, rejected or pasted): the file fills its empty
    // cells, and what the coach typed there stays.
    const pending = existingId ? undefined : findPending(state, email, phone, fileRaw);
    const merged = pending
      ? mergePending(pending.values, fileRaw, match.columns.keys())
      : { raw: fileRaw, fills: fileRaw, fromFile: new Set(match.columns.keys()), differences: [] };
    const raw = merged.raw;
    const validation = validateClientRow(raw, rctx);
    // A line the file could not be read right (an unclosed quote) is that one plain problem.
    const unreadable = csvProblems.get(line);
    const problems: Problem[] = unreadable
      ? [...unreadable]
      : [
          ...cleaned.problems.filter(
            (p) => !p.field || merged.fromFile.has(p.field as RosterField),
          ),
          ...validation.problems,
        ];
    const dupLine =
      (email && state.seenInFile.get(`e:${email}`)) ||
      (phone && state.seenInFile.get(`p:${phone}`));
    if (dupLine && !unreadable)
      problems.push({ key: 'workbook.import.duplicateInFile', params: { line: dupLine } });
    if (pending && !dupLine) pending.claimed = true;

    if (problems.length > 0 || !validation.client) {
      const isHeld = problems.length > 0 && problems.every(isUnknownValueProblem);
      const texts = problems.map((p) => describeProblem(lang, p));
      (isHeld ? result.held : result.rejected).push({ line, problems: texts });
      // Unknown words are listed even on a row with another problem: both need the coach.
      const unknown = problems.filter(isUnknownValueProblem);
      if (unknown.length > 0) heldProblems.push({ line, problems: unknown });
      if (existingId || dupLine) continue; // the enrolled client stays as it is
      const tail = t(lang, isHeld ? 'import.held.note' : 'workbook.import.notEnrolled');
      const note = [...texts, tail].join('\n');
      if (pending) {
        reportDifferences(result, line, '', merged.differences, lang);
        if (pending.note !== note || Object.keys(merged.fills).length > 0)
          state.updates.set(pending.identity, { ...merged.fills, problems: note });
        continue;
      }
      const written: Record<string, unknown> = { ...raw, id: '', problems: note };
      const identity = rowIdentity(written);
      if (!state.newPending.has(identity)) {
        state.newPending.add(identity);
        state.newRows.push({ fields: written, extra });
      }
      continue;
    }
    if (email) state.seenInFile.set(`e:${email}`, line);
    if (phone) state.seenInFile.set(`p:${phone}`, line);
    const client: Client = {
      ...validation.client,
      group: idOf.get(validation.client.group.toLowerCase()) ?? validation.client.group,
    };

    if (existingId) {
      fillExisting(state, result, {
        line,
        raw,
        client,
        existingId,
        lang,
        fields: match.columns.keys(),
      });
      continue;
    }

    const id = formatClientId(state.next++);
    const extraNotes: string[] = [];
    const clientPhone = phoneKey(raw.phone);
    const phoneOwner = clientPhone ? state.byPhone.get(clientPhone) : undefined;
    if (phoneOwner) extraNotes.push(t(lang, 'workbook.import.duplicatePhone', { id: phoneOwner }));
    const warnings = [...validation.warnings];
    if (
      client.status === 'active' &&
      calendarWorkDays(client, nextWeek, ctx.settings).length === 0
    ) {
      warnings.push({ key: 'workbook.warning.noWorkDaysNextWeek', params: { week: nextWeek } });
    }
    const note = noteText(lang, [], warnings, extraNotes);
    const fields = { ...clientToRow({ ...client, id }, lang), problems: note };
    // A row held or rejected by an earlier import (or pasted) and now good: enrol it in place.
    if (pending) {
      reportDifferences(result, line, id, merged.differences, lang);
      state.updates.set(pending.identity, fields);
    } else state.newRows.push({ fields, extra });
    if (note) result.warnings.push({ line, id, messages: note.split('\n') });
    result.ids.push({ line, id });
    result.accepted += 1;
    const clientEmail = emailKey(raw.email);
    if (clientEmail) state.byEmail.set(clientEmail, id);
    if (clientPhone && !phoneOwner) state.byPhone.set(clientPhone, id);
  }
  result.unknownValues = collectUnknownValues(heldProblems, lang);
  writeImport(ctx, clients, state, firstNext, result);
  return result;
}

/** What the sheet holds now: enrolled clients by id, email and phone; unenrolled rows. */
function sheetState(clients: Table, rctx: RosterContext): ImportState {
  const state: ImportState = {
    newRows: [],
    updates: new Map(),
    pendingByEmail: new Map(),
    pendingByPhone: new Map(),
    pendingByIdentity: new Map(),
    newPending: new Set(),
    byId: new Map(),
    byEmail: new Map(),
    byPhone: new Map(),
    seenInFile: new Map(),
    next: 1,
  };
  let maxNumber = 0;
  const pendingIdentities = new Set<string>();
  for (const { row, result: r } of checkRoster(clients, rctx)) {
    const id = cellText(row.values.id);
    const email = emailKey(row.values.email);
    const phone = phoneKey(row.values.phone);
    if (id === '') {
      // Rows are written back by identity, so of two rows typed exactly alike only the first.
      const identity = rowIdentity(row.values);
      if (identity === '' || pendingIdentities.has(identity)) continue;
      pendingIdentities.add(identity);
      const pending: PendingRow = {
        identity,
        values: row.values,
        note: cellText(row.values.problems),
        claimed: false,
      };
      if (email && !state.pendingByEmail.has(email)) state.pendingByEmail.set(email, pending);
      if (phone && !state.pendingByPhone.has(phone)) state.pendingByPhone.set(phone, pending);
      state.pendingByIdentity.set(identity, pending);
      continue;
    }
    maxNumber = Math.max(maxNumber, clientIdNumber(id));
    state.byId.set(id, { values: row.values, client: r.client });
    if (email && !state.byEmail.has(email)) state.byEmail.set(email, id);
    if (phone && !state.byPhone.has(phone)) state.byPhone.set(phone, id);
  }
  const counter = Number(workbookProperties().getProperty(CLIENT_COUNTER_PROPERTY) ?? '1');
  state.next = Math.max(Number.isFinite(counter) ? counter : 1, maxNumber + 1);
  return state;
}

/**
 * The unenrolled row a file row continues: the one with its email; else (the file row or the
 * sheet row has no email) the one with its phone; a row with neither, the one typed the same.
 * Each is taken by one line of the file.
 */
function findPending(
  state: ImportState,
  email: string,
  phone: string,
  fileRow: Record<string, unknown>,
): PendingRow | undefined {
  if (!email && !phone) {
    const same = state.pendingByIdentity.get(rowIdentity({ ...fileRow, id: '' }));
    return same && !same.claimed ? same : undefined;
  }
  const byEmail = email ? state.pendingByEmail.get(email) : undefined;
  if (byEmail) return byEmail.claimed ? undefined : byEmail;
  const byPhone = phone ? state.pendingByPhone.get(phone) : undefined;
  if (!byPhone || byPhone.claimed) return undefined;
  return !email || emailKey(byPhone.values.email) === '' ? byPhone : undefined;
}

const CODED: Partial<Record<RosterField, (value: string) => unknown>> = {
  lang: (v) => LANG_VALUES.parse(v),
  contact: (v) => CONTACT_VALUES.parse(v),
  model: (v) => MODEL_VALUES.parse(v),
  status: (v) => STATUS_VALUES.parse(v),
  oriented: (v) => parseYesNo(v),
};
const DATE_FIELDS: RosterField[] = ['periodStart', 'periodEnd', 'continuationUntil', 'orientedOn'];

/** Whether a sheet cell and a file cell say the same thing in different spellings. */
function sameMeaning(field: RosterField, sheet: unknown, file: unknown): boolean {
  const squash = (v: unknown) => foldText(cellText(v)).replace(/\s*([,;/])\s*/g, '$1');
  if (squash(sheet) === squash(file)) return true;
  const same = (read: (v: unknown) => unknown) => {
    const a = read(sheet);
    return a !== null && a !== undefined && a !== '' && a === read(file);
  };
  if (field === 'email') return same(emailKey);
  if (field === 'phone') return same(phoneKey);
  if (field === 'hoursPerDay') return same(parseHours);
  if (DATE_FIELDS.includes(field)) return same(parseDate);
  const coded = CODED[field];
  return coded ? same((v) => (typeof v === 'string' ? coded(v) : v)) : false;
}

/**
 * A file row over an unenrolled sheet row: the sheet's non-empty cells stay (a coach may have
 * typed them), the file fills the empty ones; a different file value is a difference to report.
 */
function mergePending(
  sheet: Record<string, unknown>,
  file: Partial<Record<RosterField, unknown>>,
  fields: Iterable<RosterField>,
): {
  raw: Partial<Record<RosterField, unknown>>;
  fills: Record<string, unknown>;
  fromFile: Set<RosterField>;
  differences: { field: RosterField; imported: string; kept: string }[];
} {
  const raw = rosterRaw(sheet);
  const fills: Record<string, unknown> = {};
  const fromFile = new Set<RosterField>();
  const differences: { field: RosterField; imported: string; kept: string }[] = [];
  for (const field of fields) {
    if (field === 'id' || field === 'problems') continue;
    const isBlank =
      cellText(sheet[field]) === '' &&
      Object.prototype.toString.call(sheet[field]) !== '[object Date]';
    if (isBlank) {
      fromFile.add(field);
      raw[field] = file[field];
      if (cellText(file[field]) !== '') fills[field] = file[field];
    } else if (cellText(file[field]) !== '' && !sameMeaning(field, sheet[field], file[field])) {
      differences.push({
        field,
        imported: cellText(file[field]),
        kept: cellText(sheet[field]),
      });
    }
  }
  return { raw, fills, fromFile, differences };
}

function reportDifferences(
  result: ImportResult,
  line: number,
  id: string,
  differences: { field: RosterField; imported: string; kept: string }[],
  lang: Lang,
): void {
  for (const d of differences) {
    result.conflicts.push({
      line,
      id,
      column: headerFor(d.field, lang),
      imported: d.imported,
      kept: d.kept,
    });
  }
}

/** An enrolled client met again: fill its empty cells, report (never overwrite) differences. */
function fillExisting(
  state: ImportState,
  result: ImportResult,
  row: {
    line: number;
    raw: Partial<Record<RosterField, unknown>>;
    client: Client;
    existingId: string;
    lang: Lang;
    fields: Iterable<RosterField>;
  },
): void {
  const { line, raw, client, existingId, lang } = row;
  const existing = state.byId.get(existingId)!;
  const fresh = clientToRow({ ...client, id: existingId }, lang);
  const current = existing.client ? clientToRow(existing.client, lang) : existing.values;
  const fills: Record<string, unknown> = {};
  for (const field of row.fields) {
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
  // Perehdytetty's date came with the yes: fill it when the sheet has none.
  if (
    fills.oriented !== undefined &&
    cellText(existing.values.orientedOn) === '' &&
    fresh.orientedOn
  ) {
    fills.orientedOn = fresh.orientedOn;
  }
  if (Object.keys(fills).length > 0) {
    state.updates.set(existingId, fills);
    result.updated += 1;
  }
}

/** One write for new rows, one for changed ones, then the counter and the log. */
function writeImport(
  ctx: ReturnType<typeof openWorkbook>,
  clients: Table,
  state: ImportState,
  firstNext: number,
  result: ImportResult,
): void {
  const { lang } = ctx;
  appendRecords(clients, state.newRows);
  updateRowsWhere(clients.sheet, CLIENTS, rowIdentity, state.updates, ROSTER_WRITE_FIELDS);
  const props = workbookProperties();
  if (
    state.next !== firstNext ||
    String(state.next) !== props.getProperty(CLIENT_COUNTER_PROPERTY)
  ) {
    props.setProperty(CLIENT_COUNTER_PROPERTY, String(state.next));
  }
  if (state.newRows.length === 0 && state.updates.size === 0) return;
  const log = tryOpenTable(ctx.spreadsheet, 'log');
  if (!log) return;
  appendRows(log, [
    logRow(
      'importClients',
      result.rejected.length || result.held.length ? 'warning' : 'info',
      t(lang, 'import.summary', {
        accepted: result.accepted,
        updated: result.updated,
        held: result.held.length,
        rejected: result.rejected.length,
        encoding: result.encoding,
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

export { validateRoster, type ValidateResult } from './roster-check';
