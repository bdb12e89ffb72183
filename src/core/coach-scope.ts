import type { Settings } from './types';

/** Tells whether a client, named by their coach (`coachOf`), is this execution's to mail. */
export type CoachScope = (clientCoach: string) => boolean;

const fold = (email: string): string => email.trim().toLowerCase();

/**
 * Which clients one execution mails. Installable triggers run as the coach who made them, with
 * that coach's own mail quota; with `mailPerCoach` each coach's run mails only their own
 * clients, so the quotas add up instead of one account carrying everyone. The main coach (first
 * in `coaches`) also takes clients whose coach is not listed, so a coach who left or a typo
 * never leaves a client without mail. Off, or with no coaches listed: every client.
 *
 * `runningAs` is read only when the scope applies (a Session call in Apps Script).
 */
export function coachScope(
  settings: Pick<Settings, 'coaches' | 'mailPerCoach'>,
  runningAs: () => string,
): CoachScope {
  if (!settings.mailPerCoach || settings.coaches.length === 0) return () => true;
  const me = fold(runningAs());
  const listed = new Set(settings.coaches.map(fold));
  const isMain = me !== '' && me === fold(settings.coaches[0]);
  return (clientCoach) => {
    const coach = fold(clientCoach);
    if (me !== '' && coach === me) return true;
    return isMain && !listed.has(coach);
  };
}
