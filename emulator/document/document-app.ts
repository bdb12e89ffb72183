import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { createItem, driveStore, NO_ITEM_MESSAGE } from '../drive/common';
import { canView, ensureRoot } from '../drive/store';
import { type ContainerTarget, containerMethods } from './container';
import { elementMethods, inlineHandle, paragraphHandle } from './elements';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { locate, newDocBytes, nextId, type SectionName } from './model';
import { DocSession, makers, NodeRef, remember, typeOf } from './session';
import { tableCellHandle, tableHandle, tableRowHandle } from './table';

/**
 * DocumentApp: https://developers.google.com/apps-script/reference/document/document-app
 * A Google Doc is a Drive file of type MimeType.GOOGLE_DOCS whose bytes hold its content as JSON
 * (model.ts), so Drive's sharing, `getFileById`, `makeCopy` and the trash apply to it unchanged
 * (a template copied with `DriveApp.getFileById(id).makeCopy(name)` opens with
 * `DocumentApp.openById`). Element handles hold the document's and the element's ids and read
 * the store on every call (session.ts); see LIMITATIONS.md for what is kept.
 */

export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
export { CLOSED_MESSAGE, LAST_PARAGRAPH_MESSAGE, NOT_DETACHED_MESSAGE } from './session';

/** [unverified wording] addHeader() on a document that has one. */
export const HEADER_EXISTS_MESSAGE = 'Document already contains a header.';
/** [unverified wording] addFooter() on a document that has one. */
export const FOOTER_EXISTS_MESSAGE = 'Document already contains a footer.';

makers.element = (ref: NodeRef) => {
  const node = ref.detached ?? (ref.id ? locate(ref.session.peek(), ref.id)?.node : undefined);
  if (!node) throw appsScriptError('Element does not exist in the document.');
  const type = 'type' in node && node.type ? node.type : typeOf(node);
  switch (type) {
    case 'TABLE':
      return tableHandle(ref);
    case 'TABLE_ROW':
      return tableRowHandle(ref);
    case 'TABLE_CELL':
      return tableCellHandle(ref);
    case 'PAGE_BREAK':
    case 'HORIZONTAL_RULE':
      return inlineHandle(ref, type);
    default:
      return paragraphHandle(ref, type === 'LIST_ITEM');
  }
};

const SECTION_CLASS: Record<SectionName, string> = {
  body: 'Body',
  header: 'HeaderSection',
  footer: 'FooterSection',
};
const SECTION_TYPE: Record<SectionName, string> = {
  body: 'BODY_SECTION',
  header: 'HEADER_SECTION',
  footer: 'FOOTER_SECTION',
};

/** Body, HeaderSection or FooterSection. */
makers.section = (session: DocSession, section: SectionName) => {
  const C = SECTION_CLASS[section];
  const listOf = (doc: ReturnType<DocSession['peek']>) => {
    const list = section === 'body' ? doc.paragraphs : doc[section];
    // [unverified wording] a header or footer handle after the section was removed.
    if (!list) throw appsScriptError('Element does not exist in the document.');
    return list;
  };
  const target: ContainerTarget = {
    session,
    cls: C,
    isSection: true,
    read: (method, use) => {
      const doc = session.read(C, method);
      return use(listOf(doc), doc);
    },
    edit: (method, change) => session.edit(C, method, (doc) => change(listOf(doc), doc)),
  };
  const ref = new NodeRef(session, null);
  const methods: Record<string, unknown> = {
    ...containerMethods(target, () => handle),
    getType: () => (session.read(C, 'getType'), SECTION_TYPE[section]),
    toString: () => C,
  };
  // Casts (asBody…) as every element has; the section's other Element methods are not emulated.
  const element = elementMethods(ref, C, SECTION_TYPE[section], () => handle);
  for (const key of Object.keys(element)) if (key.startsWith('as')) methods[key] = element[key];
  if (section !== 'body') {
    delete methods.appendPageBreak;
    delete methods.insertPageBreak;
  }
  const handle: Record<string, unknown> = withCoverage(methods, C);
  return remember(handle, ref);
};

function openDocument(ctx: ScriptContext, id: string) {
  const session = new DocSession(ctx, id);
  const addSection = (section: 'header' | 'footer', method: string, exists: string) => {
    session.edit('Document', method, (doc) => {
      if (doc[section]) throw appsScriptError(exists);
      doc[section] = [{ id: nextId(doc), text: '' }];
    });
    return makers.section(session, section);
  };
  const getSection = (section: 'header' | 'footer', method: string) =>
    session.read('Document', method)[section] ? makers.section(session, section) : null;
  return withCoverage(
    {
      getId: () => (session.item('Document', 'getId', false), id),
      getName: () => session.item('Document', 'getName', false).name,
      setName(name: string) {
        session.item('Document', 'setName', true).name = String(name);
        return null;
      },
      getUrl: () => (
        session.item('Document', 'getUrl', false),
        `https://docs.google.com/document/d/${id}/edit`
      ),
      getBody: () => (session.item('Document', 'getBody', false), makers.section(session, 'body')),
      getHeader: () => getSection('header', 'getHeader'),
      getFooter: () => getSection('footer', 'getFooter'),
      addHeader: () => addSection('header', 'addHeader', HEADER_EXISTS_MESSAGE),
      addFooter: () => addSection('footer', 'addFooter', FOOTER_EXISTS_MESSAGE),
      saveAndClose() {
        session.item('Document', 'saveAndClose', false);
        session.close();
      },
      toString: () => 'Document',
    },
    'Document',
  );
}

export function createDocumentApp(ctx: ScriptContext) {
  const open = (id: string) => {
    const store = driveStore(ctx);
    const found = store.items[id];
    if (!found || found.trashed || found.mimeType !== GOOGLE_DOCS || !canView(store, id, ctx.user))
      throw appsScriptError(NO_ITEM_MESSAGE);
    return openDocument(ctx, id);
  };
  return withCoverage(
    {
      Attribute,
      ElementType,
      GlyphType,
      HorizontalAlignment,
      ParagraphHeading,
      create(name: string) {
        ctx.rt.call('DocumentApp', 'create');
        if (name === undefined || name === null || String(name) === '')
          throw appsScriptError('Invalid argument: name');
        const store = driveStore(ctx);
        const root = ensureRoot(store, ctx.user, ctx.rt.clock.now(), () => ctx.rt.newId());
        // A new document has one empty paragraph, as in Docs.
        return openDocument(
          ctx,
          createItem(ctx, root, 'file', String(name), GOOGLE_DOCS, newDocBytes()),
        );
      },
      openById(id: string) {
        ctx.rt.call('DocumentApp', 'openById');
        return open(String(id));
      },
      openByUrl(url: string) {
        ctx.rt.call('DocumentApp', 'openByUrl');
        const id = /\/document\/d\/([^/?#]+)/.exec(String(url))?.[1];
        if (!id) throw appsScriptError(NO_ITEM_MESSAGE);
        return open(id);
      },
      toString: () => 'DocumentApp',
    },
    'DocumentApp',
  );
}
