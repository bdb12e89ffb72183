import { t } from '../core/i18n';
import { escapeHtml } from '../core/text';
import type { Lang } from '../core/types';
import { saveDiary, type DiaryAnswers, type DiaryResult } from '../jobs/diary';
import { clientByToken } from '../jobs/upload-identity';
import { openWorkbook } from '../jobs/workbook-context';
import { clientPage } from './client-page';

/**
 * The diary page of the web app (GET ?page=diary&t=<token>, POST page=diary): the day's diary as
 * a plain form that works without JavaScript and without a Google account. The token travels in
 * a hidden field, never a visible one (a Google Form prefill shows it and invites clearing it).
 * One sentence says why it matters: the diary is the client's attendance record.
 */

const STYLE = [
  'body{font:18px/1.5 Arial,sans-serif;margin:0;color:#202124}main{max-width:40rem;margin:0 auto;padding:16px}',
  'h1{font-size:26px;margin:0 0 8px}.q{margin:0 0 22px}label,legend{display:block;font-weight:bold;margin-bottom:6px}',
  'input[type=text],input[type=date],textarea{font:inherit;padding:10px;width:100%;box-sizing:border-box;border:2px solid #5f6368;border-radius:4px}',
  'fieldset{border:0;padding:0;margin:0 0 22px}.scale label{display:inline-block;font-weight:normal;margin:0 10px 8px 0;padding:6px}',
  'input[type=radio]{width:24px;height:24px;vertical-align:middle}',
  'button{font:inherit;padding:12px 28px;background:#1a56db;color:#fff;border:0;border-radius:4px}',
  '.why{border-left:4px solid #1a56db;padding:4px 12px;background:#eef3fd}',
  '[role=alert]{border:2px solid #b3261e;padding:8px 12px;color:#b3261e}[role=status]{border:2px solid #1a7f37;padding:8px 12px;color:#1a7f37}',
  ':focus{outline:3px solid #f9ab00;outline-offset:2px}',
].join('');

/** A refused diary's answers as the person typed them, to put back into the form. */
export type Typed = Record<keyof DiaryAnswers, string>;

const typedValue = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What was typed, when the diary was refused: a refusal must never cost the person their text. */
function typedBack(notice: DiaryResult | undefined, answers: DiaryAnswers): Partial<Typed> {
  if (!notice || notice.ok) return {};
  const { date, went, did, hours, thoughts, toCoach } = answers;
  return Object.fromEntries(
    Object.entries({ date, went, did, hours, thoughts, toCoach }).map(([k, v]) => [
      k,
      typedValue(v),
    ]),
  );
}

function formHtml(
  lang: Lang,
  token: string,
  today: string,
  action: string,
  notice?: DiaryResult,
  typed: Partial<Typed> = {},
): string {
  const q = (key: string): string => escapeHtml(t(lang, `participation.form.${key}`));
  const area = (name: keyof Typed, key: string): string =>
    `<div class="q"><label for="${name}">${q(key)}</label><textarea id="${name}" name="${name}" rows="4">${escapeHtml(typed[name] ?? '')}</textarea></div>`;
  const scale = [1, 2, 3, 4, 5]
    .map((n) => {
      const end = n === 1 ? ` – ${q('howItWent.low')}` : n === 5 ? ` – ${q('howItWent.high')}` : '';
      const checked = typed.went === String(n) ? ' checked' : '';
      return `<label for="went-${n}"><input type="radio" id="went-${n}" name="went" value="${n}"${checked}> ${n}${end}</label>`;
    })
    .join('');
  const message = notice
    ? `<p role="${notice.ok ? 'status' : 'alert'}">${escapeHtml(notice.message)}</p>`
    : '';
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(t(lang, 'clientpage.diary.title'))}</title><style>${STYLE}</style></head><body><main>`,
    `<h1>${escapeHtml(t(lang, 'clientpage.diary.title'))}</h1>`,
    `<p class="why">${escapeHtml(t(lang, 'clientpage.diary.why'))}</p>`,
    message,
    `<form method="post" action="${escapeHtml(action)}" target="_top">`,
    `<input type="hidden" name="page" value="diary"><input type="hidden" name="t" value="${escapeHtml(token)}">`,
    `<div class="q"><label for="date">${q('date')}</label><input type="date" id="date" name="date" value="${escapeHtml(typed.date || today)}" required></div>`,
    `<fieldset class="scale"><legend>${q('howItWent')}</legend>${scale}</fieldset>`,
    area('did', 'did'),
    `<div class="q"><label for="hours">${q('hours')}</label><input type="text" id="hours" name="hours" inputmode="decimal" autocomplete="off" value="${escapeHtml(typed.hours ?? '')}"></div>`,
    area('thoughts', 'thoughts'),
    area('toCoach', 'toCoach'),
    `<button type="submit">${escapeHtml(t(lang, 'clientpage.diary.send'))}</button>`,
    `</form></main></body></html>`,
  ].join('\n');
}

function output(html: string, title: string): GoogleAppsScript.HTML.HtmlOutput {
  // Apps Script ignores a web app's own viewport tag (the page runs in an iframe): add it here.
  return HtmlService.createHtmlOutput(html)
    .setTitle(title)
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}

/** GET: the form for the token's client, or the plain refusal of the client page. */
export function diaryPage(
  token: unknown,
  notice?: DiaryResult,
  typed: Partial<Typed> = {},
): GoogleAppsScript.HTML.HtmlOutput {
  const wb = openWorkbook();
  const client = clientByToken(token, wb);
  if (!client) return clientPage('');
  const html = formHtml(
    client.lang,
    client.token,
    wb.today,
    ScriptApp.getService().getUrl() ?? '',
    notice,
    typed,
  );
  return output(html, t(client.lang, 'clientpage.diary.title'));
}

/**
 * POST: saves the diary and shows the form again with what happened: empty after a save, with
 * the person's own answers still in it after a refusal (too long, a day that cannot count).
 */
export function diaryPost(parameters: Record<string, string>): GoogleAppsScript.HTML.HtmlOutput {
  const result = saveDiary(parameters.t, parameters);
  return diaryPage(parameters.t, result, typedBack(result, parameters));
}
