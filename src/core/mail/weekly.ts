import { t } from '../i18n';
import type { IsoDate, Lang, ReturnFormat } from '../types';
import { composeMail, type Block, type ComposedMail, type ListItem } from './compose';
import {
  clock,
  dayHeading,
  firstName,
  footerBlocks,
  meetingBlocks,
  shortDate,
  type CoachLine,
  type MeetingInfo,
} from './letter-parts';

/** A day shows at most this many tasks: more does not fit a readable letter (issue 17). */
export const LETTER_TASKS_PER_DAY = 3;
/**
 * A task's instructions in the letter: whole sentences up to this many characters. Counted in
 * characters, not words: Finnish says in 14 long words what Swedish and English say in 20 short
 * ones, and a word limit cut the sv/en texts before their point ("Answer three questions out
 * loud: Tell me about yourself." without the other two questions). About what 14 Finnish words
 * take, so a Finnish summary stays as short as before.
 */
export const SUMMARY_CHARS = 110;

export interface MailTask {
  id: string;
  title: string;
  instructions: string;
  materialLink: string;
  returnFormat: ReturnFormat;
}

export interface WeeklyDay {
  date: IsoDate;
  mode: 'remote' | 'in-person';
  hours: number;
  /** Local start time, HH:MM (settings: remoteDayStart, siteDayStart). */
  start: string;
  tasks: MailTask[];
  /** The day's diary link, prefilled with the client's token and this date. */
  reflectionLink?: string;
}

export interface WeeklyMailInput {
  client: { id: string; name: string; email: string; lang: Lang };
  week: string;
  days: WeeklyDay[];
  /** Tasks done a little every day of the week: shown once, under the week. */
  weekTasks: MailTask[];
  meetings: MeetingInfo[];
  /** The upload page (no Google account needed) first, the Drive folder second. */
  uploadLink?: string;
  folderLink: string;
  /** The workshop's address for in-person days ('' when the settings have none). */
  siteAddress: string;
  coach: CoachLine;
  organisation: string;
  /** The client's last day when it falls in this week ('' otherwise). */
  periodEnds?: IsoDate;
  /** The week has begun: the letter says "this week" and shows only the days still ahead. */
  late?: boolean;
}

/** "2026-W49" → "49". */
export function weekNumber(week: string): string {
  const m = /W(\d{1,2})$/.exec(week);
  return m ? String(Number(m[1])) : week;
}

/**
 * Whole sentences of a task's instructions, up to SUMMARY_CHARS characters (at least the
 * first): the coach's task bank puts the first steps first, and the letter stays short.
 */
export function taskSummary(instructions: string): string {
  const sentences = instructions.trim().split(/(?<=[.!?])\s+/);
  const out: string[] = [];
  let length = 0;
  for (const sentence of sentences) {
    const added = (out.length > 0 ? 1 : 0) + sentence.length;
    if (out.length > 0 && length + added > SUMMARY_CHARS) break;
    out.push(sentence);
    length += added;
  }
  return out.join(' ');
}

function taskItem(lang: Lang, task: MailTask): ListItem {
  const summary = taskSummary(task.instructions);
  const back =
    task.returnFormat === 'none' ? '' : t(lang, `mail.letter.return.${task.returnFormat}`);
  return {
    lead: `${task.title}.`,
    text: [summary, back].filter(Boolean).join(' '),
    links: task.materialLink
      ? [{ label: t(lang, 'mail.letter.material'), url: task.materialLink }]
      : [],
  };
}

function placeLine(lang: Lang, day: WeeklyDay, siteAddress: string): string {
  const params = { start: clock(lang, day.start), hours: day.hours, address: siteAddress };
  if (day.mode === 'remote') return t(lang, 'mail.letter.remote', params);
  return t(lang, siteAddress ? 'mail.letter.site' : 'mail.letter.siteNoAddress', params);
}

function dayBlocks(lang: Lang, day: WeeklyDay, input: WeeklyMailInput): Block[] {
  const blocks: Block[] = [
    { type: 'h', text: dayHeading(lang, day.date) },
    { type: 'p', text: placeLine(lang, day, input.siteAddress) },
  ];
  for (const meeting of input.meetings.filter((m) => m.date === day.date))
    blocks.push(...meetingBlocks(lang, meeting, false));
  const tasks = day.tasks.slice(0, LETTER_TASKS_PER_DAY);
  if (tasks.length > 0)
    blocks.push(
      { type: 'p', strong: true, text: t(lang, 'mail.letter.tasks') },
      { type: 'list', items: tasks.map((task) => taskItem(lang, task)) },
    );
  if (day.reflectionLink)
    blocks.push({
      type: 'link',
      button: true,
      label: t(lang, 'mail.letter.diary', { date: shortDate(day.date) }),
      url: day.reflectionLink,
    });
  return blocks;
}

/** "ennen klo 9.00" when every day starts alike, else "ennen päivän alkua". */
function startText(lang: Lang, days: WeeklyDay[]): string {
  const starts = new Set(days.map((d) => d.start));
  return starts.size === 1
    ? t(lang, 'mail.letter.at', { time: clock(lang, [...starts][0]) })
    : t(lang, 'mail.letter.dayStart');
}

/** The weekly letter of one client (pure: the same input gives the same mail). */
export function composeWeekly(input: WeeklyMailInput): ComposedMail {
  const { client, week } = input;
  const lang = client.lang;
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  const blocks: Block[] = [
    { type: 'p', text: t(lang, 'mail.weekly.hello', { name: firstName(client.name) }) },
    input.late
      ? { type: 'p', text: t(lang, 'mail.letter.introLate') }
      : { type: 'p', text: t(lang, 'mail.letter.intro', { count: days.length }) },
  ];
  for (const day of days) blocks.push(...dayBlocks(lang, day, input));
  const seen = new Set<string>();
  const weekTasks = input.weekTasks.filter((task) => !seen.has(task.id) && seen.add(task.id));
  if (weekTasks.length > 0)
    blocks.push(
      { type: 'h', text: t(lang, 'mail.letter.weekTasks') },
      { type: 'list', items: weekTasks.map((task) => taskItem(lang, task)) },
    );
  const otherMeetings = input.meetings.filter((m) => !days.some((d) => d.date === m.date));
  for (const meeting of otherMeetings) blocks.push(...meetingBlocks(lang, meeting, true));
  blocks.push({ type: 'h', text: t(lang, 'mail.letter.returnHeading') });
  if (input.uploadLink)
    blocks.push({
      type: 'link',
      button: true,
      label: t(lang, 'mail.letter.upload'),
      url: input.uploadLink,
    });
  if (input.folderLink)
    blocks.push({ type: 'link', label: t(lang, 'mail.letter.folder'), url: input.folderLink });
  // Without the upload page (an add-on install) the folder needs a Google account: a client
  // without one returns work by replying, which reaches the coach (Reply-To).
  if (!input.uploadLink) blocks.push({ type: 'p', text: t(lang, 'mail.letter.returnByReply') });
  if (input.periodEnds)
    blocks.push({
      type: 'p',
      strong: true,
      text: t(lang, 'mail.letter.periodEnds', { date: shortDate(input.periodEnds) }),
    });
  blocks.push(...footerBlocks(lang, input.coach, startText(lang, days), input.organisation));
  return composeMail(
    {
      kind: 'weekly',
      clientId: client.id,
      week,
      lang,
      to: client.email,
      subject: t(lang, input.late ? 'mail.weekly.subjectLate' : 'mail.weekly.subject', {
        week: weekNumber(week),
      }),
      replyTo: input.coach.email,
    },
    blocks,
  );
}
