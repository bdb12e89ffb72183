import { appsScriptError, notEmulated } from '../runtime/errors';
import {
  type BlockNode,
  blockText,
  cloneNode,
  type DocContent,
  isTable,
  nextId,
  type ParagraphNode,
  type TableNode,
} from './model';
import {
  type AnyNode,
  childIndexMessage,
  type DocSession,
  insertIndexMessage,
  makers,
  NodeRef,
  NOT_DETACHED_MESSAGE,
  refOf,
  signatureMessage,
  typeOf,
} from './session';
import { findIn, ownerById, replaceInParagraph, textHandle, type TextOwner } from './text';

/**
 * What Body, HeaderSection, FooterSection and TableCell share: their children (paragraphs, list
 * items, tables) and the methods that read and add them
 * (https://developers.google.com/apps-script/reference/document/body).
 */
export interface ContainerTarget {
  session: DocSession;
  cls: string;
  /** Counts one call; `doc` is absent for a detached cell (a copy). */
  read<T>(method: string, use: (list: BlockNode[], doc?: DocContent) => T): T;
  edit<T>(method: string, change: (list: BlockNode[], doc?: DocContent) => T): T;
  /** Body, header and footer: a table appended last gets an empty paragraph after it. */
  isSection: boolean;
}

/** [unverified wording] a table whose rows differ in length. */
export const RAGGED_TABLE_MESSAGE = 'All rows of a table must have the same number of cells.';

/** Every paragraph and list item under these blocks, in document order (tables included). */
export function paragraphsIn(list: BlockNode[]): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const node of list) {
    if (isTable(node))
      for (const row of node.rows)
        for (const cell of row.cells) out.push(...paragraphsIn(cell.children));
    else out.push(node);
  }
  return out;
}

function tablesIn(list: BlockNode[]): TableNode[] {
  const out: TableNode[] = [];
  for (const node of list) {
    if (!isTable(node)) continue;
    out.push(node);
    for (const row of node.rows) for (const cell of row.cells) out.push(...tablesIn(cell.children));
  }
  return out;
}

function idMaker(doc: DocContent | undefined): () => string {
  let n = 0;
  return doc ? () => nextId(doc) : () => `detached-new${++n}`;
}

export function tableFromCells(
  cells: unknown,
  cls: string,
  method: string,
  id: () => string,
): TableNode {
  if (cells === undefined) return { id: id(), type: 'TABLE', rows: [] };
  const ok =
    Array.isArray(cells) &&
    cells.every((row) => Array.isArray(row) && row.every((v) => typeof v === 'string'));
  if (!ok) {
    const inner = Array.isArray(cells) && cells.every(Array.isArray) ? 'Object[][]' : 'Object';
    throw appsScriptError(signatureMessage(inner, cls, method));
  }
  const rows = cells as string[][];
  if (rows.some((r) => r.length !== rows[0].length)) throw appsScriptError(RAGGED_TABLE_MESSAGE);
  return {
    id: id(),
    type: 'TABLE',
    rows: rows.map((r) => ({
      id: id(),
      cells: r.map((text) => ({ id: id(), children: [{ id: id(), text }] })),
    })),
  };
}

