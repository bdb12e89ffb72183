import { registerStore } from '../runtime/state';

/** A canned answer for one URL: what a test or a person put in fixtures/urlfetch/. */
export interface UrlFetchFixture {
  url: string;
  /** get, post, put, patch, delete; absent: any method. */
  method?: string;
  /** HTTP status, 200 when absent. */
  status?: number;
  headers?: Record<string, string>;
  /** The body: text, a JSON value (sent as application/json) or base64 bytes. */
  body?: string;
  json?: unknown;
  base64?: string;
}

/** One request a script made, for tests to check what was sent. */
export interface UrlFetchRequestRecord {
  at: number;
  url: string;
  method: string;
  payload?: string;
  answered: boolean;
}

export interface UrlFetchStore {
  /** Fixtures added by the harness (in-memory workspaces); files are read at each fetch. */
  fixtures: UrlFetchFixture[];
  /** Calls per user and day (project zone), for the daily quota. */
  quota: Record<string, { day: string; calls: number }>;
  requests: UrlFetchRequestRecord[];
}

export const URLFETCH_STORE = 'urlfetch';
/** The request log keeps the most recent entries only. */
export const MAX_REQUEST_LOG = 500;

registerStore<UrlFetchStore>({
  name: URLFETCH_STORE,
  empty: () => ({ fixtures: [], quota: {}, requests: [] }),
});
