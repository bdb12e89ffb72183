import { isoWeekOf } from '../core/dates';
import { displayCode } from '../core/workbook-codes';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { zonedParts } from '../core/time-zone';
import {
  MAX_TEXT_CHARS,
  MAX_UPLOAD_BYTES,
  base64Bytes,
  checkFile,
  checkText,
  humanSize,
  type UploadRefusal,
} from '../core/upload-rules';
import { findOrCreateChild, tryFolder } from '../services/drive';
import { withScriptLock } from '../services/lock';
import { withRetry } from '../services/retry';
import { openTable } from '../workbook/schema';
import { appendRows } from '../workbook/table';
import type { Participant } from './reflection-form';
import { logRefusal } from './refusal-log';
import { verifyUploader } from './upload-identity';
import { checkAllowance } from './upload-allowance';
import { bytesMatchType } from '../core/file-sniff';
import { logRow, openWorkbook, type WorkbookContext } from './workbook-context';

/**
 * Uploads from the web app's upload page (src/webapp): a client without a Google account sends
 * a photo, a video, a PDF or a text; it lands in the week's subfolder of their own folder and
 * becomes a row of the reflections sheet — a submission and attendance evidence, as nightly
 * records the files clients put in Drive themselves (`file:<id>`, source `upload`). Every
 * upload and every refusal goes to the log sheet with ids, never names or file names.
 *
 * Called by google.script.run from the page (base64, see docs/admin/web-app.md for why) and by
 * doPost. Nothing is stored unless the token, the page's ticket and the file all pass.
 */

/** `matchedBy` of a page upload: attendance reads it as an upload (src/jobs/attendance.ts). */
export const UPLOAD_MATCHED_BY = 'upload-link';

export interface UploadRequest {
  ticket?: unknown;
  /** A file: its name and type as the browser gave them, and the bytes in base64. */
  name?: unknown;
  mimeType?: unknown;
  base64?: unknown;
  /** Or a written answer. */
  text?: unknown;
  /** The page's id for this send: a retried call returns the first result, stores nothing new. */
  requestId?: unknown;
}

export type UploadResult =
  | { ok: true; kind: 'file' | 'text'; name: string; message: string }
  | { ok: false; reason: UploadRefusal | 'token' | 'busy'; message: string };

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function refusalMessage(lang: Lang, reason: UploadRefusal | 'token' | 'busy'): string {
  return t(lang, `webapp.refused.${reason}`, {
    max: reason === 'text-too-long' ? MAX_TEXT_CHARS : humanSize(MAX_UPLOAD_BYTES),
  });
}

/** The trilingual refusal for an unknown token: we do not know the person's language. */
export function tokenRefusal(): string {
  return (['fi', 'sv', 'en'] as Lang[]).map((lang) => refusalMessage(lang, 'token')).join('\n');
}

/** Server function for google.script.run: `uploadSubmission(token, {ticket, name, mimeType, base64})`. */
export function uploadSubmission(token: unknown, request: unknown): UploadResult {
  const wb = openWorkbook();
  const req: UploadRequest =
    request && typeof request === 'object' ? (request as UploadRequest) : {};
  const client = verifyUploader(token, req.ticket, wb);
  if (!client) {
    logUploadRefusal(wb, '', 'token', '');
    return { ok: false, reason: 'token', message: tokenRefusal() };
  }
  const lang = client.lang;
  const isText = typeof req.text === 'string' && req.base64 === undefined;
  let content: { name: string; mimeType: string; kindWord: string; bytes?: number; text?: string };
  if (isText) {
    const check = checkText(str(req.text));
    if (!check.ok) return refuse(wb, client, check.reason, 'text');
    const parts = zonedParts(wb.now, wb.settings.timeZone);
    content = {
      name: t(lang, 'webapp.textFile', { date: parts.date, time: parts.time.replace(':', '.') }),
      mimeType: 'text/plain',
      kindWord: 'text',
      text: check.text,
    };
  } else {
    const base64 = str(req.base64);
    const check = checkFile({
      name: str(req.name),
      mimeType: str(req.mimeType),
      size: base64Bytes(base64),
    });
    if (!check.ok) return refuse(wb, client, check.reason, str(req.mimeType));
    // The bytes must be what the type says (a ".jpg" that is a web page or a program is not).
    if (!bytesMatchType(base64, check.mimeType))
      return refuse(wb, client, 'mismatch', check.mimeType);
    content = { name: check.name, mimeType: check.mimeType, kindWord: check.kind };
    content.bytes = base64Bytes(base64);
  }
  const requestId = str(req.requestId).slice(0, 64);
  const stored = withScriptLock(() => {
    const cache = CacheService.getScriptCache();
    const cacheKey = requestId ? `upload:${client.id}:${requestId}` : '';
    const earlier = cacheKey ? cache.get(cacheKey) : null;
    if (earlier) return JSON.parse(earlier) as UploadResult;
    const over = checkAllowance(wb, client, content.bytes ?? (content.text ?? '').length);
    if (over) {
      logUploadRefusal(wb, client.id, over.reason, content.mimeType, false);
      return { ok: false, reason: over.reason, message: over.message } as UploadResult;
    }
    const result = store(wb, client, content, str(req.base64));
    if (cacheKey) cache.put(cacheKey, JSON.stringify(result), 6 * 3600);
    return result;
  }, 20_000);
  if (!stored.ran) return { ok: false, reason: 'busy', message: refusalMessage(lang, 'busy') };
  return stored.value;
}

