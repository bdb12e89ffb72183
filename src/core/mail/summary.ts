import { formatDate } from '../dates';
import { t } from '../i18n';
import type { IsoDate, Lang, Problem } from '../types';
import { composeMail, type Block, type ComposedMail } from './compose';
import type { PhoneNotice } from './phone-notice';

export interface SummaryLine {
  clientId: string;
  name: string;
  /** Why (skipped) or what went wrong (problems), as a message key with params. */
  reason?: Problem;
}

export interface CoachSummaryInput {
  coach: string;
  lang: Lang;
  week: string;
  sent: SummaryLine[];
  skipped: SummaryLine[];
  problems: SummaryLine[];
  /** Clients who use text messages or the phone: the ready message and its one-click links. */
  phoneNotices: PhoneNotice[];
  /** Clients whose period (and continuation) ends within the coming week. */
  periodsEnding: { clientId: string; name: string; end: IsoDate }[];
  /** Local date-time text of the follow-up run, when the run stopped early. */
  followUp: string;
}

/** The ready messages, each with its sms / WhatsApp / call links. */
export function phoneNoticeBlocks(lang: Lang, notices: PhoneNotice[]): Block[] {
  if (notices.length === 0) return [];
  return [
    { type: 'h', text: t(lang, 'mail.summary.phone', { count: notices.length }) },
    {
      type: 'list',
      items: notices.map((n) => ({
        lead: `${n.clientId} ${n.name} (${t(lang, `mail.phone.channel.${n.contact}`)}, ${n.phone})`,
        text: '',
        detail: n.text,
        links: n.links.map((l) => ({
          label: t(lang, `mail.phone.link.${l.kind}`, { phone: n.phone }),
          url: l.url,
        })),
      })),
    },
  ];
}

/**
 * The coach's summary of a dispatch run. It names clients (the coach's own clients only: the
 * job sends each coach the lines of their clients), never to a client.
 */
export function composeCoachSummary(input: CoachSummaryInput): ComposedMail {
  const { lang } = input;
  const line = (l: SummaryLine) => ({
    text: `${l.clientId} ${l.name}`.trim(),
    detail: l.reason ? t(lang, l.reason.key, l.reason.params) : undefined,
  });
  const section = (key: string, lines: SummaryLine[]): Block[] => [
    { type: 'h', text: t(lang, key, { count: lines.length }) },
    lines.length
      ? { type: 'list', items: lines.map(line) }
      : { type: 'p', text: t(lang, 'mail.summary.none') },
  ];
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.summary.intro', { week: input.week }) },
    ...section('mail.summary.problems', input.problems),
  ];
  if (input.periodsEnding.length > 0)
    blocks.push(
      { type: 'h', text: t(lang, 'mail.summary.ending', { count: input.periodsEnding.length }) },
      {
        type: 'list',
        items: input.periodsEnding.map((e) => ({
          text: `${e.clientId} ${e.name}`,
          detail: t(lang, 'mail.summary.endsOn', { date: formatDate(e.end) }),
        })),
      },
    );
  blocks.push(
    ...phoneNoticeBlocks(lang, input.phoneNotices),
    ...section('mail.summary.sent', input.sent),
    ...section('mail.summary.skipped', input.skipped),
  );
  if (input.followUp)
    blocks.push({
      type: 'p',
      strong: true,
      text: t(lang, 'mail.summary.followUp', { when: input.followUp }),
    });
  return composeMail(
    {
      kind: 'coach-alert',
      clientId: '',
      week: input.week,
      lang,
      to: input.coach,
      subject: t(lang, 'mail.summary.subject', { week: input.week, sent: input.sent.length }),
    },
    blocks,
  );
}
