import { t } from '../i18n';
import type { Lang } from '../types';
import { escapeHtml } from '../text';

/** What the outbox export reads from a mail's HTML root element. */
export type MailKind = 'weekly' | 'reminder' | 'welcome' | 'coach-alert' | 'report';

/** A mail ready for MailApp: the core decides every word, the job only sends it. */
export interface ComposedMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  kind: MailKind;
  clientId: string;
  week: string;
  /** Where a reply goes: a client's mail is answered by the client's own coach. */
  replyTo?: string;
}

export interface Link {
  label: string;
  url: string;
}

/**
 * A mail body as blocks, rendered twice: as accessible HTML (WCAG 2.1 AA: real headings and
 * lists, links named by what they do, 16px text, strong contrast) and as plain text. Every string
 * in a block is plain text; only the renderers turn it into HTML, escaping it.
 *
 * Links never show their address in HTML: the anchor text is the label ("Liity tapaamiseen"),
 * and a `button` link is drawn as a button. In plain text a short address without a query
 * (a Meet room, a web site) stands on its own line under its label; a long one, or one carrying
 * the client's token, becomes a numbered reference ("Päiväkirja [1]") listed at the end, so the
 * letter reads without long addresses and no token stands in the middle of the text.
 */
export type Block =
  | { type: 'p'; text: string; strong?: boolean }
  | { type: 'h'; text: string }
  | { type: 'link'; label: string; url: string; button?: boolean }
  | { type: 'list'; items: ListItem[] };

export interface ListItem {
  text: string;
  /** A bold lead before the text (a task's title). */
  lead?: string;
  detail?: string;
  links?: Link[];
}

/** Web, mail, text-message and call links: a cell could hold "javascript:…". */
const SAFE_URL = /^(https?:\/\/|mailto:|sms:|tel:)/i;
/** An address short and plain enough to print in a letter. */
const READABLE_URL = /^https?:\/\/[^?#\s]{1,48}$/i;

const BUTTON_STYLE =
  'display:inline-block;background:#0b57d0;color:#ffffff;padding:10px 18px;border-radius:6px;' +
  'text-decoration:none;font-weight:bold';

function anchor(link: Link, button = false): string {
  if (!SAFE_URL.test(link.url)) return escapeHtml(link.label);
  const style = button ? BUTTON_STYLE : 'color:#0b57d0';
  return `<a href="${escapeHtml(link.url)}" style="${style}">${escapeHtml(link.label)}</a>`;
}

export function renderHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'h':
          return `<h2 style="font-size:20px;margin:24px 0 8px">${escapeHtml(block.text)}</h2>`;
        case 'p':
          return block.strong
            ? `<p style="margin:0 0 12px"><strong>${escapeHtml(block.text)}</strong></p>`
            : `<p style="margin:0 0 12px">${escapeHtml(block.text)}</p>`;
        case 'link':
          return `<p style="margin:0 0 12px">${anchor(block, block.button)}</p>`;
        case 'list':
          return `<ul style="margin:0 0 12px;padding-left:24px">${block.items
            .map((item) => {
              const lead = item.lead ? `<strong>${escapeHtml(item.lead)}</strong> ` : '';
              const detail = item.detail ? `<br>${escapeHtml(item.detail)}` : '';
              const links = (item.links ?? []).map((l) => `<br>${anchor(l)}`).join('');
              return `<li style="margin-bottom:8px">${lead}${escapeHtml(item.text)}${detail}${links}</li>`;
            })
            .join('')}</ul>`;
      }
    })
    .join('\n');
}

/** Plain text; long or personal addresses are numbered and listed at the end. */
export function renderText(blocks: Block[], lang: Lang): string {
  const numbered: string[] = [];
  const linkText = (link: Link, indent: string): string => {
    if (READABLE_URL.test(link.url) || !SAFE_URL.test(link.url))
      return `${indent}${link.label}:\n${indent}${link.url}`;
    let n = numbered.indexOf(link.url) + 1;
    if (n === 0) n = numbered.push(link.url);
    return `${indent}${link.label} [${n}]`;
  };
  const body = blocks
    .map((block) => {
      switch (block.type) {
        case 'h':
          return `\n${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
        case 'p':
          return block.text;
        case 'link':
          return linkText(block, '');
        case 'list':
          return block.items
            .map((item) => {
              const lines = [`- ${item.lead ? `${item.lead} ` : ''}${item.text}`.trimEnd()];
              if (item.detail) lines.push(`  ${item.detail}`);
              for (const link of item.links ?? []) lines.push(linkText(link, '  '));
              return lines.join('\n');
            })
            .join('\n');
      }
    })
    .join('\n\n');
  const list = numbered.length
    ? `\n\n${t(lang, 'mail.common.links')}\n${numbered.map((url, i) => `[${i + 1}] ${url}`).join('\n')}`
    : '';
  return `${body}${list}`.replace(/\n{3,}/g, '\n\n').trim();
}

/** The whole HTML document; the root carries the data attributes our export tool reads. */
export function htmlDocument(
  meta: { kind: MailKind; clientId: string; week: string; lang: Lang; title: string },
  blocks: Block[],
): string {
  const attributes = [
    `lang="${meta.lang}"`,
    `data-etapaja-kind="${meta.kind}"`,
    `data-etapaja-client="${escapeHtml(meta.clientId)}"`,
    `data-etapaja-week="${escapeHtml(meta.week)}"`,
  ].join(' ');
  return (
    `<!DOCTYPE html>\n<html ${attributes}><head><meta charset="utf-8">` +
    `<title>${escapeHtml(meta.title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f1f1f;background:#ffffff;max-width:640px;margin:0 auto;padding:16px">\n` +
    `${renderHtml(blocks)}\n</body></html>`
  );
}

export function composeMail(
  meta: {
    kind: MailKind;
    clientId: string;
    week: string;
    lang: Lang;
    to: string;
    subject: string;
    replyTo?: string;
  },
  blocks: Block[],
): ComposedMail {
  return {
    to: meta.to,
    subject: meta.subject,
    html: htmlDocument({ ...meta, title: meta.subject }, blocks),
    text: renderText(blocks, meta.lang),
    kind: meta.kind,
    clientId: meta.clientId,
    week: meta.week,
    ...(meta.replyTo ? { replyTo: meta.replyTo } : {}),
  };
}
