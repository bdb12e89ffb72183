import { withRetry } from './retry';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  bcc?: string;
  replyTo?: string;
  senderName?: string;
}

/**
 * Sends one mail through MailApp (scope script.send_mail, not full Gmail).
 * A transient failure is retried; if every attempt fails the error reaches the caller, which
 * has not yet recorded the send and will try again on its next run.
 */
export function sendMail(mail: OutgoingMail): void {
  withRetry(() =>
    MailApp.sendEmail({
      to: mail.to,
      bcc: mail.bcc,
      subject: mail.subject,
      body: mail.text,
      htmlBody: mail.html,
      replyTo: mail.replyTo,
      name: mail.senderName,
    }),
  );
}

export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
