import { dateInZone, isoWeekOf } from '../core/dates';
import { composeWelcome } from '../core/mail';
import { withScriptLock } from '../services/lock';
import {
  folderLink,
  groupOf,
  readMailData,
  reflectionFormLink,
  type MailClient,
  type MailData,
} from './dispatch-data';
import { coachOf } from './dispatch';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type LedgerRun,
  type PlannedSend,
} from './dispatch-ledger';

/** Welcome mails for active clients who have not had one (ledger key `welcome|<id>|enrolment`). */
export function welcomeSends(
  data: MailData,
  clients: MailClient[],
  ledger: LedgerRun,
  week: string,
): PlannedSend[] {
  return clients
    .filter((c) => c.status === 'active' && c.email)
    .map((client) => ({ client, key: sendKey('welcome', client.id, 'enrolment') }))
    .filter(({ key }) => !isDone(ledger, key))
    .map(({ client, key }) => {
      const group = groupOf(data.groups, client.group);
      return {
        key,
        mail: composeWelcome({
          client: { id: client.id, name: client.name, email: client.email, lang: client.lang },
          week,
          folderLink: folderLink(client.folderId),
          reflectionLink: reflectionFormLink(client, data.settings),
          groupMeetingLink: group ? group.ownLink || group.meetLink : '',
          coach: coachOf(client, data),
          organisation: data.settings.organisation,
        }),
      };
    });
}

/** Server function: the welcome mail of one enrolled client, at most once. */
export function sendWelcome(clientId: string): { sent: boolean; reason: string } {
  const startedAt = Date.now();
  const result = withScriptLock(() => {
    const data = readMailData(['settings', 'clients', 'groups']);
    const client = data.clients.find((c) => c.id === clientId);
    if (!client) return { sent: false, reason: 'unknown-client' };
    const ledger = openLedger(data.sendlog, data.settings.timeZone, startedAt);
    const week = isoWeekOf(dateInZone(startedAt, data.settings.timeZone));
    const sends = welcomeSends(data, [client], ledger, week);
    if (sends.length === 0)
      return { sent: false, reason: client.email ? 'already-sent' : 'no-email' };
    const outcome = sendExactlyOnce(ledger, sends);
    return {
      sent: outcome.sent.length === 1,
      reason: outcome.failed[0]?.error ?? outcome.stoppedFor,
    };
  });
  return result.ran ? result.value : { sent: false, reason: 'busy' };
}
