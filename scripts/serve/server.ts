import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Workspace } from '../../emulator/workspace';
import { escapeHtml, snapshotOf } from '../../emulator/html';
import { uiLog } from '../../emulator/spreadsheet';
import { DRIVE_STORE, type DriveStore } from '../../emulator/drive/store';
import { MAIL_STORE, type MailStore } from '../../emulator/mail/store';
import { PROJECT_ID, pushBundle } from '../commands/common';
import { setWebAppUrl } from '../../emulator/script/store';
import { drivePage, mailPage, outboxPage, page } from './pages';
import { RUN_PATH, SESSION_HEADER, SHIM_PATH, SHIM_SOURCE } from './shim';
import { saveOrExplain } from '../commands/common';
import { withWorkspaceLock } from '../commands/workspace-lock';
import { SCRIPT_RUN_MAX_PAYLOAD_BYTES } from '../../src/core/limits';
import { randomBytes } from 'node:crypto';
import { reflectionFormPage, submitReflectionForm } from './form';

/**
 * `etapaja serve`: the coach's sidebar, the web app, simple Drive and outbox browsers and the
 * client's reflection form as a page (`/form`, see form.ts) on http://127.0.0.1.
 *
 * Other commands may change the workspace while serve runs (`etapaja call rotateReflectionToken`
 * revokes a leaked link): every request reads the state from disk, and every request that runs
 * a script does so under the workspace lock (scripts/commands/workspace-lock.ts) and saves
 * before releasing it, so serve never writes back an old copy. Only loopback is bound; a call
 * must carry the session its page was given (a page on another site can neither read it nor
 * send the header without CORS, which we never grant) and a Host of 127.0.0.1 or localhost
 * (against DNS rebinding). Who calls is decided by that session, never by the Referer header.
 */

export interface ServeOptions {
  dir?: string;
  port?: number;
  faults?: string;
  /** An already open workspace (tests); otherwise `dir` is opened and dist/ pushed. */
  workspace?: Workspace;
}

export interface RunningServer {
  url: string;
  port: number;
  workspace: Workspace;
  close(): Promise<void>;
}

// google.script.run's payload limit is not documented: src/core/limits.ts assumes 50 MB (the
// URL Fetch POST limit). The upload page sends files as base64 in one call (25 MB → 33 MB).
const MAX_BODY = SCRIPT_RUN_MAX_PAYLOAD_BYTES;

class TooLarge extends Error {}

/** Who a page's google.script.run calls are made for: the coach's sidebar or the public web app. */
type SessionKind = 'coach' | 'webapp';

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Over the limit: read and drop the rest, so the caller gets the 413, not a reset.
      if (size > MAX_BODY) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () =>
      size > MAX_BODY
        ? reject(new TooLarge('Request too large'))
        : resolve(Buffer.concat(chunks).toString('utf8')),
    );
    req.on('error', reject);
  });
}

/**
 * What google.script.run lets through: primitives, arrays and plain objects. A Date (or a
 * function) in a result becomes null, as Apps Script does not pass them either.
 */
export function toWire(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'function') return null;
  if (Object.prototype.toString.call(value) === '[object Date]') return null;
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>))
      if (v !== undefined && typeof v !== 'function') out[k] = toWire(v);
    return out;
  }
  return value;
}

