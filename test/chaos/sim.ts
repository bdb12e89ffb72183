import { Workspace } from '../../emulator/workspace';
import type { Manifest } from '../../emulator/projects/store';
import { FaultInjector, parseFaults, type FaultSpec } from '../../emulator/runtime/faults';
import { Rng } from '../../emulator/runtime/rng';
import { applyUserEdit, readSheetValues, type UserEdit } from '../../emulator/spreadsheet/harness';
import { DRIVE_STORE, uploadAsUser, type DriveStore } from '../../emulator/drive';
import {
  FORMS_STORE,
  parsePrefilledUrl,
  submitPrefilledUrl,
  submitResponse,
  type FormsStore,
} from '../../emulator/forms';
import type { ScriptStore, StoredTrigger } from '../../emulator/script/store';
import { addDays, dateInZone, isoWeekOf, weekdayOf } from '../../src/core/dates';
import { zonedToEpoch } from '../../src/core/time-zone';
import {
  COACHES,
  GROUPS,
  clientsOf,
  coachCall,
  mailMeta,
  mails,
  pushCoachScript,
  reflectionLinks,
  sheetView,
  text,
} from './world';
import { settingLabel } from '../../src/core/settings';

/**
 * One chaos run: a seeded simulation of whole weeks of Etäpaja on the emulator. Clients enrol
 * over time, the product's own triggers fire (weekly mail, reminders, nightly), clients answer
 * the reflection form from the links in their mails and upload work to their folders, and a
 * coach edits the workbook between a job's service calls — all under random faults: service
 * errors, a short mail quota, a crash at a random call each day, triggers firing twice or late,
 * overlapping runs. Everything is drawn from one seed, so `etapaja chaos --seed N` replays it.
 * The run records what happened in the world (what was submitted, uploaded, typed; who was due
 * a mail); `invariants.ts` then checks the emulator's stores against it.
 */

export interface ChaosOptions {
  seed: number;
  /** Simulated days under faults (a month is 28). */
  days?: number;
  /** Base fault probabilities, e.g. `mail=0.1,sheets=0.02`; drawn from the seed when absent. */
  faults?: string;
  bundle: { code: string; manifest: Manifest };
}

export interface ChaosStats {
  days: number;
  executions: number;
  crashedExecutions: number;
  failedExecutions: number;
  faultsInjected: number;
  crashesInjected: number;
  quotaDays: number;
  doubleFires: number;
  overlaps: number;
  lateTriggers: number;
  coachEdits: number;
  enrolments: number;
  responses: number;
  uploads: number;
  mails: number;
}

export interface TypedCell {
  sheet: string;
  keyHeader: string;
  key: string;
  header: string;
  value: string;
}

export interface SubmittedResponse {
  responseId: string;
  /** The client whose token the link carried; '' for an anonymous or forged one. */
  clientId: string;
  date: string;
}

export interface Upload {
  fileId: string;
  clientId: string;
}

export interface World {
  ws: Workspace;
  seed: number;
  spec: string;
  stats: ChaosStats;
  /** Who was due a weekly mail for a week, read from the sheets when a dispatch started. */
  due: Map<string, Set<string>>;
  /** Weeks whose dispatch time passed during the run. */
  dispatchWeeks: Set<string>;
  typed: TypedCell[];
  responses: SubmittedResponse[];
  uploads: Upload[];
  endedAt: number;
}

const START = Date.parse('2026-11-30T07:00:00+02:00'); // a Monday
const TZ = 'Europe/Helsinki';
const DAY = 86_400_000;
const FIRST = ['Aino', 'Bertil', 'Carla', 'Dora', 'Eero', 'Fanny', 'Goran', 'Helmi', 'Iiris'];
const LAST = ['Virtanen', 'Lindqvist', 'Okafor', 'Heikkilä', 'Salo', 'Berg', 'Rautio', 'Nyström'];
const DAYS = ['ma, ke', 'ti, to', 'ma, ti, to', 'ke, pe', 'ma, ti, ke, to'];
const HOSTILE = [
  '=HYPERLINK("http://evil.example","klikkaa")',
  '<script>alert(1)</script>',
  '+358 40 123',
  '@SUM(A1)',
  '-2+3',
  '<img src=x onerror=alert(1)>',
  'Kaikki hyvin tänään.',
  'Tein tehtävät 1 ja 2 ✔',
];

