import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { SpreadsheetApi } from './api';
import { checkGridShape, signatureError } from './common';
import { assertCellsFit } from './cell-limits';
import { assertCanEdit, growTo } from './grid';
import { bookAndSheet, type RangeHost } from './range-host';
import { cellAt, cellFor, pruneCell, type StoredRichText } from './store';

/**
 * Rich text: SpreadsheetApp.newRichTextValue() / newTextStyle(), RichTextValue(Builder),
 * TextStyle(Builder) and Range.setRichTextValue(s) / getRichTextValue(s).
 * https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value
 * Kept per cell: the text and runs of links and styles. Styles are recorded, not drawn.
 */

type Style = Record<string, unknown>;
type Run = StoredRichText['runs'][number];

const STYLE_FIELDS: Record<string, string> = {
  setBold: 'bold',
  setItalic: 'italic',
  setUnderline: 'underline',
  setStrikethrough: 'strikethrough',
  setFontSize: 'fontSize',
  setFontFamily: 'fontFamily',
  setForegroundColor: 'foregroundColor',
};

export function newTextStyle(style: Style) {
  const frozen = { ...style };
  return withCoverage(
    {
      isBold: () => (frozen.bold as boolean | undefined) ?? false,
      isItalic: () => (frozen.italic as boolean | undefined) ?? false,
      isUnderline: () => (frozen.underline as boolean | undefined) ?? false,
      isStrikethrough: () => (frozen.strikethrough as boolean | undefined) ?? false,
      getFontSize: () => (frozen.fontSize as number | undefined) ?? 10,
      getFontFamily: () => (frozen.fontFamily as string | undefined) ?? 'Arial',
      getForegroundColor: () => (frozen.foregroundColor as string | undefined) ?? '#000000',
      copy: () => newTextStyleBuilder(frozen),
      toString: () => 'TextStyle',
      __style: () => ({ ...frozen }),
    },
    'TextStyle',
  );
}

type StyleSetter = (value: unknown) => TextStyleBuilder;

/** TextStyleBuilder: https://developers.google.com/apps-script/reference/spreadsheet/text-style-builder */
export interface TextStyleBuilder {
  setBold: StyleSetter;
  setItalic: StyleSetter;
  setUnderline: StyleSetter;
  setStrikethrough: StyleSetter;
  setFontSize: StyleSetter;
  setFontFamily: StyleSetter;
  setForegroundColor: StyleSetter;
  build(): ReturnType<typeof newTextStyle>;
  toString(): string;
}

export function newTextStyleBuilder(initial: Style = {}): TextStyleBuilder {
  const style: Style = { ...initial };
  const setter =
    (field: string): StyleSetter =>
    (value) => {
      style[field] = value;
      return builder;
    };
  const handle: TextStyleBuilder = {
    setBold: setter(STYLE_FIELDS.setBold),
    setItalic: setter(STYLE_FIELDS.setItalic),
    setUnderline: setter(STYLE_FIELDS.setUnderline),
    setStrikethrough: setter(STYLE_FIELDS.setStrikethrough),
    setFontSize: setter(STYLE_FIELDS.setFontSize),
    setFontFamily: setter(STYLE_FIELDS.setFontFamily),
    setForegroundColor: setter(STYLE_FIELDS.setForegroundColor),
    build: () => newTextStyle(style),
    toString: () => 'TextStyleBuilder',
  };
  const builder: TextStyleBuilder = withCoverage(handle, 'TextStyleBuilder');
  return builder;
}

function styleOf(value: unknown, method: string): Style {
  const s = (value as { __style?: () => Style } | null)?.__style;
  if (typeof s !== 'function') throw signatureError([value], `SpreadsheetApp.${method}`);
  return s();
}

/** Splits the text at every run edge; each piece takes the last link and merged styles. */
function segments(value: StoredRichText): Run[] {
  const cuts = new Set([0, value.text.length]);
  for (const r of value.runs) cuts.add(r.start).add(r.end);
  const edges = [...cuts].sort((a, b) => a - b);
  const out: Run[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i], edges[i + 1]];
    const run: Run = { start, end };
    for (const r of value.runs) {
      if (r.start <= start && r.end >= end) {
        if (r.link !== undefined) run.link = r.link || undefined;
        if (r.style) run.style = { ...run.style, ...r.style };
      }
    }
    out.push(run);
  }
  return out;
}

export function newRichTextValue(value: StoredRichText) {
  const data: StoredRichText = structuredClone(value);
  const span = (start?: unknown, end?: unknown): [number, number] => {
    if (start === undefined) return [0, data.text.length];
    const [s, e] = [Number(start), Number(end)];
    if (!(s >= 0 && e <= data.text.length && s <= e))
      throw appsScriptError('Invalid argument: startOffset');
    return [s, e];
  };
  const within = (s: number, e: number) => segments(data).filter((r) => r.end > s && r.start < e);
  const handle = {
    getText: () => data.text,
    getStartIndex: () => 0,
    getEndIndex: () => data.text.length,
    /** The link of the whole span, or null when it has none or several. */
    getLinkUrl(startOffset?: unknown, endOffset?: unknown) {
      const [s, e] = span(startOffset, endOffset);
      const links = new Set(within(s, e).map((r) => r.link ?? null));
      return links.size === 1 ? [...links][0] : null;
    },
    getTextStyle(startOffset?: unknown, endOffset?: unknown) {
      const [s, e] = span(startOffset, endOffset);
      const runs = within(s, e);
      const first = JSON.stringify(runs[0]?.style ?? {});
      return runs.every((r) => JSON.stringify(r.style ?? {}) === first)
        ? newTextStyle(runs[0]?.style ?? {})
        : newTextStyle({});
    },
    getRuns() {
      return segments(data)
        .filter((r) => r.end > r.start)
        .map((r) =>
          newRichTextValue({
            text: data.text.slice(r.start, r.end),
            runs: [{ start: 0, end: r.end - r.start, link: r.link, style: r.style }],
          }),
        );
    },
    copy: () => newRichTextValueBuilder(data),
    toString: () => 'RichTextValue',
    __richText: () => structuredClone(data),
  };
  return withCoverage(handle, 'RichTextValue');
}

