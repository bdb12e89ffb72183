import { bundle } from '../helpers/workspace';
import { foldersIsolated, isolation, logsCarryIds } from '../chaos/invariants';
import { runChaos } from '../chaos/sim';
import { mailMeta, mails } from '../chaos/world';

/**
 * Isolation over a whole chaos outbox (two weeks, faults, retries, overlaps): each client mail
 * has exactly one recipient, its client, and shows no other client's name, address, id, token
 * or folder; each client folder is reachable by that client and the coaches only; Apps Script's
 * own log carries ids, not names. The chaos suite checks the same after every run.
 */
jest.setTimeout(120_000);

const world = runChaos({ seed: 3, days: 14, bundle: bundle() });

test('the run mailed clients (weekly, reminders, welcome)', () => {
  const kinds = new Set(mails(world.ws).map((m) => mailMeta(m).kind));
  expect(kinds).toEqual(expect.objectContaining({}));
  expect([...kinds]).toEqual(expect.arrayContaining(['weekly', 'reminder', 'coach-alert']));
});

test.each([
  ['every client mail: one client recipient, no other client', isolation],
  ['client folders: the client and the coaches only', foldersIsolated],
  ['Apps Script logs: ids, not names', logsCarryIds],
])('%s', (_name, check) => {
  const result = check(world);
  expect(result.problems).toEqual([]);
});
