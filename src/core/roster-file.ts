import { analyse } from 'chardet';
import { fromBase64 } from '@exodus/bytes/base64.js';
import { windows1252toString } from '@exodus/bytes/single-byte.js';
import { utf16toString } from '@exodus/bytes/utf16.js';
import { utf8toString } from '@exodus/bytes/utf8.js';
import { parseCsv, type CsvResult } from './csv';
import { readXlsx } from './roster-xlsx';
import type { Problem } from './types';

/**
 * A roster file as it comes out of Excel or Sheets, bytes to rows, inside the Apps Script
 * bundle (so the sidebar's upload and the command line share one path: the page sends the
 * file's bytes as base64 and nothing is decoded in the browser). The encoding is read from the
 * BOM, then from the bytes with chardet; decoding is @exodus/bytes' pure-JS decoders (Apps
 * Script has no TextDecoder). Binary files and decodes that come out as nonsense are refused
 * before anything is written.
 */

export interface RosterTable extends CsvResult {
  /** How the file was read, said to the coach: "UTF-8", "Windows-1252", "Excel (.xlsx), Taul1". */
  encoding: string;
  format: 'csv' | 'xlsx';
}

export type RosterFileRead = { table: RosterTable } | { refused: Problem };

/** A roster of thousands of clients is well under this; bigger is the wrong file. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
// Share of characters that may be control characters or U+FFFD before a decode is nonsense.
const MAX_JUNK_SHARE = 0.01;

const refuse = (key: string, params: Record<string, string | number> = {}): RosterFileRead => ({
  refused: { key, params },
});

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** The encodings a spreadsheet saves in, and how to decode each. */
function decode(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    return tryDecode(() => utf8toString(bytes.subarray(3)), 'UTF-8');
  }
  if (startsWith(bytes, 0xff, 0xfe)) {
    return tryDecode(() => utf16toString(bytes.subarray(2), 'uint8-le'), 'UTF-16 LE');
  }
  if (startsWith(bytes, 0xfe, 0xff)) {
    return tryDecode(() => utf16toString(bytes.subarray(2), 'uint8-be'), 'UTF-16 BE');
  }
  // No BOM: strict UTF-8 first (a valid UTF-8 file with ä in it is almost never anything
  // else), then what chardet finds among the encodings Excel writes.
  const utf8 = tryDecode(() => utf8toString(bytes), 'UTF-8');
  if (utf8) return utf8;
  const guesses = analyse(bytes).map((m) => m.name.toUpperCase());
  const best = guesses.find((name) =>
    /^(UTF-16(LE|BE)|ISO-8859-1|WINDOWS-1252|ISO-8859-15)$/.test(name),
  );
  if (best === 'UTF-16LE') return tryDecode(() => utf16toString(bytes, 'uint8-le'), 'UTF-16 LE');
  if (best === 'UTF-16BE') return tryDecode(() => utf16toString(bytes, 'uint8-be'), 'UTF-16 BE');
  // ISO-8859-1 is read as Windows-1252, its superset (the WHATWG Encoding Standard does the same).
  return tryDecode(() => windows1252toString(bytes), 'Windows-1252');
}

function tryDecode(run: () => string, encoding: string): { text: string; encoding: string } | null {
  try {
    return { text: run(), encoding };
  } catch {
    return null;
  }
}

/**
 * Whether a file without a BOM has well-formed UTF-8 letters (ä as C3 A4) and also bytes that
 * are not UTF-8 (ä as E4, Windows-1252): rows pasted together from two sources. Read either way,
 * some names would come out garbled, so such a file is refused with a plain message.
 */
export function mixesEncodings(bytes: Uint8Array): boolean {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return false;
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
    if (valid > 0 && invalid > 0) return true;
  }
  return false;
}

/** Control characters (other than tab and line breaks), NUL and U+FFFD: a wrong decode. */
function looksLikeNonsense(text: string): boolean {
  if (text.length === 0) return false;
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const junk = text.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g);
  return (junk?.length ?? 0) > Math.max(0, text.length * MAX_JUNK_SHARE);
}

export function readRosterBytes(
  bytes: Uint8Array,
  fileName: string,
  options: { sheet?: string } = {},
): RosterFileRead {
  const file = fileName || '?';
  if (bytes.length === 0) return refuse('import.file.empty', { file });
  if (bytes.length > MAX_FILE_BYTES) {
    return refuse('import.file.tooBig', {
      file,
      size: Math.ceil(bytes.length / 1024 / 1024),
      max: MAX_FILE_BYTES / 1024 / 1024,
    });
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return readWorkbook(bytes, file, options.sheet);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return refuse('import.file.oldExcel', { file });
  const decoded = decode(bytes);
  if (!decoded || looksLikeNonsense(decoded.text)) return refuse('import.file.binary', { file });
  // Text that was not UTF-8 throughout, yet has UTF-8 letters in it: two files pasted together.
  if (decoded.encoding === 'Windows-1252' && mixesEncodings(bytes))
    return refuse('import.file.mixedEncoding', { file });
  const csv = parseCsv(decoded.text);
  return { table: { ...csv, encoding: decoded.encoding, format: 'csv' } };
}

function readWorkbook(bytes: Uint8Array, file: string, sheet: string | undefined): RosterFileRead {
  const read = readXlsx(bytes, sheet);
  if ('error' in read) {
    return read.error === 'noSheet'
      ? refuse('import.file.noSheet', { file, sheet: sheet ?? '', sheets: read.names.join(', ') })
      : refuse('import.file.xlsxBroken', { file });
  }
  const rows = read.sheet.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return refuse('import.file.empty', { file });
  const [head, ...rest] = rows;
  const header = head.cells.map((c) => c.trim());
  const body = rest.map((r) => ({
    line: r.line,
    cells: [...r.cells, ...Array<string>(Math.max(0, header.length - r.cells.length)).fill('')],
  }));
  return {
    table: {
      header,
      rows: body,
      delimiter: '',
      problems: [],
      encoding: `Excel (.xlsx), ${read.sheet.name}`,
      format: 'xlsx',
    },
  };
}

/** The sidebar and the command line send the file as base64 text (google.script.run's way). */
export function readRosterFile(
  base64: string,
  fileName: string,
  options: { sheet?: string } = {},
): RosterFileRead {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(String(base64 ?? ''), { padding: 'both' });
  } catch {
    return refuse('import.file.binary', { file: fileName || '?' });
  }
  return readRosterBytes(bytes, fileName, options);
}
