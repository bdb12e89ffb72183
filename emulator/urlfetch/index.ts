/**
 * UrlFetchApp answering from fixtures (no network). See LIMITATIONS.md in this folder.
 */
import type { Runtime } from '../runtime/runtime';
import { URLFETCH_STORE, type UrlFetchFixture, type UrlFetchStore } from './store';

export {
  createUrlFetchApp,
  CONSUMER_DAILY_FETCHES,
  WORKSPACE_DAILY_FETCHES,
  FETCH_QUOTA_MESSAGE,
  requestFailedMessage,
} from './urlfetch';
export { FIXTURES_FOLDER } from './fixtures';
export { URLFETCH_STORE, type UrlFetchFixture, type UrlFetchRequestRecord } from './store';

/** Harness: an answer for a URL, for a workspace kept in memory (a folder uses fixture files). */
export function addUrlFetchFixture(rt: Runtime, fixture: UrlFetchFixture): void {
  rt.store<UrlFetchStore>(URLFETCH_STORE).fixtures.push(fixture);
}

/** Harness: the requests scripts made, answered or refused, oldest first. */
export function urlFetchRequests(rt: Runtime) {
  return rt.store<UrlFetchStore>(URLFETCH_STORE).requests;
}
