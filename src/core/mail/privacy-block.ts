import { t } from '../i18n';
import type { Lang } from '../types';
import type { Block } from './compose';

/** What the welcome mail tells a client about their data, from the workbook's settings. */
export interface PrivacyFacts {
  /** The data controller (rekisterinpitäjä); '' falls back to the organisation. */
  controllerName: string;
  organisation: string;
  retentionMonths: number;
  /** The controller's privacy notice (https) or ''. */
  privacyNoticeUrl: string;
}

/**
 * The privacy part of the welcome mail, in plain language: who is responsible for the data
 * (the controller), who sees the files, Google's role as the processor and where the data is
 * kept, how long it is kept, the client's rights, and a labelled link to the privacy notice.
 * Kept apart from the mail's layout (welcome.ts) so the facts are in one place.
 */
export function privacyBlocks(lang: Lang, facts: PrivacyFacts): Block[] {
  const controller = facts.controllerName.trim() || facts.organisation.trim();
  const blocks: Block[] = [{ type: 'h', text: t(lang, 'privacy.heading') }];
  if (controller) blocks.push({ type: 'p', text: t(lang, 'privacy.controller', { controller }) });
  blocks.push(
    { type: 'p', text: t(lang, 'privacy.who') },
    { type: 'p', text: t(lang, 'privacy.google') },
    { type: 'p', text: t(lang, 'privacy.retention', { months: facts.retentionMonths }) },
    { type: 'p', text: t(lang, 'privacy.rights') },
  );
  if (facts.privacyNoticeUrl)
    blocks.push({
      type: 'link',
      label: t(lang, 'privacy.notice'),
      url: facts.privacyNoticeUrl,
    });
  return blocks;
}

/** For a client not yet oriented: the orientation meeting comes before any task. */
export function orientationBlock(lang: Lang): Block {
  return { type: 'p', text: t(lang, 'privacy.orientation'), strong: true };
}
