import * as crypto from 'node:crypto';
import { EmulatedBlob, isBlobLike, toBuffer } from '../runtime/blob';
import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { isDate } from '../runtime/clock';
import { appsScriptError, notEmulated, signatureError } from '../runtime/errors';
import { parseCsv } from './csv';
import { formatDate } from './format-date';
import { parseDate } from './parse-date';
import { formatString } from './format-string';

/**
 * Utilities. https://developers.google.com/apps-script/reference/utilities/utilities
 * Every method counts as a call of the Utilities service; sleep advances the simulated clock.
 */

/** Enums: each value is its own name, as Apps Script's enum values print. */
export const Charset = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const);
export const DigestAlgorithm = Object.freeze({
  MD2: 'MD2',
  MD5: 'MD5',
  SHA_1: 'SHA_1',
  SHA_256: 'SHA_256',
  SHA_384: 'SHA_384',
  SHA_512: 'SHA_512',
} as const);
export const MacAlgorithm = Object.freeze({
  HMAC_MD5: 'HMAC_MD5',
  HMAC_SHA_1: 'HMAC_SHA_1',
  HMAC_SHA_256: 'HMAC_SHA_256',
  HMAC_SHA_384: 'HMAC_SHA_384',
  HMAC_SHA_512: 'HMAC_SHA_512',
} as const);
export const RsaAlgorithm = Object.freeze({
  RSA_SHA_1: 'RSA_SHA_1',
  RSA_SHA_256: 'RSA_SHA_256',
} as const);

