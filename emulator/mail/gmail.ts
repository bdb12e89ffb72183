import { makeDate } from '../runtime/clock';
import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { MailAppEmulation, normalise, parseRecipients, type MessageObject } from './api';
import type { MailStore, SentMessage, StoredDraft, StoredLabel, ThreadFlags } from './store';
import { mailboxOf, page, searchMailbox, setFlags, type MailboxEntry } from './mailbox';
import { attachmentsOf, partsAsOptions, splitParts, type AttachmentOptions } from './attachments';

/**
 * GmailApp, the subset mail-merge scripts use: sendEmail (the same checks, `.eml` files and the
 * SAME daily recipients quota as MailApp — https://developers.google.com/apps-script/guides/services/quotas
 * counts "Email recipients per day" per user, whichever service sends), drafts (createDraft,
 * getDrafts, getDraft, draft.send/update/deleteDraft) and user labels on the threads it sent.
 * https://developers.google.com/apps-script/reference/gmail/gmail-app
 * The user's mailbox (search, Inbox, read/star/archive/trash state) holds what the runtime's
 * scripts sent from or to the user and what the harness delivered (`receiveMail`), one message
 * per thread (mailbox.ts).
 */

function mailStore(ctx: ScriptContext): MailStore {
  const store = ctx.rt.store<MailStore>('mail');
  store.drafts ??= [];
  store.labels ??= [];
  return store;
}

const own = (ctx: ScriptContext) => (item: { owner: string }) =>
  item.owner.toLowerCase() === ctx.user.toLowerCase();

/** A thread of the user's mailbox, or (for a label's thread sent by another user) none. */
function entryOf(ctx: ScriptContext, threadId: string): MailboxEntry {
  const entry = mailboxOf(mailStore(ctx), ctx.user).find((e) => e.message.id === threadId);
  if (!entry) throw appsScriptError('Invalid argument: id');
  return entry;
}

function flag(ctx: ScriptContext, method: string, threadId: string, flags: ThreadFlags): void {
  ctx.rt.call('GmailApp', method);
  entryOf(ctx, threadId);
  setFlags(mailStore(ctx), ctx.user, threadId, flags);
}

/** A GmailMessage over a sent or received message, or a draft's content. */
function messageHandle(ctx: ScriptContext, m: SentMessage | StoredDraft, threadId: string) {
  const sent = 'sentAt' in m;
  const body = sent ? m.text : m.body;
  const html = sent ? (m.html ?? m.text) : String(m.options.htmlBody ?? m.body);
  const to = sent ? m.to.join(', ') : m.to;
  const flags = () => entryOf(ctx, threadId).flags;
  const message = withCoverage(
    {
      getId: () => (sent ? m.id : `m-${m.id}`),
      getThread: () => threadHandle(ctx, threadId),
      getSubject: () => m.subject,
      getTo: () => to,
      getCc: () => (sent ? m.cc.join(', ') : String(m.options.cc ?? '')),
      getBcc: () => (sent ? m.bcc.join(', ') : String(m.options.bcc ?? '')),
      getFrom: () => (sent ? fromLine(m) : m.owner),
      getReplyTo: () => (sent ? (m.replyTo ?? '') : String(m.options.replyTo ?? '')),
      getDate: () => makeDate(sent ? m.sentAt : m.createdAt),
      getPlainBody: () => body,
      getBody: () => html,
      isDraft: () => !sent,
      getAttachments: (options?: AttachmentOptions) => attachmentsOf(m, options ?? {}),
      isUnread: () => flags().unread,
      isStarred: () => flags().starred,
      isInInbox: () => flags().inbox && !flags().trash,
      isInTrash: () => flags().trash,
      markRead: () => (flag(ctx, 'markMessageRead', threadId, { unread: false }), message),
      markUnread: () => (flag(ctx, 'markMessageUnread', threadId, { unread: true }), message),
      star: () => (flag(ctx, 'starMessage', threadId, { starred: true }), message),
      unstar: () => (flag(ctx, 'unstarMessage', threadId, { starred: false }), message),
      moveToTrash: () => (flag(ctx, 'moveMessageToTrash', threadId, { trash: true }), message),
    },
    'GmailMessage',
  );
  return message;
}

