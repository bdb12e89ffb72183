import { appsScriptError } from '../runtime/errors';
import { wallToEpoch } from '../runtime/time-zone';
import type { MailStore, SentMessage, ThreadFlags } from './store';

/**
 * A user's mailbox as GmailApp reads it: the mail the runtime sent from the user (Sent), the mail
 * sent to the user by any script of the workspace or delivered by the harness (`receiveMail`,
 * Inbox), one message per thread. The search operators Gmail documents that the runtime
 * understands are below; any other operator stops the script with "Not emulated".
 * https://support.google.com/mail/answer/7190 (Gmail's search operators)
 * https://developers.google.com/apps-script/reference/gmail/gmail-app#search(String,Integer,Integer)
 */

/** "max: the maximum number of threads to return" — GmailApp pages at most 500 at a time. */
export const MAX_THREADS_PER_SEARCH = 500;

/** Gmail's operators; those not in SUPPORTED stop the search with "Not emulated". */
const GMAIL_OPERATORS = new Set([
  'from', 'to', 'cc', 'bcc', 'subject', 'label', 'has', 'list', 'filename', 'in', 'is', 'after',
  'before', 'older', 'newer', 'older_than', 'newer_than', 'size', 'larger', 'smaller',
  'category', 'deliveredto', 'rfc822msgid', 'around',
]); // prettier-ignore
const SUPPORTED = new Set([
  'from', 'to', 'cc', 'bcc', 'subject', 'label', 'has', 'in', 'is', 'after', 'before',
  'older', 'newer', 'older_than', 'newer_than', 'filename',
]); // prettier-ignore

const addressOf = (text: string): string =>
  (/<([^>]+)>/.exec(text)?.[1] ?? text).trim().toLowerCase();

export interface MailboxEntry {
  message: SentMessage;
  flags: Required<ThreadFlags>;
}

export function flagKey(user: string, threadId: string): string {
  return `${user.toLowerCase()}|${threadId}`;
}

function isSentBy(m: SentMessage, user: string): boolean {
  return addressOf(m.from) === user.toLowerCase();
}

function isSentTo(m: SentMessage, user: string): boolean {
  const me = user.toLowerCase();
  return [...m.to, ...m.cc, ...m.bcc].some((a) => addressOf(a) === me);
}

/** Every thread of the user's mailbox with its flags (defaults: received mail unread in Inbox). */
export function mailboxOf(store: MailStore, user: string): MailboxEntry[] {
  const all = [...store.outbox, ...(store.received ?? [])];
  const entries: MailboxEntry[] = [];
  for (const message of all) {
    const received = isSentTo(message, user);
    if (!received && !isSentBy(message, user)) continue;
    const stored = store.threadFlags?.[flagKey(user, message.id)] ?? {};
    entries.push({
      message,
      flags: {
        unread: stored.unread ?? received,
        inbox: stored.inbox ?? received,
        trash: stored.trash ?? false,
        starred: stored.starred ?? false,
      },
    });
  }
  return entries.sort((a, b) => b.message.sentAt - a.message.sentAt);
}

export function setFlags(store: MailStore, user: string, id: string, flags: ThreadFlags): void {
  store.threadFlags ??= {};
  const key = flagKey(user, id);
  store.threadFlags[key] = { ...store.threadFlags[key], ...flags };
}

type Test = (e: MailboxEntry, labelsOf: (id: string) => string[]) => boolean;

/** Splits a query into terms, keeping "quoted phrases" and operator:(grouped words) whole. */
export function tokens(query: string): string[] {
  const out: string[] = [];
  const re = /-?[^\s"(]*(?:"[^"]*"|\([^)]*\))|-?"[^"]*"|\S+/g;
  for (const match of query.matchAll(re)) if (match[0]) out.push(match[0]);
  return out;
}

const strip = (v: string) => v.replace(/^["(]|[")]$/g, '').trim();

function wordsMatch(haystack: string, needle: string): boolean {
  const words = strip(needle).split(/\s+/).filter(Boolean);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  // Gmail matches whole words, not parts of them.
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}

function dateBound(value: string, timeZone: string): number {
  if (/^\d{9,}$/.test(value)) return Number(value) * 1000; // seconds since the epoch
  const m = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(value);
  if (!m) throw appsScriptError(`Invalid argument: query (${value})`);
  return wallToEpoch(timeZone, Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0);
}

function ageMs(value: string): number {
  const m = /^(\d+)([dmy])$/.exec(value);
  if (!m) throw appsScriptError(`Invalid argument: query (${value})`);
  const days = { d: 1, m: 30, y: 365 }[m[2] as 'd' | 'm' | 'y'];
  return Number(m[1]) * days * 86_400_000;
}

const IN: Record<string, Test> = {
  inbox: (e) => e.flags.inbox && !e.flags.trash,
  trash: (e) => e.flags.trash,
  anywhere: () => true,
  sent: () => true, // narrowed by the caller (sent by the user)
  spam: () => false,
};
const IS: Record<string, Test> = {
  unread: (e) => e.flags.unread,
  read: (e) => !e.flags.unread,
  starred: (e) => e.flags.starred,
};

