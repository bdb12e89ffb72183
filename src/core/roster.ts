import type { Client, ContactChannel, IsoDate, Problem, Settings, Weekday } from './types';
import { addDays, addMonths, formatDate, parseDate } from './dates';
import { normaliseEmail } from './email';
import { normalisePhone, phoneKind } from './phone';
import {
  CONTACT_VALUES,
  LANG_VALUES,
  MODEL_VALUES,
  STATUS_VALUES,
  headerFor,
  pastDayMonth,
  readYesNo,
  type RosterField,
  type Vocabulary,
} from './roster-columns';
import { cleanRosterRow } from './roster-limits';
import { applyValueMap, orientedChoices, type ValueMap } from './roster-values';
import { parseNumber } from './settings';
import { formatWorkDays, parseWorkDays } from './weekdays';

/**
 * One roster row → a Client, or the reasons it cannot be one. Problems stop the row (it is
 * skipped and the coach sees why in Huomiot); warnings are things to act on soon but the row is
 * valid. Every problem names its field, so the sheet can point at the cell.
 */

export interface RosterContext {
  settings: Settings;
  today: IsoDate;
  knownGroups: Set<string>;
  knownCoaches: Set<string>;
  /** Start of the client's first period, when history knows an earlier one (24-month review). */
  firstPeriodStart?: IsoDate;
  /** The coach's own words mapped to known ones (import and Tarkista asiakkaat only). */
  valueMap?: ValueMap;
}

export interface RowResult {
  client?: Client;
  problems: Problem[];
  warnings: Problem[];
}

/** A period ending this soon needs a continuation decision. */
export const ENDS_SOON_DAYS = 14;
/** The law requires a review at 24 months; flag it this many days ahead. */
export const REVIEW_MONTHS = 24;
export const REVIEW_NOTICE_DAYS = 30;

const PHONE_CHANNELS: readonly ContactChannel[] = ['phone', 'whatsapp', 'sms'];

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();

const isBlank = (value: unknown): boolean =>
  cellText(value) === '' && Object.prototype.toString.call(value) !== '[object Date]';

/** Hours as typed: 6, "6", "6,5", "6.5", "6 h". */
export function parseHours(value: unknown): number | null {
  return parseNumber(value);
}

function split(value: unknown): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of cellText(value).split(/[,;/\n]+/)) {
    const tag = item.trim();
    if (tag !== '' && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      out.push(tag);
    }
  }
  return out;
}

/** Find a value in a set regardless of case, returning the set's own spelling. */
function findInSet(set: Set<string>, value: string): string | null {
  if (set.has(value)) return value;
  const lower = value.toLowerCase();
  for (const item of set) if (item.toLowerCase() === lower) return item;
  return null;
}

