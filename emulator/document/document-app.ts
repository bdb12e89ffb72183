import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { createItem, driveStore, NO_ITEM_MESSAGE } from '../drive/common';
import { canEdit, canView, ensureRoot, type DriveItem } from '../drive/store';
import { namedEnum } from '../base/enums';

/**
 * DocumentApp, the subset that makes a document from a template:
 * https://developers.google.com/apps-script/reference/document/document-app
 * A Google Doc is a Drive file of type MimeType.GOOGLE_DOCS whose bytes hold its paragraphs, so
 * Drive's sharing, `getFileById`, `makeCopy` and the trash apply to it unchanged (a template
 * copied with `DriveApp.getFileById(id).makeCopy(name)` opens with `DocumentApp.openById`).
 */

export const GOOGLE_DOCS = 'application/vnd.google-apps.document';
/** [unverified wording] after saveAndClose(), modelled on Apps Script's closed-document error. */
export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

interface DocContent {
  paragraphs: string[];
}

function readDoc(item: DriveItem): DocContent {
  try {
    const parsed = JSON.parse(Buffer.from(item.contentBase64 ?? '', 'base64').toString('utf8'));
    if (Array.isArray(parsed?.paragraphs)) return { paragraphs: parsed.paragraphs.map(String) };
  } catch {
    // Not our format: an uploaded .gdoc stand-in is one empty paragraph.
  }
  return { paragraphs: [''] };
}

function writeDoc(ctx: ScriptContext, item: DriveItem, doc: DocContent): void {
  item.contentBase64 = Buffer.from(JSON.stringify(doc)).toString('base64');
  item.updated = ctx.rt.clock.now();
}

/**
 * Google's replaceText takes the pattern as a string of a regular expression (RE2) and never
 * matches across paragraphs: https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 */
function replaceIn(text: string, pattern: string, replacement: string): string {
  return text.replace(new RegExp(pattern, 'g'), () => replacement);
}

function openDocument(ctx: ScriptContext, id: string) {
  let closed = false;
  const item = (method: string, write: boolean): DriveItem => {
    ctx.rt.call('Document', method);
    if (closed && write) throw appsScriptError(CLOSED_MESSAGE);
    const found = driveStore(ctx).items[id];
    if (!found || found.trashed) throw appsScriptError(NO_ITEM_MESSAGE);
    if (write && !canEdit(driveStore(ctx), id, ctx.user))
      throw appsScriptError('Access denied: DocumentApp.');
    return found;
  };
  const edit = (method: string, change: (doc: DocContent) => void) => {
    const found = item(method, true);
    const doc = readDoc(found);
    change(doc);
    writeDoc(ctx, found, doc);
  };
  const paragraph = (index: number) => {
    const handle: Record<string, unknown> = withCoverage(
      {
        getText: () => readDoc(item('getText', false)).paragraphs[index] ?? '',
        setText(text: string) {
          edit('setText', (doc) => (doc.paragraphs[index] = String(text)));
          return handle;
        },
        replaceText(pattern: string, replacement: string) {
          edit('replaceText', (doc) => {
            const current = doc.paragraphs[index] ?? '';
            doc.paragraphs[index] = replaceIn(current, String(pattern), String(replacement));
          });
          return handle;
        },
        toString: () => 'Paragraph',
      },
      'Paragraph',
    );
    return handle;
  };
  const body = withCoverage(
    {
      getText: () => readDoc(item('getText', false)).paragraphs.join('\n'),
      getParagraphs: () =>
        readDoc(item('getParagraphs', false)).paragraphs.map((_, i) => paragraph(i)),
      getNumChildren: () => readDoc(item('getNumChildren', false)).paragraphs.length,
      appendParagraph(text: string) {
        let index = 0;
        edit('appendParagraph', (doc) => (index = doc.paragraphs.push(String(text)) - 1));
        return paragraph(index);
      },
      setText(text: string) {
        edit('setText', (doc) => (doc.paragraphs = String(text).split('\n')));
        return body;
      },
      clear() {
        edit('clear', (doc) => (doc.paragraphs = ['']));
        return body;
      },
      replaceText(pattern: string, replacement: string) {
        edit('replaceText', (doc) => {
          doc.paragraphs = doc.paragraphs.map((p) =>
            replaceIn(p, String(pattern), String(replacement)),
          );
        });
        return body;
      },
      toString: () => 'Body',
    },
    'Body',
  );
  return withCoverage(
    {
      getId: () => (item('getId', false), id),
      getName: () => item('getName', false).name,
      setName(name: string) {
        item('setName', true).name = String(name);
        return null;
      },
      getUrl: () => (item('getUrl', false), `https://docs.google.com/document/d/${id}/edit`),
      getBody: () => (item('getBody', false), body),
      saveAndClose() {
        item('saveAndClose', false);
        closed = true;
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
      /** https://developers.google.com/apps-script/reference/document/paragraph-heading */
      ParagraphHeading: namedEnum(
        'NORMAL',
        'HEADING1',
        'HEADING2',
        'HEADING3',
        'HEADING4',
        'HEADING5',
        'HEADING6',
        'TITLE',
        'SUBTITLE',
      ),
      create(name: string) {
        ctx.rt.call('DocumentApp', 'create');
        if (name === undefined || name === null || String(name) === '')
          throw appsScriptError('Invalid argument: name');
        const store = driveStore(ctx);
        const root = ensureRoot(store, ctx.user, ctx.rt.clock.now(), () => ctx.rt.newId());
        // A new document has one empty paragraph, as in Docs.
        const bytes = Buffer.from(JSON.stringify({ paragraphs: [''] }));
        return openDocument(ctx, createItem(ctx, root, 'file', String(name), GOOGLE_DOCS, bytes));
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
