import { withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import { TEXT_ATTRIBUTES, type TextAttribute } from './enums';
import {
  type CharAttrs,
  compressStyles,
  expandStyles,
  type ParagraphNode,
  spliceText,
} from './model';
import { type DocSession, makers, NodeRef, signatureMessage } from './session';

/**
 * Text: https://developers.google.com/apps-script/reference/document/text
 * The runtime keeps one text per paragraph with per-character attributes. A Text handle is a
 * view of it: a paragraph's whole text (editAsText, a findText result's element), a fixed range
 * of it (appendText/insertText return the inserted characters), or — for a Body, section or
 * cell's editAsText — all its paragraphs joined with "\n", where formatting by offsets works and
 * edits that would cross paragraphs are not emulated.
 */

/** [unverified wording] offsets outside the text. */
export function offsetsMessage(start: number, end: number, length: number): string {
  return `The offsets (${start}, ${end}) are out of range for a text of length ${length}.`;
}
/** [unverified wording] a colour not in CSS hex notation. */
export const COLOR_MESSAGE = 'Invalid argument: color. Use CSS hex notation like #ff0000.';

/** Reads and changes the paragraphs a Text view covers, counting one call. */
export interface TextOwner {
  session: DocSession;
  read<T>(cls: string, method: string, use: (paras: ParagraphNode[]) => T): T;
  edit<T>(cls: string, method: string, change: (paras: ParagraphNode[]) => T): T;
  parent(): unknown;
}

interface Segment {
  p: ParagraphNode;
  from: number;
  to: number;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'number';
  return 'Object';
}

/** Checks a character attribute's value; null means "unset". */
export function checkTextValue(
  cls: string,
  method: string,
  key: TextAttribute,
  value: unknown,
): string | number | boolean | null {
  if (value === null) return null;
  const bad = () => appsScriptError(signatureMessage(typeName(value), cls, method));
  switch (key) {
    case 'BOLD':
    case 'ITALIC':
    case 'UNDERLINE':
    case 'STRIKETHROUGH':
      if (typeof value !== 'boolean') throw bad();
      return value;
    case 'FONT_SIZE':
      if (typeof value !== 'number' || !(value > 0)) throw bad();
      return value;
    case 'FOREGROUND_COLOR':
    case 'BACKGROUND_COLOR':
      if (typeof value !== 'string') throw bad();
      if (!/^#[0-9a-fA-F]{6}$/.test(value)) throw appsScriptError(COLOR_MESSAGE);
      return value.toLowerCase();
    default:
      if (typeof value !== 'string') throw bad();
      return value;
  }
}

export function applyAttrs(
  p: ParagraphNode,
  from: number,
  to: number,
  attrs: Partial<Record<TextAttribute, string | number | boolean | null>>,
): void {
  const chars = expandStyles(p);
  for (let i = from; i < to; i++) {
    const next: CharAttrs = { ...chars[i] };
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) delete next[k as TextAttribute];
      else next[k as TextAttribute] = v;
    }
    chars[i] = next;
  }
  compressStyles(p, chars);
}

/** The value of an attribute over characters, or null when unset or mixed (as Google). */
export function uniformValue(
  segments: Array<{ p: ParagraphNode; from: number; to: number }>,
  key: TextAttribute,
): string | number | boolean | null {
  let seen: string | number | boolean | null | undefined;
  for (const s of segments) {
    const chars = expandStyles(s.p);
    for (let i = s.from; i < s.to; i++) {
      const v = chars[i][key] ?? null;
      if (seen === undefined) seen = v;
      else if (seen !== v) return null;
    }
  }
  return seen ?? null;
}

function compile(pattern: unknown): RegExp {
  try {
    return new RegExp(String(pattern), 'g');
  } catch {
    throw appsScriptError(`Invalid regular expression: ${String(pattern)}`); // [unverified wording]
  }
}

