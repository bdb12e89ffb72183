import { parseCode } from '../../src/core/workbook-codes';
import { DRIVE_STORE, whoCanAccess, type DriveStore } from '../../emulator/drive';
import { LOG_STORE, type LogStore } from '../../emulator/logging/store';
import type { World } from './sim';
import {
  COACHES,
  clientsOf,
  escapeRegExp,
  mailMeta,
  mails,
  sheetView,
  text,
  type ClientFacts,
} from './world';

/**
 * What must hold after every chaos run, read from the emulator's own stores (the outbox, Drive,
 * the sheets as a person sees them, the Apps Script log) — never from the product's own logs,
 * except the send ledger's `uncertain` mark, which the dispatch-ledger design allows instead of
 * a second copy (and then the coach must have been told).
 */

export interface Check {
  name: string;
  ok: boolean;
  problems: string[];
}

const CLIENT_KINDS = new Set(['weekly', 'reminder', 'welcome']);

function check(name: string, problems: string[]): Check {
  return { name, ok: problems.length === 0, problems: problems.slice(0, 12) };
}

function coachSet(world: World): Set<string> {
  return new Set([...COACHES, world.ws.meta.owner].map((e) => e.toLowerCase()));
}

/** Each client due a weekly mail got exactly one; at most one if the ledger says uncertain. */
export function weeklyExactlyOnce(world: World): Check {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const m of mails(world.ws)) {
    const meta = mailMeta(m);
    if (meta.kind !== 'weekly') continue;
    const key = `${meta.client}|${meta.week}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const ledger = sheetView(world.ws, 'Lähetykset').rows;
  const uncertain = new Set(
    ledger.filter((r) => parseCode('sendStatus', r.Tila) === 'uncertain').map((r) => text(r.Avain)),
  );
  const told = mails(world.ws)
    .filter((m) => mailMeta(m).kind === 'coach-alert')
    .map((m) => m.text);
  const names = new Map(clientsOf(world.ws).map((c) => [c.id, c.name]));
  for (const [key, n] of counts) {
    if (n > 1) problems.push(`weekly ${key} sent ${n} times`);
    const [client, week] = key.split('|');
    if (!world.due.get(week)?.has(client))
      problems.push(`weekly ${key} sent, but the client was not due it`);
  }
  for (const week of world.dispatchWeeks) {
    for (const client of world.due.get(week) ?? []) {
      const n = counts.get(`${client}|${week}`) ?? 0;
      if (n === 1) continue;
      const sendKey = `weekly|${client}|${week}`;
      const name = names.get(client) ?? client;
      if (n === 0 && uncertain.has(sendKey)) {
        if (!told.some((t) => t.includes(name) || t.includes(client)))
          problems.push(`weekly ${client}|${week} uncertain, and no coach was told`);
        continue;
      }
      if (n === 0) problems.push(`weekly ${client}|${week} never sent`);
    }
  }
  return check('each client got each weekly mail exactly once', problems);
}

/** No client mail went twice (same recipient, subject and text), whatever its kind. */
export function noDuplicateClientMail(world: World): Check {
  const seen = new Map<string, number>();
  for (const m of mails(world.ws)) {
    if (!CLIENT_KINDS.has(mailMeta(m).kind)) continue;
    // A reminder's text names the time, not the date: the same text on another day is another
    // meeting.
    const day = new Date(m.sentAt).toISOString().slice(0, 10);
    const key = `${m.to.join(',')}\n${m.subject}\n${day}\n${m.text}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const problems = [...seen]
    .filter(([, n]) => n > 1)
    .map(([k, n]) => `${n}× "${k.split('\n').slice(0, 2).join(' / ')}"`);
  return check('no client mail sent twice', problems);
}

