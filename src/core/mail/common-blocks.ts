import { t } from '../i18n';
import type { Lang } from '../types';
import { LINK_SLOT, type Block } from './compose';

/**
 * One link line per entry that has a URL, in the order given; an entry without one is left out.
 * Each message key's `{link}` is where the link itself goes.
 */
export function linkBlocks(lang: Lang, entries: [key: string, url: string | undefined][]): Block[] {
  return entries.flatMap(([key, url]): Block[] =>
    url ? [{ type: 'link', label: t(lang, key, { link: LINK_SLOT }), url }] : [],
  );
}

/** How a mail to a client ends: how to report an absence, the coach, the organisation's greeting. */
export function closingBlocks(lang: Lang, coach: string, organisation: string): Block[] {
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.absence') },
    { type: 'p', text: t(lang, 'mail.weekly.coach', { coach }) },
  ];
  if (organisation)
    blocks.push({ type: 'p', text: t(lang, 'mail.common.signature', { organisation }) });
  return blocks;
}