export function newRichTextValueBuilder(initial?: StoredRichText) {
  const data: StoredRichText = initial ? structuredClone(initial) : { text: '', runs: [] };
  const range = (args: unknown[], method: string): [number, number, unknown] => {
    if (args.length === 1) return [0, data.text.length, args[0]];
    const [s, e, v] = args;
    if (typeof s !== 'number' || typeof e !== 'number' || args.length !== 3)
      throw signatureError(args, `SpreadsheetApp.RichTextValueBuilder.${method}`);
    if (!(s >= 0 && e <= data.text.length && s < e))
      throw appsScriptError('Invalid argument: startOffset');
    return [s, e, v];
  };
  const handle = {
    setText(text: unknown) {
      data.text = String(text ?? '');
      data.runs = [];
      return builder;
    },
    setLinkUrl(...args: unknown[]) {
      const [start, end, link] = range(args, 'setLinkUrl');
      data.runs.push({ start, end, link: link === null ? '' : String(link) });
      return builder;
    },
    setTextStyle(...args: unknown[]) {
      const [start, end, style] = range(args, 'setTextStyle');
      data.runs.push({ start, end, style: styleOf(style, 'RichTextValueBuilder.setTextStyle') });
      return builder;
    },
    build: () => newRichTextValue(data),
    toString: () => 'RichTextValueBuilder',
  };
  const builder = withCoverage(handle, 'RichTextValueBuilder');
  return builder;
}

function richTextOf(value: unknown, method: string): StoredRichText {
  const r = (value as { __richText?: () => StoredRichText } | null)?.__richText;
  if (typeof r !== 'function') throw signatureError([value], `SpreadsheetApp.Range.${method}`);
  return r();
}

export function richTextRangeMethods(host: RangeHost) {
  const { api, area } = host;
  const size = area.numRows * area.numColumns;
  const write = (values: StoredRichText[][]) => {
    assertCellsFit(values.map((line) => line.map((v) => v.text)));
    const { book, sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
    assertCanEdit(book, sheet, area, api.ctx.user);
    growTo(book, sheet, area.row + area.numRows - 1, area.column + area.numColumns - 1);
    values.forEach((line, i) =>
      line.forEach((value, j) => {
        const [r, c] = [area.row + i, area.column + j];
        const cell = cellFor(sheet, r, c);
        delete cell.f;
        delete cell.rt;
        if (value.text === '') delete cell.v;
        else cell.v = value.text;
        const runs = value.runs.filter((run) => run.link || run.style);
        if (value.text !== '' && runs.length > 0) cell.rt = { text: value.text, runs };
        pruneCell(sheet, r, c);
      }),
    );
  };
  const read = (r: number, c: number) => {
    const { book, sheet } = bookAndSheet(api, host.spreadsheetId, host.sheetId);
    void book;
    const cell = cellAt(sheet, r, c);
    if (!cell || cell.f || cell.v === undefined) return newRichTextValue({ text: '', runs: [] });
    // "null if the cell value is not text"
    if (typeof cell.v !== 'string') return null;
    const rt = cell.rt && cell.rt.text === cell.v ? cell.rt : { text: cell.v, runs: [] };
    return newRichTextValue(rt);
  };
  return {
    setRichTextValue(value: unknown) {
      api.call('Range', 'setRichTextValue', size);
      const rt = richTextOf(value, 'setRichTextValue');
      write(Array.from({ length: area.numRows }, () => new Array(area.numColumns).fill(rt)));
      return host.self();
    },
    setRichTextValues(values: unknown) {
      api.call('Range', 'setRichTextValues', size);
      checkGridShape(values, area, 'setRichTextValues');
      write((values as unknown[][]).map((l) => l.map((v) => richTextOf(v, 'setRichTextValues'))));
      return host.self();
    },
    getRichTextValue() {
      api.call('Range', 'getRichTextValue');
      return read(area.row, area.column);
    },
    getRichTextValues() {
      api.call('Range', 'getRichTextValues', size);
      return Array.from({ length: area.numRows }, (_, i) =>
        Array.from({ length: area.numColumns }, (_, j) => read(area.row + i, area.column + j)),
      );
    },
  };
}

export function richTextAppMethods(api: SpreadsheetApi) {
  return {
    newRichTextValue() {
      api.call('SpreadsheetApp', 'newRichTextValue');
      return newRichTextValueBuilder();
    },
    newTextStyle() {
      api.call('SpreadsheetApp', 'newTextStyle');
      return newTextStyleBuilder();
    },
  };
}
