import { t } from '../i18n';
import type { Lang, Problem } from '../types';
import { composeMail, type Block, type ComposedMail } from './compose';

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
  whatsapp: { clientId: string; name: string; url: string }[];
  /** Local date-time text of the follow-up run, when the run stopped early. */
  followUp: string;
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
    ...section('mail.summary.sent', input.sent),
    ...section('mail.summary.skipped', input.skipped),
  ];
  if (input.whatsapp.length > 0) {
    blocks.push({ type: 'h', text: t(lang, 'mail.summary.whatsapp') });
    blocks.push({
      type: 'list',
      items: input.whatsapp.map((w) => ({
        text: `${w.clientId} ${w.name}`,
        url: w.url,
        urlLabel: '\u0000LINK\u0000',
      })),
    });
  }
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
