import { laterIsoDate } from './calendar-math';
import { addDays, addMonths } from './dates';
import type { Client, IsoDate, Settings, Weekday } from './types';

/**
 * What each service model of the pilot means for planning and mail, from settings (the pilot's
 * rules may change; docs/*\/README.md "Palvelumallit" explains them to coaches):
 * - long-term: the period and any continuation contract, days as the roster says;
 * - short-term: ends `shortTermMonths` (3) after its start, as agreed, even if a later end or a
 *   continuation was typed (a longer stay is a long-term client: change the model);
 * - interval: remote only on `intervalRemoteDates` (while the centre is closed); other days the
 *   client is on site and Etäpaja plans no remote tasks and sends no weekly mail;
 * - hybrid: in-person weekdays from the roster, or `hybridInPersonDays` when the roster is blank.
 */

/** The last day a client is served: the end of the period or continuation, short-term capped. */
export function lastServiceDay(
  client: Pick<Client, 'model' | 'periodStart' | 'periodEnd' | 'continuationUntil'>,
  settings: Pick<Settings, 'shortTermMonths'>,
): IsoDate | '' {
  const last = laterIsoDate(client.periodEnd, client.continuationUntil);
  if (client.model !== 'short-term' || !client.periodStart) return last;
  const months = settings.shortTermMonths ?? 3;
  const planned = addDays(addMonths(client.periodStart, months), -1);
  return !last || planned < last ? planned : last;
}

/** The weekdays a hybrid client is at the workshop; none for the other models. */
export function inPersonWeekdays(
  client: Pick<Client, 'model' | 'inPersonDays'>,
  settings: Pick<Settings, 'hybridInPersonDays'>,
): Set<Weekday> {
  if (client.model !== 'hybrid') return new Set();
  return new Set(
    client.inPersonDays.length > 0 ? client.inPersonDays : (settings.hybridInPersonDays ?? []),
  );
}

/** True on a day an interval client is on site (the centre is open): no remote work is planned. */
export function intervalOnSite(
  client: Pick<Client, 'model'>,
  settings: Pick<Settings, 'intervalRemoteDates'>,
  date: IsoDate,
): boolean {
  const remote = settings.intervalRemoteDates ?? [];
  return client.model === 'interval' && remote.length > 0 && !remote.includes(date);
}

/**
 * True while a client waits for orientation (Perehdytetty "no") and the coach has not written a
 * reason to start without it: such a client gets the orientation meeting, and no tasks.
 */
export function orientationPending(client: Pick<Client, 'oriented'>, overrideReason = ''): boolean {
  return !client.oriented && overrideReason.trim() === '';
}