/** "Name <address>" as Gmail shows a sender with a display name. */
function fromLine(m: SentMessage): string {
  return m.fromName ? `${m.fromName} <${m.from}>` : m.from;
}

function threadHandle(ctx: ScriptContext, threadId: string) {
  const entry = () => entryOf(ctx, threadId);
  const labelsOn = () => mailStore(ctx).labels!.filter(own(ctx));
  const set = (method: string, flags: ThreadFlags) => (flag(ctx, method, threadId, flags), thread);
  const thread = withCoverage(
    {
      getId: () => threadId,
      getFirstMessageSubject: () => entry().message.subject,
      getMessages: () => [messageHandle(ctx, entry().message, threadId)],
      getMessageCount: () => 1,
      getLastMessageDate: () => makeDate(entry().message.sentAt),
      getPermalink: () => `https://mail.google.com/mail/u/0/#all/${threadId}`,
      isUnread: () => entry().flags.unread,
      isInInbox: () => entry().flags.inbox && !entry().flags.trash,
      isInTrash: () => entry().flags.trash,
      hasStarredMessages: () => entry().flags.starred,
      markRead: () => set('markThreadRead', { unread: false }),
      markUnread: () => set('markThreadUnread', { unread: true }),
      moveToArchive: () => set('moveThreadToArchive', { inbox: false }),
      moveToInbox: () => set('moveThreadToInbox', { inbox: true, trash: false }),
      moveToTrash: () => set('moveThreadToTrash', { trash: true }),
      getLabels: () =>
        labelsOn()
          .filter((l) => l.threadIds.includes(threadId))
          .map((l) => labelHandle(ctx, l.name)),
      addLabel(label: { getName(): string }) {
        ctx.rt.call('GmailApp', 'addLabel');
        const stored = findLabel(ctx, label.getName());
        if (!stored.threadIds.includes(threadId)) stored.threadIds.push(threadId);
        return thread;
      },
      removeLabel(label: { getName(): string }) {
        ctx.rt.call('GmailApp', 'removeLabel');
        const stored = findLabel(ctx, label.getName());
        stored.threadIds = stored.threadIds.filter((id) => id !== threadId);
        return thread;
      },
    },
    'GmailThread',
  );
  return thread;
}

function findLabel(ctx: ScriptContext, name: string): StoredLabel {
  const label = mailStore(ctx)
    .labels!.filter(own(ctx))
    .find((l) => l.name === name);
  // [unverified wording] Gmail's error for a label deleted while a handle is held.
  if (!label) throw appsScriptError(`Label not found: ${name}`);
  return label;
}

function labelHandle(ctx: ScriptContext, name: string) {
  const label = withCoverage(
    {
      getName: () => name,
      getThreads: () => findLabel(ctx, name).threadIds.map((id) => threadHandle(ctx, id)),
      addToThread(thread: { getId(): string }) {
        ctx.rt.call('GmailApp', 'addToThread');
        const stored = findLabel(ctx, name);
        if (!stored.threadIds.includes(thread.getId())) stored.threadIds.push(thread.getId());
        return label;
      },
      removeFromThread(thread: { getId(): string }) {
        ctx.rt.call('GmailApp', 'removeFromThread');
        const stored = findLabel(ctx, name);
        stored.threadIds = stored.threadIds.filter((id) => id !== thread.getId());
        return label;
      },
      deleteLabel() {
        ctx.rt.call('GmailApp', 'deleteLabel');
        const store = mailStore(ctx);
        store.labels = store.labels!.filter((l) => !(own(ctx)(l) && l.name === name));
      },
    },
    'GmailLabel',
  );
  return label;
}

