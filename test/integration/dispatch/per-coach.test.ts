import { shareSpreadsheet } from '../../../emulator/spreadsheet';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import type { Workspace } from '../../../emulator/workspace';
import { freshWorkspace } from '../../helpers/workspace';
import { mails, meta } from './helpers';
import { PUT_ROWS } from '../../helpers/coach-script';
import { settingLabel } from '../../../src/core/settings';

/**
 * Many coaches, one workbook (docs/scale.md): each coach installs the triggers under their own
 * account, and with `mailPerCoach` = kyllä each coach's runs mail only that coach's clients,
 * from that coach's own mail quota. Three coaches of 40 clients each on consumer accounts
 * (100 recipients a day): the 120 welcome and 120 weekly mails of the first Thursday would not
 * fit one account, and split by coach they do.
 */
const ANNA = 'anna.ohjaaja@kunta.example'; // the main coach: first in the settings
const BERTIL = 'bertil.ohjaaja@kunta.example';
const CECILIA = 'cecilia.ohjaaja@kunta.example';
const DANIEL = 'daniel.ohjaaja@kunta.example'; // leaves before the dispatch: unlisted
const COACHES = [ANNA, BERTIL, CECILIA];

const START = '2026-11-26T08:00:00+02:00'; // Thursday; the weekly triggers fire 12:00–13:00
const AFTER_DISPATCH = Date.parse('2026-11-26T13:30:00+02:00');
const FRIDAY_AFTERNOON = Date.parse('2026-11-27T16:00:00+02:00');
const GROUPS = [
  { id: 'GA', weekday: 'perjantai', time: '10:00', coach: ANNA },
  { id: 'GB', weekday: 'perjantai', time: '13:00', coach: BERTIL },
];

interface RosterClient {
  email: string;
  name: string;
  group: string;
  coach: string; // the Ohjaaja cell
  /** Whose account must mail them (coachOf, then the main coach for an unlisted coach). */
  mailedBy: string;
}

/**
 * 120 clients, 40 for each coach, reaching their coach every way `coachOf` allows: their own
 * Ohjaaja cell, the group's coach (GB), and for the main coach also clients with no coach
 * (the first coach in the settings) and the clients of a coach no longer listed.
 */
function roster(): RosterClient[] {
  const clients: RosterClient[] = [];
  const add = (n: number, group: string, coach: string, mailedBy: string) => {
    for (let i = 0; i < n; i++) {
      const k = clients.length + 1;
      clients.push({
        email: `asiakas.${k}@asiakas.example`,
        name: `Asiakas${String.fromCharCode(65 + (k % 26))} Numero${k}`,
        group,
        coach,
        mailedBy,
      });
    }
  };
  add(20, 'GA', ANNA, ANNA);
  add(10, '', '', ANNA); // no coach, no group: the first coach in the settings
  add(10, '', DANIEL, ANNA); // Daniel left: the main coach takes them
  add(20, 'GB', BERTIL, BERTIL);
  add(20, 'GB', '', BERTIL); // the group's coach
  add(40, '', CECILIA, CECILIA);
  return clients;
}

function rosterCsv(clients: RosterClient[]): string {
  const header =
    'Nimi;Sähköposti;Puhelin;Kieli;Yhteystapa;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä;Ryhmä;Ohjaaja;Perehdytetty;Tila';
  const lines = clients.map((c, i) =>
    [
      c.name,
      c.email,
      `040 ${String(100 + Math.floor(i / 100)).slice(-3)} ${String(1000 + i).slice(-4)}`,
      'suomi',
      'sähköposti',
      'pitkäkestoinen',
      '1.10.2026',
      '30.9.2027',
      'ma, ke',
      '4',
      c.group,
      c.coach,
      'kyllä',
      'aktiivinen',
    ].join(';'),
  );
  return [header, ...lines].join('\r\n');
}

/** The coach typing into the workbook: a second script bound to it. */
const COACH_SCRIPT = `${PUT_ROWS}
function setSetting(key, value) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Asetukset');
  var values = sheet.getDataRange().getValues();
  for (var i = 1; i < values.length; i++) {
    if (values[i][0] === key) { sheet.getRange(i + 1, 2).setValue(value); return; }
  }
  throw new Error('No setting ' + key);
}`;

