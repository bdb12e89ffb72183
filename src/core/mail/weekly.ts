import { formatDate, weekdayOf } from '../dates';
import { t } from '../i18n';
import type { IsoDate, Lang } from '../types';
import { closingBlocks, linkBlocks } from './common-blocks';
import { composeMail, LINK_SLOT, type Block, type ComposedMail } from './compose';

export interface MailTask {
  title: string;
  instructions: string;
  materialLink: string;
}

export interface WeeklyDay {
  date: IsoDate;
  mode: 'remote' | 'in-person';
  hours: number;
  tasks: MailTask[];
  note: string;
  /** The day's reflection link, prefilled with the client's token and this date. */
  reflectionLink?: string;
}

export interface MeetingInfo {
  /** Translated title, e.g. "Group meeting: Group 1". */
  title: string;
  date: IsoDate;
  time: string;
  minutes: number;
  link: string;
}

export interface WeeklyMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  week: string;
  days: WeeklyDay[];
  meetings: MeetingInfo[];
  reflectionLink: string;
  folderLink: string;
  /** The upload page with the client's token, for clients without a Google account. */
  uploadLink?: string;
  coach: string;
  organisation: string;
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

export function dayHeading(lang: Lang, date: IsoDate): string {
  const weekday = t(lang, `weekday.${weekdayOf(date)}`);
  return t(lang, 'mail.weekly.day', {
    weekday: weekday.charAt(0).toUpperCase() + weekday.slice(1),
    date: formatDate(date),
  });
}

export function meetingBlocks(lang: Lang, meeting: MeetingInfo): Block[] {
  const blocks: Block[] = [
    {
      type: 'p',
      strong: true,
      text: `${meeting.title}. ${t(lang, 'mail.weekly.meeting', {
        weekday: t(lang, `weekday.${weekdayOf(meeting.date)}`),
        date: formatDate(meeting.date),
        time: meeting.time,
        minutes: meeting.minutes,
      })}`,
    },
  ];
  if (meeting.link)
    blocks.push({
      type: 'link',
      label: t(lang, 'mail.weekly.meetingLink', { link: LINK_SLOT }),
      url: meeting.link,
    });
  else blocks.push({ type: 'p', text: t(lang, 'mail.reminder.noLink') });
  return blocks;
}

/** The weekly instructions mail of one client (pure: the same input gives the same mail). */
export function composeWeekly(input: WeeklyMailInput): ComposedMail {
  const { client, week } = input;
  const lang = client.lang;
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.hello', { name: firstName(client.name) }) },
    { type: 'p', text: t(lang, 'mail.weekly.intro') },
  ];
  for (const day of [...input.days].sort((a, b) => a.date.localeCompare(b.date))) {
    blocks.push({ type: 'h', text: dayHeading(lang, day.date) });
    blocks.push({
      type: 'p',
      text: `${t(lang, day.mode === 'in-person' ? 'mail.weekly.inPerson' : 'mail.weekly.remote')} ${t(lang, 'mail.weekly.hours', { hours: day.hours })}`,
    });
    if (day.tasks.length > 0) {
      blocks.push({ type: 'p', text: t(lang, 'mail.weekly.tasks'), strong: true });
      blocks.push({
        type: 'list',
        items: day.tasks.map((task) => ({
          text: task.title,
          detail: task.instructions || undefined,
          url: task.materialLink || undefined,
          urlLabel: task.materialLink
            ? t(lang, 'mail.weekly.material', { link: LINK_SLOT })
            : undefined,
        })),
      });
    }
    if (day.note) blocks.push({ type: 'p', text: t(lang, 'mail.weekly.note', { note: day.note }) });
    if (day.reflectionLink)
      blocks.push({
        type: 'link',
        label: t(lang, 'mail.weekly.dayReflection', { link: LINK_SLOT }),
        url: day.reflectionLink,
      });
    for (const meeting of input.meetings.filter((m) => m.date === day.date))
      blocks.push(...meetingBlocks(lang, meeting));
  }
  const otherMeetings = input.meetings.filter((m) => !input.days.some((d) => d.date === m.date));
  if (otherMeetings.length > 0) {
    blocks.push({ type: 'h', text: t(lang, 'mail.welcome.links').replace(/:$/, '') });
    for (const meeting of otherMeetings) blocks.push(...meetingBlocks(lang, meeting));
  }
  blocks.push(
    ...linkBlocks(lang, [
      ['mail.weekly.reflection', input.reflectionLink],
      ['mail.weekly.folder', input.folderLink],
      ['webapp.mail.upload', input.uploadLink],
    ]),
    ...closingBlocks(lang, input.coach, input.organisation),
  );
  return composeMail(
    {
      kind: 'weekly',
      clientId: client.id,
      week,
      lang,
      to: client.email,
      subject: t(lang, 'mail.weekly.subject', { week }),
    },
    blocks,
  );
}