export function validateClientRow(
  typed: Partial<Record<RosterField, unknown>>,
  ctx: RosterContext,
): RowResult {
  const { settings } = ctx;
  // At the edge: invisible characters stripped, NUL and over-long cells refused.
  const cleaned = cleanRosterRow(typed, settings.lang);
  const raw = applyValueMap(cleaned.raw, ctx.valueMap).raw;
  const problems: Problem[] = [...cleaned.problems];
  const warnings: Problem[] = [];
  const fail = (field: RosterField, key: string, params?: Problem['params']): void => {
    problems.push(params ? { key, params, field } : { key, field });
  };

  function unknownValue(field: RosterField, value: string, options: string): void {
    fail(field, 'roster.value.unknown', {
      column: headerFor(field, settings.lang),
      value,
      options,
    });
  }

  function choice<T extends string>(field: RosterField, vocab: Vocabulary<T>, fallback: T | null) {
    const value = raw[field];
    if (isBlank(value)) {
      if (fallback === null) fail(field, `roster.${field}.required`);
      return fallback;
    }
    const parsed = vocab.parse(cellText(value));
    if (parsed === null) {
      unknownValue(field, cellText(value), vocab.options(settings.lang).join(', '));
    }
    return parsed;
  }

  function date(field: RosterField, required: boolean): IsoDate | null {
    const value = raw[field];
    if (isBlank(value)) {
      if (required)
        fail(field, 'roster.date.required', { column: headerFor(field, settings.lang) });
      return null;
    }
    const parsed = parseDate(value);
    if (parsed === null) {
      fail(field, 'roster.date.invalid', {
        column: headerFor(field, settings.lang),
        value: cellText(value),
      });
    }
    return parsed;
  }

  const name = cellText(raw.name).replace(/\s+/g, ' ');
  if (name === '') fail('name', 'roster.name.required');

  const lang = choice('lang', LANG_VALUES, 'fi');
  const contact = choice('contact', CONTACT_VALUES, 'email');
  const model = choice('model', MODEL_VALUES, null);
  const status = choice('status', STATUS_VALUES, 'active');

  // Contact details: the channel decides which one is required.
  let email = '';
  const emailResult = normaliseEmail(cellText(raw.email));
  if ('problem' in emailResult) problems.push(emailResult.problem);
  else email = emailResult.email;
  let phone = '';
  const phoneResult = normalisePhone(cellText(raw.phone));
  if ('problem' in phoneResult) problems.push(phoneResult.problem);
  else phone = phoneResult.e164;
  const needsPhone = contact !== null && PHONE_CHANNELS.includes(contact);
  if (!needsPhone && email === '' && !('problem' in emailResult))
    fail('email', 'roster.email.required');
  if (needsPhone && phone === '' && !('problem' in phoneResult))
    fail('phone', 'roster.phone.required');
  // Text messages and WhatsApp reach only a mobile; the row is fine, the coach should check.
  if (phone && (contact === 'sms' || contact === 'whatsapp') && phoneKind(phone) === 'landline') {
    warnings.push({ key: 'roster.phone.notMobile', params: { value: phone }, field: 'phone' });
  }

  // Contract period.
  const periodStart = date('periodStart', true);
  const periodEnd = date('periodEnd', true);
  const continuationUntil = date('continuationUntil', false);
  if (periodStart && periodEnd) {
    if (periodEnd <= periodStart) fail('periodEnd', 'roster.period.endBeforeStart');
    else {
      // A period of n months runs from 1.3. to 31.5.: the day after the end is start + n months.
      const dayAfter = addDays(periodEnd, 1);
      if (dayAfter < addMonths(periodStart, settings.minPeriodMonths)) {
        fail('periodEnd', 'roster.period.tooShort', { months: settings.minPeriodMonths });
      } else if (dayAfter > addMonths(periodStart, settings.maxPeriodMonths)) {
        fail('periodEnd', 'roster.period.tooLong', { months: settings.maxPeriodMonths });
      }
    }
  }
  if (continuationUntil && periodEnd && continuationUntil <= periodEnd) {
    fail('continuationUntil', 'roster.continuation.notAfterEnd');
  }

  // Work days and hours.
  let workDays: Weekday[] = [];
  if (isBlank(raw.workDays)) fail('workDays', 'roster.workDays.required');
  else {
    const parsed = readDays(raw, 'workDays', settings.lang);
    problems.push(...parsed.problems);
    workDays = parsed.days;
    if (parsed.problems.length === 0) {
      if (workDays.length < settings.minDaysPerWeek || workDays.length > settings.maxDaysPerWeek) {
        fail('workDays', 'roster.workDays.count', {
          count: workDays.length,
          min: settings.minDaysPerWeek,
          max: settings.maxDaysPerWeek,
        });
      }
      if (workDays.some((day) => day >= 6))
        warnings.push({ key: 'roster.workDays.weekend', field: 'workDays' });
    }
  }

  let hoursPerDay = 0;
  {
    // A roster without hours (many have none) takes the law's minimum day, and says so: a
    // missing number must not turn the whole roster away, and the coach can correct it later.
    const assumed = isBlank(raw.hoursPerDay);
    if (assumed)
      warnings.push({
        key: 'roster.hours.assumed',
        params: { hours: settings.minHoursPerDay },
        field: 'hoursPerDay',
      });
    const hours = assumed ? settings.minHoursPerDay : parseHours(raw.hoursPerDay);
    if (hours === null)
      fail('hoursPerDay', 'roster.hours.invalid', { value: cellText(raw.hoursPerDay) });
    else if (hours < settings.minHoursPerDay || hours > settings.maxHoursPerDay) {
      fail('hoursPerDay', 'roster.hours.outOfRange', {
        hours,
        min: settings.minHoursPerDay,
        max: settings.maxHoursPerDay,
      });
    } else {
      hoursPerDay = hours;
      const weekly = hours * workDays.length;
      if (weekly > settings.maxHoursPerWeek) {
        fail('hoursPerDay', 'roster.hours.weekTooMany', {
          hours: weekly,
          max: settings.maxHoursPerWeek,
        });
      }
    }
  }

  // Hybrid: some work days at the workshop, the others remote.
  let inPersonDays: Weekday[] = [];
  if (!isBlank(raw.inPersonDays)) {
    const parsed = readDays(raw, 'inPersonDays', settings.lang);
    problems.push(...parsed.problems);
    inPersonDays = parsed.days;
  }
  if (model === 'hybrid') {
    const extra = inPersonDays.filter((day) => !workDays.includes(day));
    if (isBlank(raw.inPersonDays)) fail('inPersonDays', 'roster.inPerson.required');
    else if (extra.length > 0 && workDays.length > 0) {
      fail('inPersonDays', 'roster.inPerson.notWorkDay', {
        days: formatWorkDays(extra, settings.lang),
      });
    } else if (inPersonDays.length > 0 && inPersonDays.length === workDays.length) {
      warnings.push({ key: 'roster.inPerson.allDays', field: 'inPersonDays' });
    }
  } else if (model !== null && inPersonDays.length > 0) {
    fail('inPersonDays', 'roster.inPerson.notHybrid');
  }

  // References to other sheets.
  let group = cellText(raw.group);
  if (group !== '') {
    const known = findInSet(ctx.knownGroups, group);
    if (known === null) fail('group', 'roster.group.unknown', { value: group });
    else group = known;
  }
  let coach = cellText(raw.coach);
  if (coach !== '') {
    const result = normaliseEmail(coach, 'coach');
    const known = 'email' in result ? findInSet(ctx.knownCoaches, result.email) : null;
    if (known === null) fail('coach', 'roster.coach.unknown', { value: coach });
    else coach = known;
  }

  const orientation = readOrientation(raw, settings.lang, ctx.today);
  problems.push(...orientation.problems);
  const { oriented, orientedOn } = orientation;

  // Warnings only make sense on dates we could read.
  if (periodStart && periodEnd && status !== null && status !== 'closed') {
    const end = continuationUntil && continuationUntil > periodEnd ? continuationUntil : periodEnd;
    if (end < ctx.today) {
      if (status === 'active')
        warnings.push({
          key: 'roster.period.endedButActive',
          params: { date: formatDate(end) },
          field: end === periodEnd ? 'periodEnd' : 'continuationUntil',
        });
    } else if (end <= addDays(ctx.today, ENDS_SOON_DAYS)) {
      warnings.push({
        key: 'roster.period.endsSoon',
        params: { date: formatDate(end) },
        field: end === periodEnd ? 'periodEnd' : 'continuationUntil',
      });
    }
    const first =
      ctx.firstPeriodStart && ctx.firstPeriodStart < periodStart
        ? ctx.firstPeriodStart
        : periodStart;
    const review = addMonths(first, REVIEW_MONTHS);
    if (review <= addDays(ctx.today, REVIEW_NOTICE_DAYS)) {
      warnings.push({
        key: 'roster.review.due',
        params: { date: formatDate(review) },
        field: 'periodStart',
      });
    }
  }

  if (problems.length > 0) return { problems, warnings };
  const client: Client = {
    id: cellText(raw.id),
    name,
    email,
    phone,
    lang: lang as Client['lang'],
    contact: contact as ContactChannel,
    model: model as Client['model'],
    periodStart: periodStart as IsoDate,
    periodEnd: periodEnd as IsoDate,
    continuationUntil: continuationUntil ?? '',
    workDays,
    inPersonDays,
    hoursPerDay,
    group,
    coach,
    goals: cellText(raw.goals),
    goalTags: split(raw.goalTags),
    digitalSkills: cellText(raw.digitalSkills),
    oriented,
    ...(orientedOn ? { orientedOn } : {}),
    status: status as Client['status'],
  };
  return { client, problems, warnings };
}