/**
 * The municipality's workbook on consumer accounts: the main coach sets it up, lists the
 * coaches (Daniel still among them at import), adds the groups and the roster and plans next
 * week; then Daniel leaves the list, and each remaining coach runs setup as themselves.
 */
function municipality(options: { mailPerCoach: boolean; accountKind: 'consumer' | 'workspace' }) {
  const ws = freshWorkspace({ owner: ANNA, start: START, accountKind: options.accountKind });
  // Every coach is an editor of the workbook (only editors run its code).
  for (const coach of [...COACHES, DANIEL])
    shareSpreadsheet(ws.rt, ws.meta.boundSpreadsheetId as string, coach);
  ws.push('coach', COACH_SCRIPT, { timeZone: 'Europe/Helsinki' }, 'coach');
  const typing = (fn: string, args: unknown[]) => ws.call(fn, args, { projectId: 'coach' });
  ws.call('setup', [{ lang: 'fi' }], { user: ANNA });
  typing('setSetting', [settingLabel('coaches', 'fi'), [...COACHES, DANIEL].join(', ')]);
  typing('setSetting', [settingLabel('mailPerCoach', 'fi'), options.mailPerCoach ? 'kyllä' : 'ei']);
  typing('putRows', [
    'Ryhmät',
    GROUPS.map((g) => ({
      Tunnus: g.id,
      Nimi: `Ryhmä ${g.id}`,
      Tapaamispäivä: g.weekday,
      Kellonaika: g.time,
      'Kesto (min)': 60,
      Ohjaaja: g.coach,
    })),
  ]);
  const clients = roster();
  const imported = ws.call('importClients', [rosterCsv(clients)], { user: ANNA }) as {
    accepted: number;
    rejected: unknown[];
  };
  expect(imported.rejected).toEqual([]);
  expect(imported.accepted).toBe(clients.length);
  ws.call('planNextWeek', [], { user: ANNA });
  typing('setSetting', [settingLabel('coaches', 'fi'), COACHES.join(', ')]);
  // Setup again shares the root folder with every listed coach; then each installs their own.
  for (const coach of COACHES) ws.call('setup', [], { user: coach });
  return { ws, clients };
}

function ownerOfTriggers(ws: Workspace, handler: string): string[] {
  return ws
    .triggers()
    .filter((t) => t.functionName === handler)
    .map((t) => t.owner)
    .sort();
}

function byKind(ws: Workspace, kind: string) {
  return mails(ws).filter((m) => meta(m).kind === kind);
}

/** Recipients each account sent to on one local day. */
function sentPerAccount(ws: Workspace, day: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mails(ws)) {
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(
      new Date(m.sentAt),
    );
    if (local !== day) continue;
    counts.set(m.from, (counts.get(m.from) ?? 0) + m.to.length + m.cc.length + m.bcc.length);
  }
  return counts;
}

function clientIds(ws: Workspace): Map<string, string> {
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  const id = header.indexOf('Tunnus');
  const email = header.indexOf('Sähköposti');
  return new Map(rows.map((r) => [String(r[id]), String(r[email])]));
}

