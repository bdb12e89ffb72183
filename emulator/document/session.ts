import type { ScriptContext } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { driveStore, NO_ITEM_MESSAGE } from '../drive/common';
import { canEdit, type DriveItem } from '../drive/store';
import {
  type BlockNode,
  type DocContent,
  locate,
  parseDoc,
  type Place,
  type SectionName,
  type TableCellNode,
  type TableRowNode,
} from './model';

/** [unverified wording] after saveAndClose(), modelled on Apps Script's closed-document error. */
export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';
/** Google's text (issue tracker 440465247, quoted by gas-fakes issue 51). */
export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";
/** Google's text when an attached element is appended or inserted again. */
export const NOT_DETACHED_MESSAGE = 'Element must be detached.';
/** [unverified wording] an element handle whose element was removed by another handle. */
export const ELEMENT_GONE_MESSAGE = 'Element does not exist in the document.';

export function childIndexMessage(index: number, count: number): string {
  return `Child index (${index}) must be less than the number of child elements (${count}).`;
}

/** [unverified wording] an insert index beyond the end of the container. */
export function insertIndexMessage(index: number, count: number): string {
  return `Index (${index}) must be less than or equal to the number of child elements (${count}).`;
}

/** Google's wording for an argument of the wrong type. */
export function signatureMessage(given: string, cls: string, method: string): string {
  return `The parameters (${given}) don't match the method signature for DocumentApp.${cls}.${method}.`;
}

/** The open document one script's `DocumentApp.openById` (or `create`) handed out. */
export class DocSession {
  private closed = false;
  constructor(
    readonly ctx: ScriptContext,
    readonly docId: string,
  ) {}

  close(): void {
    this.closed = true;
  }

  /** Counts the call and finds the document's Drive item, checking it may be read/changed. */
  item(cls: string, method: string, write: boolean): DriveItem {
    this.ctx.rt.call(cls, method);
    if (this.closed && write) throw appsScriptError(CLOSED_MESSAGE);
    const found = driveStore(this.ctx).items[this.docId];
    if (!found || found.trashed) throw appsScriptError(NO_ITEM_MESSAGE);
    if (write && !canEdit(driveStore(this.ctx), this.docId, this.ctx.user))
      throw appsScriptError('Access denied: DocumentApp.');
    return found;
  }

  /** The document's content without counting a call (for building handles). */
  peek(): DocContent {
    const found = driveStore(this.ctx).items[this.docId];
    return parseDoc(Buffer.from(found?.contentBase64 ?? '', 'base64'));
  }

  read(cls: string, method: string): DocContent {
    return parseDoc(Buffer.from(this.item(cls, method, false).contentBase64 ?? '', 'base64'));
  }

  edit<T>(cls: string, method: string, change: (doc: DocContent) => T): T {
    const found = this.item(cls, method, true);
    const doc = parseDoc(Buffer.from(found.contentBase64 ?? '', 'base64'));
    const result = change(doc);
    found.contentBase64 = Buffer.from(JSON.stringify(doc)).toString('base64');
    found.updated = this.ctx.rt.clock.now();
    return result;
  }
}

export type AnyNode = BlockNode | TableRowNode | TableCellNode;

/**
 * What an element handle points at: an element of the document (by id, so a handle survives
 * inserts before it), or a detached element held in memory (from copy() or removeFromParent()).
 */
export class NodeRef {
  constructor(
    readonly session: DocSession,
    public id: string | null,
    public detached?: AnyNode,
  ) {}

  /** Counts one call and gives the node, with its place when attached. */
  read<T>(cls: string, method: string, use: (node: AnyNode, place?: Place) => T): T {
    if (this.detached) {
      this.session.ctx.rt.call(cls, method);
      return use(this.detached);
    }
    const doc = this.session.read(cls, method);
    const place = this.place(doc);
    return use(place.node as AnyNode, place);
  }

  edit<T>(
    cls: string,
    method: string,
    change: (node: AnyNode, place?: Place, doc?: DocContent) => T,
  ): T {
    if (this.detached) {
      this.session.ctx.rt.call(cls, method);
      return change(this.detached);
    }
    return this.session.edit(cls, method, (doc) => {
      const place = this.place(doc);
      return change(place.node as AnyNode, place, doc);
    });
  }

  place(doc: DocContent): Place {
    const place = this.id === null ? undefined : locate(doc, this.id);
    if (!place) throw appsScriptError(ELEMENT_GONE_MESSAGE);
    return place;
  }
}

/** Element handles remember their ref, so `body.appendParagraph(p)` can read `p`'s. */
const REFS = new WeakMap<object, NodeRef>();

export function remember<T extends object>(handle: T, ref: NodeRef): T {
  REFS.set(handle, ref);
  return handle;
}

export function refOf(handle: unknown): NodeRef | undefined {
  return handle !== null && typeof handle === 'object' ? REFS.get(handle) : undefined;
}

/**
 * Builders of handles, filled in by the modules that define them (elements.ts, table.ts,
 * container.ts) so that a Paragraph can give its parent Body and a Body its Paragraphs without
 * the modules importing each other in a circle.
 */
export interface Makers {
  element(ref: NodeRef): Record<string, unknown>;
  section(session: DocSession, section: SectionName): Record<string, unknown>;
}

export const makers: Makers = {
  element: () => {
    throw new Error('document makers not registered');
  },
  section: () => {
    throw new Error('document makers not registered');
  },
};

/** The Element type name of a node as a script sees it. */
export function typeOf(node: AnyNode | { type: string }): string {
  if ('rows' in node) return 'TABLE';
  if ('cells' in node) return 'TABLE_ROW';
  if ('children' in node) return 'TABLE_CELL';
  if ('type' in node && node.type) return node.type;
  return 'PARAGRAPH';
}

/** The class name for a node (for call counting and messages). */
export function classOf(node: AnyNode | { type: string }): string {
  const names: Record<string, string> = {
    TABLE: 'Table',
    TABLE_ROW: 'TableRow',
    TABLE_CELL: 'TableCell',
    PARAGRAPH: 'Paragraph',
    LIST_ITEM: 'ListItem',
    PAGE_BREAK: 'PageBreak',
    HORIZONTAL_RULE: 'HorizontalRule',
  };
  return names[typeOf(node)] ?? 'Element';
}

/** The handle of a place's parent: a section, or an element. */
export function parentHandle(session: DocSession, place: Place | undefined): unknown {
  if (!place) return null; // a detached element has no parent
  if (place.parent.kind === 'SECTION') return makers.section(session, place.parent.section);
  return makers.element(new NodeRef(session, place.parent.id));
}
