import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { ACCESS_NAMES, type AccessName, PERMISSION_NAMES, type PermissionName } from './store';

/**
 * Sharing: DriveApp.Access and DriveApp.Permission, and the User handle that getOwner, getEditors
 * and getViewers return. https://developers.google.com/apps-script/reference/drive/user
 */

export const Access = Object.freeze(
  Object.fromEntries(ACCESS_NAMES.map((n) => [n, n])) as Record<AccessName, AccessName>,
);
export const Permission = Object.freeze(
  Object.fromEntries(PERMISSION_NAMES.map((n) => [n, n])) as Record<PermissionName, PermissionName>,
);

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export function emailOf(userOrEmail: unknown): string {
  const email =
    typeof userOrEmail === 'object' &&
    userOrEmail !== null &&
    typeof (userOrEmail as { getEmail?: unknown }).getEmail === 'function'
      ? String((userOrEmail as { getEmail(): string }).getEmail())
      : String(userOrEmail ?? '').trim();
  // [unverified wording] Drive's answer for a malformed address in a permission.
  if (!EMAIL.test(email)) throw appsScriptError('Invalid argument: permission.value');
  return email;
}

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** https://developers.google.com/apps-script/reference/drive/user */
export class DriveUser {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  /** Drive shows a display name; the emulator knows only addresses and uses the local part. */
  getName(): string {
    return this.email.split('@')[0];
  }

  getDomain(): string {
    return this.email.split('@')[1] ?? '';
  }

  toString(): string {
    return this.email;
  }
}

export function makeUser(email: string): DriveUser {
  return withCoverage(new DriveUser(email), 'User', 'Drive');
}
