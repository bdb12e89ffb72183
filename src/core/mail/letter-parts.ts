import { coachContactOf, displayPhone, type CoachContact } from '../coach-contacts';
import { weekdayOf } from '../dates';
import { t } from '../i18n';
import type { IsoDate, Lang, Settings } from '../types';
import type { Block } from './compose';

/**
 * Words every client mail shares: dates and times as people write them, the meeting line, and
 * the footer that says whom to call when ill. Plain language (selkokieli): one thing a sentence.
 */

/** "30.11." — the year is clear from the week. */
export function shortDate(date: IsoDate): string {
  const [, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.`;
}

/** "09:00" → "9.00" (fi, sv) or "9:00" (en). */
export function clock(lang: Lang, time: string): string {
  const [h = '0', m = '00'] = time.split(':');
  return `${Number(h)}${lang === 'en' ? ':' : '.'}${m}`;
}

/** "10.00–11.00": a meeting's start and end. */
export function clockSpan(lang: Lang, time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const end = h * 60 + m + minutes;
  const endText = `${String(Math.floor(end / 60) % 24).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
  return `${clock(lang, time)}–${clock(lang, endText)}`;
}

/** "Maanantai 30.11." */
export function dayHeading(lang: Lang, date: IsoDate): string {
  const weekday = t(lang, `weekday.${weekdayOf(date)}`);
  return `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${shortDate(date)}`;
}

/** A sentence that starts with a lower-case word ("ryhmän tapaaminen alkaa…") starts upper-case. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export type MeetingKind = 'group' | 'one-to-one' | 'career' | 'consultation';

export interface MeetingInfo {
  kind: MeetingKind;
  date: IsoDate;
  time: string;
  minutes: number;
  link: string;
}

/** What a client calls the meeting: never the group's name, which is the coaches' word. */
export function meetingName(lang: Lang, kind: MeetingKind | string): string {
  const known = ['group', 'one-to-one', 'career', 'consultation'].includes(kind) ? kind : 'group';
  return t(lang, `mail.letter.meeting.${known}`);
}

/**
 * The meeting, once: under its own day "Ryhmän tapaaminen klo 10.00–11.00.", elsewhere with its
 * weekday and date; then its join button.
 */
export function meetingBlocks(lang: Lang, meeting: MeetingInfo, withDay: boolean): Block[] {
  const when = clockSpan(lang, meeting.time, meeting.minutes);
  const text = withDay
    ? t(lang, 'mail.letter.meetingOn', {
        meeting: meetingName(lang, meeting.kind),
        weekday: t(lang, `mail.letter.on.${weekdayOf(meeting.date)}`),
        date: shortDate(meeting.date),
        time: when,
      })
    : t(lang, 'mail.letter.meetingAt', { meeting: meetingName(lang, meeting.kind), time: when });
  const blocks: Block[] = [{ type: 'p', strong: true, text: sentence(text) }];
  blocks.push(
    meeting.link
      ? { type: 'link', button: true, label: t(lang, 'mail.letter.join'), url: meeting.link }
      : { type: 'p', text: t(lang, 'mail.reminder.noLink') },
  );
  return blocks;
}

/** The client's coach as the footer names them: "Anna Ohjaaja, 040 123 4567". */
export interface CoachLine {
  email: string;
  name: string;
  phone: string;
}

export function coachLine(
  settings: Pick<Settings, 'coachContacts'>,
  email: string,
): CoachLine & { contact: CoachContact } {
  const contact = coachContactOf(settings.coachContacts, email);
  return { email: contact.email, name: contact.name, phone: contact.phone, contact };
}

/**
 * The fixed footer: "Jos olet sairaana tai et pääse: soita tai laita viesti ohjaajalle <name,
 * phone> ennen <start>." A reply reaches the coach too (Reply-To), and the organisation signs.
 */
export function footerBlocks(
  lang: Lang,
  coach: CoachLine,
  start: string,
  organisation: string,
): Block[] {
  const who = coach.name || coach.email;
  const blocks: Block[] = [
    {
      type: 'p',
      strong: true,
      text: coach.phone
        ? t(lang, 'mail.letter.sick', { name: who, phone: displayPhone(coach.phone), start })
        : t(lang, 'mail.letter.sickNoPhone', { name: who, start }),
    },
    { type: 'p', text: t(lang, 'mail.letter.reply') },
  ];
  if (organisation)
    blocks.push({ type: 'p', text: t(lang, 'mail.common.signature', { organisation }) });
  return blocks;
}
