import { coachContactOf, displayPhone } from './coach-contacts';
import { formatDate } from './dates';
import { reasonText, type ClientAbsences, type Period, type Translate } from './reports';
import { escapeHtml } from './text';
import type { CoachContact, Lang } from './types';

/**
 * One client's absence notice to Kela, laid out as form TT3 "Ilmoitus poissaolosta" asks:
 * the organiser (palvelun järjestäjä), the participant (name, personal identity code), the
 * service and period, each absent day with its reason and each day the service was not
 * arranged, and the organiser's signature. Kela: "merkitse kunkin asiakkaan tiedot omalle
 * lomakkeelleen" (https://www.kela.fi/ilmoita-poissaoloista) — so a notice names one client
 * only. The personal identity code is a blank box the coach fills in by hand on paper: Etäpaja
 * never stores it in Workspace (DESIGN.md).
 */

export interface NoticeContext {
  organisation: string;
  /** The client's own coach: the organiser's contact person on the form ("name, phone"). */
  contact: string;
  period: Period;
}

/**
 * The name as Kela's form asks it, "Sukunimi ja etunimet": surname first. The roster keeps a
 * name as coaches type it, "Etunimi Sukunimi" ("Sanna Mäkinen"), so the last word is taken as
 * the surname ("Mäkinen Sanna"). A name written with a comma is already surname first
 * ("Mäkinen, Sanna" → "Mäkinen Sanna"); a single word stays as it is. A double surname typed
 * with a space ("Anna Virtanen Koski") cannot be told apart: the coach corrects it on paper,
 * or types it with a hyphen ("Virtanen-Koski") in the roster.
 */
export function surnameFirst(name: string): string {
  const comma = name.indexOf(',');
  if (comma >= 0) {
    const surname = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return [surname, given].filter(Boolean).join(' ');
  }
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words.join(' ');
  return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
}

/**
 * The contact person on the notice: the coach's name and phone from the coachContacts setting
 * ("Anna Ohjaaja, 040 700 1001"); the address only when the setting does not name the coach.
 */
export function noticeContact(
  contacts: readonly CoachContact[] | undefined,
  email: string,
): string {
  if (email.trim() === '') return '';
  const contact = coachContactOf(contacts, email);
  if (!contact.name) return contact.email;
  return [contact.name, contact.phone ? displayPhone(contact.phone) : '']
    .filter(Boolean)
    .join(', ');
}

/** The notice's content as labelled lines: the printable page and the checklist share it. */
export function noticeLines(
  client: ClientAbsences,
  ctx: NoticeContext,
  t: Translate,
): { label: string; value: string }[][] {
  const period = `${formatDate(ctx.period.start)}–${formatDate(ctx.period.end)}`;
  return [
    [
      { label: t('kela.notice.organiser'), value: ctx.organisation },
      { label: t('kela.notice.contact'), value: ctx.contact },
    ],
    [
      { label: t('kela.notice.clientName'), value: surnameFirst(client.name) },
      { label: t('kela.notice.identityCode'), value: '' },
    ],
    [
      { label: t('kela.notice.service'), value: t('kela.notice.serviceName') },
      { label: t('kela.notice.period'), value: period },
    ],
  ];
}

function section(title: string, body: string): string {
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

function fields(lines: { label: string; value: string }[], hint: string): string {
  return `<dl>${lines
    .map(
      (l) =>
        `<dt>${escapeHtml(l.label)}</dt><dd>${
          l.value
            ? escapeHtml(l.value)
            : `<span class="blank" aria-label="${escapeHtml(hint)}"></span>`
        }</dd>`,
    )
    .join('')}</dl>`;
}

function daysTable(client: ClientAbsences, t: Translate): string {
  const rows = [
    ...client.absences.map((a) => ({ date: a.date, text: reasonText(t, a.reason) })),
    ...client.noService.map((date) => ({ date, text: t('kela.notice.noService') })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
  if (rows.length === 0) return `<p>${escapeHtml(t('participation.report.noAbsences'))}</p>`;
  return `<table><thead><tr><th scope="col">${escapeHtml(t('kela.notice.day'))}</th><th scope="col">${escapeHtml(
    t('kela.notice.reason'),
  )}</th></tr></thead><tbody>${rows
    .map((r) => `<tr><td>${escapeHtml(formatDate(r.date))}</td><td>${escapeHtml(r.text)}</td></tr>`)
    .join('')}</tbody></table>`;
}

/** A printable page for one client (the coach prints it, or copies it into Kela's form). */
export function noticeHtml(
  client: ClientAbsences,
  ctx: NoticeContext,
  t: Translate,
  lang: Lang,
): string {
  const [organiser, person, service] = noticeLines(client, ctx, t);
  const title = t('kela.notice.title');
  const hint = t('kela.notice.identityHint');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(`${title} – ${client.clientId}`)}</title>`,
    '<style>body{font:16px/1.5 Arial,sans-serif;margin:2em;color:#111;max-width:48em}',
    'dl{display:grid;grid-template-columns:16em 1fr;gap:.3em 1em}dt{font-weight:bold}',
    '.blank{display:inline-block;min-width:14em;border-bottom:1px solid #111;height:1.3em}',
    'table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:.4em;text-align:left}',
    '.sign{margin-top:3em;display:grid;grid-template-columns:1fr 1fr;gap:2em}.sign p{border-top:1px solid #111;padding-top:.3em}',
    '@media print{body{margin:0}.screen{display:none}}</style></head>',
    `<body><h1>${escapeHtml(title)}</h1>`,
    `<p class="screen">${escapeHtml(t('kela.notice.howTo'))}</p>`,
    section(t('kela.notice.organiserHeading'), fields(organiser, hint)),
    section(t('kela.notice.clientHeading'), fields(person, hint) + `<p>${escapeHtml(hint)}</p>`),
    section(t('kela.notice.serviceHeading'), fields(service, hint)),
    section(t('kela.notice.daysHeading'), daysTable(client, t)),
    `<div class="sign"><p>${escapeHtml(t('kela.notice.placeDate'))}</p><p>${escapeHtml(
      t('kela.notice.signature'),
    )}</p></div>`,
    `<p>${escapeHtml(t('kela.notice.sendTo'))}</p>`,
    '</body></html>',
  ].join('\n');
}

/** The notice's file name: the period and the client id, never the name (Drive search shows it). */
export function noticeFileName(client: { clientId: string }, period: Period): string {
  return `TT3 ${period.start} ${client.clientId}.html`;
}
