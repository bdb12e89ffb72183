import { EDGE_LIMITS } from './limits';

/**
 * What a client may send through the upload page (src/webapp): the same rules run in the
 * browser (src/addon/ui/upload.ts, so the client learns at once) and on the server (the
 * authority: a page can be bypassed). Pure: no Apps Script, no DOM.
 *
 * Why 25 MB: the page sends the file base64-encoded through google.script.run, which makes it a
 * third bigger (25 MB → 33 MB), and Apps Script refuses blobs and call payloads of about 50 MB.
 * https://developers.google.com/apps-script/guides/services/quotas (blob and URL Fetch sizes)
 * A phone video of a minute or two fits; longer ones go through Drive for clients who have it.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
/** A written answer: long enough for a page of text, short enough for one Sheets cell (50,000). */
export const MAX_TEXT_CHARS = EDGE_LIMITS.uploadTextChars;

export type UploadKind = 'image' | 'video' | 'pdf' | 'text';

/** Accepted types: what phones make (photos incl. HEIC, videos incl. 3GP) and plain documents. */
const TYPES: Record<string, { kind: UploadKind; extensions: string[] }> = {
  'image/jpeg': { kind: 'image', extensions: ['jpg', 'jpeg'] },
  'image/png': { kind: 'image', extensions: ['png'] },
  'image/gif': { kind: 'image', extensions: ['gif'] },
  'image/webp': { kind: 'image', extensions: ['webp'] },
  'image/heic': { kind: 'image', extensions: ['heic'] },
  'image/heif': { kind: 'image', extensions: ['heif'] },
  'video/mp4': { kind: 'video', extensions: ['mp4', 'm4v'] },
  'video/quicktime': { kind: 'video', extensions: ['mov'] },
  'video/webm': { kind: 'video', extensions: ['webm'] },
  'video/3gpp': { kind: 'video', extensions: ['3gp'] },
  'application/pdf': { kind: 'pdf', extensions: ['pdf'] },
  'text/plain': { kind: 'text', extensions: ['txt'] },
};

/** For the file picker's `accept` attribute. */
export const ACCEPT = [
  ...Object.keys(TYPES),
  ...Object.values(TYPES).flatMap((t) => t.extensions.map((e) => `.${e}`)),
].join(',');

const BY_EXTENSION = new Map(
  Object.entries(TYPES).flatMap(([mime, t]) => t.extensions.map((e) => [e, mime] as const)),
);

export type UploadRefusal =
  'empty' | 'too-big' | 'bad-type' | 'text-too-long' | 'mismatch' | 'daily-count' | 'daily-size';

export type FileCheck =
  | { ok: true; name: string; mimeType: string; kind: UploadKind }
  | { ok: false; reason: UploadRefusal };

function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,5})$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/**
 * Characters a person cannot see that change how a name reads: C1 controls, the soft hyphen,
 * zero-width characters, bidirectional marks, embeddings, overrides and isolates
 * (`invoice\u202Egpj.exe` shows as "invoiceexe.jpg"), invisible operators, the BOM and the
 * interlinear annotation characters. https://www.unicode.org/reports/tr9/ (explicit
 * directional formatting characters), https://www.unicode.org/reports/tr36/ (spoofing).
 */
// Variation selectors and the combining grapheme joiner are in the class on purpose.
/* eslint-disable no-misleading-character-class */
const INVISIBLE =
  /[\u0080-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/g;
/* eslint-enable no-misleading-character-class */

/**
 * A file name safe to store: no folders, no control characters, no leading dot, at most 120
 * characters with the extension kept. The name stays the client's own (it is their work).
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const base = String(name ?? '')
    .replace(/^.*[\\/]/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+/, '')
    .trim();
  if (base === '') return fallback;
  if (base.length <= 120) return base;
  const ext = extensionOf(base);
  return ext ? `${base.slice(0, 119 - ext.length)}.${ext}` : base.slice(0, 120);
}

/**
 * Checks a file by its size, its declared type and its name. A browser may give no type (HEIC
 * on some phones) or a generic one; the extension then decides. A declared type we do not take
 * is refused even with a good extension (a `.jpg` that says it is `text/html`).
 */
export function checkFile(input: { name: string; mimeType: string; size: number }): FileCheck {
  if (!(input.size > 0)) return { ok: false, reason: 'empty' };
  if (input.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too-big' };
  const declared = String(input.mimeType ?? '')
    .toLowerCase()
    .split(';')[0]
    .trim();
  const byName = BY_EXTENSION.get(extensionOf(String(input.name ?? ''))) ?? '';
  const generic = declared === '' || declared === 'application/octet-stream';
  const mimeType = generic ? byName : declared;
  const type = TYPES[mimeType];
  if (!type) return { ok: false, reason: 'bad-type' };
  const fallback = `${type.kind}.${type.extensions[0]}`;
  let name = safeFileName(input.name, fallback);
  if (!BY_EXTENSION.has(extensionOf(name))) name = `${name}.${type.extensions[0]}`;
  return { ok: true, name, mimeType, kind: type.kind };
}

/** A written answer: not blank, not longer than one cell should hold. */
export function checkText(
  text: string,
): { ok: true; text: string } | { ok: false; reason: UploadRefusal } {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (trimmed.length > MAX_TEXT_CHARS) return { ok: false, reason: 'text-too-long' };
  return { ok: true, text: trimmed };
}

/** The decoded size of base64 text, without decoding it (to refuse a huge payload cheaply). */
export function base64Bytes(base64: string): number {
  const clean = String(base64 ?? '').replace(/\s+/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** "25 MB", "1.5 MB", "800 kB": for the page's plain words. */
export function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
