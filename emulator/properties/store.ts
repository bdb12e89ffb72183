import { registerStore } from '../runtime/state';

/**
 * State of PropertiesService: one string map per property store. Store keys:
 * - `script:<projectId>`
 * - `user:<projectId>:<user>`
 * - `document:<projectId>:<spreadsheetId>`
 */
export interface PropertiesStore {
  stores: Record<string, Record<string, string>>;
}

export const PROPERTIES_STORE = 'properties';

registerStore<PropertiesStore>({
  name: PROPERTIES_STORE,
  empty: () => ({ stores: {} }),
});

export type PropertyScope =
  | { kind: 'script'; projectId: string }
  | { kind: 'user'; projectId: string; user: string }
  | { kind: 'document'; projectId: string; documentId: string };

export function propertyStoreKey(scope: PropertyScope): string {
  switch (scope.kind) {
    case 'script':
      return `script:${scope.projectId}`;
    case 'user':
      return `user:${scope.projectId}:${scope.user}`;
    case 'document':
      return `document:${scope.projectId}:${scope.documentId}`;
  }
}

/** Harness helper: a copy of one property store's map (empty if never written). */
export function readPropertyStore(
  store: PropertiesStore,
  scope: PropertyScope,
): Record<string, string> {
  return { ...(store.stores[propertyStoreKey(scope)] ?? {}) };
}

/** Harness helper: sets properties directly, as the Apps Script project settings page does. */
export function seedProperties(
  store: PropertiesStore,
  scope: PropertyScope,
  values: Record<string, string>,
): void {
  const key = propertyStoreKey(scope);
  store.stores[key] = { ...(store.stores[key] ?? {}), ...values };
}
