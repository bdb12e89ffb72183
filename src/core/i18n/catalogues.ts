import type { Lang } from '../types';
import { access } from './messages/access';
import { attendance } from './messages/attendance';
import { audit } from './messages/audit';
import { clientpage } from './messages/clientpage';
import { codes } from './messages/codes';
import { common } from './messages/common';
import { importing } from './messages/importing';
import { kela } from './messages/kela';
import { limits } from './messages/limits';
import { failures } from './messages/failures';
import { install } from './messages/install';
import { letter } from './messages/letter';
import { mail } from './messages/mail';
import { menu } from './messages/menu';
import { models } from './messages/models';
import { participation } from './messages/participation';
import { plans } from './messages/plans';
import { privacy } from './messages/privacy';
import { quota } from './messages/quota';
import { record } from './messages/record';
import { reliability } from './messages/reliability';
import { roster } from './messages/roster';
import { settingsLabels } from './messages/settings-labels';
import { sidebar } from './messages/sidebar';
import { webapp } from './messages/webapp';
import { workbook } from './messages/workbook';

/**
 * Every area's catalogue, merged per language. Add an area by importing its `defineMessages`
 * object here; keys are prefixed by area (`roster.`, `mail.`…) so areas never collide.
 */
const areas = [
  access,
  attendance,
  audit,
  clientpage,
  codes,
  common,
  importing,
  kela,
  limits,
  failures,
  install,
  letter,
  mail,
  menu,
  models,
  participation,
  plans,
  privacy,
  quota,
  record,
  reliability,
  roster,
  settingsLabels,
  sidebar,
  webapp,
  workbook,
];

function merge(lang: Lang): Record<string, string> {
  return Object.assign({}, ...areas.map((area) => area[lang])) as Record<string, string>;
}

export const catalogues: Record<Lang, Record<string, string>> = {
  fi: merge('fi'),
  sv: merge('sv'),
  en: merge('en'),
};