const ALL_DAYS = 'ma, ti, ke, to, pe, la, su';

/**
 * A work-days cell. Words that are no weekday make the whole cell an unknown value (a question
 * the coach answers once, "vuorotellen=ma, ke"); a bad range or a number stays a plain problem.
 */
function readDays(
  raw: Partial<Record<RosterField, unknown>>,
  field: 'workDays' | 'inPersonDays',
  lang: Client['lang'],
): { days: Weekday[]; problems: Problem[] } {
  const text = cellText(raw[field]);
  const parsed = parseWorkDays(text, field);
  if (
    parsed.problems.length > 0 &&
    parsed.problems.every((p) => p.key === 'roster.workDays.unknown')
  ) {
    return {
      days: parsed.days,
      problems: [
        {
          key: 'roster.value.unknown',
          params: { column: headerFor(field, lang), value: text, options: ALL_DAYS },
          field,
        },
      ],
    };
  }
  return parsed;
}

/**
 * Perehdytetty as coaches fill it: yes/no words, or the day it was done, which is kept. A
 * Perehdytetty pvm column, when there is one, gives the day too (and means yes).
 */
function readOrientation(
  raw: Partial<Record<RosterField, unknown>>,
  lang: Client['lang'],
  today: IsoDate,
): { oriented: boolean; orientedOn: IsoDate | ''; problems: Problem[] } {
  const problems: Problem[] = [];
  const reading = readYesNo(
    typeof raw.oriented === 'string' ? raw.oriented.trim() : raw.oriented,
    today,
  );
  let oriented = false;
  let orientedOn: IsoDate | '' = '';
  if ('oriented' in reading) ({ oriented, date: orientedOn } = reading);
  else if ('badDate' in reading) {
    problems.push({
      key: 'roster.date.invalid',
      params: { column: headerFor('oriented', lang), value: reading.badDate },
      field: 'oriented',
    });
  } else {
    problems.push({
      key: 'roster.value.unknown',
      params: {
        column: headerFor('oriented', lang),
        value: cellText(raw.oriented),
        options: orientedChoices(lang).join(', '),
      },
      field: 'oriented',
    });
  }
  if (!isBlank(raw.orientedOn)) {
    const dayMonth = /^(\d{1,2})\.(\d{1,2})\.$/.exec(cellText(raw.orientedOn));
    const date = dayMonth
      ? pastDayMonth(Number(dayMonth[1]), Number(dayMonth[2]), today)
      : parseDate(raw.orientedOn);
    if (date === null) {
      problems.push({
        key: 'roster.date.invalid',
        params: { column: headerFor('orientedOn', lang), value: cellText(raw.orientedOn) },
        field: 'orientedOn',
      });
    } else if (!('oriented' in reading && !reading.oriented && !isBlank(raw.oriented))) {
      // A date in its own column means done, unless Perehdytetty says plainly "no".
      oriented = true;
      orientedOn = date;
    }
  }
  return { oriented, orientedOn, problems };
}

export interface Duplicate {
  a: string; // client id
  b: string;
  field: 'email' | 'phone';
  value: string;
}

/**
 * Clients sharing an email or a phone: usually a row entered twice, and mail for one would reach
 * the other, which the data-protection rules forbid. Emails compare case-insensitively.
 */
export function findDuplicates(
  clients: { id: string; email: string; phone: string }[],
): Duplicate[] {
  const out: Duplicate[] = [];
  for (const field of ['email', 'phone'] as const) {
    const byValue = new Map<string, string[]>();
    for (const client of clients) {
      const value = client[field].trim().toLowerCase();
      if (value === '') continue;
      byValue.set(value, [...(byValue.get(value) ?? []), client.id]);
    }
    for (const [value, ids] of byValue) {
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) out.push({ a: ids[i], b: ids[j], field, value });
      }
    }
  }
  return out;
}
