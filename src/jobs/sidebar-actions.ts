import { workbookProperties } from '../services/properties';
import { addDays, isoWeekOf, parseDate } from '../core/dates';
import { describeProblem, t } from '../core/i18n';
import { findDuplicates, validateClientRow } from '../core/roster';
import { displayYesNo, type RosterField } from '../core/roster-columns';
import { parseTime } from '../core/settings';
import type { Weekday } from '../core/types';
import { formatWorkDays } from '../core/weekdays';
import { forgetCards } from '../services/card-cache';
import { withScriptLock } from '../services/lock';
import { cellText } from '../workbook/cells';
import { clientIdNumber, clientToRow, formatClientId } from '../workbook/clients';
import { PLANS, openTable, tryOpenTable } from '../workbook/schema';
import { appendRows, updateByKey } from '../workbook/table';
import { readMailData } from './dispatch-data';
import { CLIENT_COUNTER_PROPERTY, noteText } from './import-clients';
import { syncOneToOne } from './meetings';
import { logRefusal } from './refusal-log';
import {
  emailKey,
  logRow,
  openWorkbook,
  rosterContext,
  type WorkbookContext,
} from './workbook-context';

/**
 * What the sidebar's Actions do. Each validates what the coach typed with the same rules as the
 * roster import and the sheets, answers in the workbook's language, and writes in one batched
 * call per sheet under the script lock (a trigger may be writing the same sheets).
 */

export interface FieldProblem {
  field: string;
  text: string;
}

export type ActionResult<T> = ({ ok: true } & T) | { ok: false; problems: FieldProblem[] };

const BUSY = 'Etäpaja: another job is running. Try again in a minute.';

export function locked<T>(work: () => T): T {
  const result = withScriptLock(work, 30_000);
  if (!result.ran) throw new Error(BUSY);
  return result.value;
}

/**
 * A coach is anyone in the settings' coaches, or the workbook's owner (who installed it); with
 * no coaches in the settings yet, anyone who can open the workbook. An editor who is not a
 * coach (or a session without a known user) is refused, and the refusal is a log row.
 */
export function isCoach(wb: WorkbookContext, email: string): boolean {
  if (wb.settings.coaches.length === 0) return true;
  if (email === '') return false;
  if (wb.settings.coaches.some((c) => emailKey(c) === email)) return true;
  return emailKey(wb.spreadsheet.getOwner()?.getEmail() ?? '') === email;
}

/** The refusal of a sidebar action to a non-coach (logged), or null for a coach. */
export function refusedUnlessCoach(action: string): { ok: false; problems: FieldProblem[] } | null {
  const wb = openWorkbook();
  const me = emailKey(Session.getActiveUser().getEmail());
  if (isCoach(wb, me)) return null;
  logRefusal(wb, action, '', t(wb.lang, 'access.log.refused', { fn: action }), action);
  return { ok: false, problems: [{ field: '', text: t(wb.lang, 'access.denied') }] };
}

export interface EnrolForm {
  name?: string;
  email?: string;
  phone?: string;
  lang?: string;
  contact?: string;
  model?: string;
  periodStart?: string;
  periodEnd?: string;
  workDays?: (number | string)[];
  inPersonDays?: (number | string)[];
  hoursPerDay?: string | number;
  group?: string;
  goals?: string;
  digitalSkills?: string;
  orientation?: { digital?: boolean; dataProtection?: boolean; confidentiality?: boolean };
}

const days = (list: unknown): Weekday[] =>
  (Array.isArray(list) ? list : [])
    .map(Number)
    .filter((d) => Number.isInteger(d) && d >= 1 && d <= 7) as Weekday[];

/**
 * Server function: enrols one client from the sidebar's wizard. The orientation checklist
 * (digital participation, data protection and transfer, confidentiality) sets Perehdytetty only
 * when all three were gone through. Bad input → the problems per field, nothing written.
 */
