/**
 * The MailApp emulation: the API handed to scripts, and the harness helpers (outbox, .eml
 * rendering) that tests and the export use without counting service calls.
 * See LIMITATIONS.md for what is and is not emulated.
 */
export { MAIL_STORE, outbox, WORKSPACE_DAILY_RECIPIENTS, CONSUMER_DAILY_RECIPIENTS } from './store';
export type { MailStore, SentMessage, MailAttachment, DailyQuota } from './store';
export {
  renderEml,
  renderEmlWithMailComposer,
  emlFileName,
  materialiseMail,
  composerFor,
} from './eml';
export {
  createMailApp,
  MailAppEmulation,
  parseRecipients,
  dayInZone,
  invalidEmailMessage,
  QUOTA_EXCEEDED_MESSAGE,
  NO_RECIPIENT_MESSAGE,
  RECIPIENTS_PER_MESSAGE_MESSAGE,
  MAX_RECIPIENTS_PER_MESSAGE,
} from './api';
export { receiveMail, type IncomingMail } from './mailbox';
