/**
 * The plain data of a Google Doc as the runtime stores it in its Drive file's bytes (JSON).
 *
 * Backwards compatible: documents saved before formatting existed are `{ paragraphs: string[] }`,
 * one plain paragraph per string. Those still open; a string is read as a paragraph whose id is
 * `legacy<index>` and, once the document is changed, is written back as an object. Every field
 * added since is optional.
 */
import type { TextAttribute } from './enums';

/** Character attributes that are set (an absent key is "not set", Google's null). */
export type CharAttrs = Partial<Record<TextAttribute, string | number | boolean>>;

/** Run-length character formatting: `n` characters carrying `a`. */
export interface StyleRun {
  n: number;
  a: CharAttrs;
}

/** An element inside a paragraph that is not text (a page break or a horizontal rule). */
export interface InlineNode {
  id: string;
  type: 'PAGE_BREAK' | 'HORIZONTAL_RULE';
}

/** A Paragraph or a ListItem (a ListItem is a paragraph in a list, as in Google's model). */
export interface ParagraphNode {
  id: string;
  /** Absent means PARAGRAPH. */
  type?: 'LIST_ITEM';
  text: string;
  /** Character formatting; absent means no character attribute is set anywhere. */
  styles?: StyleRun[];
  /** ParagraphHeading name; absent means NORMAL. */
  heading?: string;
  /** HorizontalAlignment name; absent means not set (null). */
  alignment?: string;
  /** Other paragraph attributes set with setAttributes (INDENT_START, LINE_SPACING…). */
  attrs?: Record<string, number | boolean>;
  /** ListItem only. */
  glyph?: string;
  nesting?: number;
  listId?: string;
  /** Page breaks and horizontal rules, after the paragraph's text. */
  inline?: InlineNode[];
}

export interface TableCellNode {
  id: string;
  children: BlockNode[];
  /** Background colour (#rrggbb), if set. */
  background?: string;
}

export interface TableRowNode {
  id: string;
  cells: TableCellNode[];
}

export interface TableNode {
  id: string;
  type: 'TABLE';
  rows: TableRowNode[];
}

export type BlockNode = ParagraphNode | TableNode;

export interface DocContent {
  /** The body's children (the field keeps its first name for older documents). */
  paragraphs: BlockNode[];
  header?: BlockNode[];
  footer?: BlockNode[];
  /** The last element id handed out in this document. */
  seq?: number;
}

export type SectionName = 'body' | 'header' | 'footer';

export function isTable(node: BlockNode): node is TableNode {
  return (node as TableNode).type === 'TABLE';
}

function normaliseBlocks(list: unknown, prefix: string): BlockNode[] {
  if (!Array.isArray(list)) return [];
  return list.map((entry, i) =>
    typeof entry === 'string' || entry === null || typeof entry !== 'object'
      ? { id: `${prefix}${i}`, text: String(entry ?? '') }
      : (entry as BlockNode),
  );
}

/** Parses a document's bytes; anything not in our format is one empty paragraph. */
export function parseDoc(bytes: Buffer): DocContent {
  try {
    const parsed = JSON.parse(bytes.toString('utf8'));
    if (Array.isArray(parsed?.paragraphs)) {
      const doc: DocContent = { paragraphs: normaliseBlocks(parsed.paragraphs, 'legacy') };
      if (parsed.header) doc.header = normaliseBlocks(parsed.header, 'legacyh');
      if (parsed.footer) doc.footer = normaliseBlocks(parsed.footer, 'legacyf');
      if (typeof parsed.seq === 'number') doc.seq = parsed.seq;
      return doc;
    }
  } catch {
    // Not our format: an uploaded .gdoc stand-in is one empty paragraph.
  }
  return { paragraphs: [{ id: 'legacy0', text: '' }] };
}

export function newDocBytes(): Buffer {
  const doc: DocContent = { paragraphs: [{ id: 'e1', text: '' }], seq: 1 };
  return Buffer.from(JSON.stringify(doc));
}

export function nextId(doc: DocContent): string {
  doc.seq = (doc.seq ?? 0) + 1;
  return `e${doc.seq}`;
}

