import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DriveStore } from '../drive/store';
import type { Runtime } from '../runtime/runtime';
import type { SpreadsheetStore } from '../spreadsheet/store';
import { filesGet, filesList, permissionsList, type DriveCaller, type DriveStores } from './drive';
import { bearerOf, notEmulated, RestError, sendJson, unauthenticated } from './http';
import { spreadsheetsGet, valuesGet } from './sheets';

/**
 * A localhost HTTP server answering the read-only subset of the Drive v3 and Sheets v4 REST APIs
 * over a workspace's stores, so that code written with `googleapis` runs unchanged against the
 * offline runtime: point the client's `rootUrl` at `url`. See LIMITATIONS.md.
 *
 * Every request needs a bearer token, as Google's do. `Bearer user:<email>` sees what that
 * person can open; any other token is an administrator who sees every item (the audit's view).
 * Requests are not counted as Apps Script service calls: they are not made by a script.
 */
export interface RestServer {
  /** e.g. `http://127.0.0.1:51234/` — the `rootUrl` for googleapis. */
  url: string;
  port: number;
  /** Requests served, oldest first: `GET drive/v3/files?…` (for tests and --verbose). */
  requests: string[];
  close(): Promise<void>;
}

export interface RestServerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
}

type Route = {
  pattern: RegExp;
  handle: (match: string[], params: URLSearchParams, caller: DriveCaller) => unknown;
};

function routes(rt: Runtime): Route[] {
  const stores = (): DriveStores => ({
    drive: rt.store<DriveStore>('drive'),
    spreadsheets: rt.store<SpreadsheetStore>('spreadsheet'),
  });
  return [
    {
      pattern: /^\/drive\/v3\/files$/,
      handle: (_m, params, caller) => filesList(stores(), caller, params),
    },
    {
      pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (m, params, caller) => filesGet(stores(), caller, m[1], params),
    },
    {
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (m, params, caller) => permissionsList(stores(), caller, m[1], params),
    },
    {
      pattern: /^\/v4\/spreadsheets\/([^/]+)$/,
      handle: (m, params) => spreadsheetsGet(stores().spreadsheets, m[1], params),
    },
    {
      pattern: /^\/v4\/spreadsheets\/([^/]+)\/values\/([^/]+)$/,
      handle: (m, params) => valuesGet(stores().spreadsheets, m[1], m[2], params),
    },
  ];
}

export function startRestServer(rt: Runtime, options: RestServerOptions = {}): Promise<RestServer> {
  const table = routes(rt);
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      requests.push(`${req.method} ${url.pathname.slice(1)}${url.search}`);
      const token = bearerOf(req);
      if (token === '' && !url.searchParams.has('key')) throw unauthenticated();
      const caller: DriveCaller = {
        user: token.startsWith('user:') ? token.slice('user:'.length) : null,
      };
      if (req.method !== 'GET') throw notEmulated(`${req.method} ${url.pathname}`);
      for (const route of table) {
        const match = route.pattern.exec(url.pathname);
        if (!match) continue;
        const parts = match.map((part) => decodeURIComponent(part));
        sendJson(res, 200, route.handle(parts, url.searchParams, caller));
        return;
      }
      throw notEmulated(`${req.method} ${url.pathname}`);
    } catch (error) {
      const rest =
        error instanceof RestError
          ? error
          : new RestError(
              500,
              String((error as Error)?.message ?? error),
              'backendError',
              'INTERNAL',
            );
      sendJson(res, rest.code, rest.body());
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      resolve({
        url: `http://${address}:${port}/`,
        port,
        requests,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections?.();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
  });
}
