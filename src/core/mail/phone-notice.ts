import { displayPhone, isMobile } from '../coach-contacts';
import { weekdayOf } from '../dates';
import { t } from '../i18n';
import type { ContactChannel, IsoDate, Lang } from '../types';
import { whatsappLink } from '../whatsapp';
import {
  clock,
  clockSpan,
  firstName,
  meetingName,
  sentence,
  shortDate,
  type MeetingInfo,
} from './letter-parts';

/**
 * The ready short message a coach sends by hand to a client who uses text messages or the phone
 * (or WhatsApp): next week's days with their start and place, the meeting with its link, and who
 * sends it. One click opens it: `sms:` and WhatsApp (https://faq.whatsapp.com/5913398998672934)
 * for mobile numbers, `tel:` for every number (a landline gets the call link only).
 */
export interface PhoneNoticeInput {
  client: {
    id: string;
    name: string;
    lang: Lang;
    phone: string;
    contact: ContactChannel;
    hasEmail: boolean;
  };
  days: { date: IsoDate; mode: 'remote' | 'in-person'; start: string }[];
  meetings: MeetingInfo[];
  siteAddress: string;
  coachName: string;
}

export interface PhoneNotice {
  clientId: string;
  name: string;
  contact: ContactChannel;
  /** The number as people write it. */
  phone: string;
  text: string;
  links: { kind: 'sms' | 'tel' | 'whatsapp'; url: string }[];
}

function dayText(lang: Lang, day: PhoneNoticeInput['days'][number], siteAddress: string): string {
  const weekday = t(lang, `mail.phone.wd.${weekdayOf(day.date)}`);
  const where =
    day.mode === 'remote'
      ? t(lang, 'mail.phone.remote')
      : siteAddress || t(lang, 'mail.phone.site');
  return `${weekday} ${shortDate(day.date)} ${t(lang, 'mail.letter.at', { time: clock(lang, day.start) })} ${where}`;
}

/** The message's words, in the client's language. */
export function phoneNoticeText(input: PhoneNoticeInput): string {
  const { client } = input;
  const lang = client.lang;
  const parts = [
    t(lang, 'mail.weekly.hello', { name: firstName(client.name) }),
    `${t(lang, 'mail.phone.week')} ${[...input.days]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((d) => dayText(lang, d, input.siteAddress))
      .join(', ')}.`,
  ];
  for (const meeting of input.meetings) {
    const when = `${t(lang, `mail.phone.wd.${weekdayOf(meeting.date)}`)} ${shortDate(meeting.date)} ${t(lang, 'mail.letter.at', { time: clockSpan(lang, meeting.time, meeting.minutes) })}`;
    parts.push(
      `${sentence(meetingName(lang, meeting.kind))} ${when}${meeting.link ? `: ${meeting.link}` : ''}.`,
    );
  }
  if (client.hasEmail) parts.push(t(lang, 'mail.phone.email'));
  if (input.coachName) parts.push(t(lang, 'mail.phone.from', { coach: input.coachName }));
  return parts.join(' ');
}

/** The message and its one-click links; null when the client has no number to reach. */
export function composePhoneNotice(input: PhoneNoticeInput): PhoneNotice | null {
  const phone = input.client.phone;
  if (!/^\+\d{8,15}$/.test(phone)) return null;
  const text = phoneNoticeText(input);
  const links: PhoneNotice['links'] = [];
  if (isMobile(phone)) {
    // RFC 5724: sms:<number>?body=<text>, understood by Android and iOS alike.
    links.push({ kind: 'sms', url: `sms:${phone}?body=${encodeURIComponent(text)}` });
    const wa = whatsappLink(phone, text);
    if (wa) links.push({ kind: 'whatsapp', url: wa });
  }
  links.push({ kind: 'tel', url: `tel:${phone}` });
  // The client's own channel first, so the first click is the right one.
  const first = { sms: 'sms', whatsapp: 'whatsapp', phone: 'tel', email: 'sms' }[
    input.client.contact
  ];
  links.sort((a, b) => Number(b.kind === first) - Number(a.kind === first));
  return {
    clientId: input.client.id,
    name: input.client.name,
    contact: input.client.contact,
    phone: displayPhone(phone),
    text,
    links,
  };
}
