import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { makeDate } from './dates';

/**
 * An Excel workbook (.xlsx) as rows of text, read with fflate (unzip) and fast-xml-parser:
 * plain JavaScript, so it runs inside the Apps Script bundle. Dates (cells with a date number
 * format) become "d.m.yyyy", numbers their plain digits, booleans TRUE/FALSE, as a CSV saved
 * from the same sheet would hold them. ECMA-376 Part 1, §18.3 (sheets) and §18.8.30 (formats).
 */

export interface XlsxSheet {
  names: string[];
  name: string;
  /** Sheet row number (1-based) and its cells by column. */
  rows: { line: number; cells: string[] }[];
}

export type XlsxRead =
  { sheet: XlsxSheet } | { error: 'broken' } | { error: 'noSheet'; names: string[] };

/** Refuse zip bombs: a roster never unpacks to more than this. */
const MAX_UNPACKED = 50 * 1024 * 1024;
const ARRAYS = new Set(['row', 'c', 'si', 'r', 'sheet', 'Relationship', 'xf', 'numFmt']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : []);
const attr = (node: Node | undefined, name: string): string => String(node?.[`@_${name}`] ?? '');

/** Text of a <t> or rich-text <r><t> node (fast-xml-parser gives a string or {#text}). */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node !== 'object') return String(node);
  const n = node as Node;
  if ('t' in n) return textOf(n.t);
  if ('#text' in n) return String(n['#text']);
  if (Array.isArray(n.r)) return n.r.map((r) => textOf((r as Node).t)).join('');
  return '';
}

const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateFormat(code: string): boolean {
  // Quoted text and [colour]/[locale] parts do not count; a d, m or y outside them does.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
}

function dateStyles(styles: Node | undefined): Set<number> {
  const custom = new Map<number, string>();
  const sheet = styles?.styleSheet as Node | undefined;
  for (const f of list((sheet?.numFmts as Node | undefined)?.numFmt)) {
    custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode'));
  }
  const out = new Set<number>();
  list((sheet?.cellXfs as Node | undefined)?.xf).forEach((xf, index) => {
    const id = Number(attr(xf, 'numFmtId'));
    if (BUILT_IN_DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!))) {
      out.add(index);
    }
  });
  return out;
}

/** Excel's serial day (1900 system, day 60 the fictitious 29.2.1900) → "d.m.yyyy". */
function serialToDate(serial: number, date1904: boolean): string {
  const whole = Math.floor(serial + (date1904 ? 1462 : 0));
  const ms = Date.UTC(1899, 11, 30) + whole * 86_400_000;
  const d = new Date(ms);
  const iso = makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return iso ? `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}` : String(serial);
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellValue(c: Node, shared: string[], dates: Set<number>, date1904: boolean): string {
  const type = attr(c, 't');
  const v = textOf(c.v);
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'inlineStr':
      return textOf(c.is);
    case 'str':
    case 'd':
      return v;
    case 'b':
      return v === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return '';
    default: {
      if (v === '') return '';
      const n = Number(v);
      if (!Number.isFinite(n)) return v;
      return dates.has(Number(attr(c, 's') || '0')) ? serialToDate(n, date1904) : String(n);
    }
  }
}

function sheetPath(files: Record<string, Uint8Array>, wanted: string | undefined) {
  const read = (path: string): Node | undefined =>
    files[path] ? (parser.parse(strFromU8(files[path])) as Node) : undefined;
  const workbook = read('xl/workbook.xml')?.workbook as Node | undefined;
  const sheets = list((workbook?.sheets as Node | undefined)?.sheet);
  const names = sheets.map((s) => attr(s, 'name'));
  const chosen = wanted
    ? sheets.find((s) => attr(s, 'name').toLowerCase() === wanted.trim().toLowerCase())
    : sheets[0];
  if (!chosen) return { names };
  const rels = list((read('xl/_rels/workbook.xml.rels')?.Relationships as Node)?.Relationship);
  const rel = rels.find((r) => attr(r, 'Id') === attr(chosen, 'r:id'));
  const target = attr(rel, 'Target').replace(/^\//, '');
  const path = target.startsWith('xl/') ? target : `xl/${target}`;
  const date1904 = ['1', 'true'].includes(attr(workbook?.workbookPr as Node, 'date1904'));
  return { names, name: attr(chosen, 'name'), path, read, date1904 };
}

/** The first sheet, or the one named (case-insensitively). */
export function readXlsx(bytes: Uint8Array, wantedSheet?: string): XlsxRead {
  let files: Record<string, Uint8Array>;
  try {
    let total = 0;
    files = unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        if (total > MAX_UNPACKED) throw new Error('too large');
        return /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(
          file.name,
        );
      },
    });
    const found = sheetPath(files, wantedSheet);
    if (!found.path || !found.read) {
      return found.names.length > 0
        ? { error: 'noSheet', names: found.names }
        : { error: 'broken' };
    }
    const shared = list((found.read('xl/sharedStrings.xml')?.sst as Node)?.si).map(textOf);
    const dates = dateStyles(found.read('xl/styles.xml'));
    const data = (found.read(found.path)?.worksheet as Node | undefined)?.sheetData as Node;
    if (!found.read(found.path)) return { error: 'broken' };
    const rows = list(data?.row).map((row, i) => {
      const cells: string[] = [];
      list(row.c).forEach((c, j) => {
        const ref = attr(c, 'r');
        const index = ref ? columnIndex(ref) : j;
        while (cells.length < index) cells.push('');
        cells[index] = cellValue(c, shared, dates, found.date1904);
      });
      return { line: Number(attr(row, 'r')) || i + 1, cells };
    });
    return { sheet: { names: found.names, name: found.name!, rows } };
  } catch {
    return { error: 'broken' };
  }
}
