import { registerStore } from '../runtime/state';
import { materialiseMail } from './eml';

/**
 * MailApp's state: every message sent, and each user's recipient count for the day.
 * Reference: https://developers.google.com/apps-script/reference/mail/mail-app
 */

export interface MailAttachment {
  name: string;
  contentType: string;
  base64: string;
  /** Content-ID of an inline image (`inlineImages` key, referenced as `cid:` in the HTML). */
  cid?: string;
}

export interface SentMessage {
  id: string;
  /** The account that sent it: the execution's user (Session.getEffectiveUser). */
  from: string;
  /** `name` option: the sender's display name. */
  fromName?: string;
  /** `noReply` option: sent from a generic no-reply address of the sender's domain. */
  noReply?: boolean;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html?: string;
  /** Epoch milliseconds of the simulated clock. */
  sentAt: number;
  executionId: string;
  attachments: MailAttachment[];
  inlineImages: MailAttachment[];
}

export interface DailyQuota {
  /** The day in the script time zone, YYYY-MM-DD. */
  day: string;
  remaining: number;
}

export interface MailStore {
  version: 1;
  outbox: SentMessage[];
  /**
   * Recipients per day: 1,500 for Google Workspace accounts (the default), 100 for consumer
   * accounts. https://developers.google.com/apps-script/guides/services/quotas
   */
  dailyRecipientLimit: number;
  /** Which kind of account sends: the body size limit depends on it (emulator/mail/limits.ts). */
  accountKind?: 'workspace' | 'consumer';
  /** Per sending user. */
  quota: Record<string, DailyQuota>;
  /** GmailApp drafts, per owner (absent in workspaces made before GmailApp was emulated). */
  drafts?: StoredDraft[];
  /** GmailApp user labels per owner, and the message ids each label is on. */
  labels?: StoredLabel[];
  /** Mail from outside the workspace, delivered by the harness (`receiveMail`); no quota. */
  received?: SentMessage[];
  /** Each user's read, Inbox, trash and star state of a thread, keyed "user|threadId". */
  threadFlags?: Record<string, ThreadFlags>;
}

/** What a user did to a thread; absent fields keep the defaults (received: unread in Inbox). */
export interface ThreadFlags {
  unread?: boolean;
  inbox?: boolean;
  trash?: boolean;
  starred?: boolean;
}

/** A GmailApp draft: the message as it would be sent, not yet counted against any quota. */
export interface StoredDraft {
  id: string;
  owner: string;
  to: string;
  subject: string;
  body: string;
  options: Record<string, unknown>;
  createdAt: number;
  /** The `attachments` option, read when the draft was saved (attachments.ts). */
  attachments?: MailAttachment[];
  /** The `inlineImages` option, keyed by `cid`. */
  inlineImages?: MailAttachment[];
}

export interface StoredLabel {
  owner: string;
  name: string;
  /** Ids of the threads (= sent messages: the runtime has one message per thread) labelled. */
  threadIds: string[];
}

export const WORKSPACE_DAILY_RECIPIENTS = 1500;
export const CONSUMER_DAILY_RECIPIENTS = 100;

export const MAIL_STORE = registerStore<MailStore>({
  name: 'mail',
  empty: () => ({
    version: 1,
    outbox: [],
    dailyRecipientLimit: WORKSPACE_DAILY_RECIPIENTS,
    quota: {},
  }),
  materialise: (dir, store) => materialiseMail(dir, store),
});

/** Every message sent, oldest first (moto's `sent_messages`). No call is counted. */
export function outbox(store: MailStore): SentMessage[] {
  return store.outbox;
}