export function enrolClient(form: EnrolForm): ActionResult<{ id: string; warnings: string[] }> {
  const f: EnrolForm = form && typeof form === 'object' ? form : {};
  const refused = refusedUnlessCoach('enrolClient');
  if (refused) return refused;
  return locked(() => {
    const ctx = openWorkbook();
    const { lang } = ctx;
    const clients = openTable(ctx.spreadsheet, 'clients');
    const groups = tryOpenTable(ctx.spreadsheet, 'groups');
    const rctx = rosterContext(ctx, groups);
    const me = emailKey(Session.getActiveUser().getEmail());
    const o = f.orientation ?? {};
    const oriented = Boolean(o.digital && o.dataProtection && o.confidentiality);
    const raw: Partial<Record<RosterField, unknown>> = {
      name: String(f.name ?? ''),
      email: String(f.email ?? ''),
      phone: String(f.phone ?? ''),
      lang: String(f.lang ?? ''),
      contact: String(f.contact ?? ''),
      model: String(f.model ?? ''),
      periodStart: String(f.periodStart ?? ''),
      periodEnd: String(f.periodEnd ?? ''),
      workDays: formatWorkDays(days(f.workDays), lang),
      inPersonDays: formatWorkDays(days(f.inPersonDays), lang),
      hoursPerDay: String(f.hoursPerDay ?? ''),
      group: String(f.group ?? ''),
      coach: me && rctx.knownCoaches.has(me) ? me : '',
      goals: String(f.goals ?? ''),
      digitalSkills: String(f.digitalSkills ?? ''),
      oriented: displayYesNo(oriented, lang),
      status: 'active',
    };
    const result = validateClientRow(raw, rctx);
    const problems: FieldProblem[] = result.problems.map((p) => ({
      field: p.field ?? '',
      text: describeProblem(lang, p),
    }));
    const existing = clients.rows
      .filter((r) => cellText(r.values.id) !== '')
      .map((r) => ({
        id: cellText(r.values.id),
        email: emailKey(r.values.email),
        phone: cellText(r.values.phone),
      }));
    if (result.client) {
      const twin = findDuplicates([
        ...existing,
        { id: '', email: result.client.email.toLowerCase(), phone: result.client.phone },
      ]).find((d) => d.b === '');
      if (twin)
        problems.push({
          field: twin.field,
          text: t(lang, 'workbook.warning.duplicateEmail', { id: twin.a }),
        });
    }
    if (problems.length > 0 || !result.client) return { ok: false as const, problems };

    const props = workbookProperties();
    const maxNumber = Math.max(0, ...existing.map((c) => clientIdNumber(c.id)));
    const next = Math.max(
      Number(props.getProperty(CLIENT_COUNTER_PROPERTY) ?? '1') || 1,
      maxNumber + 1,
    );
    const id = formatClientId(next);
    const note = noteText(lang, [], result.warnings);
    appendRows(clients, [{ ...clientToRow({ ...result.client, id }, lang), problems: note }]);
    props.setProperty(CLIENT_COUNTER_PROPERTY, String(next + 1));
    const log = tryOpenTable(ctx.spreadsheet, 'log');
    if (log)
      appendRows(log, [logRow('enrolClient', 'info', t(lang, 'sidebar.enrol.done', { id }), id)]);
    forgetCards([id]); // after each sidebar write: the card must not show the data before it
    return { ok: true as const, id, warnings: note ? note.split('\n') : [] };
  });
}

export interface OneToOneForm {
  clientId?: string;
  date?: string;
  time?: string;
  minutes?: number | string;
}

/** Server function: a one-to-one session in the meetings sheet, with its Calendar event and Meet link. */
export function bookOneToOne(form: OneToOneForm): ActionResult<{ id: string; link: string }> {
  const f: OneToOneForm = form && typeof form === 'object' ? form : {};
  const refused = refusedUnlessCoach('bookOneToOne');
  if (refused) return refused;
  return locked(() => {
    const wb = openWorkbook();
    const { lang } = wb;
    const problems: FieldProblem[] = [];
    const clientId = String(f.clientId ?? '').trim();
    const known = openTable(wb.spreadsheet, 'clients').rows.some(
      (r) => clientId !== '' && cellText(r.values.id) === clientId,
    );
    if (!known)
      problems.push({ field: 'client', text: t(lang, 'sidebar.attendance.unknownClient') });
    const date = parseDate(f.date);
    if (!date || date < wb.today)
      problems.push({ field: 'date', text: t(lang, 'sidebar.attendance.badDate') });
    const time = parseTime(f.time);
    if (!time) problems.push({ field: 'time', text: t(lang, 'sidebar.meeting.badTime') });
    const minutes = Math.min(240, Math.max(15, Math.round(Number(f.minutes) || 45)));
    if (problems.length > 0 || !date || !time) return { ok: false as const, problems };

    const meetings = openTable(wb.spreadsheet, 'meetings');
    const id = `M${Utilities.getUuid().replace(/-/g, '').slice(0, 10)}`;
    appendRows(meetings, [
      {
        id,
        kind: 'one-to-one',
        clientId,
        date,
        start: time,
        minutes,
        coach: Session.getActiveUser().getEmail(),
      },
    ]);
    const data = readMailData(['settings', 'clients', 'meetings']);
    syncOneToOne(data, data.meetings, date, 0);
    const row = data.meetings?.rows.find((r) => cellText(r.values.id) === id);
    forgetCards([clientId]);
    return { ok: true as const, id, link: cellText(row?.values.meetLink) };
  });
}

/** Server function: approves a client's plan days of a week (default next week). */
export function approvePlans(clientId: string, week?: string): ActionResult<{ approved: number }> {
  const refused = refusedUnlessCoach('approvePlans');
  if (refused) return refused;
  return locked(() => {
    const wb = openWorkbook();
    const target = typeof week === 'string' && week ? week : isoWeekOf(addDays(wb.today, 7));
    const plans = openTable(wb.spreadsheet, 'plans');
    const yes = displayYesNo(true, wb.lang);
    const updates = new Map<string, Record<string, unknown>>();
    for (const r of plans.rows) {
      const date = parseDate(r.values.date);
      if (cellText(r.values.clientId) !== String(clientId) || !date || isoWeekOf(date) !== target)
        continue;
      if (cellText(r.values.approved) !== yes)
        updates.set(cellText(r.values.key), { approved: yes });
    }
    updateByKey(plans.sheet, PLANS, updates, ['approved']);
    forgetCards([String(clientId)]);
    return { ok: true as const, approved: updates.size };
  });
}
