import type { IsoDate, Lang, Problem, Settings, Weekday } from './types';
import { addDays, diffDays, parseDate, WORKBOOK_TIME_ZONE } from './dates';
import { normaliseEmail } from './email';
import { LANG_VALUES, parseYesNo } from './roster-columns';
import { isValidTimeZone, zonedParts } from './time-zone';
import { parseWeekday } from './weekdays';
import { foldText } from './text';
import { t } from './i18n';
import { LANGS } from './types';
import { parseCoachContacts, type CoachContact } from './coach-contacts';

/**
 * Settings as the admin keeps them in the workbook's settings sheet: one key and one value a
 * row. The limits of the law are here, not in code, because the law is being changed.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  lang: 'fi',
  timeZone: WORKBOOK_TIME_ZONE,
  organisation: '',
  coaches: Object.freeze([]) as unknown as string[],
  sendWeekday: 4, // Thursday noon: clients see next week's plan before the weekend
  sendTime: '12:00',
  minDaysPerWeek: 1,
  maxDaysPerWeek: 4,
  minHoursPerDay: 4,
  maxHoursPerDay: 8,
  maxHoursPerWeek: 32,
  minPeriodMonths: 3,
  maxPeriodMonths: 24,
  retentionMonths: 24,
  plansNeedApproval: false,
  allowanceEuros: 9,
  closedDates: Object.freeze([]) as unknown as IsoDate[],
  meetingPlatform: 'meet',
  clientGuideUrl: '',
  mailPerCoach: false,
  controllerName: '',
  privacyNoticeUrl: '',
  substitutes: Object.freeze({}) as Record<string, string[]>,
  intervalRemoteDates: Object.freeze([]) as unknown as IsoDate[],
  shortTermMonths: 3,
  hybridInPersonDays: Object.freeze([]) as unknown as Weekday[],
  // A client's uploads per day: enough for a day's photos, small enough that a stuck phone or
  // a script cannot fill the coach's Drive (Drive counts against the organisation's storage).
  uploadsPerDay: 20,
  uploadMegabytesPerDay: 200,
  // One bad address must not flood a coach's inbox: the last one is a "too many problems" note.
  coachMailsPerDay: 6,
  siteAddress: '',
  siteDayStart: '09:00',
  remoteDayStart: '09:00',
  coachContacts: Object.freeze([]) as unknown as CoachContact[],
  reminderMorningTime: '07:00',
  // Hourly triggers fire anywhere inside their hour, so two runs can be almost two hours apart:
  // a shorter window could fall between two runs and the reminder would never go.
  reminderSoonMinutes: 120,
}) as Settings;

/**
 * Rows an older workbook may still have (by code name or label), read without complaint and not
 * used: reminders before a meeting "60, 15" could not be kept by an hourly trigger; the reminder
 * windows are reminderMorningTime and reminderSoonMinutes.
 */
const RETIRED_KEYS = [
  'reminderLeadsMinutes',
  'Muistutukset ennen tapaamista (min)',
  'Påminnelser före möten (min)',
  'Reminders before meetings (min)',
];

export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export interface SettingsProblem {
  key: string; // the settings row's key as written
  problem: Problem;
}

/** Read one kind of value; undefined means "not understood". */
type Reader = (value: unknown) => Settings[SettingKey] | undefined;

const text = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).trim();

/** "9", "9,5", "9 €", "6 h" → number. */
export function parseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const m =
    /^(-?\d+(?:[.,]\d+)?)\s*(?:€|e|eur|euro[as]?|h|t|min|kk|months?|mån|tuntia?|timmar)?\.?$/i.exec(
      text(value),
    );
  return m ? Number(m[1].replace(',', '.')) : null;
}

function integer(min: number, max: number): Reader {
  return (value) => {
    const n = parseNumber(value);
    return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
  };
}

function decimal(min: number, max: number): Reader {
  return (value) => {
    const n = parseNumber(value);
    return n !== null && n >= min && n <= max ? n : undefined;
  };
}

const isObjectDate = (value: unknown): value is Date =>
  Object.prototype.toString.call(value) === '[object Date]';

