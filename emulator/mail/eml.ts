import * as fs from 'node:fs';
import * as path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import * as base64 from 'nodemailer/lib/base64';
import * as qp from 'nodemailer/lib/qp';
import type { MailStore, SentMessage } from './store';

/**
 * Sent mail as RFC 5322 `.eml` files, so a person can open what Etäpaja sent in any mail client.
 *
 * Why this is synchronous: the store registry's `materialise` is synchronous (it runs inside an
 * atomic save), but MailComposer's `build()` streams through Node transform streams and calls
 * back on a later tick. So we let MailComposer do all the MIME decisions synchronously —
 * `compile()` builds the tree (multipart/mixed → alternative → related, charsets, transfer
 * encodings, RFC 2047 encoded words for ä/ö in headers, filenames) and `buildHeaders()` writes
 * each node's header block — and only replace its streaming body writer by the same encoders
 * nodemailer uses (`qp`, `base64`), called on whole buffers. The output is byte-for-byte what
 * `build()` gives for the same compiled tree; test/emulator/mail/eml.test.ts checks that.
 *
 * Bcc: a message on the wire does not carry its Bcc header. Ours is the sender's own copy (like
 * the copy in a Sent folder, which does keep it), so the `.eml` keeps `Bcc:` — otherwise the file
 * could not show that a group mail went out as BCC, which the data-protection rules require.
 */

/** The minimal view of nodemailer's MimeNode that the synchronous writer needs. */
interface MimeNodeView {
  multipart?: string | false;
  boundary?: string | false;
  childNodes: MimeNodeView[];
  content?: unknown;
  keepBcc: boolean;
  _raw?: unknown;
  buildHeaders(): string;
  getTransferEncoding(): string | false;
}

const NO_REPLY_LOCAL_PART = 'noreply';

/** The message's id as a Message-ID header, stable so that re-rendering gives the same file. */
function messageIdHeader(message: SentMessage): string {
  return `<${message.id}@etapaja.emulator.invalid>`;
}

function senderAddress(message: SentMessage): string {
  if (!message.noReply) return message.from;
  const domain = message.from.split('@')[1] ?? 'localhost';
  return `${NO_REPLY_LOCAL_PART}@${domain}`;
}

function crlf(value: string): string {
  return value.replace(/\r?\n|\r/g, '\r\n');
}

/** A MailComposer for one stored message (also used by tests to compare with `build()`). */
export function composerFor(message: SentMessage): MailComposer {
  const address = senderAddress(message);
  return new MailComposer({
    from: message.fromName ? { name: message.fromName, address } : address,
    to: message.to,
    cc: message.cc.length > 0 ? message.cc : undefined,
    bcc: message.bcc.length > 0 ? message.bcc : undefined,
    replyTo: message.replyTo ?? undefined,
    subject: message.subject,
    // RFC 5322 lines end in CRLF; a script's "\n" would otherwise stay a bare LF in the file.
    text: crlf(message.text),
    html: message.html === undefined ? undefined : crlf(message.html),
    date: new Date(message.sentAt),
    messageId: messageIdHeader(message),
    // Fixed boundaries: the same message always renders to the same bytes.
    baseBoundary: message.id,
    headers: { 'X-Etapaja-Execution': message.executionId },
    attachments: [
      ...message.attachments.map((a) => ({
        filename: a.name,
        contentType: a.contentType,
        content: Buffer.from(a.base64, 'base64'),
      })),
      ...message.inlineImages.map((a) => ({
        filename: a.name,
        contentType: a.contentType,
        content: Buffer.from(a.base64, 'base64'),
        cid: a.cid,
      })),
    ],
  });
}

/** Compiles the MIME tree for a message, keeping Bcc in the root headers. */
export function compileMessage(message: SentMessage): MimeNodeView {
  const root = composerFor(message).compile() as unknown as MimeNodeView;
  root.keepBcc = true;
  return root;
}

function contentBytes(content: unknown): Buffer {
  if (Buffer.isBuffer(content)) return content;
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  throw new Error('renderEml: only string and Buffer parts can be written synchronously');
}

/** Mirrors MimeNode.stream(): headers, blank line, encoded content, then child parts. */
function writeNode(node: MimeNodeView, out: Buffer[]): void {
  if (node._raw) throw new Error('renderEml: raw MIME parts are not supported');
  const transferEncoding = node.getTransferEncoding();
  out.push(Buffer.from(node.buildHeaders() + '\r\n\r\n'));
  if (node.content) {
    const bytes = contentBytes(node.content);
    if (transferEncoding === 'base64') out.push(Buffer.from(base64.wrap(base64.encode(bytes), 76)));
    else if (transferEncoding === 'quoted-printable')
      out.push(Buffer.from(qp.wrap(qp.encode(bytes), 76)));
    else out.push(bytes);
  }
  if (node.multipart) {
    node.childNodes.forEach((child, index) => {
      out.push(Buffer.from(`${index > 0 ? '\r\n' : ''}--${node.boundary}\r\n`));
      writeNode(child, out);
    });
    out.push(Buffer.from(`\r\n--${node.boundary}--\r\n`));
  }
}

/** The message as RFC 5322 bytes (CRLF line ends, UTF-8), synchronously. */
export function renderEml(message: SentMessage): Buffer {
  const out: Buffer[] = [];
  writeNode(compileMessage(message), out);
  const eml = Buffer.concat(out);
  // MimeNode's LastNewline transform: a message always ends with a line break.
  const last = eml[eml.length - 1];
  if (last === 0x0a) return eml;
  return Buffer.concat([eml, Buffer.from(last === 0x0d ? '\n' : '\r\n')]);
}

/** The same message through MailComposer's own (asynchronous) `build()`, for cross-checks. */
export function renderEmlWithMailComposer(message: SentMessage): Promise<Buffer> {
  return (compileMessage(message) as unknown as { build(): Promise<Buffer> }).build();
}

/**
 * `<ISO time>-<id>.eml`, with the colons of the time written as `-` so that the name is valid on
 * every file system (e.g. `2026-03-02T08-00-00.700Z-3f2a….eml`). Sorting by name sorts by time.
 */
export function emlFileName(message: SentMessage): string {
  const iso = new Date(message.sentAt).toISOString().replace(/:/g, '-');
  return `${iso}-${message.id}.eml`;
}

/** Writes each sent message once under `<dir>/mail/`; files that exist are not touched. */
export function materialiseMail(dir: string, store: MailStore): void {
  if (store.outbox.length === 0) return;
  const base = path.join(dir, 'mail');
  fs.mkdirSync(base, { recursive: true });
  const existing = new Set(fs.readdirSync(base));
  for (const message of store.outbox) {
    const name = emlFileName(message);
    if (existing.has(name)) continue;
    const target = path.join(base, name);
    const temporary = `${target}.tmp`;
    fs.writeFileSync(temporary, renderEml(message));
    fs.renameSync(temporary, target);
  }
}
