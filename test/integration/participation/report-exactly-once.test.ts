import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setUpWithCoach } from '../../helpers/workspace';
import { Workspace } from '../../../emulator/workspace';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { outbox, type MailStore } from '../../../emulator/mail';
import { PUT_ROWS, planRow } from '../../helpers/coach-script';

/**
 * The fortnightly absence report mail goes through the send ledger: a nightly run that dies at
 * any service call never makes a second copy. The ledger resolves a dead run's claim from its
 * progress record (src/jobs/ledger-progress.ts): a run that died before the claim or after the
 * progress write is finished by the re-run, exactly once. A run that died at the sendEmail
 * itself cannot be told from one that died just after it (on Google the mail may have gone), so
 * that claim is 'uncertain': never sent again, and the coach is told in the next day's digest.
 */
const COACH_SCRIPT = PUT_ROWS;

const at = (iso: string): number => Date.parse(iso);
const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-report-')), 'ws');

function reportMails(ws: Workspace): string[] {
  return outbox(ws.rt.store<MailStore>('mail'))
    .filter((m) => m.subject.startsWith('Poissaoloilmoitus'))
    .map((m) => m.subject);
}

/** The coach's digest mails' text that names the report's interrupted mail. */
function toldAboutReport(ws: Workspace): number {
  return outbox(ws.rt.store<MailStore>('mail')).filter(
    (m) => m.subject.includes('huomio') && m.text.includes('Poissaoloilmoituksen sähköposti'),
  ).length;
}

function setFaults(ws: Workspace, spec: string): void {
  ws.rt.faults = new FaultInjector(parseFaults(spec));
}

/** Two clients with planned days in the fortnight 30.11.–13.12.2026; the clock just before it is reported. */
beforeAll(() => {
  const ws = setUpWithCoach(COACH_SCRIPT, { start: '2026-11-30T08:00:00+02:00' }, dir);
  const client = (id: string, name: string, email: string) => ({
    Tunnus: id,
    Nimi: name,
    Sähköposti: email,
    Kieli: 'suomi',
    Tila: 'aktiivinen',
  });
  ws.call(
    'putRows',
    [
      'Asiakkaat',
      [client('A0001', 'Aino Koski', 'aino@example.fi'), client('A0002', 'Bo Ek', 'bo@example.fi')],
    ],
    { projectId: 'coach' },
  );
  ws.call(
    'putRows',
    [
      'Viikkosuunnitelmat',
      [
        planRow('A0001', '2026-12-01'),
        planRow('A0001', '2026-12-08'),
        planRow('A0002', '2026-12-02'),
      ],
    ],
    { projectId: 'coach' },
  );
  ws.call('setupParticipation');
  // The night of 13–14 Dec has not run yet: its nightly sends the report.
  ws.advance(at('2026-12-14T00:30:00+02:00'));
  expect(reportMails(ws)).toEqual([]);
  ws.save();
});

test('a clean nightly sends the report once; a second run sends nothing', () => {
  const ws = Workspace.open(dir);
  ws.run('etapaja', 'nightly', []);
  expect(reportMails(ws)).toEqual([
    'Poissaoloilmoitus 30.11.2026–13.12.2026: tarkista ensin 3 päivää',
  ]);
  ws.run('etapaja', 'nightly', []);
  expect(reportMails(ws)).toHaveLength(1);
});

test('a nightly that dies at call k, for every k over the report step: exactly one report mail after a same-day re-run (none if it died at the send itself, and the coach is told), at most one after the next night', () => {
  // Where the report step's calls are in a clean run: from its first property read to the mark.
  // The step is found by its mail, not by position (other steps read the quota and mail too):
  // each call notes how many report mails the outbox held when it was made.
  const probe = Workspace.open(dir);
  const methods: string[] = [];
  const reportsBefore: number[] = [];
  probe.rt.onCall((c) => {
    methods.push(c.method);
    reportsBefore.push(reportMails(probe).length);
  });
  probe.run('etapaja', 'nightly', []);
  expect(reportMails(probe)).toHaveLength(1);
  // The report's sendEmail is the call just before the first one that sees the report sent.
  const seen = reportsBefore.findIndex((n) => n > 0);
  const send = (seen === -1 ? methods.length : seen) - 1;
  expect(methods[send]).toBe('MailApp.sendEmail');
  // The ledger's quota read right before that send, and the step's property read before it.
  const quota = methods.lastIndexOf('MailApp.getRemainingDailyQuota', send);
  expect(quota).toBeGreaterThan(-1);
  const first = methods.lastIndexOf('PropertiesService.getScriptProperties', quota) + 1;
  const last = methods.indexOf('Properties.setProperty', send) + 1;
  expect(first).toBeGreaterThan(0);
  expect(last).toBeGreaterThan(send + 1);
  const failures: string[] = [];
  for (let k = first; k <= last + 1; k++) {
    const sameDay = Workspace.open(dir, { faults: `crash-at=${k}` });
    sameDay.run('etapaja', 'nightly', []);
    setFaults(sameDay, '');
    sameDay.run('etapaja', 'nightly', []);
    const n = reportMails(sameDay).length;
    // Call k is 1-based; `send` indexes the clean run's calls from 0.
    const diedAtTheSend = k === send + 1;
    if (n > 1 || (n === 0 && !diedAtTheSend))
      failures.push(`crash-at=${k}, same-day re-run: ${n} report mails`);
    if (n === 0) {
      sameDay.advance(at('2026-12-15T12:00:00+02:00'));
      const told = toldAboutReport(sameDay);
      if (told !== 1) failures.push(`crash-at=${k}: coach told ${told} times, not once`);
    }

    const nextNight = Workspace.open(dir, { faults: `crash-at=${k}` });
    nextNight.run('etapaja', 'nightly', []);
    setFaults(nextNight, '');
    nextNight.advance(at('2026-12-15T03:00:00+02:00'));
    const m = reportMails(nextNight).length;
    if (m > 1) failures.push(`crash-at=${k}, next night: ${m} report mails`);
  }
  expect(failures).toEqual([]);
});
