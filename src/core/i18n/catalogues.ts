import type { Lang } from '../types';
import { common } from './messages/common';
import { menu } from './messages/menu';
import { plans } from './messages/plans';
import { roster } from './messages/roster';

/**
 * Every area's catalogue, merged per language. Add an area by importing its `defineMessages`
 * object here; keys are prefixed by area (`roster.`, `mail.`…) so areas never collide.
 */
const areas = [common, menu, plans, roster];

function merge(lang: Lang): Record<string, string> {
  return Object.assign({}, ...areas.map((area) => area[lang])) as Record<string, string>;
}

export const catalogues: Record<Lang, Record<string, string>> = {
  fi: merge('fi'),
  sv: merge('sv'),
  en: merge('en'),
};