function fmt(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

function nameOf(i: number): string {
  return `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
}

function emailOf(i: number): string {
  return `asiakas${i}.${nameOf(i)
    .split(' ')[1]
    .toLowerCase()
    .replace(/[^a-z]/g, '')}@asiakas.example`;
}

export function rosterCsv(from: number, count: number, today: string, rng: Rng): string {
  const header =
    'Nimi;Sähköposti;Kieli;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä;Ryhmä;Ohjaaja;Perehdytetty;Tila';
  const lines = [header];
  for (let i = from; i < from + count; i++) {
    lines.push(
      [
        nameOf(i),
        emailOf(i),
        ['suomi', 'ruotsi', 'englanti'][rng.int(3)],
        'pitkäkestoinen',
        fmt(addDays(today, -rng.int(20))),
        fmt(addDays(today, 150 + rng.int(60))),
        DAYS[rng.int(DAYS.length)],
        String(4 + rng.int(3)),
        GROUPS[rng.int(GROUPS.length)].Tunnus,
        COACHES[rng.int(COACHES.length)],
        'kyllä',
        'aktiivinen',
      ].join(';'),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A fault injector that counts what it injected. */
class CountingInjector extends FaultInjector {
  constructor(
    spec: FaultSpec,
    private readonly onFault: (kind: 'crash' | 'error') => void,
  ) {
    super(spec);
  }
  override decide(service: string) {
    const fate = super.decide(service);
    if (fate) this.onFault(fate.kind);
    return fate;
  }
}

function baseSpec(rng: Rng): string {
  const p = (max: number) => (rng.next() * max).toFixed(3);
  return `mail=${p(0.1)},sheets=${p(0.02)},drive=${p(0.05)},forms=${p(0.06)},properties=${p(0.03)},calendar=${p(0.05)},script=${p(0.05)}`;
}

const JOBS = ['weeklyDispatch', 'reminders', 'nightly'];

export function runChaos(options: ChaosOptions): World {
  const rng = new Rng(options.seed * 104_729 + 7);
  const days = options.days ?? 28;
  const start = START + 7 * DAY * (options.seed % 9);
  const ws = Workspace.init('', { start: new Date(start).toISOString(), seed: options.seed });
  ws.push('etapaja', options.bundle.code, options.bundle.manifest, 'Etäpaja');
  pushCoachScript(ws);
  const spec = options.faults ?? baseSpec(rng);
  const stats: ChaosStats = {
    days,
    executions: 0,
    crashedExecutions: 0,
    failedExecutions: 0,
    faultsInjected: 0,
    crashesInjected: 0,
    quotaDays: 0,
    doubleFires: 0,
    overlaps: 0,
    lateTriggers: 0,
    coachEdits: 0,
    enrolments: 0,
    responses: 0,
    uploads: 0,
    mails: 0,
  };
  const world: World = {
    ws,
    seed: options.seed,
    spec,
    stats,
    due: new Map(),
    dispatchWeeks: new Set(),
    typed: [],
    responses: [],
    uploads: [],
    endedAt: 0,
  };
  const book = ws.meta.boundSpreadsheetId as string;
  const today = () => dateInZone(ws.now(), TZ);

  // The coach's first day, without faults: setup, coaches, groups, the first clients, plans.
  ws.call('setup');
  coachCall(ws, 'setSetting', [settingLabel('coaches', 'fi'), COACHES.join(', ')]);
  coachCall(ws, 'putRows', [
    'Ryhmät',
    GROUPS.map((g) => ({ ...g, 'Kesto (min)': 60, Ohjaaja: COACHES[0] })),
  ]);
  let enrolled = 0;
  const first = 4 + rng.int(3);
  ws.call('importClients', [rosterCsv(0, first, today(), rng)]);
  enrolled += first;
  stats.enrolments += first;
  ws.call('planNextWeek');

  const faultsOn = (day: number) => {
    const parsed = parseFaults(`${spec},seed=${options.seed * 1000 + day}`);
    if (rng.next() < 0.6) parsed.crashAt = 1 + rng.int(600);
    if (rng.next() < 0.15) {
      parsed.mailQuota = rng.int(8);
      stats.quotaDays += 1;
    }
    ws.rt.faults = new CountingInjector(parsed, (kind) => {
      if (kind === 'crash') stats.crashesInjected += 1;
      else stats.faultsInjected += 1;
    });
  };
  const faultsOff = () => {
    ws.rt.faults = new FaultInjector(parseFaults(''));
  };

  // Who is due a weekly mail: read from the sheets when each dispatch execution starts. Next
  // week's clients when the run sends next week; always, the week in progress's clients with days
  // still ahead (a letter that never went is sent late: src/jobs/dispatch.ts lateLetters).
  const snapshotDue = (nextWeek: boolean) => {
    const clients = new Map(clientsOf(ws).map((c) => [c.id, c]));
    const next = isoWeekOf(addDays(today(), 7));
    const current = isoWeekOf(today());
    for (const row of sheetView(ws, 'Viikkosuunnitelmat').rows) {
      const c = clients.get(text(row.Asiakas));
      if (!c || !c.email || !/aktiiv/.test(c.status)) continue;
      const week = text(row.Viikko);
      const ahead = text(row['Päivä']).slice(0, 10) >= today();
      if ((week === next && nextWeek) || (week === current && ahead)) {
        const set = world.due.get(week) ?? new Set<string>();
        set.add(c.id);
        world.due.set(week, set);
      }
    }
  };

  // Coach edits and overlapping runs, between the calls of the product's executions.
  let nesting = 0;
  const snapshotted = new Set<string>();
  let typedSeq = 0;
  const coachEdit = () => {
    const sheets: [string, string, string][] = [
      ['Asiakkaat', 'Tunnus', 'Tavoitteet'],
      ['Viikkosuunnitelmat', 'Avain', 'Viesti asiakkaalle'],
      ['Läsnäolot', 'Avain', 'Muistiinpano'],
      ['Päiväkirjat', 'Vastaus', 'Ohjaajan kommentti'],
    ];
    const [sheet, keyHeader, header] = sheets[rng.int(sheets.length)];
    const values = readSheetValues(ws.rt, book, sheet);
    const head = (values[0] ?? []).map(String);
    const roll = rng.next();
    let edit: UserEdit | null = null;
    if (roll < 0.55 && values.length > 1) {
      const r = 1 + rng.int(values.length - 1);
      const key = text(values[r][head.indexOf(keyHeader)]);
      const col = head.indexOf(header);
      if (key !== '' && col >= 0) {
        const value = `ohjaaja ${++typedSeq}: ${HOSTILE[rng.int(HOSTILE.length)].replace(/^[=+@-]/, '')}`;
        edit = { kind: 'set', a1: `${columnLetter(col + 1)}${r + 1}`, value };
        if (applyUserEdit(ws.rt, book, sheet, edit).applied) {
          world.typed = world.typed.filter(
            (t) => !(t.sheet === sheet && t.key === key && t.header === header),
          );
          world.typed.push({ sheet, keyHeader, key, header, value });
        }
        edit = null;
      }
    } else if (roll < 0.75) {
      edit = { kind: 'insertRowsAfter', row: 1 + rng.int(Math.max(1, values.length)), count: 1 };
    } else if (roll < 0.9) {
      edit = {
        kind: 'sortByColumn',
        column: 1 + rng.int(Math.max(1, head.length)),
        ascending: rng.next() < 0.5,
        headerRows: 1,
      };
    } else {
      const blank = values.findIndex((r, i) => i > 0 && r.every((c) => c === '' || c === null));
      if (blank > 0) edit = { kind: 'deleteRow', row: blank + 1 };
    }
    if (edit) applyUserEdit(ws.rt, book, sheet, edit);
    stats.coachEdits += 1;
  };
  ws.rt.onCall((call, execution) => {
    if (execution.info.projectId !== 'etapaja') return;
    if (nesting === 0 && rng.next() < 0.01) coachEdit();
    if (nesting === 0 && execution.info.trigger && rng.next() < 0.002) {
      nesting += 1;
      stats.overlaps += 1;
      try {
        record(ws.run('etapaja', JOBS[rng.int(JOBS.length)], [{}]));
      } finally {
        nesting -= 1;
      }
    }
    if (execution.info.functionName !== 'weeklyDispatch') return;
    const nextWeek = targetsNextWeek(Boolean(execution.info.trigger), execution.info.startedAt);
    if (call.method.endsWith('getValues') && !snapshotted.has(execution.info.id)) {
      snapshotted.add(execution.info.id);
      snapshotDue(nextWeek);
    }
    // The dispatch plans a client who has no plan yet before mailing them (issue 14's catch-up),
    // so the plan it wrote in this execution also makes the client due.
    if (call.method.endsWith('sendEmail')) snapshotDue(nextWeek);
  });

  const record = (result: { execution: { status: string } }) => {
    stats.executions += 1;
    if (result.execution.status === 'crashed') stats.crashedExecutions += 1;
    if (result.execution.status === 'failed') stats.failedExecutions += 1;
  };
  const scripts = ws.rt.store<ScriptStore>('script');

  /** Moves the clock, firing due triggers; some fire twice. */
  const advanceTo = (ms: number) => {
    const pendingBefore = [...scripts.pending];
    const results = ws.advance(ms);
    for (const r of results) {
      record(r);
      if (
        r.execution.functionName === 'weeklyDispatch' &&
        targetsNextWeek(Boolean(r.execution.triggerId), r.execution.startedAt)
      )
        world.dispatchWeeks.add(isoWeekOf(addDays(dateInZone(r.execution.startedAt, TZ), 7)));
    }
    for (const r of results) {
      if (!r.execution.triggerId || rng.next() > 0.08) continue;
      const trigger = scripts.triggers.find((t) => t.id === r.execution.triggerId);
      if (!trigger) continue;
      const pending = pendingBefore.find((p) => p.triggerId === trigger.id);
      const event =
        trigger.eventType === 'ON_FORM_SUBMIT' && pending
          ? { ...pending.event, triggerUid: trigger.id }
          : { authMode: 'FULL', triggerUid: trigger.id };
      stats.doubleFires += 1;
      record(ws.fire(trigger as StoredTrigger, event));
    }
  };

  const formsStore = () => ws.rt.stores[FORMS_STORE.name] as FormsStore;
  const drive = () => ws.rt.stores[DRIVE_STORE.name] as DriveStore;

  for (let day = 0; day < days; day++) {
    const date = today();
    faultsOn(day);
    // Google fires a trigger late now and then.
    for (const t of scripts.triggers) {
      if (t.nextFireAt !== undefined && t.eventType === 'CLOCK' && rng.next() < 0.03) {
        t.nextFireAt += (10 + rng.int(170)) * 60_000;
        stats.lateTriggers += 1;
      }
    }
    // Enrolment: now and then the coach imports a few new clients (retrying on an error).
    if (day > 0 && rng.next() < 0.2) {
      const n = 1 + rng.int(2);
      const csv = rosterCsv(enrolled, n, date, rng);
      for (let attempt = 0; attempt < 3; attempt++) {
        const result = ws.run('etapaja', 'importClients', [csv]);
        record(result);
        if (!result.error) break;
      }
      enrolled += n;
      stats.enrolments += n;
    }
    advanceTo(zonedToEpoch(date, '15:00', TZ));

    // Clients answer the day's reflection from the link in their weekly mail.
    const planned = new Set(
      sheetView(ws, 'Viikkosuunnitelmat')
        .rows.filter((r) => text(r['Päivä']).slice(0, 10) === date)
        .map((r) => text(r.Asiakas)),
    );
    const week = isoWeekOf(date);
    for (const m of mails(ws)) {
      const meta = mailMeta(m);
      if (meta.kind !== 'weekly' || meta.week !== week || !planned.has(meta.client)) continue;
      if (rng.next() > 0.6) continue;
      const link = reflectionLinks(m).find((l) => l.includes(date));
      if (!link) continue;
      const at = ws.now() + rng.int(3600_000);
      try {
        const { formId } = parsePrefilledUrl(ws.rt.stores, link);
        const items = formsStore().forms[formId].items;
        const { responseId } = submitPrefilledUrl(ws.rt.stores, link, answersFor(rng, items), {
          atMs: at,
        });
        world.responses.push({ responseId, clientId: meta.client, date });
        stats.responses += 1;
      } catch (_error) {
        // A form that stopped accepting responses: nothing was submitted.
      }
    }
    // Now and then someone answers without a link, or with a made-up token.
    if (rng.next() < 0.15) {
      const form = Object.values(formsStore().forms)[0];
      if (form) {
        const tokenItem = form.items[form.items.length - 1];
        const dateItem = form.items[0];
        const forged = rng.next() < 0.5 ? '0badc0de-0000-4000-8000-000000000000' : '';
        const { responseId } = submitResponse(
          ws.rt.stores,
          form.id,
          { [String(dateItem.id)]: new Date(ws.now()), [String(tokenItem.id)]: forged },
          { atMs: ws.now() },
        );
        world.responses.push({ responseId, clientId: '', date });
        stats.responses += 1;
      }
    }
    advanceTo(zonedToEpoch(date, '16:00', TZ));

    // Uploads: a client drops a photo of their work into their own folder.
    for (const c of clientsOf(ws)) {
      if (!c.folderId || rng.next() > 0.12) continue;
      try {
        const id = uploadAsUser(
          drive(),
          c.folderId,
          c.email,
          `työ-${date}.jpg`,
          'image/jpeg',
          Buffer.from(`photo ${c.id} ${date}`),
          ws.now(),
        );
        world.uploads.push({ fileId: id, clientId: c.id });
        stats.uploads += 1;
      } catch (_error) {
        // Not shared with the client yet: they cannot upload.
      }
    }
    advanceTo(zonedToEpoch(addDays(date, 1), '07:00', TZ));
  }

  // Settling: the faults stop and the product's own triggers run for two more days, so the
  // nightly reconciliation and follow-ups can finish what the faults interrupted.
  faultsOff();
  const settleUntil = zonedToEpoch(addDays(today(), 2), '07:00', TZ);
  // No more coach edits or overlaps while settling: the checks read a quiet workbook.
  nesting = 1;
  advanceTo(settleUntil);
  stats.mails = mails(ws).length;
  world.endedAt = ws.now();
  return world;
}

/** The send day of the workbook the run sets up (the default: Thursday). */
const SEND_WEEKDAY = 4;

/**
 * Whether a dispatch execution sends next week's letters: a run by hand always does; one started
 * by a trigger (a catch-up or a continuation) only from the send day on (src/jobs/dispatch.ts).
 */
function targetsNextWeek(byTrigger: boolean, startedAt: number): boolean {
  return !byTrigger || weekdayOf(dateInZone(startedAt, TZ)) >= SEND_WEEKDAY;
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Answers by item id; the items are in the order reflectionItemSpecs makes them. */
function answersFor(rng: Rng, items: { id: number }[]): Record<string, string | number> {
  return {
    [String(items[1].id)]: String(2 + rng.int(6)),
    [String(items[3].id)]: 1 + rng.int(5),
    [String(items[4].id)]: HOSTILE[rng.int(HOSTILE.length)],
  };
}