function draftHandle(ctx: ScriptContext, mail: MailAppEmulation, id: string) {
  const stored = () => {
    const found = mailStore(ctx)
      .drafts!.filter(own(ctx))
      .find((d) => d.id === id);
    // [unverified wording] Gmail's error for a draft that was sent or deleted.
    if (!found) throw appsScriptError('Invalid argument: draftId');
    return found;
  };
  const remove = () => {
    const store = mailStore(ctx);
    store.drafts = store.drafts!.filter((d) => d.id !== id);
  };
  return withCoverage(
    {
      getId: () => id,
      getMessageId: () => `m-${id}`,
      getMessage: () => messageHandle(ctx, stored(), id),
      send() {
        ctx.rt.call('GmailApp', 'send');
        const draft = stored();
        const sent = mail.deliver({
          ...(draft.options as MessageObject),
          ...partsAsOptions(draft),
          to: draft.to,
          subject: draft.subject,
          body: draft.body,
        });
        remove();
        return messageHandle(ctx, sent, sent.id);
      },
      update(recipient: string, subject: string, body: string, options?: object) {
        ctx.rt.call('GmailApp', 'update');
        const draft = stored();
        delete draft.attachments;
        delete draft.inlineImages;
        Object.assign(draft, draftFields(ctx, recipient, subject, body, options));
        return draftHandle(ctx, mail, id);
      },
      deleteDraft() {
        ctx.rt.call('GmailApp', 'deleteDraft');
        stored();
        remove();
      },
    },
    'GmailDraft',
  );
}

function draftFields(
  ctx: ScriptContext,
  recipient: unknown,
  subject: unknown,
  body: unknown,
  options?: object,
) {
  // A draft's addresses are checked when it is made, as Gmail refuses an invalid one.
  parseRecipients(recipient);
  checkFrom(ctx, options);
  const { options: kept, parts } = splitParts({ ...(options ?? {}) });
  return {
    to: String(recipient ?? ''),
    subject: String(subject ?? ''),
    body: String(body ?? ''),
    options: kept,
    ...parts,
  };
}

/**
 * The `from` option "must be one of the values returned by getAliases()"
 * (https://developers.google.com/apps-script/reference/gmail/gmail-app#sendEmail(String,String,String,Object)).
 * The runtime's users have no aliases, so only the user's own address passes; anything else is
 * refused rather than silently sent from the user (the stricter reading).
 */
function checkFrom(ctx: ScriptContext, options: unknown): void {
  const from = (options as { from?: unknown } | undefined)?.from;
  if (from === undefined || from === null) return;
  // [unverified wording] Gmail's error for a `from` address that is not an alias.
  if (String(from).trim().toLowerCase() !== ctx.user.toLowerCase())
    throw appsScriptError('Invalid argument: from');
}

type Thread = ReturnType<typeof threadHandle>;

