import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setUpWithCoach } from '../../helpers/workspace';
import { Workspace } from '../../../emulator/workspace';
import { FaultInjector, parseFaults } from '../../../emulator/runtime/faults';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import {
  FORM_SUBMIT_DELAY_MS,
  FORMS_STORE,
  plantResponseWithoutTrigger,
  submitPrefilledUrl,
  type FormsStore,
} from '../../../emulator/forms';
import {
  PROPERTIES_STORE,
  readPropertyStore,
  type PropertiesStore,
} from '../../../emulator/properties';
import { PUT_ROWS } from '../../helpers/coach-script';

/**
 * The form-submit trigger only queues (issue 8: at most 6 calls per response); the recording
 * run writes the rows. Whatever dies where, each response ends up in the sheet exactly once.
 */
const COACH_SCRIPT = PUT_ROWS;
const COACH = 'ohjaaja@kunta.example';
const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-intake-')), 'ws');

function rows(ws: Workspace): Record<string, unknown>[] {
  const [header, ...body] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Päiväkirjat',
  );
  return body.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

function queued(ws: Workspace): string[] {
  const props = readPropertyStore(ws.rt.store<PropertiesStore>(PROPERTIES_STORE), {
    kind: 'script',
    projectId: 'etapaja',
  });
  return Object.keys(props).filter((k) => k.startsWith('intake:'));
}

function setFaults(ws: Workspace, spec: string): void {
  ws.rt.faults = new FaultInjector(parseFaults(spec));
}

/** A client answers through their link; returns the response id and the trigger runs. */
function respond(
  ws: Workspace,
  clientId: string,
  answers: Record<string, string | number> = {},
  faults = '',
) {
  const link = ws.call('reflectionLink', [clientId, '2026-11-30']) as string;
  const { responseId } = submitPrefilledUrl(ws.rt.stores, link, answers, { atMs: ws.now() });
  setFaults(ws, faults); // counted from here: the trigger's own calls
  const runs = ws.advance(ws.now() + FORM_SUBMIT_DELAY_MS + 1_000);
  setFaults(ws, '');
  return {
    responseId,
    runs: runs.filter((r) => r.execution.functionName === 'onReflectionSubmit'),
  };
}

function once(ws: Workspace, ids: string[]): string[] {
  const all = rows(ws).map((r) => String(r.Vastaus));
  return ids.filter((id) => all.filter((x) => x === id).length !== 1);
}

beforeAll(() => {
  const ws = setUpWithCoach(COACH_SCRIPT, { start: '2026-11-30T08:00:00+02:00' }, dir);
  const client = (id: string, name: string, lang: string) => ({
    Tunnus: id,
    Nimi: name,
    Sähköposti: `${id.toLowerCase()}@example.fi`,
    Kieli: lang,
    Ohjaaja: COACH,
    Tila: 'aktiivinen',
  });
  ws.call(
    'putRows',
    ['Asiakkaat', [client('A0001', 'Aino Koski', 'suomi'), client('A0002', 'Bo Ek', 'ruotsi')]],
    { projectId: 'coach' },
  );
  ws.call('setupParticipation');
  ws.advance(Date.parse('2026-11-30T15:00:00+02:00'));
  ws.save();
});

test('a response costs the trigger at most 6 calls, and every answer reaches the row', () => {
  const ws = Workspace.open(dir);
  const long = 'Pitkä vastaus. '.repeat(200);
  const { responseId, runs } = respond(ws, 'A0001', {
    'Montako tuntia teit töitä?': '25',
    'Mitä teit tänään?': 'Kirjoitin & luin',
    'Miten päivä meni?': 4,
    'Omat ajatukseni': `=SUM(1)\nrivi 2 + 3 %`,
    'Mitä ohjaajan pitäisi tietää?': long,
    'Toive ensi viikolle': 'Ulkotöitä',
  });
  expect(runs).toHaveLength(1);
  const calls = Object.values(runs[0].execution.calls).reduce((a, b) => a + b, 0);
  expect(calls).toBeLessThanOrEqual(6);
  expect(runs[0].execution.calls).not.toHaveProperty('SpreadsheetApp');
  expect(queued(ws)).toEqual([`intake:${responseId}`]);

  ws.call('nightly');
  const row = rows(ws).find((r) => r.Vastaus === responseId)!;
  expect(row).toMatchObject({ Asiakas: 'A0001', Tunnistettu: 'oma linkki', Vointi: '4' });
  expect(row['Tehdyt tehtävät']).toBe('Kirjoitin & luin');
  expect(String(row.Kirjoitus)).toContain('=SUM(1)\nrivi 2 + 3 %');
  expect(String(row.Kirjoitus)).toContain(long.trim());
  expect(String(row.Kirjoitus)).toContain('Ulkotöitä');
  expect(String(row.Huomiot)).toContain('25'); // bad hours, next to the row
  expect(queued(ws)).toEqual([]);
});

