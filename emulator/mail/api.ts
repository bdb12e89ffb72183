import { EmulatedBlob, isBlobLike, toBuffer } from '../runtime/blob';
import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import type { MailAttachment, MailStore, SentMessage } from './store';
import { assertMessageFits } from './limits';

/**
 * MailApp: https://developers.google.com/apps-script/reference/mail/mail-app
 * Quotas: https://developers.google.com/apps-script/guides/services/quotas
 */

export const QUOTA_EXCEEDED_MESSAGE = 'Service invoked too many times for one day: email.';
export const NO_RECIPIENT_MESSAGE = 'Failed to send email: no recipient';
/** Apps Script's limit "Email recipients per message: 50". */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const RECIPIENTS_PER_MESSAGE_MESSAGE = 'Limit Exceeded: Email Recipients Per Message.';

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

export function invalidEmailMessage(address: string): string {
  return `Invalid email: ${address}`;
}

/**
 * Splits a comma-separated recipient list, as MailApp takes it. An entry may be a bare address
 * or `Name <address>`; commas inside quotes or angle brackets do not split. Returns the bare
 * addresses; throws `Invalid email: <entry>` for the first entry that is not an address.
 */
export function parseRecipients(list: unknown): string[] {
  if (list === undefined || list === null) return [];
  const text = Array.isArray(list) ? list.join(',') : String(list);
  const entries: string[] = [];
  let current = '';
  let quoted = false;
  let angle = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '<' && !quoted) angle = true;
    else if (c === '>' && !quoted) angle = false;
    if (c === ',' && !quoted && !angle) {
      entries.push(current);
      current = '';
    } else current += c;
  }
  entries.push(current);
  const addresses: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (entry === '') continue;
    const bracketed = entry.match(/<([^<>]*)>\s*$/);
    const address = (bracketed ? bracketed[1] : entry).trim();
    if (!ADDRESS.test(address)) throw appsScriptError(invalidEmailMessage(entry));
    addresses.push(address);
  }
  return addresses;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in a time zone. */
export function dayInZone(ms: number, timeZone: string): string {
  // One formatter per zone: making an Intl.DateTimeFormat costs more than formatting with it,
  // and the quota is checked on every sendEmail.
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface MailOptions {
  attachments?: unknown[];
  bcc?: string;
  cc?: string;
  htmlBody?: string;
  inlineImages?: Record<string, unknown>;
  name?: string;
  noReply?: boolean;
  replyTo?: string;
}

export interface MessageObject extends MailOptions {
  to?: string;
  subject?: string;
  body?: string;
}

/**
 * The `attachments` option is BlobSource[]: one blob not in an array is refused (Google's text
 * unverified; stricter than guessing), not turned into an internal error.
 */
export function attachmentList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw appsScriptError('Invalid argument: attachments');
  return value;
}

export function toAttachment(value: unknown, cid?: string): MailAttachment {
  const source = value as { getBlob?: () => unknown };
  const blob =
    !isBlobLike(value) && typeof source?.getBlob === 'function' ? source.getBlob() : value;
  // [unverified wording] what MailApp says for an attachment that is not a blob.
  if (!isBlobLike(blob)) throw appsScriptError('Invalid argument: attachments');
  const bytes = blob instanceof EmulatedBlob ? blob.toBuffer() : toBuffer(blob.getBytes());
  return {
    name: blob.getName() ?? (cid ? cid : 'attachment'),
    contentType: blob.getContentType() ?? 'application/octet-stream',
    base64: Buffer.from(bytes).toString('base64'),
    ...(cid ? { cid } : {}),
  };
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/** The four documented signatures of sendEmail, normalised to one message object. */
export function normalise(args: unknown[]): MessageObject & { to: string } {
  const [first, second, third, fourth] = args;
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const message = first as MessageObject;
    return { ...message, to: text(message.to) };
  }
  if (typeof fourth === 'string') {
    // sendEmail(to, replyTo, subject, body)
    return { to: text(first), replyTo: second as string, subject: text(third), body: fourth };
  }
  const options = (typeof fourth === 'object' && fourth !== null ? fourth : {}) as MailOptions;
  return { ...options, to: text(first), subject: text(second), body: text(third) };
}

