import { addDays, dateInZone } from '../core/dates';
import { zonedToEpoch } from '../core/time-zone';
import { workbookProperties } from '../services/properties';
import { continueLater } from '../services/triggers';
import type { StopReason } from './dispatch-ledger';

/**
 * When the weekly dispatch runs again by itself, in one place (issue 16 may move the schedule
 * onto the add-on's hourly trigger; only this function then changes):
 * - `time` (the execution's budget ran out, more to send): a continuation in a minute;
 * - `quota` (the day's mail quota ran out): next morning at 08:00;
 * - `transient` (a service kept failing): after 15, 30, 60 and 120 minutes, at most four
 *   times a day; after that the nightly run's catch-up (trigger-health.ts) takes it on. No
 *   one-minute loop: a mail service that is down for hours costs five runs, not hundreds.
 * Parked mails (a refused address) never ask for a run: nothing changes until the coach fixes
 * the address. Returns the time of the run asked for, or null.
 */
export const RETRIES_PROPERTY = 'dispatchRetries';
const TRANSIENT_RUNS_PER_DAY = 4;

export function followUpDelayMs(
  reason: StopReason,
  retriesToday: number,
  now: number,
  tz: string,
): number | null {
  if (reason === 'time') return 60_000;
  if (reason === 'quota') return zonedToEpoch(addDays(dateInZone(now, tz), 1), '08:00', tz) - now;
  if (reason === 'transient')
    return retriesToday < TRANSIENT_RUNS_PER_DAY ? 15 * 60_000 * 2 ** retriesToday : null;
  return null;
}

/** Kept for the dispatch's call; spent one-offs are now found by their recorded time. */
export function setCurrentTrigger(_uid: string): void {}

function retriesToday(day: string): number {
  try {
    const raw = workbookProperties().getProperty(RETRIES_PROPERTY) ?? '';
    const [seen, n] = raw.split(':');
    return seen === day ? Number(n) || 0 : 0;
  } catch (_error) {
    return TRANSIENT_RUNS_PER_DAY;
  }
}

export function scheduleDispatchFollowUp(reason: StopReason, tz: string): number | null {
  const now = Date.now();
  const day = dateInZone(now, tz);
  const retries = reason === 'transient' ? retriesToday(day) : 0;
  const delay = followUpDelayMs(reason, retries, now, tz);
  if (delay === null) return null;
  try {
    // One waiting follow-up at most; spent one-offs are deleted by unique id, and an add-on's
    // continuation waits for its hourly run (services/triggers.ts).
    continueLater('weeklyDispatch', now + delay);
    if (reason === 'transient')
      workbookProperties().setProperty(RETRIES_PROPERTY, `${day}:${retries + 1}`);
  } catch (_error) {
    // The nightly catch-up (trigger-health.ts) is the next safety net.
    return null;
  }
  return now + delay;
}
