/**
 * What a file really is, from its first bytes (its "magic number"), so an upload's bytes must
 * match the type it declares: a `.jpg` that is an HTML page or a program is refused. Pure; works
 * on a short base64 prefix so the whole file is never decoded for this.
 * Signatures: https://www.garykessler.net/library/file_sigs.html and the formats' own specs
 * (ISO BMFF `ftyp` brands for MP4/MOV/3GP/HEIC, RIFF for WebP, EBML for WebM).
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The first `count` bytes of base64 text (Apps Script's V8 has no atob or Buffer). */
export function base64Head(base64: string, count = 32): number[] {
  const clean = String(base64 ?? '')
    .slice(0, Math.ceil(count / 3) * 4 + 8)
    .replace(/[^A-Za-z0-9+/]/g, '');
  const bytes: number[] = [];
  for (let i = 0; i + 1 < clean.length && bytes.length < count; i += 4) {
    const n = [0, 1, 2, 3].map((k) => (i + k < clean.length ? B64.indexOf(clean[i + k]) : -1));
    bytes.push((n[0] << 2) | (n[1] >> 4));
    if (n[2] >= 0) bytes.push(((n[1] & 15) << 4) | (n[2] >> 2));
    if (n[3] >= 0) bytes.push(((n[2] & 3) << 6) | n[3]);
  }
  return bytes.slice(0, count);
}

const ascii = (bytes: number[], from: number, length: number): string =>
  String.fromCharCode(...bytes.slice(from, from + length));

const starts = (bytes: number[], signature: number[], at = 0): boolean =>
  signature.every((b, i) => bytes[at + i] === b);

const HEIF_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif'];
/** QuickTime files may begin with any of these atoms instead of `ftyp`. */
const MOV_ATOMS = ['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'];

export type SniffedKind =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'heif'
  | 'iso-video'
  | 'mov'
  | 'webm'
  | 'pdf'
  | 'zip'
  | 'text'
  | 'unknown';

/** What the first bytes say the file is. */
export function sniff(bytes: number[]): SniffedKind {
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4).toLowerCase();
    if (HEIF_BRANDS.includes(brand)) return 'heif';
    return brand === 'qt  ' ? 'mov' : 'iso-video';
  }
  if (MOV_ATOMS.includes(ascii(bytes, 4, 4))) return 'mov';
  if (starts(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'; // DOCX, ODT, XLSX…
  // Text: no NUL and no other control bytes but tab, CR, LF, FF, ESC (UTF-8 bytes are ≥ 0x80).
  if (bytes.length > 0 && bytes.every((b) => b >= 0x20 || [9, 10, 12, 13, 27].includes(b)))
    return 'text';
  return 'unknown';
}

/** Which sniffed kinds each accepted type may be. */
const MAY_BE: Record<string, SniffedKind[]> = {
  'image/jpeg': ['jpeg'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heif'],
  'image/heif': ['heif'],
  'video/mp4': ['iso-video', 'mov'],
  'video/quicktime': ['mov', 'iso-video'],
  'video/3gpp': ['iso-video'],
  'video/webm': ['webm'],
  'application/pdf': ['pdf'],
  'text/plain': ['text'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['zip'],
  'application/vnd.oasis.opendocument.text': ['zip'],
};

/** Whether the file's first bytes (base64) match the type it declares. */
export function bytesMatchType(base64: string, mimeType: string): boolean {
  const allowed = MAY_BE[mimeType];
  return allowed !== undefined && allowed.includes(sniff(base64Head(base64)));
}