function store(
  wb: WorkbookContext,
  client: Participant,
  content: { name: string; mimeType: string; kindWord: string; text?: string },
  base64: string,
): UploadResult {
  const folder = tryFolder(client.folderId);
  if (!folder) return { ok: false, reason: 'token', message: tokenRefusal() };
  const week = findOrCreateChild(folder, isoWeekOf(wb.today)).folder;
  let file: GoogleAppsScript.Drive.File;
  if (content.text !== undefined) {
    const text = content.text;
    file = withRetry(() => week.createFile(content.name, text, 'text/plain'));
  } else {
    // Decoding refuses text that is not base64: that is a bad file, not a crash.
    let blob: GoogleAppsScript.Base.Blob;
    try {
      blob = Utilities.newBlob(Utilities.base64Decode(base64), content.mimeType, content.name);
    } catch (_error) {
      return refuse(wb, client, 'bad-type', content.mimeType, false);
    }
    file = withRetry(() => week.createFile(blob));
  }
  const fileId = file.getId();
  const lang = client.lang;
  appendRows(openTable(wb.spreadsheet, 'reflections'), [
    {
      responseId: `file:${fileId}`,
      submittedAt: new Date(wb.now),
      clientId: client.id,
      date: wb.today,
      text: content.text ?? t(wb.lang, 'participation.upload.text', { name: content.name }),
      files: file.getUrl(),
      matchedBy: displayCode('matchedBy', UPLOAD_MATCHED_BY, wb.lang),
    },
  ]);
  appendRows(openTable(wb.spreadsheet, 'log'), [
    logRow(
      'upload',
      'info',
      t(wb.lang, 'webapp.log.stored', { kind: content.kindWord }),
      client.id,
      `file:${fileId} ${content.mimeType} ${file.getSize()} B`,
    ),
  ]);
  return content.text !== undefined
    ? { ok: true, kind: 'text', name: content.name, message: t(lang, 'webapp.sent.text') }
    : {
        ok: true,
        kind: 'file',
        name: content.name,
        message: t(lang, 'webapp.sent.file', { name: content.name }),
      };
}

function refuse(
  wb: WorkbookContext,
  client: Participant,
  reason: UploadRefusal,
  mimeType: string,
  lockNeeded = true,
): UploadResult {
  logUploadRefusal(wb, client.id, reason, mimeType, lockNeeded);
  return { ok: false, reason, message: refusalMessage(client.lang, reason) };
}

function logUploadRefusal(
  wb: WorkbookContext,
  clientId: string,
  reason: string,
  mimeType: string,
  lockNeeded = true,
): void {
  // Ids only: the type the browser claimed, never the file's name or the token itself.
  const details = mimeType ? `${reason} ${mimeType.slice(0, 80)}` : reason;
  logRefusal(
    wb,
    'upload',
    clientId,
    t(wb.lang, 'webapp.log.refused', { reason }),
    details,
    lockNeeded,
  );
}
