import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import {
  blockText,
  cloneNode,
  type DocContent,
  locate,
  nextId,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from './model';
import { type ContainerTarget, containerMethods, paragraphsIn } from './container';
import { elementMethods } from './elements';
import {
  type AnyNode,
  childIndexMessage,
  makers,
  NodeRef,
  NOT_DETACHED_MESSAGE,
  refOf,
  remember,
  signatureMessage,
  typeOf,
} from './session';
import { checkTextValue, findIn, ownerById, replaceInParagraph, textHandle } from './text';

/**
 * Table, TableRow and TableCell:
 * https://developers.google.com/apps-script/reference/document/table, …/table-row, …/table-cell.
 * Only text content is kept (no widths, borders, padding, spans or merged cells), except a cell's
 * background colour.
 */

function idMaker(doc: DocContent | undefined): () => string {
  let n = 0;
  return doc ? () => nextId(doc) : () => `detached-new${++n}`;
}

function checkIndex(index: unknown, count: number): number {
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count)
    throw appsScriptError(childIndexMessage(Number(index), count));
  return index;
}

/** Text reading, replaceText, findText and editAsText over every paragraph of a table or row. */
function textMethods(
  ref: NodeRef,
  cls: string,
  self: () => unknown,
  cellsOf: (n: AnyNode) => TableCellNode[],
) {
  const owner = {
    session: ref.session,
    read: <T>(_c: string, method: string, use: (p: ReturnType<typeof paragraphsIn>) => T) =>
      ref.read(cls, method, (node) => use(cellsOf(node).flatMap((c) => paragraphsIn(c.children)))),
    edit: <T>(_c: string, method: string, change: (p: ReturnType<typeof paragraphsIn>) => T) =>
      ref.edit(cls, method, (node) =>
        change(cellsOf(node).flatMap((c) => paragraphsIn(c.children))),
      ),
    parent: self,
  };
  return {
    getText: () => ref.read(cls, 'getText', (node) => blockText(node)),
    replaceText(pattern: unknown, replacement: unknown) {
      owner.edit(cls, 'replaceText', (paras) => {
        for (const p of paras) replaceInParagraph(p, pattern, replacement);
      });
      return self();
    },
    findText: (pattern: unknown, from?: unknown) =>
      findIn(owner, cls, pattern, from, (id) => ownerById(ref.session, id)),
    editAsText: () => (ref.read(cls, 'editAsText', () => null), textHandle(owner)),
  };
}

/** Takes a detached element handle of `type` for an append or insert, or undefined. */
function detachedOf(content: unknown, type: string, cls: string, method: string) {
  const given = refOf(content);
  if (!given) return undefined;
  if (!given.detached) throw appsScriptError(NOT_DETACHED_MESSAGE);
  if (typeOf(given.detached) !== type)
    throw appsScriptError(signatureMessage(`DocumentApp.${typeOf(given.detached)}`, cls, method));
  return given;
}

/** What Table has of rows and TableRow of cells: count, get, insert (new or detached), remove. */
function childList<T extends TableRowNode | TableCellNode>(
  ref: NodeRef,
  C: string,
  type: string,
  listOf: (node: AnyNode) => T[],
  fresh: (make: () => string, content: unknown) => T,
) {
  const child = (id: string) => makers.element(new NodeRef(ref.session, id));
  const add = (method: string, index: unknown, content: unknown) => {
    const given = detachedOf(content, type, C, method);
    const id = ref.edit(C, method, (node, _place, doc) => {
      const list = listOf(node);
      const at = index === undefined ? list.length : index;
      if (typeof at !== 'number' || at < 0 || at > list.length)
        throw appsScriptError(childIndexMessage(Number(at), list.length));
      const make = idMaker(doc);
      const item = given ? (cloneNode(given.detached as T, make) as T) : fresh(make, content);
      list.splice(at, 0, item);
      return item.id;
    });
    if (!given) return child(id);
    given.id = id;
    given.detached = undefined;
    return content;
  };
  return {
    count: (method: string) => () => ref.read(C, method, (n) => listOf(n).length),
    get: (method: string) => (i: unknown) =>
      child(ref.read(C, method, (n) => listOf(n)[checkIndex(i, listOf(n).length)].id)),
    add,
    remove: (method: string) => (i: unknown) => {
      const removed = ref.edit(C, method, (n) => {
        const list = listOf(n);
        return list.splice(checkIndex(i, list.length), 1)[0];
      });
      return makers.element(new NodeRef(ref.session, null, removed as unknown as AnyNode));
    },
  };
}

