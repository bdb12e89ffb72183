import { dateInZone, isoWeekOf } from '../core/dates';
import { coachLine, composeWelcome } from '../core/mail';
import { clientGuideUrl } from '../core/settings';
import { isWellFormedToken } from '../core/tokens';
import { forgetCards } from '../services/card-cache';
import { withScriptLock } from '../services/lock';
import { openTable } from '../workbook/schema';
import {
  clientsFrom,
  folderLink,
  groupOf,
  readMailData,
  reflectionFormLink,
  uploadPageLink,
  type MailClient,
  type MailData,
} from './dispatch-data';
import { ensureClientFolders } from './folders';
import { ensureClientTokens } from './reflection-form';
import { coachOf } from './dispatch';
import {
  isDone,
  openLedger,
  sendExactlyOnce,
  sendKey,
  type LedgerRun,
  type PlannedSend,
} from './dispatch-ledger';

/**
 * Enrolment's Drive and form step, before any mail is composed: the given active clients who
 * have no folder yet get one (one ensureClientFolders run for all of them, one sheet write) and
 * clients without a valid token get one, so the welcome and weekly mails carry both links.
 * Exactly once: a folder whose id did not reach the sheet is found again by name. When nothing
 * is missing (every run after the first) this makes no service call at all. Updates
 * `data.clients` in place from one re-read of the clients sheet.
 */
export function prepareNewClients(data: MailData, clients: MailClient[]): void {
  const active = clients.filter((c) => c.status === 'active');
  const noFolder = new Set(active.filter((c) => !c.folderId).map((c) => c.id));
  const noToken = active.some((c) => !isWellFormedToken(c.token));
  if (noFolder.size === 0 && !noToken) return;
  const { spreadsheet, settings } = data;
  if (noToken) ensureClientTokens(spreadsheet);
  if (noFolder.size > 0) {
    const now = Date.now();
    ensureClientFolders(
      {
        spreadsheet,
        settings,
        settingsProblems: [],
        lang: settings.lang,
        today: dateInZone(now, settings.timeZone),
        now,
      },
      noFolder,
    );
  }
  const fresh = new Map(
    clientsFrom(openTable(spreadsheet, 'clients'), settings.lang).map((c) => [c.id, c]),
  );
  data.clients = data.clients.map((c) => fresh.get(c.id) ?? c);
}

/** Welcome mails for active clients who have not had one (ledger key `welcome|<id>|enrolment`). */
export function welcomeSends(
  data: MailData,
  clients: MailClient[],
  ledger: LedgerRun,
  week: string,
): PlannedSend[] {
  return (
    clients
      .filter((c) => c.status === 'active' && c.email)
      .map((client) => ({ client, key: sendKey('welcome', client.id, 'enrolment') }))
      // A welcome parked for a refused address goes once the coach has corrected the address.
      .filter(({ client, key }) => !isDone(ledger, key, client.email))
      .map(({ client, key }) => {
        const group = groupOf(data.groups, client.group);
        return {
          key,
          mail: composeWelcome({
            client: { id: client.id, name: client.name, email: client.email, lang: client.lang },
            week,
            // The upload page needs no Google account: it comes first, the Drive folder second.
            uploadLink: uploadPageLink(client, data),
            folderLink: folderLink(client.folderId),
            reflectionLink: reflectionFormLink(client, data),
            groupMeetingLink: group ? group.ownLink || group.meetLink : '',
            guideLink: clientGuideUrl(data.settings, client.lang),
            coach: coachLine(data.settings, coachOf(client, data)),
            organisation: data.settings.organisation,
            privacy: {
              controllerName: data.settings.controllerName ?? '',
              organisation: data.settings.organisation,
              retentionMonths: data.settings.retentionMonths,
              privacyNoticeUrl: data.settings.privacyNoticeUrl ?? '',
            },
            oriented: client.oriented,
          }),
        };
      })
  );
}

/** Server function: the welcome mail of one enrolled client, at most once. */
export function sendWelcome(clientId: string): { sent: boolean; reason: string } {
  const startedAt = Date.now();
  const result = withScriptLock(() => {
    const data = readMailData(['settings', 'clients', 'groups']);
    const known = data.clients.find((c) => c.id === clientId);
    if (!known) return { sent: false, reason: 'unknown-client' };
    const ledger = openLedger(data.sendlog, data.settings.timeZone, startedAt);
    if (!isDone(ledger, sendKey('welcome', known.id, 'enrolment')))
      prepareNewClients(data, [known]);
    forgetCards([known.id]); // the sidebar's card: a client folder may have been made
    const client = data.clients.find((c) => c.id === clientId) ?? known;
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