describe('mailPerCoach = kyllä: three coaches on 100-a-day accounts, 120 clients', () => {
  let ws: Workspace;
  let clients: RosterClient[];
  let mailedBy: Map<string, string>; // client email → the account that must mail them
  const installed = new Map<string, string[]>(); // handler → owners, once every coach ran setup

  beforeAll(() => {
    ({ ws, clients } = municipality({ mailPerCoach: true, accountKind: 'consumer' }));
    mailedBy = new Map(clients.map((c) => [c.email, c.mailedBy]));
    for (const handler of ['weeklyDispatch', 'nightly', 'reminders'])
      installed.set(handler, ownerOfTriggers(ws, handler));
    ws.advance(AFTER_DISPATCH);
  });

  it('each coach installed their own triggers, and none removed another coach’s', () => {
    for (const [, owners] of installed) expect(owners).toEqual([...COACHES].sort());
  });

  it('every client got exactly one weekly mail and one welcome mail, none missed', () => {
    for (const kind of ['weekly', 'welcome']) {
      const to = byKind(ws, kind).map((m) => m.to[0]);
      expect(to.sort()).toEqual(clients.map((c) => c.email).sort());
    }
  });

  it('each mail went from the account of the client’s coach (unlisted or none: the main coach)', () => {
    for (const m of [...byKind(ws, 'weekly'), ...byKind(ws, 'welcome')])
      expect(m.from).toBe(mailedBy.get(m.to[0]));
    for (const coach of COACHES)
      expect(byKind(ws, 'weekly').filter((m) => m.from === coach)).toHaveLength(40);
  });

  it('each account stayed within its own 100 recipients, which one account alone could not', () => {
    const perAccount = sentPerAccount(ws, '2026-11-26');
    expect([...perAccount.keys()].sort()).toEqual([...COACHES].sort());
    for (const [, n] of perAccount) expect(n).toBeLessThanOrEqual(100);
    const total = [...perAccount.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(100);
  });

  it('each coach’s summary comes from their own account and lists only their own clients', () => {
    const ids = clientIds(ws);
    const coachOfId = new Map([...ids].map(([id, email]) => [id, mailedBy.get(email)]));
    const summaries = byKind(ws, 'coach-alert');
    for (const coach of COACHES) {
      const mine = summaries.filter((m) => m.to.includes(coach));
      expect(mine.length).toBeGreaterThan(0);
      for (const summary of mine) {
        expect(summary.from).toBe(coach);
        const listed = [...ids.keys()].filter((id) => new RegExp(`\\b${id}\\b`).test(summary.text));
        expect(listed.length).toBeGreaterThan(0);
        for (const id of listed) expect(coachOfId.get(id)).toBe(coach);
      }
    }
  });

  it('a coach running the dispatch again sends nothing more: the shared send log holds', () => {
    const clientMails = () => mails(ws).filter((m) => meta(m).kind !== 'coach-alert').length;
    const before = clientMails();
    for (const coach of COACHES) ws.call('weeklyDispatch', [{}], { user: coach });
    expect(clientMails()).toBe(before);
    expect(byKind(ws, 'weekly')).toHaveLength(clients.length);
  });

  it('meeting reminders, too, go from the account of the client’s coach', () => {
    ws.advance(FRIDAY_AFTERNOON);
    const reminders = byKind(ws, 'reminder');
    const reminded = new Set(reminders.map((m) => m.to[0]));
    // Both groups meet on Friday: every member is reminded, from their coach's account.
    for (const c of clients.filter((x) => x.group !== '')) expect(reminded.has(c.email)).toBe(true);
    for (const m of reminders) expect(m.from).toBe(mailedBy.get(m.to[0]));
    for (const [, n] of sentPerAccount(ws, '2026-11-27')) expect(n).toBeLessThanOrEqual(100);
  });
});

describe('mailPerCoach = ei (the default): unchanged, one account mails everyone', () => {
  it('the first coach’s trigger to fire sends every client’s mails; the others find them sent', () => {
    const { ws, clients } = municipality({ mailPerCoach: false, accountKind: 'workspace' });
    ws.advance(AFTER_DISPATCH);
    const weekly = byKind(ws, 'weekly');
    expect(weekly.map((m) => m.to[0]).sort()).toEqual(clients.map((c) => c.email).sort());
    const senders = new Set([...weekly, ...byKind(ws, 'welcome')].map((m) => m.from));
    expect(senders.size).toBe(1);
    expect(COACHES).toContain([...senders][0]);
  });
});

describe('each coach keeps their own trigger schedule', () => {
  it('after the send time changes, every coach who runs setup again gets the new hour', () => {
    const { ws } = municipality({ mailPerCoach: true, accountKind: 'workspace' });
    ws.push('coach2', COACH_SCRIPT, { timeZone: 'Europe/Helsinki' }, 'coach2');
    ws.call('setSetting', [settingLabel('sendTime', 'fi'), '15:00'], { projectId: 'coach2' });
    for (const coach of COACHES) ws.call('setup', [], { user: coach });
    const weekly = ws.triggers().filter((t) => t.functionName === 'weeklyDispatch');
    expect(weekly.map((t) => t.owner).sort()).toEqual([...COACHES].sort());
    for (const trigger of weekly) expect(trigger.schedule?.atHour).toBe(15);
  });
});
