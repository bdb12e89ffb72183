import { withCoverage } from '../runtime/context';
import { appsScriptError, notEmulated } from '../runtime/errors';
import {
  GlyphType,
  HorizontalAlignment,
  PARAGRAPH_NUMBER_ATTRIBUTES,
  ParagraphHeading,
  TEXT_ATTRIBUTES,
} from './enums';
import { cloneNode, type InlineNode, type ParagraphNode, spliceText } from './model';
import {
  type DocSession,
  LAST_PARAGRAPH_MESSAGE,
  makers,
  NodeRef,
  parentHandle,
  remember,
  signatureMessage,
  childIndexMessage,
} from './session';
import {
  applyAttrs,
  findIn,
  ownerById,
  paragraphOwner,
  replaceInParagraph,
  textAttrsFrom,
  textHandle,
  uniformValue,
} from './text';

/**
 * Paragraph and ListItem (https://developers.google.com/apps-script/reference/document/paragraph,
 * …/list-item), PageBreak and HorizontalRule, and what every element handle shares (Element:
 * https://developers.google.com/apps-script/reference/document/element).
 */

const CASTS: Record<string, string> = {
  asParagraph: 'PARAGRAPH',
  asListItem: 'LIST_ITEM',
  asTable: 'TABLE',
  asTableRow: 'TABLE_ROW',
  asTableCell: 'TABLE_CELL',
  asText: 'TEXT',
  asPageBreak: 'PAGE_BREAK',
  asHorizontalRule: 'HORIZONTAL_RULE',
  asBody: 'BODY_SECTION',
  asHeaderSection: 'HEADER_SECTION',
  asFooterSection: 'FOOTER_SECTION',
};

/** Element's casts: the same handle for its own type; [unverified wording] otherwise. */
export function castMethods(type: string, self: () => unknown): Record<string, () => unknown> {
  const out: Record<string, () => unknown> = {};
  for (const [method, target] of Object.entries(CASTS)) {
    out[method] = () => {
      if (target !== type) throw appsScriptError(`Cannot cast ${type} to ${target}.`);
      return self();
    };
  }
  return out;
}

/** getType, getParent, siblings, removeFromParent, copy, isAtDocumentEnd and the casts. */
export function elementMethods(
  ref: NodeRef,
  cls: string,
  type: string,
  self: () => Record<string, unknown>,
): Record<string, unknown> {
  const session = ref.session;
  const sibling = (method: string, step: number) =>
    ref.read(cls, method, (_node, place) => {
      const next = place?.list[place.index + step] as { id: string } | undefined;
      return next ? makers.element(new NodeRef(session, next.id)) : null;
    });
  return {
    getType: () => ref.read(cls, 'getType', () => type),
    getParent: () => ref.read(cls, 'getParent', (_n, place) => parentHandle(session, place)),
    getNextSibling: () => sibling('getNextSibling', 1),
    getPreviousSibling: () => sibling('getPreviousSibling', -1),
    isAtDocumentEnd: () =>
      ref.read(
        cls,
        'isAtDocumentEnd',
        (_n, place) =>
          !!place &&
          place.parent.kind === 'SECTION' &&
          place.parent.section === 'body' &&
          place.index === place.list.length - 1,
      ),
    removeFromParent() {
      ref.edit(cls, 'removeFromParent', (node, place) => {
        if (!place) return;
        // A section (or cell) must end with a paragraph, as in Docs.
        if ('text' in node && place.index === place.list.length - 1)
          throw appsScriptError(LAST_PARAGRAPH_MESSAGE);
        place.list.splice(place.index, 1);
        ref.detached = node;
        ref.id = null;
      });
      return self();
    },
    copy: () =>
      ref.read(cls, 'copy', (node) => {
        let n = 0;
        const copy = cloneNode(node, () => `detached${++n}`);
        return makers.element(new NodeRef(session, null, copy));
      }),
    ...castMethods(type, self),
  };
}

function checkMember(
  members: Record<string, string>,
  value: unknown,
  cls: string,
  method: string,
): string {
  if (typeof value !== 'string' || !(value in members))
    throw appsScriptError(
      signatureMessage(typeof value === 'string' ? 'String' : 'Object', cls, method),
    );
  return value;
}

/** https://developers.google.com/apps-script/reference/document/page-break (and horizontal-rule) */
export function inlineHandle(ref: NodeRef, type: 'PAGE_BREAK' | 'HORIZONTAL_RULE') {
  const cls = type === 'PAGE_BREAK' ? 'PageBreak' : 'HorizontalRule';
  const handle: Record<string, unknown> = withCoverage(
    {
      ...elementMethods(ref, cls, type, () => handle),
      getAttributes: () => ref.read(cls, 'getAttributes', () => ({})),
      toString: () => cls,
    },
    cls,
  );
  return remember(handle, ref);
}