export class MailAppEmulation {
  constructor(private readonly ctx: ScriptContext) {}

  private get store(): MailStore {
    return this.ctx.rt.store<MailStore>('mail');
  }

  /**
   * The user's remaining recipients for today. Simplification (see LIMITATIONS.md): Google
   * resets the quota 24 hours after the first request; the emulator resets it at midnight in
   * the script's time zone. A `quota-mail=n` fault sets the day's allowance when the day's
   * counter is first made.
   */
  private remaining(): { day: string; remaining: number } {
    const day = dayInZone(this.ctx.rt.clock.now(), this.ctx.timeZone);
    const counter = this.store.quota[this.ctx.user.toLowerCase()];
    if (counter && counter.day === day) return counter;
    const fromFault = this.ctx.rt.faults.spec.mailQuota;
    return { day, remaining: fromFault ?? this.store.dailyRecipientLimit };
  }

  getRemainingDailyQuota(): number {
    this.ctx.rt.call('MailApp', 'getRemainingDailyQuota');
    return Math.max(0, this.remaining().remaining);
  }

  sendEmail(...args: unknown[]): void {
    this.ctx.rt.call('MailApp', 'sendEmail');
    this.deliver(normalise(args));
  }

  /**
   * Checks and sends one message, counting its recipients against the user's daily quota: the
   * one quota MailApp and GmailApp share ("Email recipients per day").
   * https://developers.google.com/apps-script/guides/services/quotas
   */
  deliver(message: MessageObject & { to: string }): SentMessage {
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    const replyTo = message.replyTo ? parseRecipients(message.replyTo).join(', ') : null;
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw appsScriptError(NO_RECIPIENT_MESSAGE);
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw appsScriptError(RECIPIENTS_PER_MESSAGE_MESSAGE);
    const attachments = attachmentList(message.attachments).map((a) => toAttachment(a));
    const inlineImages = Object.entries(message.inlineImages ?? {}).map(([cid, blob]) =>
      toAttachment(blob, cid),
    );
    assertMessageFits(
      { text: text(message.body), html: message.htmlBody ?? undefined },
      [...attachments, ...inlineImages],
      this.store.accountKind,
    );
    const quota = this.remaining();
    if (count > quota.remaining) throw appsScriptError(QUOTA_EXCEEDED_MESSAGE);

    const sent: SentMessage = {
      id: this.ctx.rt.rng.hex(16),
      from: this.ctx.user,
      ...(message.name ? { fromName: String(message.name) } : {}),
      ...(message.noReply ? { noReply: true } : {}),
      to,
      cc,
      bcc,
      replyTo,
      subject: text(message.subject),
      text: text(message.body),
      ...(message.htmlBody !== undefined && message.htmlBody !== null
        ? { html: String(message.htmlBody) }
        : {}),
      sentAt: this.ctx.rt.clock.now(),
      executionId: this.ctx.rt.execution.info.id,
      attachments,
      inlineImages,
    };
    this.store.quota[this.ctx.user.toLowerCase()] = {
      day: quota.day,
      remaining: quota.remaining - count,
    };
    this.store.outbox.push(sent);
    return sent;
  }
}

/** The MailApp global for one script context, typed as Apps Script's. */
export function createMailApp(ctx: ScriptContext): GoogleAppsScript.Mail.MailApp {
  const mail = new MailAppEmulation(ctx);
  return withCoverage(
    {
      sendEmail: (...args: unknown[]) => mail.sendEmail(...args),
      getRemainingDailyQuota: () => mail.getRemainingDailyQuota(),
    },
    'MailApp',
  ) as unknown as GoogleAppsScript.Mail.MailApp;
}
