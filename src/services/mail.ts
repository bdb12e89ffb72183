import { fitMailBodies } from '../core/limits';
import { NOT_ONE_ADDRESS } from '../core/failure-kind';
import { normaliseEmail } from '../core/email';
import { t } from '../core/i18n';
import { LANGS, type Lang } from '../core/types';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  bcc?: string;
  replyTo?: string;
  senderName?: string;
  /** The reader's language, for the note on a shortened mail (all three when not given). */
  lang?: Lang;
}

/** Keeps a mail inside MailApp's body size limit: a mail too long is shortened, with a note. */
function fitted(mail: OutgoingMail): { text: string; html: string } {
  const note = mail.lang
    ? t(mail.lang, 'limits.mail.shortened')
    : LANGS.map((lang) => t(lang, 'limits.mail.shortened')).join(' / ');
  return fitMailBodies(mail.text, mail.html, note);
}

/**
 * Sends one mail through MailApp (scope script.send_mail, not full Gmail), once: whether to
 * try again is the caller's decision from the error's kind (src/core/failure-kind.ts), never a
 * blind retry here.
 */
export function sendMail(mail: OutgoingMail): void {
  // MailApp takes "a@x, b@y" and "Name <a@x>" as recipients: a coach's typo in Asiakkaat would
  // send a client's letter and links to a second, outside address. One plain address only.
  const checked = normaliseEmail(mail.to);
  if ('problem' in checked && /many|brackets/.test(checked.problem.key))
    throw new Error(`${NOT_ONE_ADDRESS}: ${mail.to}`);
  if ('problem' in checked || checked.email === '') throw new Error(`Invalid email: ${mail.to}`);
  const { text, html } = fitted(mail);
  MailApp.sendEmail({
    to: mail.to,
    bcc: mail.bcc,
    subject: mail.subject,
    body: text,
    htmlBody: html,
    replyTo: mail.replyTo,
    name: mail.senderName,
  });
}

/** This execution's reading of the day's remaining recipients (plan this execution only). */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}
