import { uploadSubmission, type UploadResult } from '../jobs/upload';
import { clientPage } from './client-page';
import { diaryPage, diaryPost } from './diary-page';
import { homePage, uploadPage } from './upload-page';

/**
 * The web app's entry points (deployed "execute as me", "anyone, even anonymous": clients
 * without a Google account — see docs/admin/web-app.md). https://developers.google.com/apps-script/guides/web
 *
 * GET  ?page=upload&t=<token>        the upload page in the client's language
 * GET  ?page=me&t=<token>            the client's own page: week, diaries, confirmed days
 * GET  ?page=diary&t=<token>         the day's diary (the attendance record); POST page=diary saves it
 * POST page=upload&t=…&ticket=…&text=…  (a form without JavaScript): a written answer
 * POST application/json {token, ticket, name, mimeType, base64 | text, requestId}: JSON answer
 *
 * Files from the page go through google.script.run (`uploadSubmission`), not doPost: Apps
 * Script gives doPost a multipart body as undecoded text, and a page served from
 * googleusercontent.com cannot read a doPost answer, while google.script.run returns one.
 */

type WebEvent = Partial<GoogleAppsScript.Events.DoGet & GoogleAppsScript.Events.DoPost>;

function parameter(e: WebEvent | undefined, name: string): string {
  const value = e?.parameter?.[name];
  return typeof value === 'string' ? value : '';
}

export function doGet(e?: WebEvent): GoogleAppsScript.HTML.HtmlOutput {
  if (parameter(e, 'page') === 'upload') return uploadPage(parameter(e, 't'));
  if (parameter(e, 'page') === 'me') return clientPage(parameter(e, 't'));
  if (parameter(e, 'page') === 'diary') return diaryPage(parameter(e, 't'));
  return homePage();
}

export function doPost(
  e?: WebEvent,
): GoogleAppsScript.HTML.HtmlOutput | GoogleAppsScript.Content.TextOutput {
  const type = String(e?.postData?.type ?? '').toLowerCase();
  if (type.startsWith('application/json')) {
    let body: Record<string, unknown> = {};
    try {
      const parsed = JSON.parse(e?.postData?.contents ?? '') as unknown;
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch (_error) {
      body = {};
    }
    const result: UploadResult = uploadSubmission(body.token, body);
    return ContentService.createTextOutput(JSON.stringify(result)).setMimeType(
      ContentService.MimeType.JSON,
    );
  }
  if (parameter(e, 'page') === 'diary')
    return diaryPost({
      t: parameter(e, 't'),
      date: parameter(e, 'date'),
      went: parameter(e, 'went'),
      did: parameter(e, 'did'),
      hours: parameter(e, 'hours'),
      thoughts: parameter(e, 'thoughts'),
      toCoach: parameter(e, 'toCoach'),
    });
  if (parameter(e, 'page') !== 'upload') return homePage();
  const token = parameter(e, 't');
  const text = parameter(e, 'text');
  const result = uploadSubmission(token, {
    ticket: parameter(e, 'ticket'),
    text,
    requestId: parameter(e, 'requestId'),
  });
  // A refused text (too long, a busy moment) comes back in the box, never lost.
  return uploadPage(token, { ok: result.ok, message: result.message }, text);
}