export function containerMethods(t: ContainerTarget, self: () => unknown): Record<string, unknown> {
  const { session, cls } = t;
  const handleOf = (node: AnyNode) => makers.element(new NodeRef(session, node.id));
  const multiOwner = (): TextOwner => ({
    session,
    read: (_c, method, use) => t.read(method, (list) => use(paragraphsIn(list))),
    edit: (_c, method, change) => t.edit(method, (list) => change(paragraphsIn(list))),
    parent: self,
  });

  /**
   * Inserts at `index` (undefined: at the end) a new element from text or cells, or a detached
   * element handle of the right type, which is then attached (as Google's append returns it).
   */
  const insert = (
    method: string,
    kind: 'PARAGRAPH' | 'LIST_ITEM' | 'TABLE',
    index: unknown,
    content: unknown,
  ) => {
    const given = refOf(content);
    if (content !== null && typeof content === 'object' && !given && !Array.isArray(content))
      throw appsScriptError(signatureMessage('Object', cls, method));
    if (given) {
      const givenType = given.detached ? typeOf(given.detached) : null;
      if (!given.detached && given.id !== null) throw appsScriptError(NOT_DETACHED_MESSAGE);
      if (givenType !== kind)
        throw appsScriptError(signatureMessage(`DocumentApp.${givenType}`, cls, method));
    }
    const node = t.edit(method, (list, doc) => {
      const at = index === undefined ? list.length : index;
      if (typeof at !== 'number' || !Number.isInteger(at) || at < 0 || at > list.length)
        throw appsScriptError(insertIndexMessage(Number(at), list.length));
      if (given && !doc) notEmulated(`${cls}.${method}() of an element into a detached copy`);
      const id = idMaker(doc);
      let created: BlockNode;
      if (given) {
        created = cloneNode(given.detached as BlockNode, id);
      } else if (kind === 'TABLE') {
        created = tableFromCells(content, cls, method, id);
      } else {
        const p: ParagraphNode = { id: id(), text: String(content ?? '') };
        if (kind === 'LIST_ITEM') {
          p.type = 'LIST_ITEM';
          const before = list[at - 1] as ParagraphNode | undefined;
          // [unverified] an item right after a list item joins its list.
          p.listId = before?.type === 'LIST_ITEM' && before.listId ? before.listId : `kix.${id()}`;
        }
        created = p;
      }
      list.splice(at, 0, created);
      if (kind === 'TABLE' && t.isSection && at === list.length - 1)
        list.push({ id: id(), text: '' });
      return created;
    });
    if (given) {
      given.id = node.id;
      given.detached = undefined;
      return content;
    }
    return handleOf(node);
  };
  const inlineParagraph = (
    method: string,
    type: 'PAGE_BREAK' | 'HORIZONTAL_RULE',
    index?: unknown,
  ) => {
    const inlineId = t.edit(method, (list, doc) => {
      if (!doc) notEmulated(`${cls}.${method}() in a detached copy`);
      const at = index === undefined ? list.length : index;
      if (typeof at !== 'number' || at < 0 || at > list.length)
        throw appsScriptError(insertIndexMessage(Number(at), list.length));
      const inline = { id: nextId(doc), type };
      list.splice(at, 0, { id: nextId(doc), text: '', inline: [inline] });
      return inline.id;
    });
    return makers.element(new NodeRef(session, inlineId));
  };

  return {
    getText: () => t.read('getText', (list) => list.map(blockText).join('\n')),
    setText(text: unknown) {
      t.edit('setText', (list, doc) => {
        const id = idMaker(doc);
        list.splice(
          0,
          list.length,
          ...String(text)
            .split('\n')
            .map((line) => ({ id: id(), text: line })),
        );
      });
      return self();
    },
    clear() {
      t.edit(
        'clear',
        (list, doc) => void list.splice(0, list.length, { id: idMaker(doc)(), text: '' }),
      );
      return self();
    },
    getNumChildren: () => t.read('getNumChildren', (list) => list.length),
    getChild: (index: unknown) => {
      const node = t.read('getChild', (list) => {
        if (typeof index !== 'number' || index < 0 || index >= list.length)
          throw appsScriptError(childIndexMessage(Number(index), list.length));
        return list[index];
      });
      return handleOf(node);
    },
    getChildIndex: (child: unknown) => {
      const ref = refOf(child);
      return t.read('getChildIndex', (list) => {
        const i = ref?.id ? list.findIndex((n) => n.id === ref.id) : -1;
        // [unverified wording]
        if (i < 0) throw appsScriptError('Element does not contain the specified child element.');
        return i;
      });
    },
    removeChild(child: unknown) {
      const ref = refOf(child);
      const inList = t.read(
        'removeChild',
        (list) => !!ref?.id && list.some((n) => n.id === ref.id),
      );
      if (!ref || !inList)
        throw appsScriptError('Element does not contain the specified child element.'); // [unverified wording]
      (child as { removeFromParent(): unknown }).removeFromParent();
      return self();
    },
    appendParagraph: (content: unknown) =>
      insert('appendParagraph', 'PARAGRAPH', undefined, content),
    insertParagraph: (index: unknown, content: unknown) =>
      insert('insertParagraph', 'PARAGRAPH', index, content),
    appendListItem: (content: unknown) => insert('appendListItem', 'LIST_ITEM', undefined, content),
    insertListItem: (index: unknown, content: unknown) =>
      insert('insertListItem', 'LIST_ITEM', index, content),
    appendTable: (cells?: unknown) => insert('appendTable', 'TABLE', undefined, cells),
    insertTable: (index: unknown, cells?: unknown) => insert('insertTable', 'TABLE', index, cells),
    appendHorizontalRule: () => inlineParagraph('appendHorizontalRule', 'HORIZONTAL_RULE'),
    insertHorizontalRule: (index: unknown) =>
      inlineParagraph('insertHorizontalRule', 'HORIZONTAL_RULE', index ?? null),
    appendPageBreak: () => inlineParagraph('appendPageBreak', 'PAGE_BREAK'),
    insertPageBreak: (index: unknown) =>
      inlineParagraph('insertPageBreak', 'PAGE_BREAK', index ?? null),
    getParagraphs: () =>
      t.read('getParagraphs', (list) => paragraphsIn(list)).map((p) => handleOf(p)),
    getListItems: () =>
      t
        .read('getListItems', (list) => paragraphsIn(list).filter((p) => p.type === 'LIST_ITEM'))
        .map((p) => handleOf(p)),
    getTables: () => t.read('getTables', (list) => tablesIn(list)).map((n) => handleOf(n)),
    replaceText(pattern: unknown, replacement: unknown) {
      t.edit('replaceText', (list) => {
        for (const p of paragraphsIn(list)) replaceInParagraph(p, pattern, replacement);
      });
      return self();
    },
    findText: (pattern: unknown, from?: unknown) =>
      findIn(multiOwner(), cls, pattern, from, (id) => ownerById(session, id)),
    editAsText: () => (t.read('editAsText', () => null), textHandle(multiOwner())),
  };
}
