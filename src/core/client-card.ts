import type { AttendanceStatus, IsoDate } from './types';

/**
 * The client card: what the server function `sidebarClient` (src/jobs/sidebar-client.ts) returns
 * and the sidebar (src/addon/ui/sidebar.ts) draws. One type for both ends of google.script.run.
 * Text cells are passed as typed, to be shown with textContent.
 */

/** A day of the attendance calendar: what was recorded, or `planned` for a day still to come. */
export type DayStatus = AttendanceStatus | 'planned';

export interface CardDay {
  date: IsoDate;
  status: DayStatus;
  reason: string;
}

export interface ClientCard {
  id: string;
  /** When the card was read from the workbook ("10:42", workbook time): it may come from a cache. */
  asOf: string;
  name: string;
  goals: string;
  model: string;
  status: string;
  oriented: string;
  periodStart: string;
  periodEnd: string;
  daysLeft: number | null;
  workDays: string;
  hoursPerDay: string;
  group: string;
  nextWeek: string;
  plan: {
    date: string;
    weekday: string;
    mode: string;
    hours: string;
    tasks: string;
    approved: boolean;
  }[];
  reflections: { date: string; mood: string; text: string }[];
  submissions: { name: string; url: string; created: string }[];
  attendance: CardDay[];
  whatsapp: string;
}
