import { t } from '../core/i18n';
import { escapeHtml } from '../core/text';
import type { Lang } from '../core/types';
import { clientPageData, type ClientPageData } from '../jobs/client-page';
import { openWorkbook } from '../jobs/workbook-context';

/**
 * The client's own page (GET ?page=me&t=<token>): their coming week, their diaries and the days
 * the coach has confirmed, in their language, readable on a phone, without JavaScript. Every
 * word comes from the catalogue and every value is escaped; the page names no one, not even
 * the client (a phone left open on a table shows no name).
 */

const STYLE = [
  'body{font:18px/1.5 Arial,sans-serif;margin:0;color:#202124;background:#fff}',
  'main{max-width:40rem;margin:0 auto;padding:16px}',
  'h1{font-size:26px;margin:0 0 8px}h2{font-size:21px;margin:28px 0 8px}',
  'ul{list-style:none;padding:0;margin:0}li{border-bottom:1px solid #dadce0;padding:10px 0}',
  '.day{font-weight:bold}.muted{color:#3c4043}',
  '.tasks{list-style:disc;padding-left:1.4em}.tasks li{border:0;padding:2px 0}',
  '.actions a{display:block;margin:10px 0;padding:14px 16px;background:#1a56db;color:#fff;',
  'text-decoration:none;border-radius:6px;font-weight:bold;text-align:center}',
  '.actions a:focus,a:focus{outline:3px solid #f9ab00;outline-offset:2px}',
  '.ok{color:#1a7f37}.absent{color:#b42318}',
].join('');

function list<T>(items: T[], empty: string, item: (value: T) => string): string {
  return items.length
    ? `<ul>${items.map((i) => `<li>${item(i)}</li>`).join('')}</ul>`
    : `<p class="muted">${escapeHtml(empty)}</p>`;
}

function weekHtml(
  data: ClientPageData,
  w: (k: string, p?: Record<string, string | number>) => string,
): string {
  return list(data.week, w('clientpage.noWeek'), (d) => {
    const where = w(d.inPerson ? 'clientpage.inPerson' : 'clientpage.remote');
    const hours = d.hours ? `, ${w('clientpage.hours', { hours: d.hours })}` : '';
    const tasks = d.tasks.length
      ? `<ul class="tasks">${d.tasks.map((x) => `<li>${escapeHtml(x)}</li>`).join('')}</ul>`
      : '';
    return `<span class="day">${escapeHtml(`${d.weekday} ${d.dateText}`)}</span><br>${escapeHtml(
      where + hours,
    )}${tasks}`;
  });
}

function confirmedHtml(
  data: ClientPageData,
  w: (k: string, p?: Record<string, string | number>) => string,
): string {
  return list(data.confirmed, w('clientpage.noConfirmed'), (d) => {
    const text =
      d.status === 'present'
        ? w('clientpage.present')
        : d.status === 'absent'
          ? w('clientpage.absent', {
              reason: d.reason
                ? t(data.lang, `workbook.choice.absenceReason.${d.reason}`)
                : t(data.lang, 'participation.report.reasonMissing'),
            })
          : w('clientpage.noService');
    const mark = d.status === 'present' ? 'ok' : d.status === 'absent' ? 'absent' : 'muted';
    return `<span class="day">${escapeHtml(`${d.weekday} ${d.dateText}`)}</span><br><span class="${mark}">${escapeHtml(text)}</span>`;
  });
}

/** The whole page as HTML (pure: the web app wraps it in an HtmlOutput). */
export function clientPageHtml(data: ClientPageData, webAppUrl: string): string {
  const w = (key: string, params?: Record<string, string | number>): string =>
    t(data.lang, key, params);
  const upload = webAppUrl ? `${webAppUrl}?page=upload&t=${encodeURIComponent(data.token)}` : '';
  // The web app's own diary page first (no visible token, no Google account); the form's
  // prefilled link only where no web app is deployed.
  const diary = webAppUrl
    ? `${webAppUrl}?page=diary&t=${encodeURIComponent(data.token)}`
    : data.diaryLink;
  const links = [
    diary ? [diary, w('clientpage.write')] : null,
    upload ? [upload, w('clientpage.upload')] : null,
  ]
    .filter((l): l is string[] => l !== null)
    .map(([href, text]) => `<a href="${escapeHtml(href)}" target="_top">${escapeHtml(text)}</a>`)
    .join('');
  const euros = data.allowanceEuros.toFixed(2).replace('.', data.lang === 'en' ? '.' : ',');
  return [
    `<!doctype html><html lang="${data.lang}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(w('clientpage.title'))}</title><style>${STYLE}</style></head><body><main>`,
    `<h1>${escapeHtml(w('clientpage.title'))}</h1><p>${escapeHtml(w('clientpage.intro'))}</p>`,
    links
      ? `<nav class="actions" aria-label="${escapeHtml(w('clientpage.title'))}">${links}</nav>`
      : '',
    `<h2>${escapeHtml(w('clientpage.week'))}</h2>${weekHtml(data, w)}`,
    `<h2>${escapeHtml(w('clientpage.diaries'))}</h2><p>${escapeHtml(w('clientpage.diaryWhy'))}</p>`,
    list(
      data.diaries,
      w('clientpage.noDiaries'),
      (d) =>
        `<span class="day">${escapeHtml(`${d.weekday} ${d.dateText}`)}</span>: ${escapeHtml(
          w('clientpage.diarySent'),
        )}`,
    ),
    `<h2>${escapeHtml(w('clientpage.confirmed'))}</h2>`,
    `<p>${escapeHtml(w('clientpage.allowance', { days: data.allowanceDays, euros }))}</p>`,
    data.toCheck > 0
      ? `<p class="muted">${escapeHtml(w('clientpage.toCheck', { count: data.toCheck }))}</p>`
      : '',
    confirmedHtml(data, w),
    '</main></body></html>',
  ].join('\n');
}

/** GET ?page=me&t=…: the page, or a plain refusal in all our languages. */
export function clientPage(token: unknown): GoogleAppsScript.HTML.HtmlOutput {
  const data = clientPageData(token);
  let html: string;
  if (data) html = clientPageHtml(data, ScriptApp.getService().getUrl() ?? '');
  else {
    const lang: Lang = openWorkbook().lang;
    const lines = (['fi', 'sv', 'en'] as Lang[]).map(
      (l) => `<p lang="${l}">${escapeHtml(t(l, 'clientpage.refused'))}</p>`,
    );
    html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Etäpaja</title></head><body style="font:18px/1.5 Arial,sans-serif;margin:16px"><main><h1>Etäpaja</h1>${lines.join('')}</main></body></html>`;
  }
  // Apps Script ignores a web app's own viewport tag (the page runs in an iframe): add it here.
  return HtmlService.createHtmlOutput(html)
    .setTitle(t(data?.lang ?? 'fi', 'clientpage.title'))
    .addMetaTag('viewport', 'width=device-width, initial-scale=1');
}
