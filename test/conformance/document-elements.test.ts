import { Workspace } from '../../emulator/workspace';
import {
  CLOSED_MESSAGE,
  LAST_PARAGRAPH_MESSAGE,
  NOT_DETACHED_MESSAGE,
  parseDoc,
} from '../../emulator/document';
import { createItem, driveStore } from '../../emulator/drive/common';
import { ensureRoot } from '../../emulator/drive/store';

const REF = 'https://developers.google.com/apps-script/reference/document';

function run(code: string, fn = 'main', args: unknown[] = []) {
  const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
  ws.push('p', code, { timeZone: 'Europe/Helsinki' });
  const result = ws.run('p', fn, args);
  return { ws, value: result.value, error: String(result.error ?? '') };
}

/**
 * A script in the style of Google's Docs samples: a template kept in Drive, copied with makeCopy,
 * {{placeholders}} replaced, then a heading, a list, a table and bold text appended
 * (https://developers.google.com/apps-script/samples/automations/mail-merge,
 * https://developers.google.com/apps-script/guides/docs).
 */
const SAMPLE = `
function makeTemplate() {
  var doc = DocumentApp.create('Invoice template');
  var body = doc.getBody();
  body.getChild(0).asParagraph().setText('Dear {{name}},');
  body.appendParagraph('Your order {{order}} has shipped.');
  doc.saveAndClose();
  return doc.getId();
}
function fill(templateId) {
  var copy = DriveApp.getFileById(templateId).makeCopy('Invoice Aino');
  var doc = DocumentApp.openById(copy.getId());
  var body = doc.getBody();
  body.replaceText('{{name}}', 'Aino');
  body.replaceText('{{order}}', '#42');
  body.appendParagraph('Items').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendListItem('Tea').setGlyphType(DocumentApp.GlyphType.BULLET);
  body.appendListItem('Cups');
  var table = body.appendTable([['Item', 'Price'], ['Tea', '4.50']]);
  table.getRow(0).editAsText().setBold(true);
  var total = body.appendParagraph('Total: ');
  total.appendText('4.50 €').setBold(true);
  var found = body.findText('#\\\\d+');
  found.getElement().asText().setItalic(found.getStartOffset(), found.getEndOffsetInclusive(), true);
  doc.saveAndClose();
  var types = [];
  for (var i = 0; i < body.getNumChildren(); i++) types.push(String(body.getChild(i).getType()));
  return {
    text: body.getText(),
    types: types,
    heading: String(body.getParagraphs()[2].getHeading()),
    items: body.getListItems().map(function (li) { return li.getText(); }),
    cell: body.getTables()[0].getCell(1, 1).getText(),
    headerBold: body.getTables()[0].getCell(0, 0).editAsText().isBold(),
    totalBold: [total.editAsText().isBold(0), total.editAsText().isBold(7)],
    italic: body.getChild(1).asParagraph().editAsText().isItalic(11),
    template: DocumentApp.openById(templateId).getBody().getText(),
  };
}`;

describe(`A Google-sample style script, end to end — ${REF}/body, ${REF}/text`, () => {
  it('copies a template, fills it and appends a heading, a list, a table and bold text', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    ws.push('p', SAMPLE, { timeZone: 'Europe/Helsinki' });
    const made = ws.run('p', 'makeTemplate');
    expect(made.error).toBeUndefined();
    const filled = ws.run('p', 'fill', [made.value]);
    expect(filled.error).toBeUndefined();
    expect(filled.value).toEqual({
      // A table appended last is followed by an empty paragraph: a section ends with a paragraph.
      text: 'Dear Aino,\nYour order #42 has shipped.\nItems\nTea\nCups\nItem\nPrice\nTea\n4.50\n\nTotal: 4.50 €',
      types: [
        'PARAGRAPH',
        'PARAGRAPH',
        'PARAGRAPH',
        'LIST_ITEM',
        'LIST_ITEM',
        'TABLE',
        'PARAGRAPH',
        'PARAGRAPH',
      ],
      heading: 'HEADING1',
      items: ['Tea', 'Cups'],
      cell: '4.50',
      headerBold: true,
      totalBold: [null, true],
      italic: true,
      template: 'Dear {{name}},\nYour order {{order}} has shipped.',
    });
  });
});