/** "The maximum allowed value is 300000 (or 5 minutes)." */
export const SLEEP_MAX_MS = 300000;
/** Not Google's text (unknown); see LIMITATIONS.md. */
export const SLEEP_TOO_LONG = `Utilities.sleep: the maximum allowed value is ${SLEEP_MAX_MS} milliseconds (5 minutes).`;
/** Apps Script's text for malformed base64 (as reported by users of the service). */
export const COULD_NOT_DECODE = 'Could not decode string.';

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const NODE_HMAC: Record<string, string> = {
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/** Java byte[]: -128..127. */
export function signedBytes(buffer: Buffer): number[] {
  return Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
}

/** A string in a charset (UTF-8 by default; US-ASCII turns other characters into '?'). */
export function encodeText(text: string, charset?: unknown): Buffer {
  const name = charset === undefined || charset === null ? 'UTF_8' : String(charset);
  if (name === 'UTF_8') return Buffer.from(text, 'utf8');
  if (name === 'US_ASCII') {
    return Buffer.from(
      Array.from(text, (ch) => (ch.codePointAt(0)! < 128 ? ch.charCodeAt(0) : 63)),
    );
  }
  throw appsScriptError(`Invalid argument: charset`);
}

function bytesOf(data: unknown, charset?: unknown): Buffer {
  // A missing value is refused as Apps Script refuses null for String or Byte[], never encoded
  // as the text "undefined".
  if (data === undefined || data === null) throw appsScriptError('Invalid argument: data');
  if (typeof data === 'string') return encodeText(data, charset);
  if (Array.isArray(data) || data instanceof Uint8Array) return toBuffer(data as number[]);
  if (isBlobLike(data)) return toBuffer(data.getBytes());
  return encodeText(String(data), charset);
}

export function base64Decode(encoded: string, webSafe: boolean): number[] {
  const text = String(encoded);
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  const body = text.replace(/=+$/, '');
  if (
    !alphabet.test(text) ||
    body.length % 4 === 1 ||
    (text.includes('=') && text.length % 4 !== 0)
  ) {
    throw appsScriptError(COULD_NOT_DECODE);
  }
  return signedBytes(Buffer.from(body, webSafe ? 'base64url' : 'base64'));
}

export function base64Encode(data: unknown, webSafe: boolean, charset?: unknown): string {
  const b64 = bytesOf(data, charset).toString('base64');
  return webSafe ? b64.replace(/\+/g, '-').replace(/\//g, '_') : b64;
}

function digest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
  const name = String(algorithm);
  if (name === 'MD2') notEmulated('Utilities.computeDigest(DigestAlgorithm.MD2)');
  const nodeName = NODE_DIGEST[name];
  if (!nodeName) throw appsScriptError('Invalid argument: algorithm');
  return signedBytes(crypto.createHash(nodeName).update(bytesOf(value, charset)).digest());
}

function hmac(algorithm: unknown, value: unknown, key: unknown, charset?: unknown): number[] {
  const nodeName = NODE_HMAC[String(algorithm)];
  if (!nodeName) throw appsScriptError('Invalid argument: algorithm');
  return signedBytes(
    crypto.createHmac(nodeName, bytesOf(key, charset)).update(bytesOf(value, charset)).digest(),
  );
}

/** A version 4 UUID from the runtime's seeded dice. */
export function seededUuid(nextByte: () => number): string {
  const b = Array.from({ length: 16 }, nextByte);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createUtilities(ctx: ScriptContext): GoogleAppsScript.Utilities.Utilities {
  const call = (method: string) => ctx.rt.call('Utilities', method);
  const utilities = {
    Charset,
    DigestAlgorithm,
    MacAlgorithm,
    RsaAlgorithm,

    formatDate(date: Date, timeZone: string, format: string): string {
      call('formatDate');
      // Apps Script takes (Date,String,String) only: a date cell read as text, a number or a
      // missing argument is refused with the signature error, not formatted.
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string')
        throw signatureError([date, timeZone, format], 'Utilities.formatDate');
      return formatDate(date, timeZone, format);
    },
    formatString(template: string, ...args: unknown[]): string {
      call('formatString');
      return formatString(template, ...args);
    },
    sleep(milliseconds: number): void {
      call('sleep');
      const ms = Math.floor(Number(milliseconds));
      if (!Number.isFinite(ms) || ms > SLEEP_MAX_MS) throw appsScriptError(SLEEP_TOO_LONG);
      if (ms > 0) ctx.rt.clock.advance(ms);
    },
    getUuid(): string {
      call('getUuid');
      return seededUuid(() => ctx.rt.rng.int(256));
    },
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
      call('computeDigest');
      return digest(algorithm, value, charset);
    },
    computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
      call('computeHmacSha256Signature');
      return hmac('HMAC_SHA_256', value, key, charset);
    },
    computeHmacSignature(
      algorithm: unknown,
      value: unknown,
      key: unknown,
      charset?: unknown,
    ): number[] {
      call('computeHmacSignature');
      return hmac(algorithm, value, key, charset);
    },
    base64Encode(data: unknown, charset?: unknown): string {
      call('base64Encode');
      return base64Encode(data, false, charset);
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown): string {
      call('base64EncodeWebSafe');
      return base64Encode(data, true, charset);
    },
    base64Decode(encoded: string): number[] {
      call('base64Decode');
      return base64Decode(encoded, false);
    },
    base64DecodeWebSafe(encoded: string): number[] {
      call('base64DecodeWebSafe');
      return base64Decode(encoded, true);
    },
    newBlob(data: string | number[], contentType?: string, name?: string): EmulatedBlob {
      call('newBlob');
      return withCoverage(new EmulatedBlob(data ?? [], contentType ?? null, name ?? null), 'Blob');
    },
    parseCsv(csv: string, delimiter?: string): string[][] {
      call('parseCsv');
      return parseCsv(csv, delimiter);
    },
    jsonStringify(obj: unknown): string {
      call('jsonStringify');
      return JSON.stringify(obj);
    },
    jsonParse(jsonString: string): unknown {
      call('jsonParse');
      return JSON.parse(jsonString);
    },
    parseDate(date: string, timeZone: string, format: string): Date {
      call('parseDate');
      if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string')
        throw signatureError([date, timeZone, format], 'Utilities.parseDate');
      return parseDate(date, timeZone, format, ctx.rt.clock.now());
    },
    zip(): never {
      return notEmulated('Utilities.zip()');
    },
    unzip(): never {
      return notEmulated('Utilities.unzip()');
    },
    gzip(): never {
      return notEmulated('Utilities.gzip()');
    },
    ungzip(): never {
      return notEmulated('Utilities.ungzip()');
    },
  };
  return withCoverage(utilities, 'Utilities') as unknown as GoogleAppsScript.Utilities.Utilities;
}
