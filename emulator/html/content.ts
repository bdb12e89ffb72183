import type { ScriptContext } from '../runtime/context';
import { withCoverage } from '../runtime/context';
import { contentBuffer } from './content-buffer';
import type { OutputSnapshot } from './output';

/**
 * ContentService: https://developers.google.com/apps-script/reference/content/content-service
 * Text a web app returns (`doGet`/`doPost`), with a MIME type.
 */
export const MimeType = Object.freeze({
  ATOM: 'ATOM',
  CSV: 'CSV',
  ICAL: 'ICAL',
  JAVASCRIPT: 'JAVASCRIPT',
  JSON: 'JSON',
  RSS: 'RSS',
  TEXT: 'TEXT',
  VCARD: 'VCARD',
  XML: 'XML',
});

/** The Content-Type each ContentService.MimeType is served with. */
export const CONTENT_TYPES: Record<string, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

function createTextOutput(
  ctx: ScriptContext,
  initial: string,
): GoogleAppsScript.Content.TextOutput {
  const call = (method: string) => ctx.rt.call('TextOutput', method);
  const content = contentBuffer(call, initial, (): object => output);
  let mimeType = MimeType.TEXT as string;
  let fileName: string | null = null;
  const output = {
    ...content.methods,
    getMimeType() {
      call('getMimeType');
      return mimeType;
    },
    setMimeType(type: string) {
      call('setMimeType');
      if (!(String(type) in MimeType))
        throw new Error(`Invalid argument: mimeType (${String(type)})`);
      mimeType = String(type);
      return output;
    },
    downloadAsFile(name: string) {
      call('downloadAsFile');
      fileName = String(name);
      return output;
    },
    getFileName() {
      call('getFileName');
      return fileName;
    },
    toString: () => 'TextOutput',
    __output: (): OutputSnapshot => ({
      kind: 'text',
      content: content.text,
      title: '',
      mimeType: CONTENT_TYPES[mimeType],
      fileName: fileName ?? undefined,
    }),
  };
  return withCoverage(output, 'TextOutput') as unknown as GoogleAppsScript.Content.TextOutput;
}

export function createContentService(ctx: ScriptContext): GoogleAppsScript.Content.ContentService {
  const service = {
    MimeType,
    createTextOutput(content?: string) {
      ctx.rt.call('ContentService', 'createTextOutput');
      return createTextOutput(ctx, content === undefined ? '' : String(content));
    },
    toString: () => 'ContentService',
  };
  return withCoverage(
    service,
    'ContentService',
  ) as unknown as GoogleAppsScript.Content.ContentService;
}
