import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Parser } from 'htmlparser2';
import { outbox, type MailStore, type SentMessage } from '../../../emulator/mail';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { Workspace } from '../../../emulator/workspace';
import { addDays, datesOfIsoWeek, parseDate } from '../../../src/core/dates';
import { dayHeading } from '../../../src/core/mail/letter-parts';

/**
 * The client's mail over the demo (`etapaja demo`, two simulated weeks) and one more week, read
 * from the outbox and the sheets alone — what issue 17 asks of it:
 * - every weekly letter and reminder has Reply-To = the client's own coach;
 * - none is sent, and no task planned, after the client's period (and continuation) has ended;
 *   the status becomes "päättynyt" and the coach's Thursday summary named the client before;
 * - the plain-text median of the demo's weekly letters is under 300 words;
 * - the HTML part shows no raw address (anchor texts are labels);
 * - clients who use text messages or the phone are in their coach's summary with a ready message
 *   and one-click links (text message and WhatsApp only for mobile numbers).
 */
const root = path.join(__dirname, '..', '..', '..');
const DEMO_END = '2026-12-10T09:00:00+02:00';
const PLUS_A_WEEK = '2026-12-17T09:00:00+02:00';

jest.setTimeout(600_000);

let all: SentMessage[] = [];
let clients: Record<string, string>[] = [];
let plans: Record<string, string>[] = [];

function table(ws: Workspace, name: string): Record<string, string>[] {
  const [header, ...rows] = readSheetValues(ws.rt, ws.meta.boundSpreadsheetId as string, name);
  return rows.map((r) =>
    Object.fromEntries(
      header.map((h, i) => [String(h), r[i] instanceof Date ? r[i] : String(r[i] ?? '')]),
    ),
  ) as Record<string, string>[];
}

function attr(m: SentMessage, name: string): string {
  return new RegExp(`<html[^>]*\\bdata-etapaja-${name}="([^"]*)"`).exec(m.html ?? '')?.[1] ?? '';
}
const kindOf = (m: SentMessage) => attr(m, 'kind');
const local = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(ms));

function lastDayOf(c: Record<string, string>): string {
  return [parseDate(c['Jakso päättyy']), parseDate(c['Jatkosopimus asti'])]
    .filter((d): d is string => d !== null)
    .sort()
    .pop() as string;
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.js'), '--quiet'], {
    cwd: root,
  });
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-letters-')), 'demo');
  execFileSync(
    process.execPath,
    [path.join(root, 'scripts', 'etapaja.js'), 'demo', '--dir', dir, '--json'],
    { cwd: root, encoding: 'utf8' },
  );
  const ws = Workspace.open(dir);
  ws.advance(Date.parse(PLUS_A_WEEK));
  all = outbox(ws.rt.store<MailStore>('mail'));
  clients = table(ws, 'Asiakkaat');
  plans = table(ws, 'Viikkosuunnitelmat');
});

