import * as crypto from 'node:crypto';
import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';

/**
 * Session. https://developers.google.com/apps-script/reference/base/session
 * The effective user is the account the execution runs as (`ctx.user`); the active user is the
 * same unless the context says otherwise (`ctx.activeUser`: '' for an anonymous web app visitor);
 * the locale is Finnish, the language of Etäpaja's users.
 */

export const SESSION_LOCALE = 'fi';

/** A Base User (Session's, and Form.getEditors()'s). */
export function makeBaseUser(email: string): GoogleAppsScript.Base.User {
  const user = {
    getEmail: () => email,
    toString: () => email,
  };
  return withCoverage(user, 'User', 'Base') as unknown as GoogleAppsScript.Base.User;
}

/** Stable per (project, user) and opaque, like Apps Script's temporary active-user key. */
export function temporaryActiveUserKey(projectId: string, user: string): string {
  return crypto
    .createHash('sha256')
    .update(`${projectId}\n${user}`)
    .digest('base64')
    .replace(/=+$/, '');
}

export function createSession(ctx: ScriptContext): GoogleAppsScript.Base.Session {
  const call = (method: string) => ctx.rt.call('Session', method);
  const session = {
    getActiveUser() {
      call('getActiveUser');
      return makeBaseUser(ctx.activeUser ?? ctx.user);
    },
    getEffectiveUser() {
      call('getEffectiveUser');
      return makeBaseUser(ctx.user);
    },
    getScriptTimeZone(): string {
      call('getScriptTimeZone');
      return ctx.timeZone;
    },
    getTemporaryActiveUserKey(): string {
      call('getTemporaryActiveUserKey');
      return temporaryActiveUserKey(ctx.projectId, ctx.user);
    },
    getActiveUserLocale(): string {
      call('getActiveUserLocale');
      return SESSION_LOCALE;
    },
  };
  return withCoverage(session, 'Session') as unknown as GoogleAppsScript.Base.Session;
}
