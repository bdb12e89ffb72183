import { t } from '../i18n';
import type { Lang } from '../types';
import { closingBlocks, linkBlocks } from './common-blocks';
import { composeMail, type Block, type ComposedMail } from './compose';
import { firstName } from './weekly';
import { orientationBlock, privacyBlocks, type PrivacyFacts } from './privacy-block';

export interface WelcomeMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  week: string;
  folderLink: string;
  reflectionLink: string;
  groupMeetingLink: string;
  /** The one-page client guide in the client's language ('' or absent: no link). */
  guideLink?: string;
  coach: string;
  organisation: string;
  /** The controller, retention and privacy notice (absent: the organisation, no link). */
  privacy?: PrivacyFacts;
  /** False while orientation is not done: the mail says it comes before any task. */
  oriented?: boolean;
}

/** The welcome mail on enrolment: how work is returned, stored and used; data protection; links. */
export function composeWelcome(input: WelcomeMailInput): ComposedMail {
  const lang = input.client.lang;
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.hello', { name: firstName(input.client.name) }) },
    { type: 'p', text: t(lang, 'mail.welcome.intro') },
    { type: 'p', text: t(lang, 'mail.welcome.weekly') },
    { type: 'p', text: t(lang, 'mail.welcome.return') },
    { type: 'p', text: t(lang, 'mail.welcome.storage') },
    { type: 'p', text: t(lang, 'mail.welcome.use') },
  ];
  if (input.oriented === false) blocks.push(orientationBlock(lang));
  blocks.push(
    ...privacyBlocks(
      lang,
      input.privacy ?? {
        controllerName: '',
        organisation: input.organisation,
        retentionMonths: 24,
        privacyNoticeUrl: '',
      },
    ),
  );
  const links = linkBlocks(lang, [
    ['mail.welcome.folder', input.folderLink],
    ['mail.welcome.reflection', input.reflectionLink],
    ['mail.weekly.meetingLink', input.groupMeetingLink],
    ['mail.welcome.guide', input.guideLink],
  ]);
  if (links.length > 0) blocks.push({ type: 'h', text: t(lang, 'mail.welcome.links') }, ...links);
  blocks.push(...closingBlocks(lang, input.coach, input.organisation));
  return composeMail(
    {
      kind: 'welcome',
      clientId: input.client.id,
      week: input.week,
      lang,
      to: input.client.email,
      subject: t(lang, 'mail.welcome.subject'),
    },
    blocks,
  );
}