/** "12:00", "12.00", "9" or a Sheets time cell (a Date on 30.12.1899) → "HH:MM". */
export function parseTime(value: unknown): string | null {
  if (isObjectDate(value)) {
    return Number.isNaN(value.getTime())
      ? null
      : zonedParts(value.getTime(), WORKBOOK_TIME_ZONE).time;
  }
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text(value));
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function list(value: unknown): string[] {
  return text(value)
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Dates and ranges: "22.12.2026–6.1.2027, 10.4.2026" (a range holds both ends). */
export function parseDateList(value: unknown): IsoDate[] | null {
  if (isObjectDate(value)) {
    const one = parseDate(value);
    return one ? [one] : null;
  }
  const dates = new Set<IsoDate>();
  for (const item of list(value)) {
    const ends = item.split(/\s*[–—]\s*|\s+-\s+|\s*\.\.\s*(?=\d)/);
    const from = parseDate(ends[0]);
    const to = ends.length === 2 ? parseDate(ends[1]) : from;
    if (!from || !to || ends.length > 2 || to < from || diffDays(from, to) > 366) return null;
    for (let d = from; d <= to; d = addDays(d, 1)) dates.add(d);
  }
  return [...dates].sort();
}

const httpsUrl: Reader = (value) => {
  const url = text(value);
  return url === '' || /^https:\/\/[^\s"<>]+$/i.test(url) ? url : undefined;
};

function emails(value: unknown): string[] | undefined {
  const found: string[] = [];
  for (const item of list(value)) {
    const result = normaliseEmail(item);
    if ('problem' in result) return undefined;
    found.push(result.email);
  }
  return found;
}

/**
 * "anna@x = mikko@x, liisa@x; mikko@x = anna@x" (or one coach a line, ":" for "="): each coach's
 * substitutes, who may also open that coach's client folders.
 */
export function parseSubstitutes(value: unknown): Record<string, string[]> | undefined {
  const result: Record<string, string[]> = {};
  for (const entry of text(value).split(/[;\n]+/)) {
    if (entry.trim() === '') continue;
    const m = /^([^=:]+)[=:](.*)$/.exec(entry);
    if (!m) return undefined;
    // Compared with Session's address and the roster's coach, so case never matters.
    const coach = emails(m[1])?.map((e) => e.toLowerCase());
    const subs = emails(m[2])?.map((e) => e.toLowerCase());
    if (!coach || coach.length !== 1 || !subs || subs.length === 0) return undefined;
    result[coach[0]] = [...new Set([...(result[coach[0]] ?? []), ...subs])];
  }
  return result;
}

function weekdays(value: unknown): Weekday[] | undefined {
  const days = new Set<Weekday>();
  for (const item of list(value).flatMap((i) => i.split(/\s+/))) {
    const day = parseWeekday(item);
    if (!day) return undefined;
    days.add(day);
  }
  return [...days].sort((a, b) => a - b);
}

const READERS: Record<SettingKey, Reader> = {
  lang: (value) => LANG_VALUES.parse(text(value)) ?? undefined,
  timeZone: (value) => (isValidTimeZone(text(value)) ? text(value) : undefined),
  organisation: (value) => text(value),
  clientGuideUrl: httpsUrl,
  privacyNoticeUrl: httpsUrl,
  controllerName: (value) => text(value),
  coaches: emails,
  substitutes: parseSubstitutes,
  intervalRemoteDates: (value) => parseDateList(value) ?? undefined,
  shortTermMonths: integer(1, 24),
  hybridInPersonDays: weekdays,
  sendWeekday: (value) => {
    const n = parseNumber(value);
    if (n !== null) return Number.isInteger(n) && n >= 1 && n <= 7 ? (n as Weekday) : undefined;
    return parseWeekday(text(value)) ?? undefined;
  },
  sendTime: (value) => parseTime(value) ?? undefined,
  reminderMorningTime: (value) => parseTime(value) ?? undefined,
  reminderSoonMinutes: integer(120, 12 * 60),
  siteAddress: (value) => text(value),
  siteDayStart: (value) => parseTime(value) ?? undefined,
  remoteDayStart: (value) => parseTime(value) ?? undefined,
  coachContacts: (value) => parseCoachContacts(text(value)),
  minDaysPerWeek: integer(1, 7),
  maxDaysPerWeek: integer(1, 7),
  minHoursPerDay: decimal(0.5, 24),
  maxHoursPerDay: decimal(0.5, 24),
  maxHoursPerWeek: decimal(1, 168),
  minPeriodMonths: integer(1, 120),
  maxPeriodMonths: integer(1, 120),
  retentionMonths: integer(1, 240),
  plansNeedApproval: (value) => parseYesNo(value) ?? undefined,
  mailPerCoach: (value) => parseYesNo(value) ?? undefined,
  coachMailsPerDay: integer(2, 100),
  allowanceEuros: decimal(0, 1000),
  uploadsPerDay: integer(1, 1000),
  uploadMegabytesPerDay: decimal(1, 10_000),
  closedDates: (value) => parseDateList(value) ?? undefined,
  meetingPlatform: (value) => {
    const word = foldText(text(value)).replace(/[\s_-]+/g, '');
    if (['meet', 'googlemeet'].includes(word)) return 'meet';
    if (['ownlink', 'omalinkki', 'egenlank', 'link', 'linkki', 'lank'].includes(word)) {
      return 'own-link';
    }
    return undefined;
  },
};

const foldKey = (key: string): string => foldText(key).replace(/[\s_().€/-]+/g, '');

/** Code names and the labels of every language, folded: a Swedish label in a Finnish workbook still reads. */
const KEY_LOOKUP = new Map<string, SettingKey>(
  SETTING_KEYS.flatMap((k) => [
    [foldKey(k), k] as [string, SettingKey],
    ...LANGS.map((lang) => [foldKey(t(lang, `settings.label.${k}`)), k] as [string, SettingKey]),
  ]),
);

/**
 * The setting a row names: its label in any of our languages ("Säilytysaika (kk)") or its code
 * name ("retentionMonths", "send_time"), so rows written by older versions still read.
 */
export function settingKeyOf(key: string): SettingKey | undefined {
  return KEY_LOOKUP.get(foldKey(key));
}

/** The name a coach sees for a setting, in the workbook's language. */
export function settingLabel(key: SettingKey, lang: Lang): string {
  return t(lang, `settings.label.${key}`);
}

/** Pairs whose minimum must not exceed their maximum. */
const RANGES: [SettingKey, SettingKey][] = [
  ['minDaysPerWeek', 'maxDaysPerWeek'],
  ['minHoursPerDay', 'maxHoursPerDay'],
  ['minPeriodMonths', 'maxPeriodMonths'],
];

/**
 * Settings rows → Settings. An empty value keeps the default quietly; a value we cannot read
 * keeps the default and says so, so one typo never stops the whole workbook.
 */
export function parseSettings(rows: { key: string; value: unknown }[]): {
  settings: Settings;
  problems: SettingsProblem[];
} {
  const settings = defaultSettings() as unknown as Record<SettingKey, unknown>;
  const problems: SettingsProblem[] = [];
  const rowKey = new Map<SettingKey, string>();
  for (const row of rows) {
    const rawKey = text(row.key);
    if (rawKey === '') continue;
    const key = settingKeyOf(rawKey);
    if (!key && RETIRED_KEYS.some((k) => foldKey(k) === foldKey(rawKey))) continue;
    if (!key) {
      problems.push({
        key: rawKey,
        problem: { key: 'roster.settings.unknownKey', params: { key: rawKey }, field: rawKey },
      });
      continue;
    }
    if (text(row.value) === '' && !isObjectDate(row.value)) continue;
    const parsed = READERS[key](row.value);
    if (parsed === undefined) {
      problems.push({
        key: rawKey,
        problem: {
          key: 'roster.settings.badValue',
          params: { key: rawKey, value: text(row.value), default: describeDefault(key) },
          field: key,
        },
      });
      continue;
    }
    settings[key] = parsed;
    rowKey.set(key, rawKey);
  }
  for (const [minKey, maxKey] of RANGES) {
    if ((settings[minKey] as number) > (settings[maxKey] as number)) {
      problems.push({
        key: rowKey.get(minKey) ?? minKey,
        problem: {
          key: 'roster.settings.minAboveMax',
          params: { min: rowKey.get(minKey) ?? minKey, max: rowKey.get(maxKey) ?? maxKey },
          field: minKey,
        },
      });
      settings[minKey] = DEFAULT_SETTINGS[minKey];
      settings[maxKey] = DEFAULT_SETTINGS[maxKey];
    }
  }
  return { settings: settings as unknown as Settings, problems };
}

/** A fresh, mutable copy of the defaults (arrays included). */
export function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    coaches: [...DEFAULT_SETTINGS.coaches],
    coachContacts: [...(DEFAULT_SETTINGS.coachContacts ?? [])],
    closedDates: [...DEFAULT_SETTINGS.closedDates],
    substitutes: {},
    intervalRemoteDates: [],
    hybridInPersonDays: [],
  };
}

function describeDefault(key: SettingKey): string {
  const value = DEFAULT_SETTINGS[key];
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' && value !== null ? '' : String(value);
}

/**
 * The client guide's address in a client's language: the `clientGuideUrl` template with `{lang}`
 * replaced ('' when the setting is empty, and then no mail links to a guide).
 */
export function clientGuideUrl(settings: Pick<Settings, 'clientGuideUrl'>, lang: Lang): string {
  const template = settings.clientGuideUrl ?? '';
  return template ? template.split('{lang}').join(lang) : '';
}