/** Paragraph, or ListItem when the node is a list item. */
export function paragraphHandle(ref: NodeRef, isList: boolean): Record<string, unknown> {
  const session: DocSession = ref.session;
  const C = isList ? 'ListItem' : 'Paragraph';
  const type = isList ? 'LIST_ITEM' : 'PARAGRAPH';
  const read = <T>(method: string, use: (p: ParagraphNode) => T): T =>
    ref.read(C, method, (node) => use(node as ParagraphNode));
  const edit = (method: string, change: (p: ParagraphNode) => void) => {
    ref.edit(C, method, (node) => change(node as ParagraphNode));
    return handle;
  };
  const owner = paragraphOwner(ref, () => handle);
  const children = (p: ParagraphNode) => (p.text === '' ? 0 : 1) + (p.inline?.length ?? 0);
  const appendInline = (method: string, kind: 'PAGE_BREAK' | 'HORIZONTAL_RULE') =>
    ref.edit(C, method, (node, _place, doc) => {
      const p = node as ParagraphNode;
      const id = doc ? `e${(doc.seq = (doc.seq ?? 0) + 1)}` : 'detached-inline';
      (p.inline ??= []).push({ id, type: kind });
      return inlineHandle(new NodeRef(session, id), kind);
    });

  const paragraphAttr = (key: string, value: unknown): boolean => {
    // Paragraph attributes accepted by setAttributes, besides character ones.
    return (
      key === 'HEADING' ||
      key === 'HORIZONTAL_ALIGNMENT' ||
      key === 'LEFT_TO_RIGHT' ||
      (PARAGRAPH_NUMBER_ATTRIBUTES as readonly string[]).includes(key) ||
      (isList && (key === 'GLYPH_TYPE' || key === 'NESTING_LEVEL')) ||
      (void value, false)
    );
  };

  const methods: Record<string, unknown> = {
    ...elementMethods(ref, C, type, () => handle),
    getText: () => read('getText', (p) => p.text),
    setText: (text: unknown) =>
      edit('setText', (p) => {
        spliceText(p, 0, p.text.length, String(text));
        delete p.inline;
      }),
    appendText: (text: unknown) => {
      const start = read('appendText', (p) => p.text.length);
      owner.edit(C, 'appendText', ([p]) => spliceText(p, p.text.length, 0, String(text)));
      return textHandle(owner, { start, length: String(text).length });
    },
    /** insertText(childIndex, text): the runtime keeps one Text child, so 0 or the end only. */
    insertText: (childIndex: unknown, text: unknown) => {
      const [at, count] = read('insertText', (p) => [p.text.length, children(p)]);
      if (typeof childIndex !== 'number' || childIndex < 0 || childIndex > count)
        throw appsScriptError(childIndexMessage(Number(childIndex), count));
      const start = childIndex === 0 ? 0 : at;
      if (childIndex !== 0 && childIndex !== count)
        notEmulated(`${C}.insertText() between a paragraph's inline elements`);
      owner.edit(C, 'insertText', ([p]) => spliceText(p, start, 0, String(text)));
      return textHandle(owner, { start, length: String(text).length });
    },
    editAsText: () => (read('editAsText', () => null), textHandle(owner)),
    clear: () =>
      edit('clear', (p) => {
        spliceText(p, 0, p.text.length, '');
        delete p.inline;
      }),
    replaceText: (pattern: unknown, replacement: unknown) =>
      edit('replaceText', (p) => void replaceInParagraph(p, pattern, replacement)),
    findText: (pattern: unknown, from?: unknown) =>
      findIn(owner, C, pattern, from, (id) => ownerById(session, id)),
    getNumChildren: () => read('getNumChildren', children),
    getChild: (index: unknown) =>
      read('getChild', (p) => {
        const count = children(p);
        if (typeof index !== 'number' || index < 0 || index >= count)
          throw appsScriptError(childIndexMessage(Number(index), count));
        if (p.text !== '' && index === 0) return textHandle(owner);
        const inline = p.inline?.[index - (p.text === '' ? 0 : 1)] as InlineNode;
        return inlineHandle(new NodeRef(session, inline.id), inline.type);
      }),
    appendPageBreak: () => appendInline('appendPageBreak', 'PAGE_BREAK'),
    appendHorizontalRule: () => appendInline('appendHorizontalRule', 'HORIZONTAL_RULE'),
    getHeading: () => read('getHeading', (p) => p.heading ?? 'NORMAL'),
    setHeading: (heading: unknown) =>
      edit('setHeading', (p) => {
        const h = checkMember(ParagraphHeading, heading, C, 'setHeading');
        if (h === 'NORMAL') delete p.heading;
        else p.heading = h;
      }),
    getAlignment: () => read('getAlignment', (p) => p.alignment ?? null),
    setAlignment: (alignment: unknown) =>
      edit('setAlignment', (p) => {
        p.alignment = checkMember(HorizontalAlignment, alignment, C, 'setAlignment');
      }),
    getLinkUrl: () =>
      read('getLinkUrl', (p) => uniformValue([{ p, from: 0, to: p.text.length }], 'LINK_URL')),
    setLinkUrl: (url: unknown) =>
      edit('setLinkUrl', (p) => {
        if (url !== null && typeof url !== 'string')
          throw appsScriptError(signatureMessage('Object', C, 'setLinkUrl'));
        applyAttrs(p, 0, p.text.length, { LINK_URL: url });
      }),
    getAttributes: () =>
      read('getAttributes', (p) => {
        const out: Record<string, unknown> = {};
        const whole = [{ p, from: 0, to: p.text.length }];
        for (const key of TEXT_ATTRIBUTES) out[key] = uniformValue(whole, key);
        out.HEADING = p.heading ?? 'NORMAL';
        out.HORIZONTAL_ALIGNMENT = p.alignment ?? null;
        for (const key of [...PARAGRAPH_NUMBER_ATTRIBUTES, 'LEFT_TO_RIGHT'])
          out[key] = p.attrs?.[key] ?? null;
        if (isList) {
          out.GLYPH_TYPE = p.glyph ?? 'BULLET';
          out.NESTING_LEVEL = p.nesting ?? 0;
          out.LIST_ID = p.listId ?? null;
        }
        return out;
      }),
    setAttributes: (attributes: unknown) => {
      const textAttrs = textAttrsFrom(C, attributes, paragraphAttr);
      const given = attributes as Record<string, unknown>;
      return edit('setAttributes', (p) => {
        for (const [key, value] of Object.entries(given)) {
          if (key === 'HEADING') {
            const h =
              value === null ? 'NORMAL' : checkMember(ParagraphHeading, value, C, 'setAttributes');
            if (h === 'NORMAL') delete p.heading;
            else p.heading = h;
          } else if (key === 'HORIZONTAL_ALIGNMENT') {
            if (value === null) delete p.alignment;
            else p.alignment = checkMember(HorizontalAlignment, value, C, 'setAttributes');
          } else if (key === 'GLYPH_TYPE') {
            p.glyph = checkMember(GlyphType, value, C, 'setAttributes');
          } else if (key === 'NESTING_LEVEL') {
            p.nesting = checkNesting(value, C, 'setAttributes');
          } else if (
            key === 'LEFT_TO_RIGHT' ||
            (PARAGRAPH_NUMBER_ATTRIBUTES as readonly string[]).includes(key)
          ) {
            const ok =
              key === 'LEFT_TO_RIGHT' ? typeof value === 'boolean' : typeof value === 'number';
            if (value !== null && !ok)
              throw appsScriptError(signatureMessage('Object', C, 'setAttributes'));
            if (value === null) delete p.attrs?.[key];
            else (p.attrs ??= {})[key] = value as number | boolean;
          }
        }
        applyAttrs(p, 0, p.text.length, textAttrs);
      });
    },
    toString: () => C,
  };
  if (isList) {
    Object.assign(methods, {
      getGlyphType: () => read('getGlyphType', (p) => p.glyph ?? 'BULLET'),
      setGlyphType: (glyph: unknown) =>
        edit('setGlyphType', (p) => {
          p.glyph = checkMember(GlyphType, glyph, C, 'setGlyphType');
        }),
      getNestingLevel: () => read('getNestingLevel', (p) => p.nesting ?? 0),
      setNestingLevel: (level: unknown) =>
        edit('setNestingLevel', (p) => {
          p.nesting = checkNesting(level, C, 'setNestingLevel');
        }),
      getListId: () => read('getListId', (p) => p.listId ?? null),
    });
  }
  // 'Document': Forms has a ListItem class too.
  const handle: Record<string, unknown> = withCoverage(methods, C, 'Document');
  return remember(handle, ref);
}

/** [unverified wording] Docs has nesting levels 0 to 8. */
function checkNesting(level: unknown, cls: string, method: string): number {
  if (typeof level !== 'number' || !Number.isInteger(level))
    throw appsScriptError(
      signatureMessage(typeof level === 'string' ? 'String' : 'Object', cls, method),
    );
  if (level < 0 || level > 8)
    throw appsScriptError(`Invalid nesting level: ${level}. It must be 0 to 8.`);
  return level;
}
