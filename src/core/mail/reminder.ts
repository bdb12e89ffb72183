import { t } from '../i18n';
import type { Lang } from '../types';
import { composeMail, type Block, type ComposedMail } from './compose';
import {
  clock,
  firstName,
  footerBlocks,
  meetingName,
  sentence,
  type CoachLine,
  type MeetingKind,
} from './letter-parts';

export interface ReminderMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  which: 'morning' | 'soon';
  kind: MeetingKind;
  /** Local wall-clock start, HH:MM. */
  time: string;
  minutes: number;
  link: string;
  week: string;
  coach: CoachLine;
  organisation: string;
}

/** A meeting reminder: what, when, the join button, and whom to tell when ill. */
export function composeReminder(input: ReminderMailInput): ComposedMail {
  const lang = input.client.lang;
  const meeting = meetingName(lang, input.kind);
  const time = clock(lang, input.time);
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.hello', { name: firstName(input.client.name) }) },
    {
      type: 'p',
      strong: true,
      text: sentence(t(lang, `mail.reminder.${input.which}`, { meeting, time })),
    },
    input.link
      ? { type: 'link', button: true, label: t(lang, 'mail.letter.join'), url: input.link }
      : { type: 'p', text: t(lang, 'mail.reminder.noLink') },
    ...footerBlocks(lang, input.coach, t(lang, 'mail.letter.at', { time }), input.organisation),
  ];
  return composeMail(
    {
      kind: 'reminder',
      clientId: input.client.id,
      week: input.week,
      lang,
      to: input.client.email,
      subject: sentence(t(lang, `mail.reminder.subject.${input.which}`, { meeting, time })),
      replyTo: input.coach.email,
    },
    blocks,
  );
}
