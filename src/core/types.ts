/**
 * Domain types shared by every layer. Pure data: no Apps Script or Node types here.
 * Dates without a time are ISO strings `YYYY-MM-DD` in the workbook's zone (Europe/Helsinki);
 * instants are epoch milliseconds. Weekdays are ISO numbers: 1 = Monday … 7 = Sunday.
 */

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/**
 * How a client reaches their coach: the name and phone the weekly letter's footer gives. Declared
 * here (not in coach-contacts.ts) so the sidebar's type-only imports stay free of the email and
 * phone libraries.
 */
export interface CoachContact {
  email: string;
  name: string;
  /** E.164 (`+358401234567`) or '' when none was given. */
  phone: string;
}

/** ISO calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type ServiceModel = 'long-term' | 'short-term' | 'interval' | 'hybrid';
export const SERVICE_MODELS: readonly ServiceModel[] = [
  'long-term',
  'short-term',
  'interval',
  'hybrid',
];

export type ContactChannel = 'email' | 'phone' | 'whatsapp' | 'sms';
export type ClientStatus = 'active' | 'paused' | 'closed';
export type ReturnFormat = 'writing' | 'photo' | 'video' | 'none';

export type AbsenceReason =
  'own-illness' | 'child-illness' | 'job-interview' | 'public-office' | 'other' | 'unexcused';
export type AttendanceStatus = 'present' | 'absent' | 'no-service' | 'unknown';

/** A client as the jobs see it after validation of a roster row. */
export interface Client {
  id: string; // e.g. "A0007": assigned by us, stable, never reused
  name: string;
  email: string;
  phone: string; // E.164 or ''
  lang: Lang;
  contact: ContactChannel;
  model: ServiceModel;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  continuationUntil: IsoDate | ''; // jatkosopimus
  workDays: Weekday[]; // sorted, unique
  inPersonDays: Weekday[]; // hybrid: subset of workDays
  hoursPerDay: number;
  group: string; // group id or ''
  coach: string; // coach email
  goals: string;
  goalTags: string[];
  digitalSkills: string;
  oriented: boolean; // perehdytetty: orientation done
  /** The day orientation was done, when the roster gave one (a date in Perehdytetty). */
  orientedOn?: IsoDate;
  status: ClientStatus;
}

export interface Group {
  id: string;
  name: string;
  meetingWeekday: Weekday;
  meetingTime: string; // HH:MM
  meetingMinutes: number;
  coach: string;
  meetingLink: string; // own link (Teams, Zoom…) or '' for a generated Meet link
}

export interface Task {
  id: string;
  title: Record<Lang, string>;
  instructions: Record<Lang, string>;
  materialLink: string;
  goalTags: string[];
  returnFormat: ReturnFormat;
  minutes: number;
  mode: 'remote' | 'in-person' | 'any';
  /** Done a little every day of the week (a sleep diary): planned once a week, shown once. */
  weekLong?: boolean;
}

export interface PlanDay {
  clientId: string;
  date: IsoDate;
  isoWeek: string; // e.g. "2026-W49"
  mode: 'remote' | 'in-person';
  taskIds: string[];
  hours: number;
}

/** A message key with parameters: the core says *what*, the i18n catalogues say it in words. */
export interface Problem {
  key: string;
  params?: Record<string, string | number>;
  field?: string;
}

/** Settings, already parsed; defaults in settings.ts. Limits are settings since the law changes. */
export interface Settings {
  lang: Lang;
  timeZone: string;
  organisation: string;
  coaches: string[];
  sendWeekday: Weekday;
  sendTime: string; // HH:MM
  minDaysPerWeek: number;
  maxDaysPerWeek: number;
  minHoursPerDay: number;
  maxHoursPerDay: number;
  maxHoursPerWeek: number;
  minPeriodMonths: number;
  maxPeriodMonths: number;
  retentionMonths: number;
  plansNeedApproval: boolean;
  allowanceEuros: number;
  closedDates: IsoDate[];
  meetingPlatform: 'meet' | 'own-link';
  /**
   * Where the one-page client guide (docs/client/<lang>.md) is published; `{lang}` becomes the
   * client's language (fi, sv, en). '' or absent: the welcome mail has no guide link.
   */
  clientGuideUrl?: string;
  /**
   * Each coach's triggers mail only that coach's clients (src/core/coach-scope.ts), so every
   * coach's own mail quota carries their own clients. Absent: false.
   */
  mailPerCoach?: boolean;
  /** The data controller (rekisterinpitäjä) named in the welcome mail and privacy texts. */
  controllerName?: string;
  /** The controller's privacy notice (https), linked from the welcome mail. */
  privacyNoticeUrl?: string;
  /** Per coach (normalised email), the substitutes who may also open that coach's client folders. */
  substitutes?: Record<string, string[]>;
  /** Interval model: the days the centre is closed and interval clients work remotely. [] = always remote. */
  intervalRemoteDates?: IsoDate[];
  /** Short-term model: the period ends this many months after its start. */
  shortTermMonths?: number;
  /** Hybrid model: in-person weekdays for clients whose roster leaves them blank. */
  hybridInPersonDays?: Weekday[];
  /** Files and texts one client may send through the upload page in a day (absent: 20). */
  uploadsPerDay?: number;
  /** Megabytes one client may upload in a day (absent: 200). */
  uploadMegabytesPerDay?: number;
  /**
   * Etäpaja's notices to one coach a day, at most; the last is a "too many problems, open the
   * workbook" note (src/jobs/coach-mail-cap.ts). Absent: 6.
   */
  coachMailsPerDay?: number;
  /** Where and when a workshop (in-person) day starts, and when a remote day starts. */
  siteAddress?: string;
  siteDayStart?: string; // HH:MM
  remoteDayStart?: string; // HH:MM
  /** Each coach's name and phone, for the client's letter (src/core/coach-contacts.ts). */
  coachContacts?: CoachContact[];
  /** The meeting reminders (src/core/reminders.ts): the morning one from this local time… */
  reminderMorningTime?: string; // HH:MM
  /** …and the "starting soon" one in this many minutes before the start. */
  reminderSoonMinutes?: number;
}