test('a trigger that dies at any of its calls loses nothing: the nightly sweep records it once', () => {
  const ws = Workspace.open(dir);
  const clean = respond(ws, 'A0002');
  const n = Object.values(clean.runs[0].execution.calls).reduce((a, b) => a + b, 0);
  const ids = [clean.responseId];
  for (let k = 1; k <= n; k++) {
    const { responseId, runs } = respond(ws, k % 2 ? 'A0001' : 'A0002', {}, `crash-at=${k}`);
    expect(runs.map((r) => r.execution.status)).toEqual(['crashed']);
    ids.push(responseId);
  }
  expect(queued(ws)).toHaveLength(1);
  ws.call('nightly');
  ws.call('nightly');
  expect(once(ws, ids)).toEqual([]);
  const byId = new Map(rows(ws).map((r) => [String(r.Vastaus), r]));
  ids
    .slice(1)
    .forEach((id, i) => expect(byId.get(id)?.Asiakas).toBe((i + 1) % 2 ? 'A0001' : 'A0002'));
  expect(queued(ws)).toEqual([]);
});

test('a recording run that dies at any call of the intake step: the re-run records each once', () => {
  const base = Workspace.open(dir);
  const ids = [respond(base, 'A0001').responseId, respond(base, 'A0002').responseId];
  const forms = Object.values(base.rt.store<FormsStore>(FORMS_STORE.name).forms);
  const fi = forms.find((f) => f.title === 'Päivän työtoiminta')!;
  const link = base.call('reflectionLink', ['A0001', '2026-11-30']) as string;
  const token = decodeURIComponent(/entry\.\d+=([0-9a-f-]{36})/.exec(link)![1]);
  ids.push(
    plantResponseWithoutTrigger(
      base.rt.stores,
      fi.id,
      { Päivä: '2026-11-30', Tunniste: token },
      { atMs: base.now() },
    ),
  );
  base.save();
  const probe = Workspace.open(dir);
  const methods: string[] = [];
  probe.rt.onCall((c) => methods.push(c.method));
  probe.run('etapaja', 'nightly', []);
  expect(once(probe, ids)).toEqual([]);
  const first = methods.indexOf('Properties.getProperties'); // the queue read (k is 1-based)
  const lastDelete = methods.lastIndexOf('Properties.deleteProperty');
  const last = methods.indexOf('Properties.setProperty', lastDelete) + 1; // the sweep mark
  expect(first).toBeGreaterThan(0);
  expect(last).toBeGreaterThan(lastDelete);
  const failures: string[] = [];
  for (let k = first; k <= last; k++) {
    const ws = Workspace.open(dir, { faults: `crash-at=${k}` });
    ws.run('etapaja', 'nightly', []);
    setFaults(ws, '');
    ws.run('etapaja', 'nightly', []);
    const wrong = once(ws, ids);
    if (wrong.length > 0) failures.push(`crash-at=${k}: ${wrong.length} not recorded once`);
    if (queued(ws).length > 0) failures.push(`crash-at=${k}: queue left`);
  }
  expect(failures).toEqual([]);
});

test('triggers firing while the nightly records: no duplicate, nothing lost', () => {
  const ws = Workspace.open(dir);
  const a = respond(ws, 'A0001');
  const trigger = ws.triggers().find((t) => t.id === a.runs[0].execution.triggerId)!;
  const formId = trigger.sourceId as string;
  let b = '';
  let fired = false;
  ws.rt.onCall((call, execution) => {
    if (fired || execution.info.functionName !== 'nightly') return;
    if (call.method !== 'Properties.getProperties') return;
    fired = true;
    // A repeat firing of a queued response, and a new response, both mid-run.
    ws.fire(trigger, { authMode: 'FULL', formId, responseId: a.responseId });
    const link = ws.call('reflectionLink', ['A0002', '2026-11-30']) as string;
    b = submitPrefilledUrl(ws.rt.stores, link, {}, { atMs: ws.now() }).responseId;
    ws.fire(trigger, { authMode: 'FULL', formId, responseId: b });
  });
  ws.run('etapaja', 'nightly', []);
  expect(fired).toBe(true);
  expect(once(ws, [a.responseId])).toEqual([]);
  ws.advance(ws.now() + 60_000);
  ws.run('etapaja', 'nightly', []);
  expect(once(ws, [a.responseId, b])).toEqual([]);
  expect(queued(ws)).toEqual([]);
});
