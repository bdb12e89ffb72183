import { t } from '../i18n';
import type { Lang } from '../types';
import type { Block } from './compose';

/** What the welcome mail tells a client about their data, from the workbook's settings. */
export interface PrivacyFacts {
  /**
   * The data controller (rekisterinpitäjä): the municipality or wellbeing services county. When
   * '' the mail names no controller: the organisation running Etäpaja is at most a processor
   * (docs/admin/data-protection.md), so it is never named as the controller.
   */
  controllerName: string;
  /** The organisation running the service (the mail's signature), never the controller. */
  organisation: string;
  retentionMonths: number;
  /** The controller's privacy notice (https) or ''. */
  privacyNoticeUrl: string;
}

/**
 * The privacy part of the welcome mail, in plain language: who is responsible for the data
 * (the controller), who sees the files, Google's role as the processor and where the data is
 * kept, how long it is kept, the client's rights, and a labelled link to the privacy notice.
 * Without a controller's name the client is told the municipality is responsible and the coach
 * gives its name and notice; without a notice's address nothing points to a notice not linked.
 * Kept apart from the mail's layout (welcome.ts) so the facts are in one place.
 */
export function privacyBlocks(lang: Lang, facts: PrivacyFacts): Block[] {
  const controller = facts.controllerName.trim();
  const notice = facts.privacyNoticeUrl.trim();
  const blocks: Block[] = [
    { type: 'h', text: t(lang, 'privacy.heading') },
    {
      type: 'p',
      text: controller
        ? t(lang, 'privacy.controller', { controller })
        : t(lang, 'privacy.controllerUnnamed'),
    },
  ];
  const google = t(lang, 'privacy.google');
  blocks.push(
    { type: 'p', text: t(lang, 'privacy.who') },
    { type: 'p', text: notice ? `${google} ${t(lang, 'privacy.noticeWhere')}` : google },
    { type: 'p', text: t(lang, 'privacy.retention', { months: facts.retentionMonths }) },
    { type: 'p', text: t(lang, 'privacy.rights') },
  );
  if (notice) blocks.push({ type: 'link', label: t(lang, 'privacy.notice'), url: notice });
  return blocks;
}

/** For a client not yet oriented: the orientation meeting comes before any task. */
export function orientationBlock(lang: Lang): Block {
  return { type: 'p', text: t(lang, 'privacy.orientation'), strong: true };
}