/** Replaces matches within [from, to) of a paragraph, keeping each match's formatting. */
export function replaceInParagraph(
  p: ParagraphNode,
  pattern: unknown,
  replacement: unknown,
  from = 0,
  to = p.text.length,
): number {
  const re = compile(pattern);
  const slice = p.text.slice(from, to);
  const matches = [...slice.matchAll(re)].filter((m) => m[0].length > 0);
  let delta = 0;
  for (const m of matches.reverse()) {
    spliceText(p, from + (m.index ?? 0), m[0].length, String(replacement));
    delta += String(replacement).length - m[0].length;
  }
  return delta;
}

/** A paragraph as the owner of its own whole-text view. */
export function paragraphOwner(ref: NodeRef, parent: () => unknown): TextOwner {
  return {
    session: ref.session,
    read: (cls, method, use) => ref.read(cls, method, (node) => use([node as ParagraphNode])),
    edit: (cls, method, change) => ref.edit(cls, method, (node) => change([node as ParagraphNode])),
    parent,
  };
}

/** Finds the first match at or after (paragraph `afterId`, offset `afterEnd`+1). */
export function findIn(
  owner: TextOwner,
  cls: string,
  pattern: unknown,
  from: unknown,
  makeParagraphOwner: (id: string) => TextOwner,
): unknown {
  const after = rangeOf(from);
  if (from !== undefined && from !== null && !after)
    throw appsScriptError(signatureMessage(`String,${typeName(from)}`, cls, 'findText'));
  const re = compile(pattern);
  return owner.read(cls, 'findText', (paras) => {
    let started = !after;
    for (const p of paras) {
      let startAt = 0;
      if (!started) {
        if (p.id !== after?.paragraphId) continue;
        started = true;
        startAt = (after?.endInclusive ?? -1) + 1;
      }
      re.lastIndex = startAt;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p.text))) {
        if (m[0].length === 0) {
          re.lastIndex += 1;
          continue;
        }
        const start = m.index;
        return rangeElement(makeParagraphOwner(p.id), p.id, start, start + m[0].length - 1, p);
      }
    }
    return null;
  });
}

const RANGES = new WeakMap<object, { paragraphId: string; start: number; endInclusive: number }>();

function rangeOf(handle: unknown) {
  return handle !== null && typeof handle === 'object' ? RANGES.get(handle) : undefined;
}

/** https://developers.google.com/apps-script/reference/document/range-element */
function rangeElement(
  owner: TextOwner,
  paragraphId: string,
  start: number,
  endInclusive: number,
  p: ParagraphNode,
) {
  const partial = !(start === 0 && endInclusive === p.text.length - 1);
  const call = (m: string) => owner.session.ctx.rt.call('RangeElement', m);
  const handle = withCoverage(
    {
      getElement: () => (call('getElement'), textHandle(owner)),
      getStartOffset: () => (call('getStartOffset'), start),
      getEndOffsetInclusive: () => (call('getEndOffsetInclusive'), endInclusive),
      isPartial: () => (call('isPartial'), partial),
      toString: () => 'RangeElement',
    },
    'RangeElement',
  );
  RANGES.set(handle, { paragraphId, start, endInclusive });
  return handle;
}