function operatorTest(op: string, raw: string, ctx: SearchContext): Test {
  const value = strip(raw).toLowerCase();
  const people = (list: (m: SentMessage) => string[]): Test => {
    return (e) => list(e.message).some((a) => a.toLowerCase().includes(value));
  };
  switch (op) {
    case 'from':
      return people((m) => [m.from, m.fromName ?? '']);
    case 'to':
      return people((m) => m.to);
    case 'cc':
      return people((m) => m.cc);
    case 'bcc':
      return people((m) => m.bcc);
    case 'subject':
      return (e) => wordsMatch(e.message.subject, raw);
    case 'filename':
      return (e) => e.message.attachments.some((a) => a.name.toLowerCase().includes(value));
    case 'has':
      if (value !== 'attachment') break;
      return (e) => e.message.attachments.length > 0;
    case 'label':
      return labelTest(value, ctx.user);
    case 'in':
      if (!(value in IN)) break;
      return value === 'sent' ? (e) => isSentBy(e.message, ctx.user) : IN[value];
    case 'is':
      if (!(value in IS)) break;
      return IS[value];
    case 'after':
    case 'newer': {
      const from = dateBound(value, ctx.timeZone);
      return (e) => e.message.sentAt >= from;
    }
    case 'before':
    case 'older': {
      const until = dateBound(value, ctx.timeZone);
      return (e) => e.message.sentAt < until;
    }
    case 'newer_than':
      return (e) => e.message.sentAt > ctx.now - ageMs(value);
    case 'older_than':
      return (e) => e.message.sentAt < ctx.now - ageMs(value);
  }
  throw appsScriptError(`Not emulated: the Gmail search term "${op}:${raw}" (GmailApp.search).`);
}

/** label:x — a user label (Gmail writes spaces as "-"), or a system one named as a label. */
function labelTest(value: string, user: string): Test {
  if (value === 'inbox') return IN.inbox;
  if (value === 'unread') return IS.unread;
  if (value === 'starred') return IS.starred;
  if (value === 'trash') return IN.trash;
  if (value === 'sent') return (e) => isSentBy(e.message, user);
  return (e, labelsOf) =>
    labelsOf(e.message.id).some((l) => l.toLowerCase().replace(/[\s/]+/g, '-') === value);
}

export interface SearchContext {
  user: string;
  timeZone: string;
  now: number;
}

/** The threads a Gmail search finds, newest first. Trash is left out unless asked for. */
export function searchMailbox(
  entries: MailboxEntry[],
  query: string,
  ctx: SearchContext,
  labelsOf: (id: string) => string[],
): MailboxEntry[] {
  const tests: Test[] = [];
  let scoped = false;
  for (const token of tokens(String(query ?? ''))) {
    const negate = token.startsWith('-') && token.length > 1;
    const term = negate ? token.slice(1) : token;
    if (term === 'OR' || term.startsWith('{') || term === 'AND')
      throw appsScriptError(`Not emulated: the Gmail search term "${term}" (GmailApp.search).`);
    const op = /^([a-z_]+):(.+)$/i.exec(term);
    let test: Test;
    if (op && GMAIL_OPERATORS.has(op[1].toLowerCase())) {
      const name = op[1].toLowerCase();
      if (!SUPPORTED.has(name))
        throw appsScriptError(`Not emulated: the Gmail search term "${term}" (GmailApp.search).`);
      if (name === 'in' && ['trash', 'anywhere'].includes(op[2].toLowerCase())) scoped = true;
      test = operatorTest(name, op[2], ctx);
    } else {
      const m = (e: MailboxEntry) =>
        [e.message.subject, e.message.text, e.message.from, e.message.to.join(' ')].join('\n');
      test = (e) => wordsMatch(m(e), term);
    }
    tests.push(negate ? (e, l) => !test(e, l) : test);
  }
  return entries.filter((e) => (scoped || !e.flags.trash) && tests.every((t) => t(e, labelsOf)));
}

/** The page a GmailApp method returns: `start` and `max` checked as Google's reference says. */
export function page<T>(items: T[], start?: unknown, max?: unknown): T[] {
  if (start === undefined && max === undefined) {
    if (items.length > MAX_THREADS_PER_SEARCH)
      // [unverified wording] Google: "this call will fail when the size of all threads is too
      // large for the system to handle"; the runtime fails above one page of 500.
      throw appsScriptError('Too many threads to return: use the paged call (start, max).');
    return items;
  }
  const from = Number(start);
  const count = Number(max);
  if (!Number.isInteger(from) || from < 0) throw appsScriptError('Invalid argument: start');
  if (!Number.isInteger(count) || count < 0 || count > MAX_THREADS_PER_SEARCH)
    throw appsScriptError('Invalid argument: max');
  return items.slice(from, from + count);
}

export interface IncomingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  cc?: string[];
  /** When it arrives (simulated epoch ms). */
  atMs: number;
}

/**
 * Harness: a message from outside the workspace arrives (a client's reply, a newsletter). It lands
 * unread in the Inbox of every recipient user. No quota and no call are counted.
 * Pass `workspace.rt.stores`.
 */
export function receiveMail(stores: Record<string, unknown>, mail: IncomingMail): SentMessage {
  const store = stores.mail as MailStore;
  store.received ??= [];
  const message: SentMessage = {
    id: `in${(store.received.length + 1).toString(16).padStart(14, '0')}`,
    from: mail.from,
    to: [mail.to],
    cc: mail.cc ?? [],
    bcc: [],
    replyTo: null,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    sentAt: mail.atMs,
    executionId: '',
    attachments: [],
    inlineImages: [],
  };
  store.received.push(message);
  return message;
}