describe('the client mail over the demo and one more week', () => {
  const byId = () => new Map(clients.map((c) => [c.Tunnus, c]));

  it('every weekly letter and reminder has Reply-To = the client’s own coach', () => {
    const toClients = all.filter((m) => ['weekly', 'reminder', 'welcome'].includes(kindOf(m)));
    expect(toClients.length).toBeGreaterThan(100);
    for (const m of toClients) {
      const client = byId().get(attr(m, 'client'));
      expect(client).toBeDefined();
      expect(m.replyTo).toBe(client!.Ohjaaja);
    }
  });

  it('has a plain-text median under 300 words over the demo’s weekly letters', () => {
    const weekly = all.filter((m) => kindOf(m) === 'weekly' && m.sentAt < Date.parse(DEMO_END));
    expect(weekly.length).toBeGreaterThanOrEqual(30);
    const words = weekly
      .map((m) => m.text.split(/\s+/).filter(Boolean).length)
      .sort((a, b) => a - b);
    const median = (words[(words.length - 1) >> 1] + words[words.length >> 1]) / 2;
    expect(median).toBeLessThan(300);
    for (const m of weekly) expect(m.subject).toMatch(/(viikko|vecka|week) \d{1,2}$/);
  });

  it('shows no raw address in the HTML part: every link is a label', () => {
    for (const m of all.filter((x) => ['weekly', 'reminder', 'welcome'].includes(kindOf(x)))) {
      let inAnchor = 0;
      const anchors: string[] = [];
      let visible = '';
      new Parser({
        onopentag: (name) => {
          if (name !== 'a') return;
          inAnchor += 1;
          anchors.push('');
        },
        ontext: (text) => {
          visible += text;
          if (inAnchor) anchors[anchors.length - 1] += text;
        },
        onclosetag: (name) => {
          if (name === 'a') inAnchor -= 1;
        },
      }).end(m.html ?? '');
      expect(anchors.length).toBeGreaterThan(0);
      for (const label of anchors) expect(label.trim()).not.toMatch(/^(https?:|www\.)|\/\//i);
      expect(visible).not.toMatch(/https?:\/\/|[0-9a-f]{8}-[0-9a-f]{4}-/i);
      // The plain part's body carries no token either: personal links are listed at the end.
      const [body] = m.text.split(/\n(Linkit|Länkar|Links):\n/);
      expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/i);
    }
  });

  it('sends no letter, reminder or task after a period has ended, and closes it', () => {
    const ended = clients.filter((c) => lastDayOf(c) < local(Date.parse(PLUS_A_WEEK)));
    expect(ended.map((c) => c.Tunnus).length).toBeGreaterThanOrEqual(3);
    for (const c of ended) expect(c.Tila).toBe('päättynyt');
    const lastDay = new Map(clients.map((c) => [c.Tunnus, lastDayOf(c)]));
    for (const m of all) {
      const end = lastDay.get(attr(m, 'client'));
      if (!end) continue;
      if (kindOf(m) === 'reminder') expect(local(m.sentAt) <= end).toBe(true);
      if (kindOf(m) === 'weekly') {
        const week = datesOfIsoWeek(attr(m, 'week'));
        expect(week[0] <= end).toBe(true);
        const lang = /lang="(fi|sv|en)"/.exec(m.html ?? '')?.[1] as 'fi' | 'sv' | 'en';
        for (const date of week.filter((d) => d > end))
          expect(m.text).not.toContain(`${dayHeading(lang, date)}\n`);
      }
    }
    for (const p of plans) expect(parseDate(p['Päivä'])! <= lastDay.get(p.Asiakas)!).toBe(true);
  });

  it('tells the coach at least four days ahead in the Thursday summary', () => {
    const summaries = all.filter(
      (m) => kindOf(m) === 'coach-alert' && /Viikkokirjeet/.test(m.subject),
    );
    const ending = clients.filter((c) => {
      const end = lastDayOf(c);
      return end >= '2026-11-30' && end <= local(Date.parse(PLUS_A_WEEK));
    });
    expect(ending.length).toBeGreaterThanOrEqual(3);
    for (const c of ending) {
      const told = summaries.filter(
        (m) =>
          m.to.includes(c.Ohjaaja) &&
          m.text.includes(`${c.Tunnus} ${c.Nimi}`) &&
          local(m.sentAt) <= addDays(lastDayOf(c), -4),
      );
      expect(told.length).toBeGreaterThan(0);
    }
  });

  it('gives the coach a ready message with one-click links for phone clients', () => {
    const first = all.filter((m) => kindOf(m) === 'coach-alert' && /Viikkokirjeet/.test(m.subject));
    const phoneClients = clients.filter((c) => c.Yhteystapa !== 'sähköposti');
    expect(phoneClients.length).toBeGreaterThanOrEqual(3);
    for (const c of phoneClients) {
      const summary = first.find((m) => m.to.includes(c.Ohjaaja) && m.html?.includes(c.Nimi));
      expect(summary).toBeDefined();
      const html = summary!.html ?? '';
      const digits = c.Puhelin.replace(/\D/g, '');
      expect(html).toContain(`href="tel:+${digits}"`);
      const mobile = /^358(4[0-69]|50)/.test(digits);
      expect(html.includes(`href="sms:+${digits}`)).toBe(mobile);
      expect(html.includes(`href="https://wa.me/${digits}?text=`)).toBe(mobile);
      if (mobile) {
        // The WhatsApp notice carries the message itself: the days, the time and the link.
        const wa = new RegExp(`https://wa\\.me/${digits}\\?text=([^"]+)`).exec(html)![1];
        const text = decodeURIComponent(wa.replace(/&amp;/g, '&'));
        expect(text).toMatch(/\d{1,2}\.\d{1,2}\. (klo|kl\.) \d{1,2}\.\d\d/);
        expect(text).toMatch(/https:\/\/meet\.google\.com\//);
      }
    }
  });
});