/** The google.script.run shim as the first script of a page, carrying the page's session. */
function withShim(html: string, session: string): string {
  const shim = `<script src="${SHIM_PATH}" data-session="${session}"></script>`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}\n${shim}`)
    : `${shim}${html}`;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const dir = options.dir ?? '.etapaja/default';
  // A workspace handed in by a test lives in memory only; one opened here lives on disk.
  const onDisk = !options.workspace;
  let workspace = options.workspace ?? Workspace.open(dir, { faults: options.faults });

  /** Reads the latest saved state (another command may have changed it). */
  const reading = (): Workspace => {
    if (onDisk) workspace = Workspace.open(dir, { faults: options.faults });
    return workspace;
  };
  /** Runs a change on the latest state under the workspace lock, and saves it before unlocking. */
  const writing = <T>(change: (ws: Workspace) => T): T => {
    if (!onDisk) {
      const value = change(workspace);
      workspace.save();
      return value;
    }
    return withWorkspaceLock(dir, 'etapaja serve', () => {
      const value = change(reading());
      saveOrExplain(workspace);
      return value;
    });
  };

  const sessions = new Map<string, SessionKind>();
  const newSession = (kind: SessionKind): string => {
    const token = randomBytes(24).toString('base64url');
    sessions.set(token, kind);
    return token;
  };

  const sidebarHtml = (): { status: number; html: string } =>
    writing((workspace) => {
      const before = uiLog(workspace.rt).length;
      const result = workspace.run(PROJECT_ID, 'showSidebar', []);
      const shown = uiLog(workspace.rt)
        .slice(before)
        .reverse()
        .find((r) => (r as { kind?: string }).kind === 'sidebar') as { html?: string } | undefined;
      if (result.error || !shown?.html)
        return {
          status: 500,
          html: page(
            'The sidebar did not open',
            `<p>${escapeHtml(result.error?.message ?? 'No sidebar was shown.')}</p>`,
          ),
        };
      return { status: 200, html: withShim(shown.html, newSession('coach')) };
    });

  const runCall = (body: string, session: SessionKind): { status: number; answer: unknown } => {
    let request: { fn?: unknown; args?: unknown };
    try {
      request = JSON.parse(body) as { fn?: unknown; args?: unknown };
    } catch {
      return {
        status: 400,
        answer: { ok: false, error: { name: 'Error', message: 'Bad request' } },
      };
    }
    const fn = typeof request.fn === 'string' ? request.fn : '';
    const args = Array.isArray(request.args) ? request.args : [];
    // Functions ending in "_" are private in Apps Script: google.script.run cannot call them.
    if (!/^[A-Za-z$][\w$]*$/.test(fn) || fn.endsWith('_'))
      return {
        status: 200,
        answer: {
          ok: false,
          error: { name: 'ScriptError', message: `Script function not found: ${fn}` },
        },
      };
    // google.script.run from the web app's pages runs as the deployer for an anonymous visitor
    // (Session.getActiveUser() is ''), as a web app that executes as its deployer does.
    const result = writing((workspace) =>
      workspace.run(PROJECT_ID, fn, args, {
        activeUser: session === 'webapp' ? '' : undefined,
      }),
    );
    if (result.error)
      return {
        status: 200,
        answer: { ok: false, error: { name: 'ScriptError', message: result.error.message } },
      };
    return { status: 200, answer: { ok: true, value: toWire(result.value) } };
  };

  const webApp = async (req: http.IncomingMessage, url: URL, res: http.ServerResponse) => {
    const fn = req.method === 'POST' ? 'doPost' : 'doGet';
    const parameter: Record<string, string> = {};
    const parameters: Record<string, string[]> = {};
    for (const [k, v] of url.searchParams) {
      if (!(k in parameter)) parameter[k] = v;
      (parameters[k] = parameters[k] ?? []).push(v);
    }
    const event: Record<string, unknown> = {
      queryString: url.search.replace(/^\?/, ''),
      parameter,
      parameters,
      contextPath: '',
      contentLength: -1,
    };
    if (req.method === 'POST') {
      const contents = await readBody(req);
      // A form post's fields join e.parameter / e.parameters, as Apps Script does; other
      // bodies (JSON, multipart) are only in e.postData.contents.
      if (/^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? ''))
        for (const [k, v] of new URLSearchParams(contents)) {
          if (!(k in parameter)) parameter[k] = v;
          (parameters[k] = parameters[k] ?? []).push(v);
        }
      event.contentLength = Buffer.byteLength(contents);
      event.postData = {
        contents,
        length: event.contentLength,
        type: req.headers['content-type'] ?? '',
        name: 'postData',
      };
    }
    const result = writing((workspace) =>
      workspace.run(PROJECT_ID, fn, [event], { activeUser: '' }),
    );
    if (result.error) {
      const missing = /Script function not found/.test(result.error.message);
      return send(
        res,
        missing ? 404 : 500,
        'text/html',
        page(missing ? 'No web app' : 'Script error', `<p>${escapeHtml(result.error.message)}</p>`),
      );
    }
    const out = snapshotOf(result.value);
    if (!out)
      return send(
        res,
        500,
        'text/html',
        page('Script error', '<p>The script returned no HtmlOutput or TextOutput.</p>'),
      );
    // The page's google.script.run (the upload page) goes through the same shim as the sidebar.
    if (out.kind === 'html')
      return send(res, 200, 'text/html', withShim(out.content, newSession('webapp')));
    return send(res, 200, out.mimeType, out.content);
  };

  const server = http.createServer((req, res) => {
    void (async () => {
      try {
        const host = (req.headers.host ?? '').replace(/:\d+$/, '');
        if (host !== '127.0.0.1' && host !== 'localhost')
          return send(res, 421, 'text/plain', 'Misdirected request');
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        if (url.pathname === SHIM_PATH)
          return send(res, 200, 'application/javascript', SHIM_SOURCE);
        if (url.pathname === RUN_PATH) {
          // Who calls: the session serve gave the page (sidebar: the coach; /exec: the public).
          const session = sessions.get(String(req.headers[SESSION_HEADER] ?? ''));
          if (req.method !== 'POST' || req.headers['x-etapaja-run'] !== '1' || !session)
            return send(res, 403, 'text/plain', 'Forbidden: open the page again');
          const { status, answer } = runCall(await readBody(req), session);
          return send(res, status, 'application/json', JSON.stringify(answer));
        }
        if (url.pathname === '/' && req.method === 'GET') {
          const { status, html } = sidebarHtml();
          return send(res, status, 'text/html', html);
        }
        if (url.pathname === '/exec') return await webApp(req, url, res);
        if (url.pathname === '/form') {
          if (req.method === 'POST') {
            // A page of another site may post a form here (no CORS needed): only our own pages.
            const origin = req.headers.origin;
            if (origin && !/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin))
              return send(res, 403, 'text/plain', 'Forbidden');
            const body = await readBody(req);
            const { status, html } = writing((ws) => submitReflectionForm(ws, body));
            return send(res, status, 'text/html', html);
          }
          const { status, html } = writing((ws) => reflectionFormPage(ws, url.searchParams));
          return send(res, status, 'text/html', html);
        }
        if (url.pathname === '/drive')
          return send(
            res,
            200,
            'text/html',
            drivePage(reading().rt.store<DriveStore>(DRIVE_STORE.name)),
          );
        if (url.pathname === '/outbox')
          return send(
            res,
            200,
            'text/html',
            outboxPage(reading().rt.store<MailStore>(MAIL_STORE.name)),
          );
        const mail = /^\/outbox\/([^/]+)$/.exec(url.pathname);
        if (mail) {
          const html = mailPage(
            reading().rt.store<MailStore>(MAIL_STORE.name),
            decodeURIComponent(mail[1]),
          );
          return html
            ? send(res, 200, 'text/html', html)
            : send(res, 404, 'text/html', page('Not found', '<p>No such mail.</p>'));
        }
        return send(
          res,
          404,
          'text/html',
          page('Not found', `<p>Nothing at ${escapeHtml(url.pathname)}.</p>`),
        );
      } catch (error) {
        if (error instanceof TooLarge) return send(res, 413, 'text/plain', error.message);
        send(res, 500, 'text/plain', error instanceof Error ? error.message : String(error));
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // ScriptApp.getService().getUrl() is this server's /exec: mails sent now link to it.
  writing((ws) => {
    if (onDisk) pushBundle(ws);
    setWebAppUrl(ws.rt, PROJECT_ID, `http://127.0.0.1:${port}/exec`);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get workspace() {
      return workspace;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
