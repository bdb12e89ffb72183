import { t } from '../i18n';
import type { Lang } from '../types';
import { composeMail, LINK_SLOT, type Block, type ComposedMail } from './compose';
import { firstName } from './weekly';

export interface ReminderMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  which: 'morning' | 'soon';
  meetingTitle: string;
  /** Local wall-clock start, HH:MM. */
  time: string;
  link: string;
  week: string;
  coach: string;
}

export function composeReminder(input: ReminderMailInput): ComposedMail {
  const lang = input.client.lang;
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.hello', { name: firstName(input.client.name) }) },
    {
      type: 'p',
      strong: true,
      text: t(lang, `mail.reminder.${input.which}`, { time: input.time }),
    },
    { type: 'p', text: input.meetingTitle },
    input.link
      ? { type: 'link', label: t(lang, 'mail.reminder.join', { link: LINK_SLOT }), url: input.link }
      : { type: 'p', text: t(lang, 'mail.reminder.noLink') },
    { type: 'p', text: t(lang, 'mail.weekly.absence') },
    { type: 'p', text: t(lang, 'mail.weekly.coach', { coach: input.coach }) },
  ];
  return composeMail(
    {
      kind: 'reminder',
      clientId: input.client.id,
      week: input.week,
      lang,
      to: input.client.email,
      subject: t(lang, `mail.reminder.subject.${input.which}`, { time: input.time }),
    },
    blocks,
  );
}
