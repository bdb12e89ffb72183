import { formatDate, weekdayOf } from '../dates';
import { t } from '../i18n';
import type { QuotaForecast } from '../quota-forecast';
import type { IsoDate, Lang } from '../types';
import { composeMail, type Block, type ComposedMail } from './compose';

export interface QuotaWarningInput {
  coach: string;
  lang: Lang;
  /** The week the dispatch mails (the ledger's week of the weekly mails). */
  week: string;
  dispatchDate: IsoDate;
  dailyQuota: number;
  forecast: QuotaForecast;
}

/** "torstai 26.11.2026": a day of the forecast, in the coach's words. */
export function dayText(lang: Lang, date: IsoDate): string {
  return `${t(lang, `weekday.${weekdayOf(date)}`)} ${formatDate(date)}`;
}

/**
 * The coach's warning that the weekly run will not fit the day's mail quota: how many go on the
 * dispatch day, how many wait and when, and what to do. Counts only, never a client's name, so
 * the same mail goes to every coach.
 */
export function composeQuotaWarning(input: QuotaWarningInput): ComposedMail {
  const { lang, forecast } = input;
  const first = forecast.days[0]?.date === input.dispatchDate ? forecast.days[0].mails : 0;
  const blocks: Block[] = [
    {
      type: 'p',
      text: t(lang, 'quota.warning.intro', {
        date: dayText(lang, input.dispatchDate),
        needed: forecast.needed,
        quota: input.dailyQuota,
      }),
    },
    {
      type: 'p',
      strong: true,
      text: t(lang, 'quota.warning.spread', { first, waiting: forecast.waiting }),
    },
    {
      type: 'list',
      items: forecast.days.map((day) => ({
        text: t(lang, 'quota.warning.day', {
          weekday: t(lang, `weekday.${weekdayOf(day.date)}`),
          date: formatDate(day.date),
          count: day.mails,
        }),
      })),
    },
  ];
  // Mails no day can carry do need the coach; otherwise the spreading needs nothing of them.
  blocks.push(
    forecast.stuck > 0
      ? { type: 'p', strong: true, text: t(lang, 'quota.warning.stuck', { count: forecast.stuck }) }
      : { type: 'p', text: t(lang, 'quota.warning.nothingNeeded') },
  );
  blocks.push({ type: 'p', text: t(lang, 'quota.warning.split') });
  return composeMail(
    {
      kind: 'coach-alert',
      clientId: '',
      week: input.week,
      lang,
      to: input.coach,
      subject: t(lang, 'quota.warning.subject', { week: input.week }),
    },
    blocks,
  );
}
