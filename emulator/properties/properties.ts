import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { PROPERTIES_STORE, PropertiesStore, PropertyScope, propertyStoreKey } from './store';

/**
 * PropertiesService and Properties.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/reference/properties/properties
 * Limits: https://developers.google.com/apps-script/guides/services/quotas
 * ("Properties value size 9 KB / val", "Properties total storage 500 KB / property store").
 */

/** 9 KB per value, counted in UTF-8 bytes. */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
/** 500 KB per property store, counted as UTF-8 bytes of keys plus values. */
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

/** Texts Apps Script gives (not on a reference page; as reported by users of the service). */
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORAGE_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeBytes(map: Record<string, string>): number {
  let total = 0;
  for (const [key, value] of Object.entries(map)) total += bytes(key) + bytes(value);
  return total;
}

/** Checks a whole new map before it replaces the old one, so a refused write changes nothing. */
function checkLimits(next: Record<string, string>, written: string[]): void {
  for (const key of written) {
    if (bytes(next[key]) > PROPERTY_VALUE_MAX_BYTES) throw appsScriptError(VALUE_TOO_LARGE);
  }
  if (storeBytes(next) > PROPERTY_STORE_MAX_BYTES) throw appsScriptError(STORAGE_QUOTA_EXCEEDED);
}

function makeProperties(
  ctx: ScriptContext,
  scope: PropertyScope,
): GoogleAppsScript.Properties.Properties {
  const key = propertyStoreKey(scope);
  const state = () => ctx.rt.store<PropertiesStore>(PROPERTIES_STORE);
  const current = (): Record<string, string> => state().stores[key] ?? {};
  const commit = (next: Record<string, string>) => {
    state().stores[key] = next;
  };
  const call = (method: string) => ctx.rt.call('Properties', method);

  const properties = {
    getProperty(name: string): string | null {
      call('getProperty');
      const map = current();
      const k = String(name);
      return Object.prototype.hasOwnProperty.call(map, k) ? map[k] : null;
    },
    getProperties(): Record<string, string> {
      call('getProperties');
      return { ...current() };
    },
    getKeys(): string[] {
      call('getKeys');
      return Object.keys(current());
    },
    setProperty(name: string, value: string) {
      call('setProperty');
      // A missing key is refused, not stored under the name "undefined" ([unverified wording]).
      if (name === undefined || name === null) throw appsScriptError('Invalid argument: key');
      const k = String(name);
      const next = { ...current(), [k]: String(value) };
      checkLimits(next, [k]);
      commit(next);
      return wrapped;
    },
    setProperties(values: Record<string, unknown>, deleteAllOthers = false) {
      call('setProperties');
      const incoming: Record<string, string> = {};
      for (const [k, v] of Object.entries(values ?? {})) incoming[k] = String(v);
      const next = deleteAllOthers ? incoming : { ...current(), ...incoming };
      checkLimits(next, Object.keys(incoming));
      commit(next);
      return wrapped;
    },
    deleteProperty(name: string) {
      call('deleteProperty');
      const next = { ...current() };
      delete next[String(name)];
      commit(next);
      return wrapped;
    },
    deleteAllProperties() {
      call('deleteAllProperties');
      commit({});
      return wrapped;
    },
  };
  const wrapped = withCoverage(
    properties,
    'Properties',
  ) as unknown as GoogleAppsScript.Properties.Properties;
  return wrapped;
}

export function createPropertiesService(
  ctx: ScriptContext,
): GoogleAppsScript.Properties.PropertiesService {
  const service = {
    getScriptProperties() {
      ctx.rt.call('PropertiesService', 'getScriptProperties');
      return makeProperties(ctx, { kind: 'script', projectId: ctx.projectId });
    },
    getUserProperties() {
      ctx.rt.call('PropertiesService', 'getUserProperties');
      return makeProperties(ctx, { kind: 'user', projectId: ctx.projectId, user: ctx.user });
    },
    /** Null when the script is not bound to a document, as in Apps Script. */
    getDocumentProperties() {
      ctx.rt.call('PropertiesService', 'getDocumentProperties');
      if (!ctx.boundSpreadsheetId) return null;
      return makeProperties(ctx, {
        kind: 'document',
        projectId: ctx.projectId,
        documentId: ctx.boundSpreadsheetId,
      });
    },
  };
  return withCoverage(
    service,
    'PropertiesService',
  ) as unknown as GoogleAppsScript.Properties.PropertiesService;
}