/** Every client mail has exactly one recipient, its own client, and names no other client. */
export function isolation(world: World): Check {
  const problems: string[] = [];
  const clients = clientsOf(world.ws);
  const byId = new Map(clients.map((c) => [c.id, c]));
  const coaches = coachSet(world);
  const mentions = (body: string, c: ClientFacts): string[] => {
    const found: string[] = [];
    if (c.name && body.includes(c.name)) found.push('name');
    if (c.email && body.toLowerCase().includes(c.email)) found.push('email');
    if (c.token && body.includes(c.token)) found.push('token');
    if (c.folderId && body.includes(c.folderId)) found.push('folder');
    if (new RegExp(`\\b${escapeRegExp(c.id)}\\b`).test(body)) found.push('id');
    return found;
  };
  for (const m of mails(world.ws)) {
    const meta = mailMeta(m);
    if (!CLIENT_KINDS.has(meta.kind)) {
      const strangers = [...m.to, ...m.cc, ...m.bcc].filter((r) => !coaches.has(r.toLowerCase()));
      if (strangers.length > 0)
        problems.push(`${meta.kind || 'mail'} "${m.subject}" went to ${strangers.join(', ')}`);
      continue;
    }
    const client = byId.get(meta.client);
    if (!client) {
      problems.push(`${meta.kind} mail for unknown client ${meta.client}`);
      continue;
    }
    if (m.to.length !== 1 || m.cc.length + m.bcc.length > 0)
      problems.push(`${meta.kind} to ${client.id} has recipients ${[...m.to, ...m.cc, ...m.bcc]}`);
    if ((m.to[0] ?? '').toLowerCase() !== client.email)
      problems.push(`${meta.kind} for ${client.id} went to ${m.to[0]}`);
    const body = `${m.subject}\n${m.text}\n${m.html ?? ''}`;
    for (const other of clients) {
      if (other.id === client.id) continue;
      const found = mentions(body, other);
      if (found.length > 0)
        problems.push(`${meta.kind} to ${client.id} shows ${other.id}'s ${found.join(', ')}`);
    }
  }
  return check('every client mail has one client recipient and no other client', problems);
}

/**
 * One folder per client, reachable by that client, their own coach and the root's owner alone
 * (no substitutes are set in the chaos world): never by another coach.
 */
export function foldersIsolated(world: World): Check {
  const problems: string[] = [];
  const drive = world.ws.rt.stores[DRIVE_STORE.name] as DriveStore;
  const owner = world.ws.meta.owner.toLowerCase();
  const folders = Object.values(drive.items).filter((i) => i.kind === 'folder' && !i.trashed);
  for (const c of clientsOf(world.ws)) {
    const mine = folders.filter((f) => f.name === c.id || f.name.startsWith(`${c.id} `));
    if (mine.length !== 1) {
      problems.push(`${c.id} has ${mine.length} folders`);
      continue;
    }
    if (c.folderId !== mine[0].id) problems.push(`${c.id}'s sheet points to another folder`);
    const access = whoCanAccess(drive, mine[0].id);
    if (access.general.length > 0) problems.push(`${c.id}'s folder is open by link`);
    for (const p of access.people) {
      const who = p.email.toLowerCase();
      const ownCoach = c.coach || COACHES[0].toLowerCase();
      if (who !== c.email && who !== owner && who !== ownCoach)
        problems.push(`${c.id}'s folder is reachable by ${who}`);
    }
    if (!access.people.some((p) => p.email.toLowerCase() === c.email))
      problems.push(`${c.id} cannot reach their own folder`);
  }
  return check('one folder per client, shared with the client and their coach only', problems);
}

