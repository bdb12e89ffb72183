import { t } from '../i18n';
import type { Lang } from '../types';
import { composeMail, type Block, type ComposedMail } from './compose';
import { firstName, footerBlocks, type CoachLine } from './letter-parts';
import { orientationBlock, privacyBlocks, type PrivacyFacts } from './privacy-block';

export interface WelcomeMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  week: string;
  /** The upload page of the web app: works without a Google account, so it comes first. */
  uploadLink?: string;
  folderLink: string;
  reflectionLink: string;
  groupMeetingLink: string;
  /** The one-page client guide in the client's language ('' or absent: no link). */
  guideLink?: string;
  coach: CoachLine;
  organisation: string;
  /** The controller, retention and privacy notice (absent: no controller named, no link). */
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
  const links: Block[] = [];
  const add = (key: string, url: string | undefined, button = false) => {
    if (url) links.push({ type: 'link', label: t(lang, key), url, button });
  };
  add('mail.letter.upload', input.uploadLink, true);
  add('mail.letter.folder', input.folderLink);
  add('mail.welcome.reflection', input.reflectionLink);
  add('mail.welcome.meeting', input.groupMeetingLink);
  add('mail.welcome.guide', input.guideLink);
  if (links.length > 0) blocks.push({ type: 'h', text: t(lang, 'mail.welcome.links') }, ...links);
  blocks.push(
    ...footerBlocks(lang, input.coach, t(lang, 'mail.letter.dayStart'), input.organisation),
  );
  return composeMail(
    {
      kind: 'welcome',
      clientId: input.client.id,
      week: input.week,
      lang,
      to: input.client.email,
      subject: t(lang, 'mail.welcome.subject'),
      replyTo: input.coach.email,
    },
    blocks,
  );
}