/** The GmailApp global. */
export function createGmailApp(ctx: ScriptContext) {
  const mail = new MailAppEmulation(ctx);
  const labels = () => mailStore(ctx).labels!.filter(own(ctx));
  const mailbox = () => mailboxOf(mailStore(ctx), ctx.user);
  const labelsOf = (id: string) =>
    labels()
      .filter((l) => l.threadIds.includes(id))
      .map((l) => l.name);
  const searchContext = () => ({ user: ctx.user, timeZone: ctx.timeZone, now: ctx.rt.clock.now() });
  const listed = (method: string, query: string, start?: number, max?: number) => {
    ctx.rt.call('GmailApp', method);
    const found = searchMailbox(mailbox(), query, searchContext(), labelsOf);
    return page(found, start, max).map((e) => threadHandle(ctx, e.message.id));
  };
  const gmail = withCoverage(
    {
      sendEmail(...args: unknown[]) {
        ctx.rt.call('GmailApp', 'sendEmail');
        const message = normalise(args);
        checkFrom(ctx, message);
        mail.deliver(message);
        return gmail;
      },
      getRemainingDailyQuota() {
        ctx.rt.call('GmailApp', 'getRemainingDailyQuota');
        return mail.getRemainingDailyQuota();
      },
      createDraft(recipient: string, subject: string, body: string, options?: object) {
        ctx.rt.call('GmailApp', 'createDraft');
        const draft: StoredDraft = {
          id: `r${ctx.rt.rng.hex(16)}`,
          owner: ctx.user,
          createdAt: ctx.rt.clock.now(),
          ...draftFields(ctx, recipient, subject, body, options),
        };
        mailStore(ctx).drafts!.push(draft);
        return draftHandle(ctx, mail, draft.id);
      },
      getDrafts() {
        ctx.rt.call('GmailApp', 'getDrafts');
        return mailStore(ctx)
          .drafts!.filter(own(ctx))
          .map((d) => draftHandle(ctx, mail, d.id));
      },
      getDraft(id: string) {
        ctx.rt.call('GmailApp', 'getDraft');
        const draft = draftHandle(ctx, mail, String(id));
        draft.getMessage(); // a draft that is not (or no longer) there is refused here
        return draft;
      },
      getDraftMessages() {
        ctx.rt.call('GmailApp', 'getDraftMessages');
        return mailStore(ctx)
          .drafts!.filter(own(ctx))
          .map((d) => messageHandle(ctx, d, d.id));
      },
      createLabel(name: string) {
        ctx.rt.call('GmailApp', 'createLabel');
        const text = String(name);
        if (!labels().some((l) => l.name === text))
          mailStore(ctx).labels!.push({ owner: ctx.user, name: text, threadIds: [] });
        return labelHandle(ctx, text);
      },
      getUserLabelByName(name: string) {
        ctx.rt.call('GmailApp', 'getUserLabelByName');
        return labels().some((l) => l.name === String(name))
          ? labelHandle(ctx, String(name))
          : null;
      },
      getUserLabels() {
        ctx.rt.call('GmailApp', 'getUserLabels');
        return labels().map((l) => labelHandle(ctx, l.name));
      },
      getThreadById(id: string) {
        ctx.rt.call('GmailApp', 'getThreadById');
        return mailbox().some((e) => e.message.id === String(id))
          ? threadHandle(ctx, String(id))
          : null;
      },
      getMessageById(id: string) {
        ctx.rt.call('GmailApp', 'getMessageById');
        const entry = mailbox().find((e) => e.message.id === String(id));
        return entry ? messageHandle(ctx, entry.message, entry.message.id) : null;
      },
      search(query: string, start?: number, max?: number) {
        ctx.rt.call('GmailApp', 'search');
        const found = searchMailbox(mailbox(), String(query ?? ''), searchContext(), labelsOf);
        return page(found, start, max).map((e) => threadHandle(ctx, e.message.id));
      },
      getInboxThreads: (start?: number, max?: number) =>
        listed('getInboxThreads', 'in:inbox', start, max),
      getStarredThreads: (start?: number, max?: number) =>
        listed('getStarredThreads', 'is:starred', start, max),
      getTrashThreads: (start?: number, max?: number) =>
        listed('getTrashThreads', 'in:trash', start, max),
      getSpamThreads: (start?: number, max?: number) =>
        listed('getSpamThreads', 'in:spam', start, max),
      getInboxUnreadCount() {
        ctx.rt.call('GmailApp', 'getInboxUnreadCount');
        return mailbox().filter((e) => e.flags.inbox && !e.flags.trash && e.flags.unread).length;
      },
      getStarredUnreadCount() {
        ctx.rt.call('GmailApp', 'getStarredUnreadCount');
        return mailbox().filter((e) => e.flags.starred && !e.flags.trash && e.flags.unread).length;
      },
      markThreadRead: (thread: Thread) => thread.markRead() && gmail,
      markThreadUnread: (thread: Thread) => thread.markUnread() && gmail,
      moveThreadToArchive: (thread: Thread) => thread.moveToArchive() && gmail,
      moveThreadToInbox: (thread: Thread) => thread.moveToInbox() && gmail,
      moveThreadToTrash: (thread: Thread) => thread.moveToTrash() && gmail,
      markThreadsRead: (threads: Thread[]) => (threads.forEach((t) => t.markRead()), gmail),
      moveThreadsToArchive: (threads: Thread[]) => (
        threads.forEach((t) => t.moveToArchive()),
        gmail
      ),
      getAliases: () => [],
      toString: () => 'GmailApp',
    },
    'GmailApp',
  );
  return gmail;
}
