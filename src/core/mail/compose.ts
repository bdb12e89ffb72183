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
}

/**
 * A mail body as blocks, rendered twice: as accessible HTML (WCAG 2.1 AA: real headings and
 * lists, link text that says where it goes, 16px text, strong contrast) and as plain text.
 * Every string in a block is plain text; only `render` turns it into HTML, escaping it.
 */
export type Block =
  | { type: 'p'; text: string; strong?: boolean }
  | { type: 'h'; text: string }
  | { type: 'link'; label: string; url: string }
  | { type: 'list'; items: { text: string; detail?: string; url?: string; urlLabel?: string }[] };

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function linkHtml(url: string, label: string): string {
  if (!SAFE_URL.test(url)) return escapeHtml(label);
  return `<a href="${escapeHtml(url)}" style="color:#0b57d0">${escapeHtml(label)}</a>`;
}

/** `{link}` inside a translated sentence becomes a real link in HTML and the bare URL in text. */
function withLink(text: string, url: string, label: string): { html: string; text: string } {
  const [before, after = ''] = text.split('\u0000LINK\u0000');
  return {
    html: `${escapeHtml(before)}${linkHtml(url, label)}${escapeHtml(after)}`,
    text: `${before}${url}${after}`,
  };
}

export const LINK_SLOT = '\u0000LINK\u0000';

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
        case 'link': {
          const rendered = withLink(block.label, block.url, block.url);
          return `<p style="margin:0 0 12px">${rendered.html}</p>`;
        }
        case 'list':
          return `<ul style="margin:0 0 12px;padding-left:24px">${block.items
            .map((item) => {
              const detail = item.detail ? `<br>${escapeHtml(item.detail)}` : '';
              const link = item.url
                ? `<br>${withLink(item.urlLabel ?? LINK_SLOT, item.url, item.url).html}`
                : '';
              return `<li style="margin-bottom:8px">${escapeHtml(item.text)}${detail}${link}</li>`;
            })
            .join('')}</ul>`;
      }
    })
    .join('\n');
}

export function renderText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'h':
          return `\n${block.text}\n${'-'.repeat(Math.min(block.text.length, 60))}`;
        case 'p':
          return block.text;
        case 'link':
          return withLink(block.label, block.url, block.url).text;
        case 'list':
          return block.items
            .map((item) => {
              const lines = [`- ${item.text}`];
              if (item.detail) lines.push(`  ${item.detail}`);
              if (item.url)
                lines.push(`  ${withLink(item.urlLabel ?? LINK_SLOT, item.url, item.url).text}`);
              return lines.join('\n');
            })
            .join('\n');
      }
    })
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
  meta: { kind: MailKind; clientId: string; week: string; lang: Lang; to: string; subject: string },
  blocks: Block[],
): ComposedMail {
  return {
    to: meta.to,
    subject: meta.subject,
    html: htmlDocument({ ...meta, title: meta.subject }, blocks),
    text: renderText(blocks),
    kind: meta.kind,
    clientId: meta.clientId,
    week: meta.week,
  };
}
