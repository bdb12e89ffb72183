import { formatDate } from '../core/dates';
import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  ROSTER_FIELDS,
  STATUS_VALUES,
  displayYesNo,
  type RosterField,
} from '../core/roster-columns';
import { validateClientRow, type RosterContext, type RowResult } from '../core/roster';
import { formatWorkDays } from '../core/weekdays';
import type { Client, Lang } from '../core/types';
import { cellText } from './cells';
import type { Table, TableRow } from './table';

/** Client ids look like A0001: a letter and a counter that is never reused. */
export const CLIENT_ID_PREFIX = 'A';

export function formatClientId(number: number): string {
  return `${CLIENT_ID_PREFIX}${String(number).padStart(4, '0')}`;
}

/** The counter of an id we made, or 0 for anything else. */
export function clientIdNumber(id: unknown): number {
  const m = /^A(\d+)$/i.exec(cellText(id));
  return m ? Number(m[1]) : 0;
}

/** A validated client as the cells we write, in the workbook's language. */
export function clientToRow(client: Client, lang: Lang): Record<string, unknown> {
  return {
    id: client.id,
    name: client.name,
    email: client.email,
    phone: client.phone,
    lang: LANG_VALUES.display(client.lang, lang),
    contact: CONTACT_VALUES.display(client.contact, lang),
    model: MODEL_VALUES.display(client.model, lang),
    periodStart: formatDate(client.periodStart),
    periodEnd: formatDate(client.periodEnd),
    continuationUntil: client.continuationUntil ? formatDate(client.continuationUntil) : '',
    workDays: formatWorkDays(client.workDays, lang),
    inPersonDays: formatWorkDays(client.inPersonDays, lang),
    hoursPerDay: client.hoursPerDay,
    group: client.group,
    coach: client.coach,
    goals: client.goals,
    goalTags: client.goalTags.join(', '),
    digitalSkills: client.digitalSkills,
    oriented: displayYesNo(client.oriented, lang),
    orientedOn: client.orientedOn ? formatDate(client.orientedOn) : '',
    status: STATUS_VALUES.display(client.status, lang),
  };
}

export function rosterRaw(values: Record<string, unknown>): Partial<Record<RosterField, unknown>> {
  const raw: Partial<Record<RosterField, unknown>> = {};
  for (const field of ROSTER_FIELDS) if (field in values) raw[field] = values[field];
  return raw;
}

/**
 * What identifies a roster row: its id once enrolled; before that (a rejected import row the
 * coach is fixing) what was typed for name, email and phone.
 */
export function rowIdentity(values: Record<string, unknown>): string {
  const id = cellText(values.id);
  if (id !== '') return id;
  const name = cellText(values.name).toLowerCase().replace(/\s+/g, ' ');
  if (name === '' && cellText(values.email) === '' && cellText(values.phone) === '') return '';
  return `?${name}|${cellText(values.email).toLowerCase()}|${cellText(values.phone).replace(/\s+/g, '')}`;
}

export interface CheckedRow {
  row: TableRow;
  result: RowResult;
}

/** Every non-empty roster row validated against the workbook's groups, coaches and settings. */
export function checkRoster(table: Table, ctx: RosterContext): CheckedRow[] {
  return table.rows.map((row) => ({ row, result: validateClientRow(rosterRaw(row.values), ctx) }));
}

/** Enrolled, valid clients: rows with an id and no problems. */
export function enrolledClients(checked: CheckedRow[]): Client[] {
  return checked
    .filter((c) => c.result.client && c.result.client.id !== '')
    .map((c) => c.result.client as Client);
}

/** Group ids and names the roster may refer to; names map to ids. */
export function groupLookup(groups: Table | null): {
  known: Set<string>;
  idOf: Map<string, string>;
} {
  const known = new Set<string>();
  const idOf = new Map<string, string>();
  for (const row of groups?.rows ?? []) {
    const id = cellText(row.values.id);
    const name = cellText(row.values.name);
    if (id === '') continue;
    known.add(id);
    idOf.set(id.toLowerCase(), id);
    if (name !== '') {
      known.add(name);
      idOf.set(name.toLowerCase(), id);
    }
  }
  return { known, idOf };
}
