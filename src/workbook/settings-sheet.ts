import { t } from '../core/i18n';
import { formatDate } from '../core/dates';
import { LANG_VALUES, displayYesNo } from '../core/roster-columns';
import { formatWorkDays } from '../core/weekdays';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  parseSettings,
  settingKeyOf,
  settingLabel,
  type SettingKey,
  type SettingsProblem,
} from '../core/settings';
import type { Lang, Settings } from '../core/types';
import { displayCoachContacts } from '../core/coach-contacts';
import { cellText } from './cells';
import type { Table } from './table';

/** Settings rows of the settings table → parsed settings (defaults for blanks and typos). */
export function settingsFromTable(table: Table | null): {
  settings: Settings;
  problems: SettingsProblem[];
} {
  const rows = (table?.rows ?? []).map((row) => ({
    key: cellText(row.values.key),
    value: row.values.value,
  }));
  return parseSettings(rows);
}

/** A setting's value as the coach reads and types it, in the workbook's language. */
export function displaySetting(key: SettingKey, settings: Settings, lang: Lang): string | number {
  const value = settings[key];
  switch (key) {
    case 'lang':
      return LANG_VALUES.display(settings.lang, lang);
    case 'sendWeekday':
      return t(lang, `weekday.${settings.sendWeekday}`);
    case 'plansNeedApproval':
      return displayYesNo(settings.plansNeedApproval, lang);
    case 'mailPerCoach':
      return displayYesNo(settings.mailPerCoach === true, lang);
    case 'closedDates':
      return settings.closedDates.map(formatDate).join(', ');
    case 'meetingPlatform':
      return t(lang, `settings.value.${settings.meetingPlatform}`);
    case 'intervalRemoteDates':
      return (settings.intervalRemoteDates ?? []).map(formatDate).join(', ');
    case 'hybridInPersonDays':
      return formatWorkDays(settings.hybridInPersonDays ?? [], lang);
    case 'substitutes':
      return Object.entries(settings.substitutes ?? {})
        .map(([coach, subs]) => `${coach} = ${subs.join(', ')}`)
        .join('; ');
    case 'coachContacts':
      return displayCoachContacts(settings.coachContacts ?? []);
    default:
      return Array.isArray(value) ? value.join(', ') : (value as string | number);
  }
}

/** Rows for the settings keys the sheet does not have yet; existing rows are never touched. */
export function missingSettingRows(
  table: Table | null,
  overrides: Partial<Settings>,
  lang: Lang,
): Record<string, unknown>[] {
  const present = new Set((table?.rows ?? []).map((row) => settingKeyOf(cellText(row.values.key))));
  const settings: Settings = { ...DEFAULT_SETTINGS, ...overrides };
  // The coach reads the setting's name in the workbook's language; code reads either.
  return SETTING_KEYS.filter((key) => !present.has(key)).map((key) => ({
    key: settingLabel(key, lang),
    value: displaySetting(key, settings, lang),
    description: t(lang, `workbook.setting.${key}`),
  }));
}
