import { escapeHtml } from '../../emulator/html';
import { driveTree, type DriveTreeNode } from '../../emulator/drive/store';
import type { DriveStore } from '../../emulator/drive/store';
import { outbox, type MailStore } from '../../emulator/mail/store';
import { describeMail } from '../commands/export';

/** Plain pages of `etapaja serve`: Drive, the outbox, the frame of /form. Every stored text is escaped. */

export function page(
  title: string,
  body: string,
  options: { lang?: string; style?: string } = {},
): string {
  return `<!doctype html><html lang="${escapeHtml(options.lang ?? 'en')}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 Arial,sans-serif;color:#202124;margin:16px;max-width:60rem}a{color:#1a56db}
table{border-collapse:collapse}td,th{border-top:1px solid #c4c7c5;padding:4px 8px;text-align:left;vertical-align:top}
iframe{width:100%;height:480px;border:1px solid #c4c7c5}pre{white-space:pre-wrap}${options.style ?? ''}</style></head>
<body><nav aria-label="Etäpaja"><a href="/">Sidebar</a> · <a href="/drive">Drive</a> · <a href="/outbox">Outbox</a> · <a href="/form">Reflection form</a> · <a href="/exec">Web app</a></nav>
<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

function node(n: DriveTreeNode): string {
  const shared = [
    ...n.editors.map((e) => `${e} (editor)`),
    ...n.viewers.map((v) => `${v} (viewer)`),
  ];
  const label = `${n.kind === 'folder' ? '📁' : '📄'} ${n.name}`;
  const meta = `owner ${n.owner}${shared.length ? `; shared with ${shared.join(', ')}` : ''}${n.trashed ? '; in trash' : ''}`;
  const children = n.children?.length ? `<ul>${n.children.map(node).join('')}</ul>` : '';
  return `<li><span>${escapeHtml(label)}</span> <small>${escapeHtml(meta)}</small>${children}</li>`;
}

export function drivePage(store: DriveStore): string {
  const trees = driveTree(store);
  return page(
    'Drive',
    trees.length ? `<ul>${trees.map(node).join('')}</ul>` : '<p>Drive is empty.</p>',
  );
}

export function outboxPage(store: MailStore): string {
  const mails = outbox(store);
  if (mails.length === 0) return page('Outbox', '<p>No mail sent yet.</p>');
  const rows = mails
    .slice()
    .reverse()
    .map((m) => {
      const d = describeMail(m);
      return `<tr><td>${escapeHtml(d.sentAt)}</td><td>${escapeHtml(d.kind ?? '')}</td><td>${escapeHtml(
        [...m.to, ...m.bcc.map((b) => `bcc ${b}`)].join(', '),
      )}</td><td><a href="/outbox/${encodeURIComponent(m.id)}">${escapeHtml(m.subject)}</a></td><td>${
        d.clientId
          ? `<a href="/form?client=${encodeURIComponent(d.clientId)}">Reflection form of ${escapeHtml(d.clientId)}</a>`
          : ''
      }</td></tr>`;
    })
    .join('');
  return page(
    'Outbox',
    `<table><thead><tr><th scope="col">Sent</th><th scope="col">Kind</th><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Form</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}

export function mailPage(store: MailStore, id: string): string | null {
  const m = outbox(store).find((x) => x.id === id);
  if (!m) return null;
  const frame = m.html
    ? `<h2>HTML</h2><iframe title="The mail as HTML" sandbox="" srcdoc="${escapeHtml(m.html)}"></iframe>`
    : '';
  const clientId = describeMail(m).clientId;
  const form = clientId
    ? `<p><a href="/form?client=${encodeURIComponent(clientId)}">This client's reflection form</a></p>`
    : '';
  return page(
    m.subject,
    `${form}<p>To ${escapeHtml(m.to.join(', '))}${m.bcc.length ? `, bcc ${escapeHtml(m.bcc.join(', '))}` : ''} · ${escapeHtml(
      new Date(m.sentAt).toISOString(),
    )}</p>${frame}<h2>Text</h2><pre>${escapeHtml(m.text)}</pre>`,
  );
}