/** A Text handle; `range` (a fixed slice of a single paragraph) is updated by its own edits. */
export function textHandle(owner: TextOwner, range?: { start: number; length: number }) {
  const C = 'Text';
  const segmentsOf = (paras: ParagraphNode[]): Segment[] => {
    if (range && paras.length === 1) {
      const p = paras[0];
      const from = Math.min(range.start, p.text.length);
      return [{ p, from, to: Math.min(range.start + range.length, p.text.length) }];
    }
    return paras.map((p) => ({ p, from: 0, to: p.text.length }));
  };
  const textOf = (segs: Segment[]) => segs.map((s) => s.p.text.slice(s.from, s.to)).join('\n');
  /** [start, end] inclusive offsets of the view mapped onto each segment. */
  const eachSlice = (segs: Segment[], start: number, end: number, fn: (s: Segment) => void) => {
    let base = 0;
    for (const s of segs) {
      const len = s.to - s.from;
      const a = Math.max(start, base);
      const b = Math.min(end, base + len - 1);
      if (a <= b) fn({ p: s.p, from: s.from + a - base, to: s.from + b - base + 1 });
      base += len + 1;
    }
  };
  const checkRange = (segs: Segment[], start: unknown, end: unknown, method: string) => {
    const len = textOf(segs).length;
    if (typeof start !== 'number' || typeof end !== 'number')
      throw appsScriptError(signatureMessage(`${typeName(start)},${typeName(end)}`, C, method));
    if (start < 0 || end < start || end >= len)
      throw appsScriptError(offsetsMessage(start, end, len));
  };
  const single = (segs: Segment[], method: string): Segment => {
    if (segs.length !== 1) notEmulated(`${C}.${method}() on the text of several paragraphs`);
    return segs[0];
  };

  const setter = (key: TextAttribute, method: string) =>
    function (this: unknown, ...args: unknown[]) {
      if (args.length !== 1 && args.length !== 3)
        throw appsScriptError(signatureMessage(args.map(typeName).join(','), C, method));
      const value = checkTextValue(C, method, key, args[args.length - 1]);
      owner.edit(C, method, (paras) => {
        const segs = segmentsOf(paras);
        if (args.length === 3) checkRange(segs, args[0], args[1], method);
        const [start, end] =
          args.length === 3 ? [args[0] as number, args[1] as number] : [0, textOf(segs).length - 1];
        eachSlice(segs, start, end, (s) => applyAttrs(s.p, s.from, s.to, { [key]: value }));
      });
      return handle;
    };
  const getter = (key: TextAttribute, method: string) => (offset?: unknown) =>
    owner.read(C, method, (paras) => {
      const segs = segmentsOf(paras);
      if (offset === undefined) return uniformValue(segs, key);
      checkRange(segs, offset, offset, method);
      let value: string | number | boolean | null = null;
      eachSlice(segs, offset as number, offset as number, (s) => {
        value = expandStyles(s.p)[s.from][key] ?? null;
      });
      return value;
    });

  const methods: Record<string, unknown> = {
    getText: () => owner.read(C, 'getText', (paras) => textOf(segmentsOf(paras))),
    getType: () => (owner.read(C, 'getType', () => null), 'TEXT'),
    getParent: () => (owner.read(C, 'getParent', () => null), owner.parent()),
    asText: () => handle,
    setText(text: unknown) {
      owner.edit(C, 'setText', (paras) => {
        const s = single(segmentsOf(paras), 'setText');
        spliceText(s.p, s.from, s.to - s.from, String(text));
        if (range) range.length = String(text).length;
      });
      return handle;
    },
    appendText(text: unknown) {
      owner.edit(C, 'appendText', (paras) => {
        const segs = segmentsOf(paras);
        const s = segs[segs.length - 1];
        if (!s) notEmulated(`${C}.appendText() on a text without a paragraph`);
        spliceText(s.p, s.to, 0, String(text));
        if (range) range.length += String(text).length;
      });
      return handle;
    },
    insertText(offset: unknown, text: unknown) {
      owner.edit(C, 'insertText', (paras) => {
        const s = single(segmentsOf(paras), 'insertText');
        const len = s.to - s.from;
        if (typeof offset !== 'number' || offset < 0 || offset > len)
          throw appsScriptError(offsetsMessage(Number(offset), Number(offset), len));
        spliceText(s.p, s.from + offset, 0, String(text));
        if (range) range.length += String(text).length;
      });
      return handle;
    },
    deleteText(start: unknown, end: unknown) {
      owner.edit(C, 'deleteText', (paras) => {
        const segs = segmentsOf(paras);
        const s = single(segs, 'deleteText');
        checkRange(segs, start, end, 'deleteText');
        const n = (end as number) - (start as number) + 1;
        spliceText(s.p, s.from + (start as number), n, '');
        if (range) range.length -= n;
      });
      return handle;
    },
    replaceText(pattern: unknown, replacement: unknown) {
      owner.edit(C, 'replaceText', (paras) => {
        for (const s of segmentsOf(paras)) {
          const delta = replaceInParagraph(s.p, pattern, replacement, s.from, s.to);
          if (range) range.length += delta;
        }
      });
      return handle;
    },
    findText: (pattern: unknown, from?: unknown) =>
      findIn(owner, C, pattern, from, (id) => ownerById(owner.session, id)),
    getAttributes(offset?: unknown) {
      return owner.read(C, 'getAttributes', (paras) => {
        const segs = segmentsOf(paras);
        if (offset !== undefined) checkRange(segs, offset, offset, 'getAttributes');
        const out: Record<string, unknown> = {};
        for (const key of TEXT_ATTRIBUTES) {
          if (offset === undefined) out[key] = uniformValue(segs, key);
          else
            eachSlice(segs, offset as number, offset as number, (s) => {
              out[key] = expandStyles(s.p)[s.from][key] ?? null;
            });
          out[key] ??= null;
        }
        return out;
      });
    },
    setAttributes(...args: unknown[]) {
      if (args.length !== 1 && args.length !== 3)
        throw appsScriptError(signatureMessage(args.map(typeName).join(','), C, 'setAttributes'));
      const attrs = textAttrsFrom(C, args[args.length - 1]);
      owner.edit(C, 'setAttributes', (paras) => {
        const segs = segmentsOf(paras);
        if (args.length === 3) checkRange(segs, args[0], args[1], 'setAttributes');
        const [start, end] =
          args.length === 3 ? [args[0] as number, args[1] as number] : [0, textOf(segs).length - 1];
        eachSlice(segs, start, end, (s) => applyAttrs(s.p, s.from, s.to, attrs));
      });
      return handle;
    },
    getTextAttributeIndices: () =>
      owner.read(C, 'getTextAttributeIndices', (paras) => {
        const s = single(segmentsOf(paras), 'getTextAttributeIndices');
        const chars = expandStyles(s.p).slice(s.from, s.to);
        const out = chars.length > 0 ? [0] : [];
        for (let i = 1; i < chars.length; i++)
          if (JSON.stringify(chars[i]) !== JSON.stringify(chars[i - 1])) out.push(i);
        return out;
      }),
    toString: () => C,
  };
  const pairs: Array<[TextAttribute, string, string]> = [
    ['BOLD', 'setBold', 'isBold'],
    ['ITALIC', 'setItalic', 'isItalic'],
    ['UNDERLINE', 'setUnderline', 'isUnderline'],
    ['STRIKETHROUGH', 'setStrikethrough', 'isStrikethrough'],
    ['FONT_SIZE', 'setFontSize', 'getFontSize'],
    ['FONT_FAMILY', 'setFontFamily', 'getFontFamily'],
    ['FOREGROUND_COLOR', 'setForegroundColor', 'getForegroundColor'],
    ['BACKGROUND_COLOR', 'setBackgroundColor', 'getBackgroundColor'],
    ['LINK_URL', 'setLinkUrl', 'getLinkUrl'],
  ];
  for (const [key, set, get] of pairs) {
    methods[set] = setter(key, set);
    methods[get] = getter(key, get);
  }
  const handle: Record<string, unknown> = withCoverage(methods, 'Text');
  return handle;
}

/** The whole-text owner of the paragraph with this id; its Text's parent is the paragraph. */
export function ownerById(session: DocSession, id: string): TextOwner {
  const ref = new NodeRef(session, id);
  return paragraphOwner(ref, () => makers.element(ref));
}

/**
 * The character attributes of a setAttributes object. Keys that are no DocumentApp.Attribute
 * member, or members the runtime does not keep, are refused rather than ignored.
 */
export function textAttrsFrom(
  cls: string,
  attributes: unknown,
  other?: (key: string, value: unknown) => boolean,
): Partial<Record<TextAttribute, string | number | boolean | null>> {
  if (attributes === null || typeof attributes !== 'object')
    throw appsScriptError(signatureMessage(typeName(attributes), cls, 'setAttributes'));
  const out: Partial<Record<TextAttribute, string | number | boolean | null>> = {};
  for (const [key, value] of Object.entries(attributes as Record<string, unknown>)) {
    if ((TEXT_ATTRIBUTES as readonly string[]).includes(key)) {
      out[key as TextAttribute] = checkTextValue(cls, 'setAttributes', key as TextAttribute, value);
    } else if (!other?.(key, value)) {
      notEmulated(`${cls}.setAttributes() with the attribute ${key}`);
    }
  }
  return out;
}
