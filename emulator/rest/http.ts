import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The small HTTP layer of the REST emulation: Google's JSON error shape, bearer checks and the
 * partial-response `fields` parameter.
 * https://cloud.google.com/apis/design/errors#http_mapping
 * https://developers.google.com/drive/api/guides/fields-parameter
 */

export class RestError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly reason: string,
    readonly status: string,
    readonly location?: string,
  ) {
    super(message);
  }

  body(): unknown {
    return {
      error: {
        code: this.code,
        message: this.message,
        errors: [
          {
            message: this.message,
            domain: 'global',
            reason: this.reason,
            ...(this.location ? { locationType: 'parameter', location: this.location } : {}),
          },
        ],
        status: this.status,
      },
    };
  }
}

export const badRequest = (message: string, location?: string): RestError =>
  new RestError(400, message, 'badRequest', 'INVALID_ARGUMENT', location);
export const notFound = (message: string, location?: string): RestError =>
  new RestError(404, message, 'notFound', 'NOT_FOUND', location);
export const unauthenticated = (): RestError =>
  new RestError(
    401,
    'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    'required',
    'UNAUTHENTICATED',
  );
/** An endpoint or parameter outside the emulated subset: never a silent success. */
export const notEmulated = (what: string): RestError =>
  new RestError(501, `Not emulated: ${what}`, 'notImplemented', 'UNIMPLEMENTED');

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** The caller's bearer token ('' when there is none). */
export function bearerOf(req: IncomingMessage): string {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match ? match[1].trim() : '';
}

/** A parsed `fields` mask: `files(id,name),nextPageToken` → {files: {id:{}, name:{}}, …}. */
export type FieldMask = { [name: string]: FieldMask };

export function parseFields(text: string | null): FieldMask | null {
  if (text === null || text.trim() === '' || text.trim() === '*') return null;
  let i = 0;
  const parseList = (): FieldMask => {
    const mask: FieldMask = {};
    for (;;) {
      let name = '';
      while (i < text.length && /[A-Za-z0-9_./]/.test(text[i])) name += text[i++];
      if (name === '') throw badRequest(`Invalid field selection ${text}`, 'fields');
      let sub: FieldMask = {};
      if (text[i] === '(') {
        i += 1;
        sub = parseList();
        if (text[i] !== ')') throw badRequest(`Invalid field selection ${text}`, 'fields');
        i += 1;
      }
      // `a/b` is the same as `a(b)`.
      const [head, ...rest] = name.split('/');
      let target = (mask[head] ??= {});
      for (const part of rest) target = target[part] ??= {};
      Object.assign(target, sub);
      while (text[i] === ' ') i += 1;
      if (text[i] !== ',') return mask;
      i += 1;
      while (text[i] === ' ') i += 1;
    }
  };
  const mask = parseList();
  if (i !== text.length) throw badRequest(`Invalid field selection ${text}`, 'fields');
  return mask;
}

/** Keeps only the masked fields; an empty sub-mask keeps the whole value. */
export function applyMask(value: unknown, mask: FieldMask | null): unknown {
  if (mask === null || Object.keys(mask).length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => applyMask(v, mask));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(mask)) {
    if (name === '*') return value;
    const v = (value as Record<string, unknown>)[name];
    if (v !== undefined) out[name] = applyMask(v, sub);
  }
  return out;
}

/** Page tokens are offsets, opaque to the caller as Google's are. */
export function page<T>(
  items: T[],
  pageSize: number,
  pageToken: string | null,
): { items: T[]; nextPageToken?: string } {
  const start = pageToken ? Number(Buffer.from(pageToken, 'base64url').toString('utf8')) : 0;
  if (!Number.isInteger(start) || start < 0) throw badRequest('Invalid page token', 'pageToken');
  const end = start + pageSize;
  return {
    items: items.slice(start, end),
    ...(end < items.length
      ? { nextPageToken: Buffer.from(String(end)).toString('base64url') }
      : {}),
  };
}

export function intParam(
  params: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badRequest(
      `Invalid value '${raw}'. Values must be within the range: [${min}, ${max}]`,
      name,
    );
  }
  return n;
}