export function tableHandle(ref: NodeRef): Record<string, unknown> {
  const C = 'Table';
  const rowsOf = (node: AnyNode) => (node as TableNode).rows;
  const rows = childList<TableRowNode>(ref, C, 'TABLE_ROW', rowsOf, (make) => ({
    id: make(),
    cells: [],
  }));
  const handle: Record<string, unknown> = withCoverage(
    {
      ...elementMethods(ref, C, 'TABLE', () => handle),
      ...textMethods(
        ref,
        C,
        () => handle,
        (n) => rowsOf(n).flatMap((r) => r.cells),
      ),
      getNumRows: rows.count('getNumRows'),
      getNumChildren: rows.count('getNumChildren'),
      getRow: rows.get('getRow'),
      getChild: rows.get('getChild'),
      getCell: (r: unknown, c: unknown) =>
        makers.element(
          new NodeRef(
            ref.session,
            ref.read(C, 'getCell', (n) => {
              const row = rowsOf(n)[checkIndex(r, rowsOf(n).length)];
              return row.cells[checkIndex(c, row.cells.length)].id;
            }),
          ),
        ),
      appendTableRow: (row?: unknown) => rows.add('appendTableRow', undefined, row),
      insertTableRow: (i: unknown, row?: unknown) => rows.add('insertTableRow', i, row),
      removeRow: rows.remove('removeRow'),
      toString: () => C,
    },
    C,
  );
  return remember(handle, ref);
}

export function tableRowHandle(ref: NodeRef): Record<string, unknown> {
  const C = 'TableRow';
  const cellsOf = (node: AnyNode) => (node as TableRowNode).cells;
  const cells = childList<TableCellNode>(ref, C, 'TABLE_CELL', cellsOf, (make, content) => ({
    id: make(),
    children: [{ id: make(), text: content === undefined ? '' : String(content) }],
  }));
  const handle: Record<string, unknown> = withCoverage(
    {
      ...elementMethods(ref, C, 'TABLE_ROW', () => handle),
      ...textMethods(ref, C, () => handle, cellsOf),
      getNumCells: cells.count('getNumCells'),
      getNumChildren: cells.count('getNumChildren'),
      getCell: cells.get('getCell'),
      getChild: cells.get('getChild'),
      getParentTable: () =>
        ref.read(C, 'getParentTable', (_n, place) => parentOf(ref, place?.parent)),
      appendTableCell: (content?: unknown) => cells.add('appendTableCell', undefined, content),
      insertTableCell: (i: unknown, content?: unknown) => cells.add('insertTableCell', i, content),
      removeCell: cells.remove('removeCell'),
      toString: () => C,
    },
    C,
  );
  return remember(handle, ref);
}

function parentOf(ref: NodeRef, parent: { kind: string; id?: string } | undefined) {
  return parent?.kind === 'NODE' && parent.id
    ? makers.element(new NodeRef(ref.session, parent.id))
    : null;
}

export function tableCellHandle(ref: NodeRef): Record<string, unknown> {
  const C = 'TableCell';
  const childrenOf = (node: AnyNode) => (node as TableCellNode).children;
  const target: ContainerTarget = {
    session: ref.session,
    cls: C,
    isSection: false,
    read: (method, use) => ref.read(C, method, (node) => use(childrenOf(node))),
    edit: (method, change) => ref.edit(C, method, (node, _p, doc) => change(childrenOf(node), doc)),
  };
  const container = containerMethods(target, () => handle);
  // PageBreaks may not be contained within a TableCell (Body.appendPageBreak's reference).
  delete container.appendPageBreak;
  delete container.insertPageBreak;
  const parentRowId = (method: string) =>
    ref.read(C, method, (_n, place) => (place?.parent.kind === 'NODE' ? place.parent.id : null));
  const handle: Record<string, unknown> = withCoverage(
    {
      ...elementMethods(ref, C, 'TABLE_CELL', () => handle),
      ...container,
      getParentRow: () => {
        const id = parentRowId('getParentRow');
        return id ? makers.element(new NodeRef(ref.session, id)) : null;
      },
      getParentTable: () => {
        const id = parentRowId('getParentTable');
        const row = id ? locate(ref.session.peek(), id) : undefined;
        return parentOf(ref, row?.parent);
      },
      getBackgroundColor: () =>
        ref.read(C, 'getBackgroundColor', (n) => (n as TableCellNode).background ?? null),
      setBackgroundColor(color: unknown) {
        const value = checkTextValue(C, 'setBackgroundColor', 'BACKGROUND_COLOR', color);
        ref.edit(C, 'setBackgroundColor', (n) => {
          const cell = n as TableCellNode;
          if (value === null) delete cell.background;
          else cell.background = String(value);
        });
        return handle;
      },
      toString: () => C,
    },
    C,
  );
  return remember(handle, ref);
}