describe(`Paragraph — ${REF}/paragraph`, () => {
  it('setHeading, setAlignment and setAttributes read back through the getters and getAttributes', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      var p = body.appendParagraph('Title').setHeading(DocumentApp.ParagraphHeading.HEADING1)
        .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
      var style = {};
      style[DocumentApp.Attribute.BOLD] = true;
      style[DocumentApp.Attribute.FONT_SIZE] = 18;
      style[DocumentApp.Attribute.FONT_FAMILY] = 'Calibri';
      style[DocumentApp.Attribute.FOREGROUND_COLOR] = '#FF0000';
      var q = body.appendParagraph('Body').setAttributes(style);
      var a = q.getAttributes();
      return [String(p.getHeading()), String(p.getAlignment()), String(p.getType()),
        String(body.appendParagraph('n').getHeading()), a.BOLD, a.FONT_SIZE, a.FONT_FAMILY,
        a.FOREGROUND_COLOR, a.ITALIC, String(a.HEADING), String(p.getParent().getType())];
    }`);
    expect(error).toBe('');
    expect(value).toEqual([
      'HEADING1',
      'CENTER',
      'PARAGRAPH',
      'NORMAL',
      true,
      18,
      'Calibri',
      '#ff0000',
      null,
      'NORMAL',
      'BODY_SECTION',
    ]);
  });

  it('editAsText formats whole text or (start, endInclusive) ranges; appendText returns the new text', () => {
    const { value, error } = run(`function main() {
      var p = DocumentApp.create('x').getBody().appendParagraph('Hello');
      var t = p.editAsText();
      t.setItalic(true).setFontSize(0, 1, 14).setLinkUrl(2, 4, 'https://example.com');
      var w = p.appendText(' world').setBold(true);
      return [w.getText(), p.getText(), t.isItalic(), t.getFontSize(0), t.getFontSize(2), t.getFontSize(),
        t.getLinkUrl(3), t.isBold(0), t.isBold(6), JSON.stringify(t.getTextAttributeIndices())];
    }`);
    expect(error).toBe('');
    // The appended text takes the attributes of the text before it (italic), as typing does.
    expect(value).toEqual([
      ' world',
      'Hello world',
      true,
      14,
      null,
      null,
      'https://example.com',
      null,
      true,
      '[0,2,5]',
    ]);
  });

  it('copy() is detached; appending it attaches it, and appending an attached element fails', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      var p = body.appendParagraph('a').setHeading(DocumentApp.ParagraphHeading.HEADING2);
      var c = p.copy();
      var before = c.getParent();
      body.appendParagraph(c);
      var out = [before, String(c.getHeading()), body.getChildIndex(c), body.getNumChildren()];
      try { body.appendParagraph(p); } catch (e) { out.push(e.message); }
      var removed = body.getChild(1).removeFromParent();
      out.push(removed.getText(), body.getText());
      return out;
    }`);
    expect(error).toBe('');
    expect(value).toEqual([null, 'HEADING2', 2, 3, NOT_DETACHED_MESSAGE, 'a', '\na']);
  });

  it("the last paragraph of a section cannot be removed (Google's text)", () => {
    const { error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      body.appendParagraph('a');
      body.getChild(1).removeFromParent();
    }`);
    expect(error).toContain(LAST_PARAGRAPH_MESSAGE);
  });

  it('wrong enum arguments and unknown attributes are refused, not ignored', () => {
    const heading = run(
      `function main() { DocumentApp.create('x').getBody().appendParagraph('a').setHeading('BIG'); }`,
    );
    expect(heading.error).toContain(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
    const attr = run(
      `function main() { DocumentApp.create('x').getBody().appendParagraph('a').setAttributes({ BORDER_WIDTH: 1 }); }`,
    );
    expect(attr.error).toContain(
      'Not emulated: Paragraph.setAttributes() with the attribute BORDER_WIDTH',
    );
  });
});

describe(`Body — ${REF}/body, ${REF}/list-item, ${REF}/table, ${REF}/range-element`, () => {
  it('insertParagraph, getChild, getChildIndex and removeChild keep handles on their elements', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      var b = body.appendParagraph('b');
      body.insertParagraph(0, 'a');
      b.setText('B');
      var out = [body.getText(), body.getChildIndex(b), body.getChild(2).getText()];
      body.removeChild(body.getChild(0));
      out.push(body.getText());
      try { body.getChild(5); } catch (e) { out.push(e.message); }
      return out;
    }`);
    expect(error).toBe('');
    expect(value).toEqual([
      'a\n\nB',
      2,
      'B',
      '\nB',
      'Child index (5) must be less than the number of child elements (2).',
    ]);
  });

  it('list items have glyph types, nesting levels and a shared list id', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      var one = body.appendListItem('one');
      var two = body.appendListItem('two').setNestingLevel(1).setGlyphType(DocumentApp.GlyphType.NUMBER);
      return [String(one.getGlyphType()), String(two.getGlyphType()), two.getNestingLevel(),
        one.getListId() === two.getListId(), String(one.getType()), body.getListItems().length,
        body.getParagraphs().length];
    }`);
    expect(error).toBe('');
    expect(value).toEqual(['BULLET', 'NUMBER', 1, true, 'LIST_ITEM', 2, 3]);
  });

  it('tables from string[][]: rows, cells, appended cells; getValues() numbers are refused', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      var t = body.appendTable([['a', 'b'], ['c', 'd']]);
      t.getRow(1).appendTableCell('e');
      t.getCell(0, 0).setText('A');
      var out = [t.getNumRows(), t.getRow(1).getNumCells(), t.getCell(1, 2).getText(), t.getText(),
        String(t.getCell(0, 1).getParentRow().getType()), body.getTables().length,
        String(t.getCell(0, 0).getParentTable().getType())];
      try { body.appendTable([[1, 2]]); } catch (e) { out.push(e.message); }
      return out;
    }`);
    expect(error).toBe('');
    expect(value).toEqual([
      2,
      3,
      'e',
      'A\nb\nc\nd\ne',
      'TABLE_ROW',
      1,
      'TABLE',
      "The parameters (Object[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    ]);
  });

  it('findText returns RangeElements over Text and continues from a previous result', () => {
    const { value, error } = run(`function main() {
      var body = DocumentApp.create('x').getBody();
      body.appendParagraph('cat and cat');
      body.appendTable([['cat']]);
      var out = [];
      for (var r = body.findText('cat'); r; r = body.findText('cat', r))
        out.push([r.getStartOffset(), r.getEndOffsetInclusive(), r.isPartial(), String(r.getElement().getType()),
          String(r.getElement().getParent().getType())].join(' '));
      out.push(body.findText('dog'));
      return out;
    }`);
    expect(error).toBe('');
    expect(value).toEqual([
      '0 2 true TEXT PARAGRAPH',
      '8 10 true TEXT PARAGRAPH',
      '0 2 false TEXT PARAGRAPH',
      null,
    ]);
  });

  it('page breaks and horizontal rules sit in new paragraphs; headers and footers are sections', () => {
    const { value, error } = run(`function main() {
      var doc = DocumentApp.create('x');
      var body = doc.getBody();
      var br = body.appendPageBreak();
      var hr = body.appendHorizontalRule();
      var header = doc.addHeader();
      header.appendParagraph('Kela');
      return [String(br.getType()), String(br.getParent().getType()), String(hr.getType()),
        body.getNumChildren(), String(header.getType()), doc.getHeader().getText(), doc.getFooter()];
    }`);
    expect(error).toBe('');
    expect(value).toEqual([
      'PAGE_BREAK',
      'PARAGRAPH',
      'HORIZONTAL_RULE',
      3,
      'HEADER_SECTION',
      '\nKela',
      null,
    ]);
  });

  it('a closed document cannot be formatted either', () => {
    const { error } = run(`function main() {
      var d = DocumentApp.create('x'); var p = d.getBody().appendParagraph('a'); d.saveAndClose();
      p.setHeading(DocumentApp.ParagraphHeading.TITLE);
    }`);
    expect(error).toContain(CLOSED_MESSAGE);
  });

  it('PDF conversion is not emulated', () => {
    const { error } = run(`function main() { DocumentApp.create('x').getAs('application/pdf'); }`);
    expect(error).toContain('Not emulated: Document.getAs()');
    const drive = run(`function main() {
      DriveApp.getFileById(DocumentApp.create('x').getId()).getAs('application/pdf');
    }`);
    expect(drive.error).toContain('Not emulated');
  });
});

