import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { EmulatedBlob } from '../runtime/blob';
import { contentBuffer } from './content-buffer';

/**
 * HtmlOutput: https://developers.google.com/apps-script/reference/html/html-output
 * A value object (nothing of it is stored between executions), so a plain closure is enough.
 */

export const XFrameOptionsMode = Object.freeze({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
export const SandboxMode = Object.freeze({
  EMULATED: 'EMULATED',
  IFRAME: 'IFRAME',
  NATIVE: 'NATIVE',
});

/** The only meta tags Apps Script lets a page add (HtmlOutput.addMetaTag). */
const ALLOWED_META = new Set([
  'apple-mobile-web-app-capable',
  'apple-mobile-web-app-status-bar-style',
  'apple-mobile-web-app-title',
  'google-site-verification',
  'mobile-web-app-capable',
  'viewport',
]);

/** What the emulator itself reads of an output (the sidebar log, `etapaja serve`). */
export interface OutputSnapshot {
  kind: 'html' | 'text';
  content: string;
  title: string;
  mimeType: string;
  xFrameOptionsMode?: string;
  metaTags?: { name: string; content: string }[];
  fileName?: string;
}

export function createHtmlOutput(
  ctx: ScriptContext,
  initial: string,
  asTemplate: (html: string) => unknown,
): GoogleAppsScript.HTML.HtmlOutput {
  const call = (method: string) => ctx.rt.call('HtmlOutput', method);
  const content = contentBuffer(call, initial, (): object => output);
  let title = '';
  let width = 600;
  let height = 400;
  let faviconUrl: string | null = null;
  let xFrame = XFrameOptionsMode.DEFAULT as string;
  const meta: { name: string; content: string }[] = [];
  const output = {
    ...content.methods,
    appendUntrusted(addedContent: string) {
      call('appendUntrusted');
      content.text += String(addedContent)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      return output;
    },
    getTitle() {
      call('getTitle');
      return title;
    },
    setTitle(newTitle: string) {
      call('setTitle');
      title = String(newTitle);
      return output;
    },
    getWidth() {
      call('getWidth');
      return width;
    },
    setWidth(newWidth: number) {
      call('setWidth');
      width = Math.trunc(Number(newWidth));
      return output;
    },
    getHeight() {
      call('getHeight');
      return height;
    },
    setHeight(newHeight: number) {
      call('setHeight');
      height = Math.trunc(Number(newHeight));
      return output;
    },
    getFaviconUrl() {
      call('getFaviconUrl');
      return faviconUrl;
    },
    setFaviconUrl(url: string) {
      call('setFaviconUrl');
      faviconUrl = String(url);
      return output;
    },
    setXFrameOptionsMode(mode: string) {
      call('setXFrameOptionsMode');
      if (!(String(mode) in XFrameOptionsMode))
        throw new Error(`Invalid argument: mode (${String(mode)})`);
      xFrame = String(mode);
      return output;
    },
    // Apps Script always serves in IFRAME mode now; the call is accepted and has no effect.
    setSandboxMode(_mode: string) {
      call('setSandboxMode');
      return output;
    },
    getSandboxMode() {
      call('getSandboxMode');
      return SandboxMode.IFRAME;
    },
    addMetaTag(name: string, metaContent: string) {
      call('addMetaTag');
      if (!ALLOWED_META.has(String(name)))
        throw new Error(`Meta tag "${String(name)}" is not allowed.`);
      meta.push({ name: String(name), content: String(metaContent) });
      return output;
    },
    getMetaTags() {
      call('getMetaTags');
      return meta.map((m) =>
        withCoverage({ getName: () => m.name, getContent: () => m.content }, 'HtmlOutputMetaTag'),
      );
    },
    asTemplate() {
      call('asTemplate');
      return asTemplate(content.text);
    },
    getBlob() {
      call('getBlob');
      return new EmulatedBlob(content.text, 'text/html', title || 'index.html');
    },
    getAs(contentType: string) {
      call('getAs');
      if (String(contentType) !== 'text/html' && String(contentType) !== 'application/pdf')
        throw new Error(`Converting from text/html to ${String(contentType)} is not supported.`);
      if (String(contentType) === 'application/pdf')
        throw new Error('Not emulated: HtmlOutput.getAs(application/pdf)');
      return new EmulatedBlob(content.text, 'text/html', title || 'index.html');
    },
    toString: () => 'HtmlOutput',
    __output: (): OutputSnapshot => ({
      kind: 'html',
      content: content.text,
      title,
      mimeType: 'text/html',
      xFrameOptionsMode: xFrame,
      metaTags: meta.map((m) => ({ ...m })),
    }),
  };
  return withCoverage(output, 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
}

/** The snapshot of an HtmlOutput or TextOutput a script returned, or null for anything else. */
export function snapshotOf(value: unknown): OutputSnapshot | null {
  const candidate = value as { __output?: () => OutputSnapshot } | null;
  return candidate && typeof candidate.__output === 'function' ? candidate.__output() : null;
}
