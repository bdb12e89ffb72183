import { t } from '../core/i18n';
import { logRefusal } from '../jobs/refusal-log';
import { openWorkbook } from '../jobs/workbook-context';
import { workbookProperties } from '../services/properties';
import { isTransient } from '../services/retry';
import { backoffMs } from '../core/failure-kind';

/**
 * Who may call what. Any page the script serves can call every top-level function through
 * google.script.run — including the web app that clients open without signing in, and whose
 * address is in every weekly mail. So every entry point except the client-facing ones requires
 * the caller to be the account the script runs as: in the sidebar and in installable triggers
 * the active user is the effective user; an anonymous visitor of a web app that executes as its
 * deployer has no active user (an empty email), and a signed-in visitor is someone else.
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
export function callerIsScriptUser(): boolean {
  const active = Session.getActiveUser().getEmail().trim().toLowerCase();
  if (active === '') return false;
  return active === Session.getEffectiveUser().getEmail().trim().toLowerCase();
}

/**
 * Workbook property listing who may run the workbook's triggers: the coaches of the settings
 * sheet and the account that owns the root folder. Written by setup and by the nightly trigger
 * health check (jobs/coach-list.ts), read here with one property call instead of a sheet read.
 */
export const COACH_LIST_PROPERTY = 'coachList';

/** The uid of the installable trigger that fired this run, if the event names one of ours. */
function firingTrigger(event: unknown): string {
  const uid = (event as { triggerUid?: unknown } | null | undefined)?.triggerUid;
  if (typeof uid !== 'string' && typeof uid !== 'number') return '';
  // A page could send {triggerUid} through google.script.run: only a trigger of this account
  // that really exists counts (its ids are not shown to anyone).
  const mine = ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === String(uid));
  return mine ? String(uid) : '';
}

/**
 * A trigger run is authorised by who it runs as — the trigger's owner, the effective user — and
 * the workbook's coach list. The active user is not asked: for installable triggers Google gives
 * the effective user, and the active user's email "may be blank" (another domain, policies):
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 * With no list recorded yet (a workbook set up by an older version) the runtime's own rule, that
 * only editors of the workbook run its code, is the guard.
 */
export function triggerOwnerIsCoach(): boolean {
  const me = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  if (me === '') return false;
  const text = workbookProperties().getProperty(COACH_LIST_PROPERTY);
  if (!text) return true;
  try {
    return (JSON.parse(text) as string[]).some((c) => c.trim().toLowerCase() === me);
  } catch (_error) {
    return false;
  }
}

/**
 * Wraps an entry point so that only a coach can run it: in the sidebar and the menu the caller
 * must be the account the script runs as; a trigger run must be a real trigger of a coach.
 */
export function coachOnly<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    const event = args[0] as { triggerUid?: unknown } | undefined;
    const claimsTrigger = event !== null && typeof event === 'object' && 'triggerUid' in event;
    if (!claimsTrigger) {
      if (!callerIsScriptUser()) refuse(name);
      return fn(...args);
    }
    // Checked once: the job may delete its own spent one-off trigger before a later failure,
    // and a second check would then refuse the rerun (found by test/chaos, outage seed 148).
    let checked = false;
    return againIfEarlyTransient(() => {
      if (!checked && (firingTrigger(event) === '' || !triggerOwnerIsCoach())) refuse(name);
      checked = true;
      return fn(...args);
    });
  };
}

/** How long into a trigger run a passing backend error still restarts it. */
const EARLY_MS = 60_000;
const EARLY_ATTEMPTS = 3;

/**
 * A trigger run that fails on a passing backend error (a sheet, Properties or ScriptApp call
 * "unavailable") in its first minute is run again after a short pause. Every job is idempotent,
 * and without this one failed first read loses the whole night, or the only catch-up of a week
 * whose letters are late, until the next day (found by test/chaos, seed 2: a catch-up that
 * failed at its first sheet read left five weekly letters unsent). Later failures are not
 * restarted: the run's 6 minutes would not carry a second pass; its steps retry on their own.
 */
function againIfEarlyTransient<R>(run: () => R): R {
  const startedAt = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return run();
    } catch (error) {
      const late = Date.now() - startedAt > EARLY_MS;
      if (attempt >= EARLY_ATTEMPTS || late || !isTransient(error)) throw error;
      Utilities.sleep(backoffMs(attempt + 1));
    }
  }
}

/**
 * Like coachOnly, for a read whose answer a coach's earlier call put in the cache with that
 * coach's email (the client card). `cached` is asked first, with the active user's email only
 * (one Session call instead of two): an entry for that email exists only if a call by that
 * same user passed the full check — active user = effective user — so an anonymous visitor
 * (no email) or a signed-in stranger never finds one, and falls through to the full check.
 */
export function coachOnlyCached<A extends unknown[], R>(
  name: string,
  cached: (viewer: string, ...args: A) => R | null,
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    const active = Session.getActiveUser().getEmail().trim().toLowerCase();
    if (active !== '') {
      const hit = cached(active, ...args);
      if (hit !== null) return hit;
    }
    if (active === '' || active !== Session.getEffectiveUser().getEmail().trim().toLowerCase())
      refuse(name);
    return fn(...args);
  };
}

function refuse(name: string): never {
  const wb = openWorkbook();
  // Every failed authorisation is logged (rate-limited: the web app is open to anyone).
  logRefusal(wb, 'access', '', t(wb.lang, 'access.log.refused', { fn: name }), name);
  throw new Error(t(wb.lang, 'access.denied'));
}
