import { addMonths, parseDate } from './dates';
import type { IsoDate } from './types';

/**
 * Retention (DESIGN.md, data protection): a client whose last period has ended is kept for the
 * settings' retention months, then archived and purged. Pure: the job passes the rows.
 */
export interface RetentionCandidate {
  id: string;
  periodEnd: unknown;
  continuationUntil: unknown;
}

/** The day a client's data may be purged, or null while their period has no known end. */
export function purgeDateOf(client: RetentionCandidate, retentionMonths: number): IsoDate | null {
  const ends = [parseDate(client.periodEnd), parseDate(client.continuationUntil)].filter(
    (d): d is IsoDate => d !== null,
  );
  if (ends.length === 0) return null;
  const last = ends.sort()[ends.length - 1];
  return addMonths(last, retentionMonths);
}

/** The ids due for purging today. */
export function dueForPurge(
  clients: RetentionCandidate[],
  today: IsoDate,
  retentionMonths: number,
): string[] {
  return clients
    .filter((c) => c.id !== '')
    .filter((c) => {
      const due = purgeDateOf(c, retentionMonths);
      return due !== null && due <= today;
    })
    .map((c) => c.id);
}