describe('Stored documents stay readable', () => {
  it('a document saved in the older { paragraphs: string[] } form opens and can be edited', () => {
    const ws = Workspace.init('', { start: '2026-01-05T08:00:00+02:00' });
    ws.push('p', 'function noop() {}', { timeZone: 'Europe/Helsinki' });
    const ctx = ws.contextFor('p');
    const store = driveStore(ctx);
    const root = ensureRoot(store, ctx.user, ws.rt.clock.now(), () => ws.rt.newId());
    const bytes = Buffer.from(JSON.stringify({ paragraphs: ['', 'Hei {{name}}', 'loppu'] }));
    const id = createItem(ctx, root, 'file', 'old', 'application/vnd.google-apps.document', bytes);
    ws.push(
      'p',
      `function main(id) {
      var body = DocumentApp.openById(id).getBody();
      body.getParagraphs()[1].setHeading(DocumentApp.ParagraphHeading.HEADING2);
      body.replaceText('{{name}}', 'Aino');
      return [body.getText(), String(body.getChild(1).getHeading())];
    }`,
      { timeZone: 'Europe/Helsinki' },
    );
    const result = ws.run('p', 'main', [id]);
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual(['\nHei Aino\nloppu', 'HEADING2']);
    const saved = parseDoc(Buffer.from(store.items[id].contentBase64 ?? '', 'base64'));
    expect(saved.paragraphs.map((p) => ('text' in p ? p.text : ''))).toEqual([
      '',
      'Hei Aino',
      'loppu',
    ]);
  });
});
