import { createContentService, createHtmlService } from '../../emulator/html';
import { projectsStore, type ProjectsStore } from '../../emulator/projects/store';
import { makeTestContext } from '../helpers/runtime';

function context(files: Record<string, string> = {}) {
  const ctx = makeTestContext();
  ctx.rt.store<ProjectsStore>(projectsStore.name).projects[ctx.projectId] = {
    id: ctx.projectId,
    name: 'test',
    code: '',
    manifest: {},
    pushedAt: 0,
    files,
  };
  return ctx;
}

describe('https://developers.google.com/apps-script/reference/html/html-service', () => {
  it('createHtmlOutputFromFile reads a project file, with or without .html', () => {
    const html = createHtmlService(context({ page: '<p>Hei</p>' }));
    expect(html.createHtmlOutputFromFile('page').getContent()).toBe('<p>Hei</p>');
    expect(html.createHtmlOutputFromFile('page.html').getContent()).toBe('<p>Hei</p>');
  });

  it('a missing file throws Google\u2019s message', () => {
    const html = createHtmlService(context());
    expect(() => html.createHtmlOutputFromFile('nope')).toThrow(
      'No HTML file named nope was found.',
    );
  });

  it('HtmlOutput keeps title, width and appends', () => {
    const out = createHtmlService(context())
      .createHtmlOutput('<b>a</b>')
      .setTitle('T')
      .setWidth(300)
      .append('<i>b</i>');
    expect(out.getTitle()).toBe('T');
    expect(out.getWidth()).toBe(300);
    expect(out.getContent()).toBe('<b>a</b><i>b</i>');
  });

  it('setXFrameOptionsMode takes the enum; addMetaTag only the allowed names', () => {
    const html = createHtmlService(context());
    const out = html.createHtmlOutput('');
    expect(() => out.setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL)).not.toThrow();
    out.addMetaTag('viewport', 'width=device-width');
    expect(out.getMetaTags()[0].getName()).toBe('viewport');
    expect(() => out.addMetaTag('refresh', '0')).toThrow();
  });
});

describe('https://developers.google.com/apps-script/guides/html/templates', () => {
  it('<?= ?> escapes, <?!= ?> prints as is, <? ?> runs code', () => {
    const html = createHtmlService(
      context({ t: '<p><?= name ?>|<?!= raw ?>|<? for (var i = 0; i < 2; i++) { ?>x<? } ?></p>' }),
    );
    const template = html.createTemplateFromFile('t');
    template.name = '<script>alert(1)</script>';
    template.raw = '<b>ok</b>';
    expect(template.evaluate().getContent()).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;|<b>ok</b>|xx</p>',
    );
  });

  it('getRawContent gives the source', () => {
    const html = createHtmlService(context());
    expect(html.createTemplate('<?= 1 ?>').getRawContent()).toBe('<?= 1 ?>');
  });
});

describe('https://developers.google.com/apps-script/reference/content/content-service', () => {
  it('createTextOutput with a MIME type', () => {
    const content = createContentService(context());
    const out = content.createTextOutput('{"a":1}').setMimeType(content.MimeType.JSON);
    expect(out.getContent()).toBe('{"a":1}');
    expect(String(out.getMimeType())).toBe('JSON');
    expect(String(content.createTextOutput().getMimeType())).toBe('TEXT');
  });
});
