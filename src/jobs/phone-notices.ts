import { addDays, dateInZone, datesOfIsoWeek, isoWeekOf, weekdayOf } from '../core/dates';
import type { PhoneNotice } from '../core/mail';
import { readMailData, type MailData } from './dispatch-data';
import { coachOf } from './dispatch';
import { clientMeetings, letterDays, phoneNoticeFor } from './weekly-letter';

/**
 * The sidebar's weekly list of ready text messages (Tänään): for each active client who uses
 * text messages, the phone or WhatsApp, the same message the Thursday summary gives. Before the
 * send day it is this week's message, from the send day on next week's.
 */
export function noticeWeek(nowMs: number, data: Pick<MailData, 'settings'>): string {
  const today = dateInZone(nowMs, data.settings.timeZone);
  const sent = weekdayOf(today) >= data.settings.sendWeekday;
  return isoWeekOf(sent ? addDays(today, 7) : today);
}

export function phoneNoticesOf(data: MailData, week: string): PhoneNotice[] {
  const dates = new Set(datesOfIsoWeek(week));
  const notices: PhoneNotice[] = [];
  for (const client of data.clients) {
    if (client.status !== 'active' || client.contact === 'email') continue;
    const rows = data.plans.filter((p) => p.clientId === client.id && dates.has(p.date));
    const planned = letterDays(client, data, rows);
    // The group's stored Meet link: the sidebar only reads, the dispatch makes links.
    const meetings = clientMeetings(client, data, week, new Map());
    const notice = phoneNoticeFor(client, data, planned, meetings, coachOf(client, data));
    if (notice) notices.push(notice);
  }
  return notices;
}

/** For the sidebar: the week and its ready messages (one read of each sheet). */
export function sidebarPhoneNotices(): { week: string; notices: PhoneNotice[] } {
  const data = readMailData(['settings', 'clients', 'groups', 'tasks', 'plans']);
  const week = noticeWeek(Date.now(), data);
  return { week, notices: phoneNoticesOf(data, week) };
}
