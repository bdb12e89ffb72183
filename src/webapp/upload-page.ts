import { t } from '../core/i18n';
import { escapeHtml } from '../core/text';
import type { Lang } from '../core/types';
import { ACCEPT, MAX_TEXT_CHARS, MAX_UPLOAD_BYTES, humanSize } from '../core/upload-rules';
import { clientByToken, ticketFor } from '../jobs/upload-identity';
import { tokenRefusal } from '../jobs/upload';
import { openWorkbook } from '../jobs/workbook-context';

/**
 * The upload page (src/addon/ui/upload.html with upload.ts and upload.css bundled in). Every
 * word is put in by the server, escaped by the template (`<?= ?>`), in the client's language;
 * the page works for text without JavaScript (a plain form POST to doPost) and sends files
 * through google.script.run. The page shows no name: the token is the only identity.
 */

/** The page's words: what the template prints and what the script shows later. */
function words(lang: Lang): Record<string, string> {
  const max = humanSize(MAX_UPLOAD_BYTES);
  const keys = [
    'webapp.title',
    'webapp.intro',
    'webapp.file.heading',
    'webapp.file.label',
    'webapp.file.send',
    'webapp.text.heading',
    'webapp.text.label',
    'webapp.text.send',
    'webapp.sending',
    'webapp.sent.text',
    'webapp.privacy',
    'webapp.help',
    'webapp.noscript',
    'webapp.refused.empty',
    'webapp.refused.too-big',
    'webapp.refused.bad-type',
    'webapp.refused.text-too-long',
    'webapp.refused.busy',
    'webapp.refused.failed',
  ];
  const out: Record<string, string> = {};
  for (const key of keys)
    out[key.replace(/^webapp\./, '')] = t(lang, key, {
      max: key.includes('text') ? MAX_TEXT_CHARS : max,
    });
  out['file.help'] = t(lang, 'webapp.file.help', { max });
  out['text.help'] = t(lang, 'webapp.text.help', { max: MAX_TEXT_CHARS });
  // The file's name is filled in by the page after a send.
  out['sent.file'] = t(lang, 'webapp.sent.file', { name: '{name}' });
  return out;
}

/** JSON that is safe inside a <script> element (no `</script>`, no line separators). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface PageNotice {
  ok: boolean;
  message: string;
}

function finish(
  output: GoogleAppsScript.HTML.HtmlOutput,
  title: string,
): GoogleAppsScript.HTML.HtmlOutput {
  // In Apps Script a web app's own <meta name="viewport"> is ignored (the page runs in an
  // iframe): it must be added here for phones to show the page at its real size.
  return output.setTitle(title).addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/**
 * The page for a token: the upload forms, or a plain refusal (in all our languages). `typed`:
 * the text a refused form POST carried, put back into the box so the person loses nothing.
 */
export function uploadPage(
  token: unknown,
  notice?: PageNotice,
  typed = '',
): GoogleAppsScript.HTML.HtmlOutput {
  const wb = openWorkbook();
  const client = clientByToken(token, wb);
  const template = HtmlService.createTemplateFromFile('upload');
  if (!client) {
    template.lang = wb.lang;
    template.refused = tokenRefusal().split('\n');
    template.w = words(wb.lang);
    template.config = scriptJson({ refused: true });
    template.notice = null;
    template.token = '';
    template.ticket = '';
    template.action = '';
    template.text = '';
    return finish(template.evaluate(), t(wb.lang, 'webapp.title'));
  }
  const lang = client.lang;
  const ticket = ticketFor(client);
  const w = words(lang);
  template.lang = lang;
  template.refused = null;
  template.w = w;
  template.notice = notice ?? null;
  template.token = client.token;
  template.ticket = ticket;
  template.accept = ACCEPT;
  // No maxlength on the box: a browser cuts a longer paste there without a word. The page's
  // script and the server refuse it instead, and the text stays in the box.
  template.text = notice && !notice.ok ? typed : '';
  template.action = ScriptApp.getService().getUrl() ?? '';
  template.config = scriptJson({
    refused: false,
    token: client.token,
    ticket,
    words: w,
  });
  return finish(template.evaluate(), w.title);
}

/** The web app's address with nothing but the page: where a bare visit lands. */
export function homePage(): GoogleAppsScript.HTML.HtmlOutput {
  const lines = (['fi', 'sv', 'en'] as Lang[]).map((lang) => t(lang, 'webapp.home'));
  const output = HtmlService.createHtmlOutput(
    `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Etäpaja</title></head><body style="font:18px/1.5 Arial,sans-serif;margin:16px"><main><h1>Etäpaja</h1>${lines
      .map((line, i) => `<p lang="${['fi', 'sv', 'en'][i]}">${escapeHtml(line)}</p>`)
      .join('')}</main></body></html>`,
  );
  return finish(output, 'Etäpaja');
}