/** Every response is in the reflections sheet exactly once, on its client or for review. */
export function responsesOnce(world: World): Check {
  const problems: string[] = [];
  const rows = sheetView(world.ws, 'Päiväkirjat').rows;
  const byId = new Map<string, Record<string, unknown>[]>();
  for (const r of rows) {
    const id = text(r.Vastaus);
    byId.set(id, [...(byId.get(id) ?? []), r]);
  }
  for (const sent of world.responses) {
    const found = byId.get(sent.responseId) ?? [];
    if (found.length !== 1) {
      problems.push(
        `response ${sent.responseId} (${sent.clientId || 'review'}) recorded ${found.length}×`,
      );
      continue;
    }
    const row = found[0];
    if (text(row.Asiakas) !== sent.clientId)
      problems.push(`response of ${sent.clientId || 'nobody'} recorded on "${text(row.Asiakas)}"`);
    if (sent.clientId === '' && parseCode('matchedBy', row.Tunnistettu) !== 'review')
      problems.push(`an anonymous response was not put up for review`);
  }
  for (const up of world.uploads) {
    const found = byId.get(`file:${up.fileId}`) ?? [];
    if (found.length !== 1) problems.push(`upload of ${up.clientId} recorded ${found.length}×`);
    else if (text(found[0].Asiakas) !== up.clientId)
      problems.push(`upload of ${up.clientId} recorded on ${text(found[0].Asiakas)}`);
  }
  const known = new Set([
    ...world.responses.map((r) => r.responseId),
    ...world.uploads.map((u) => `file:${u.fileId}`),
  ]);
  for (const id of byId.keys()) if (!known.has(id)) problems.push(`unexplained reflection ${id}`);
  return check('every response and upload recorded exactly once, on the right client', problems);
}

/** One attendance row per planned day up to yesterday; present exactly where evidence is. */
export function attendanceMatchesEvidence(world: World): Check {
  const problems: string[] = [];
  const today = new Date(world.endedAt).toISOString().slice(0, 10);
  const evidence = new Set<string>();
  for (const r of sheetView(world.ws, 'Päiväkirjat').rows) {
    const client = text(r.Asiakas);
    if (client) evidence.add(`${client}|${text(r['Päivä']).slice(0, 10)}`);
  }
  const rows = sheetView(world.ws, 'Läsnäolot').rows;
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const r of rows) byKey.set(text(r.Avain), [...(byKey.get(text(r.Avain)) ?? []), r]);
  for (const [key, list] of byKey)
    if (list.length > 1) problems.push(`attendance ${key} ×${list.length}`);
  for (const plan of sheetView(world.ws, 'Viikkosuunnitelmat').rows) {
    const date = text(plan['Päivä']).slice(0, 10);
    if (date >= today) continue;
    const key = `${text(plan.Asiakas)}|${date}`;
    const row = byKey.get(key)?.[0];
    if (!row) {
      problems.push(`no attendance row for ${key}`);
      continue;
    }
    const sources = text(row['Lähteet']);
    const present = evidence.has(key);
    if (present !== (sources !== ''))
      problems.push(`attendance ${key}: evidence ${present}, sources "${sources}"`);
  }
  return check('attendance matches the evidence', problems);
}

/** Every cell the coach typed during the run still holds what they typed, on the same row. */
export function coachTypingKept(world: World): Check {
  const problems: string[] = [];
  const cache = new Map<string, ReturnType<typeof sheetView>>();
  for (const t of world.typed) {
    const view = cache.get(t.sheet) ?? sheetView(world.ws, t.sheet);
    cache.set(t.sheet, view);
    const rows = view.rows.filter((r) => text(r[t.keyHeader]) === t.key);
    if (rows.length === 0) continue; // the row itself went away (a purge); nothing to compare
    if (!rows.some((r) => text(r[t.header]) === t.value))
      problems.push(
        `${t.sheet} ${t.key} "${t.header}": typed "${t.value}", now "${text(rows[0][t.header])}"`,
      );
  }
  return check('nothing a coach typed changed', problems);
}

/** Apps Script's own log (Logger, console) carries ids, never client names or addresses. */
export function logsCarryIds(world: World): Check {
  const problems: string[] = [];
  const entries = (world.ws.rt.stores[LOG_STORE] as LogStore).entries;
  for (const c of clientsOf(world.ws)) {
    for (const e of entries) {
      if (e.message.includes(c.name) || (c.email && e.message.toLowerCase().includes(c.email)))
        problems.push(`log names ${c.id}: ${e.message.slice(0, 80)}`);
    }
  }
  return check('Apps Script logs carry ids, not names', problems);
}

export function allChecks(world: World): Check[] {
  return [
    weeklyExactlyOnce(world),
    noDuplicateClientMail(world),
    isolation(world),
    foldersIsolated(world),
    responsesOnce(world),
    attendanceMatchesEvidence(world),
    coachTypingKept(world),
    logsCarryIds(world),
  ];
}
