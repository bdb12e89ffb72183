import { t } from '../core/i18n';
import { logRefusal } from '../jobs/refusal-log';
import { openWorkbook } from '../jobs/workbook-context';

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

/** Wraps an entry point so that only the script's own user (a coach) can run it. */
export function coachOnly<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args: A): R => {
    if (!callerIsScriptUser()) refuse(name);
    return fn(...args);
  };
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
