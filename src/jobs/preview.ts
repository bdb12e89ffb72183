import { previewWeeklyMail } from './dispatch';

/** Server function for the sidebar: exactly the weekly mail a client would get next week. */
export function previewWeekly(
  clientId: string,
): { to: string; subject: string; html: string; text: string } | { error: string } {
  return previewWeeklyMail(String(clientId));
}
