import { EmulatedBlob } from '../runtime/blob';
import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { dayInZone } from '../mail/api';
import { findFixture, readFixtureFiles, FIXTURES_FOLDER } from './fixtures';
import { MAX_REQUEST_LOG, URLFETCH_STORE, type UrlFetchFixture, type UrlFetchStore } from './store';

/**
 * UrlFetchApp without a network: https://developers.google.com/apps-script/reference/url-fetch
 * A request is answered from the workspace's fixtures (fixtures.ts, LIMITATIONS.md); a request
 * with none is refused with "Not emulated: no network in the offline runtime", never sent.
 */

/**
 * "URL Fetch calls: 20,000 / day (consumer), 100,000 / day (Google Workspace)", per user:
 * https://developers.google.com/apps-script/guides/services/quotas. Every call counts, answered
 * or refused (stricter than counting only answered ones). The day is the project zone's, as
 * MailApp's quota here (Google: 24 hours after the first request).
 */
export const CONSUMER_DAILY_FETCHES = 20_000;
export const WORKSPACE_DAILY_FETCHES = 100_000;
export const FETCH_QUOTA_MESSAGE = 'Service invoked too many times for one day: urlfetch.';

/** Google's text for an HTTP error without muteHttpExceptions (seen in scripts' logs). */
export function requestFailedMessage(url: string, status: number, body: string): string {
  const origin = /^(https?:\/\/[^/?#]+)/i.exec(url)?.[1] ?? url;
  // [unverified length] Google shows the start of the body; 150 characters is our reading.
  const shown = body.length > 150 ? `${body.slice(0, 150)}...` : body;
  return (
    `Request failed for ${origin} returned code ${status}. Truncated server response: ${shown} ` +
    '(use muteHttpExceptions option to examine full response)'
  );
}

interface FetchOptions {
  method?: string;
  payload?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
  muteHttpExceptions?: boolean;
}

function store(ctx: ScriptContext): UrlFetchStore {
  const s = ctx.rt.store<UrlFetchStore>(URLFETCH_STORE);
  s.fixtures ??= [];
  s.quota ??= {};
  s.requests ??= [];
  return s;
}

function dailyLimit(ctx: ScriptContext): number {
  // The account kind is the workspace's (kept with the mail quota); unknown is consumer: stricter.
  const kind = ctx.rt.store<{ accountKind?: string }>('mail').accountKind;
  return kind === 'workspace' ? WORKSPACE_DAILY_FETCHES : CONSUMER_DAILY_FETCHES;
}

function countCall(ctx: ScriptContext): void {
  const s = store(ctx);
  const day = dayInZone(ctx.rt.clock.now(), ctx.timeZone);
  const user = ctx.user.toLowerCase();
  const counter = s.quota[user]?.day === day ? s.quota[user] : { day, calls: 0 };
  if (counter.calls >= dailyLimit(ctx)) throw appsScriptError(FETCH_QUOTA_MESSAGE);
  s.quota[user] = { day, calls: counter.calls + 1 };
}

function bodyOf(fixture: UrlFetchFixture): { bytes: Buffer; contentType: string } {
  if (fixture.base64 !== undefined)
    return {
      bytes: Buffer.from(fixture.base64, 'base64'),
      contentType: 'application/octet-stream',
    };
  if (fixture.json !== undefined)
    return { bytes: Buffer.from(JSON.stringify(fixture.json)), contentType: 'application/json' };
  return { bytes: Buffer.from(fixture.body ?? ''), contentType: 'text/plain' };
}

function makeResponse(fixture: UrlFetchFixture) {
  const { bytes, contentType: fallbackType } = bodyOf(fixture);
  const headers: Record<string, string> = { ...(fixture.headers ?? {}) };
  const typeKey = Object.keys(headers).find((k) => k.toLowerCase() === 'content-type');
  if (!typeKey) headers['Content-Type'] = fallbackType;
  const contentType = headers[typeKey ?? 'Content-Type'];
  const status = fixture.status ?? 200;
  return withCoverage(
    {
      getResponseCode: () => status,
      getContentText: (charset?: string) =>
        new EmulatedBlob(bytes, contentType).getDataAsString(charset),
      getContent: () => new EmulatedBlob(bytes, contentType).getBytes(),
      getBlob: () => withCoverage(new EmulatedBlob(bytes, contentType), 'Blob'),
      getHeaders: () => ({ ...headers }),
      getAllHeaders: () => ({ ...headers }),
      toString: () => 'HTTPResponse',
    },
    'HTTPResponse',
  );
}

function payloadText(payload: unknown): string | undefined {
  if (payload === undefined || payload === null) return undefined;
  if (typeof payload === 'string') return payload;
  if (Array.isArray(payload)) return Buffer.from(payload as number[]).toString('base64');
  if (typeof payload === 'object')
    return new URLSearchParams(payload as Record<string, string>).toString();
  return String(payload);
}

function fetchOne(ctx: ScriptContext, method: string, url: unknown, params: unknown) {
  if (typeof url !== 'string' || !/^https?:\/\/[^\s/?#]+/i.test(url))
    // [unverified wording] Apps Script's answer to a malformed address.
    throw appsScriptError(`Invalid argument: ${String(url)}`);
  const options = (params ?? {}) as FetchOptions;
  const httpMethod = String(options.method ?? 'get').toLowerCase();
  countCall(ctx);
  const s = store(ctx);
  const fixture = findFixture([...s.fixtures, ...readFixtureFiles(ctx.rt.dir)], url, httpMethod);
  s.requests.push({
    at: ctx.rt.clock.now(),
    url,
    method: httpMethod,
    payload: payloadText(options.payload),
    answered: Boolean(fixture),
  });
  if (s.requests.length > MAX_REQUEST_LOG)
    s.requests.splice(0, s.requests.length - MAX_REQUEST_LOG);
  if (!fixture) {
    throw new Error(
      `Not emulated: no network in the offline runtime (UrlFetchApp.${method}: ${httpMethod.toUpperCase()} ${url}). ` +
        `Add an answer in ${FIXTURES_FOLDER}/ of the workspace; see emulator/urlfetch/LIMITATIONS.md.`,
    );
  }
  const response = makeResponse(fixture);
  const status = fixture.status ?? 200;
  if (status >= 400 && !options.muteHttpExceptions)
    throw appsScriptError(requestFailedMessage(url, status, response.getContentText()));
  return response;
}

export function createUrlFetchApp(ctx: ScriptContext) {
  const app = {
    /** https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object) */
    fetch(url: unknown, params?: unknown) {
      ctx.rt.call('UrlFetchApp', 'fetch');
      return fetchOne(ctx, 'fetch', url, params);
    },
    /** https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object) */
    fetchAll(requests: unknown) {
      ctx.rt.call('UrlFetchApp', 'fetchAll');
      if (!Array.isArray(requests)) throw appsScriptError(`Invalid argument: ${String(requests)}`);
      return requests.map((request) => {
        if (typeof request === 'string') return fetchOne(ctx, 'fetchAll', request, {});
        const { url, ...options } = (request ?? {}) as { url?: unknown };
        return fetchOne(ctx, 'fetchAll', url, options);
      });
    },
    toString: () => 'UrlFetchApp',
  };
  return withCoverage(app, 'UrlFetchApp');
}
