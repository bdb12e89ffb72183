/**
 * Which link a meeting gets. A group or a one-to-one session may hold a link of its own — a
 * Teams, Zoom or Whereby meeting, or a Meet room the coach already uses — and then no Meet is
 * generated for it. The `meetingPlatform` setting picks what happens when a meeting has none:
 * `meet` generates a Google Meet (Calendar conference), `own-link` never generates anything and
 * the coach is told which meeting lacks a link. Pure: the jobs pass the rows and the setting.
 */
export type MeetingPlatform = 'meet' | 'own-link';

export type MeetingLinkPlan =
  /** Use the meeting's own link; no Calendar conference is made. */
  | { kind: 'own'; link: string }
  /** Generate (or reuse the stored) Google Meet. */
  | { kind: 'meet'; existingMeetLink: string }
  /** The setting says own links only and this meeting has none: tell the coach. */
  | { kind: 'missing' }
  /** The own link is not a web address a client can open safely. */
  | { kind: 'invalid'; link: string };

/** Only https links go to clients: a mail must never carry `javascript:` or a plain-http link. */
export function isMeetingUrl(link: string): boolean {
  return /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(link.trim());
}

export function planMeetingLink(input: {
  platform: MeetingPlatform;
  ownLink: string;
  /** The Meet link stored from an earlier run (groups keep one link for all their weeks). */
  storedMeetLink: string;
}): MeetingLinkPlan {
  const own = input.ownLink.trim();
  if (own !== '')
    return isMeetingUrl(own) ? { kind: 'own', link: own } : { kind: 'invalid', link: own };
  if (input.platform === 'own-link') return { kind: 'missing' };
  return { kind: 'meet', existingMeetLink: input.storedMeetLink.trim() };
}

/**
 * The link clients get, with no service call: the own link first, then a stored Meet (not with
 * own links only). An own link that is no https address is ignored (the coach is warned).
 */
export function clientMeetingLink(input: {
  platform: MeetingPlatform;
  ownLink: string;
  storedMeetLink: string;
}): string {
  const ownLink = isMeetingUrl(input.ownLink) ? input.ownLink.trim() : '';
  const plan = planMeetingLink({ ...input, ownLink });
  if (plan.kind === 'own') return plan.link;
  if (plan.kind === 'meet') return plan.existingMeetLink;
  return '';
}

/** Which service a link is on, for the coach's views (the client's mail just says "join"). */
export function platformOfLink(link: string): 'meet' | 'teams' | 'zoom' | 'whereby' | 'other' {
  // Apps Script's V8 has no URL class: the host is read by hand.
  const host = (/^https?:\/\/([^/?#:]+)/i.exec(link.trim())?.[1] ?? '').toLowerCase();
  if (host === 'meet.google.com') return 'meet';
  if (host === 'teams.microsoft.com' || host === 'teams.live.com') return 'teams';
  if (host === 'zoom.us' || host.endsWith('.zoom.us')) return 'zoom';
  if (host === 'whereby.com' || host.endsWith('.whereby.com')) return 'whereby';
  return 'other';
}