/** Deep copy of a node with fresh ids (for copy() and for inserting a detached element). */
export function cloneNode<T extends BlockNode | TableRowNode | TableCellNode>(
  node: T,
  id: () => string,
): T {
  const copy = JSON.parse(JSON.stringify(node)) as T;
  const renew = (n: Record<string, unknown>): void => {
    n.id = id();
    for (const key of ['rows', 'cells', 'children', 'inline']) {
      const list = n[key];
      if (Array.isArray(list)) list.forEach((child) => renew(child as Record<string, unknown>));
    }
  };
  renew(copy as unknown as Record<string, unknown>);
  return copy;
}

/** Where a node sits: the array holding it, its index, and its parent's kind and id. */
export interface Place {
  node: BlockNode | TableRowNode | TableCellNode | InlineNode;
  list: unknown[];
  index: number;
  parent: { kind: 'SECTION'; section: SectionName } | { kind: 'NODE'; id: string };
}

export function sectionList(doc: DocContent, section: SectionName): BlockNode[] | undefined {
  return section === 'body' ? doc.paragraphs : doc[section];
}

function searchBlocks(list: BlockNode[], id: string, parent: Place['parent']): Place | undefined {
  for (let i = 0; i < list.length; i++) {
    const node = list[i];
    if (node.id === id) return { node, list, index: i, parent };
    if (isTable(node)) {
      for (let r = 0; r < node.rows.length; r++) {
        const row = node.rows[r];
        if (row.id === id)
          return { node: row, list: node.rows, index: r, parent: { kind: 'NODE', id: node.id } };
        for (let c = 0; c < row.cells.length; c++) {
          const cell = row.cells[c];
          if (cell.id === id)
            return { node: cell, list: row.cells, index: c, parent: { kind: 'NODE', id: row.id } };
          const found = searchBlocks(cell.children, id, { kind: 'NODE', id: cell.id });
          if (found) return found;
        }
      }
    } else {
      const inline = node.inline ?? [];
      const k = inline.findIndex((x) => x.id === id);
      if (k >= 0)
        return { node: inline[k], list: inline, index: k, parent: { kind: 'NODE', id: node.id } };
    }
  }
  return undefined;
}

export function locate(doc: DocContent, id: string): Place | undefined {
  for (const section of ['body', 'header', 'footer'] as const) {
    const list = sectionList(doc, section);
    const found = list && searchBlocks(list, id, { kind: 'SECTION', section });
    if (found) return found;
  }
  return undefined;
}

/** The text of a block as Google's getText gives it. */
export function blockText(node: BlockNode | TableRowNode | TableCellNode): string {
  if ('rows' in node) return node.rows.map(blockText).join('\n');
  if ('cells' in node) return node.cells.map(blockText).join('\n');
  if ('children' in node) return node.children.map(blockText).join('\n');
  return node.text;
}

// --- Character formatting -------------------------------------------------------------------

/** One CharAttrs per character of the paragraph's text. */
export function expandStyles(p: ParagraphNode): CharAttrs[] {
  const chars: CharAttrs[] = [];
  for (const run of p.styles ?? []) for (let i = 0; i < run.n; i++) chars.push(run.a);
  while (chars.length < p.text.length) chars.push({});
  return chars.slice(0, p.text.length);
}

function sameAttrs(a: CharAttrs, b: CharAttrs): boolean {
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => a[k as TextAttribute] === b[k as TextAttribute])
  );
}

export function compressStyles(p: ParagraphNode, chars: CharAttrs[]): void {
  const runs: StyleRun[] = [];
  for (const a of chars) {
    const last = runs[runs.length - 1];
    if (last && sameAttrs(last.a, a)) last.n += 1;
    else runs.push({ n: 1, a });
  }
  if (runs.every((r) => Object.keys(r.a).length === 0)) delete p.styles;
  else p.styles = runs;
}

/**
 * Replaces `deleteCount` characters at `start` with `insert`. Replacing text keeps the attributes
 * of the first replaced character; inserting takes those of the character before `start` (as
 * typing does in Docs), or of the following one at the very start.
 */
export function spliceText(
  p: ParagraphNode,
  start: number,
  deleteCount: number,
  insert: string,
): void {
  const chars = expandStyles(p);
  const inherit = (deleteCount > 0 ? chars[start] : chars[start - 1]) ?? chars[start] ?? {};
  chars.splice(start, deleteCount, ...Array.from({ length: insert.length }, () => inherit));
  p.text = p.text.slice(0, start) + insert + p.text.slice(start + deleteCount);
  compressStyles(p, chars);
}
