import { makeDate } from '../runtime/clock';
import { type ScriptContext, withCoverage } from '../runtime/context';
import { appsScriptError } from '../runtime/errors';
import { MailAppEmulation, normalise, parseRecipients, type MessageObject } from './api';
import type { MailStore, SentMessage, StoredDraft, StoredLabel } from './store';

/**
 * GmailApp, the subset mail-merge scripts use: sendEmail (the same checks, `.eml` files and the
 * SAME daily recipients quota as MailApp — https://developers.google.com/apps-script/guides/services/quotas
 * counts "Email recipients per day" per user, whichever service sends), drafts (createDraft,
 * getDrafts, getDraft, draft.send/update/deleteDraft) and user labels on the threads it sent.
 * https://developers.google.com/apps-script/reference/gmail/gmail-app
 * Reading the mailbox (search, inbox threads, incoming mail) is not emulated: the runtime has no
 * one writing to the user.
 */

function mailStore(ctx: ScriptContext): MailStore {
  const store = ctx.rt.store<MailStore>('mail');
  store.drafts ??= [];
  store.labels ??= [];
  return store;
}

const own = (ctx: ScriptContext) => (item: { owner: string }) =>
  item.owner.toLowerCase() === ctx.user.toLowerCase();

/** A GmailMessage over a sent message or a draft's content. */
function messageHandle(ctx: ScriptContext, m: SentMessage | StoredDraft, threadId: string) {
  const sent = 'sentAt' in m;
  const body = sent ? m.text : m.body;
  const html = sent ? (m.html ?? m.text) : String(m.options.htmlBody ?? m.body);
  const to = sent ? m.to.join(', ') : m.to;
  return withCoverage(
    {
      getId: () => (sent ? m.id : `m-${m.id}`),
      getThread: () => threadHandle(ctx, threadId),
      getSubject: () => m.subject,
      getTo: () => to,
      getCc: () => (sent ? m.cc.join(', ') : String(m.options.cc ?? '')),
      getBcc: () => (sent ? m.bcc.join(', ') : String(m.options.bcc ?? '')),
      getFrom: () => (sent ? m.from : m.owner),
      getReplyTo: () => (sent ? (m.replyTo ?? '') : String(m.options.replyTo ?? '')),
      getDate: () => makeDate(sent ? m.sentAt : m.createdAt),
      getPlainBody: () => body,
      getBody: () => html,
      isDraft: () => !sent,
      getAttachments: () => [],
    },
    'GmailMessage',
  );
}

function threadHandle(ctx: ScriptContext, threadId: string) {
  const message = () => {
    const found = mailStore(ctx).outbox.find((m) => m.id === threadId);
    if (!found) throw appsScriptError('Invalid argument: id');
    return found;
  };
  const labelsOn = () => mailStore(ctx).labels!.filter(own(ctx));
  const thread = withCoverage(
    {
      getId: () => threadId,
      getFirstMessageSubject: () => message().subject,
      getMessages: () => [messageHandle(ctx, message(), threadId)],
      getMessageCount: () => 1,
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
          to: draft.to,
          subject: draft.subject,
          body: draft.body,
        });
        remove();
        return messageHandle(ctx, sent, sent.id);
      },
      update(recipient: string, subject: string, body: string, options?: object) {
        ctx.rt.call('GmailApp', 'update');
        Object.assign(stored(), draftFields(recipient, subject, body, options));
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

function draftFields(recipient: unknown, subject: unknown, body: unknown, options?: object) {
  // A draft's addresses are checked when it is made, as Gmail refuses an invalid one.
  parseRecipients(recipient);
  return {
    to: String(recipient ?? ''),
    subject: String(subject ?? ''),
    body: String(body ?? ''),
    options: { ...(options ?? {}) } as Record<string, unknown>,
  };
}

/** The GmailApp global. */
export function createGmailApp(ctx: ScriptContext) {
  const mail = new MailAppEmulation(ctx);
  const labels = () => mailStore(ctx).labels!.filter(own(ctx));
  const gmail = withCoverage(
    {
      sendEmail(...args: unknown[]) {
        ctx.rt.call('GmailApp', 'sendEmail');
        mail.deliver(normalise(args));
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
          ...draftFields(recipient, subject, body, options),
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
        const sent = mailStore(ctx).outbox.find(
          (m) => m.id === String(id) && m.from.toLowerCase() === ctx.user.toLowerCase(),
        );
        return sent ? threadHandle(ctx, sent.id) : null;
      },
      getAliases: () => [],
      toString: () => 'GmailApp',
    },
    'GmailApp',
  );
  return gmail;
}
