import * as http from 'node:http';
import { Workspace } from '../../../emulator/workspace';
import { readSheetValues } from '../../../emulator/spreadsheet/harness';
import { pushBundle } from '../../../scripts/commands/common';
import { startServer, type RunningServer } from '../../../scripts/serve/server';

/** `etapaja serve`'s /form: a client's reflection form as a plain page, submitted as Forms would. */

function fresh(): Workspace {
  const ws = Workspace.init('', { start: '2026-11-26T09:00:00+02:00' });
  pushBundle(ws);
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  // The forms and the clients' tokens, as the first dispatch or the menu makes them.
  ws.call('setupParticipation');
  return ws;
}

function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

function post(url: string, fields: [string, string][], headers: Record<string, string> = {}) {
  return request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The form's fields as the page renders them: name → value, hidden or not. */
function fieldsOf(html: string): { name: string; value: string; type: string }[] {
  return [
    ...html.matchAll(/<input type="(\w+)"(?: id="[^"]*")? name="([^"]+)" value="([^"]*)"/g),
  ].map((m) => ({ type: m[1], name: m[2], value: m[3].replace(/&amp;/g, '&') }));
}

function reflections(ws: Workspace): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Päiväkirjat',
  );
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/**
 * The form-submit trigger only queues a response (src/jobs/intake.ts); the next hourly run
 * (`reminders`) writes its row. Moves the clock to that run, as time passing would.
 */
function passNextHourlyRun(ws: Workspace): void {
  const hourly = ws.triggers().find((t) => t.functionName === 'reminders' && !t.disabled);
  expect(hourly?.nextFireAt).toBeDefined();
  const ran = ws.advance(Math.max(ws.now(), Math.ceil(hourly?.nextFireAt as number)));
  expect(ran.map((r) => r.execution.functionName)).toContain('reminders');
  for (const r of ran) expect(r.error?.message).toBeUndefined();
}

describe('etapaja serve: the reflection form as a page', () => {
  const ws = fresh();
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ workspace: ws, port: 0 });
  });
  afterAll(() => server.close());

  it('GET /form?client=ID shows the client’s form: labels, items in order, the token hidden', async () => {
    const res = await request(`${server.url}/form?client=A0001`);
    expect(res.status).toBe(200);
    expect(res.body).toContain('<html lang="fi">');
    const titles = [
      'Päivä',
      'Montako tuntia teit töitä?',
      'Mitä teit tänään?',
      'Miten päivä meni?',
      'Omat ajatukseni',
      'Mitä ohjaajan pitäisi tietää?',
      'Toive ensi viikolle',
    ];
    const at = titles.map((t) => res.body.indexOf(escape(t)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Every visible input has a label; the token is hidden and never shown as a question.
    for (const m of res.body.matchAll(
      /<(?:input|textarea) type="(?:text|date)" id="([^"]+)"|<textarea id="([^"]+)"/g,
    ))
      expect(res.body).toContain(`<label for="${m[1] ?? m[2]}">`);
    expect(res.body).not.toContain('Tunniste');
    const fields = fieldsOf(res.body);
    const token = fields.filter((f) => f.type === 'hidden' && f.name.startsWith('entry.'));
    expect(token).toHaveLength(1);
    expect(token[0].value).toMatch(/^[0-9a-f-]{36}$/);
    expect(fields.find((f) => f.type === 'date')?.value).toBe('2026-11-26');
  });

  it('POST /form submits it; the next hourly run puts the row on the right client', async () => {
    const form = await request(`${server.url}/form?client=A0001`);
    const fields = fieldsOf(form.body);
    const did = /<label for="(q\d+)">Mitä teit tänään\?/.exec(form.body)?.[1] as string;
    const went = /name="(entry\.\d+)" value="4"/.exec(form.body)?.[1] as string;
    const before = reflections(ws).length;
    const res = await post(`${server.url}/form`, [
      ...fields.map((f): [string, string] => [f.name, f.value]),
      [`entry.${did.slice(1)}`, 'Siivosin <b>varaston</b>.'],
      [went, '4'],
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toContain('Kiitos! Vastauksesi on tallennettu.');
    // The trigger queued it; the row appears with the next hourly run.
    expect(reflections(ws)).toHaveLength(before);
    passNextHourlyRun(ws);
    const rows = reflections(ws).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0].Asiakas).toBe('A0001');
    expect(rows[0].Tunnistettu).toBe('oma linkki');
    expect(Object.values(rows[0]).map(String)).toContain('Siivosin <b>varaston</b>.');
  });

  it('a forged token lands in review, on no client', async () => {
    const form = await request(`${server.url}/form?t=123e4567-e89b-42d3-a456-426614174000&lang=fi`);
    expect(form.status).toBe(200);
    const fields = fieldsOf(form.body);
    const before = reflections(ws).length;
    const res = await post(
      `${server.url}/form`,
      fields.map((f) => [f.name, f.value]),
    );
    expect(res.status).toBe(200);
    passNextHourlyRun(ws);
    const rows = reflections(ws).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0].Tunnistettu).toBe('tarkistettava');
    expect(rows[0].Asiakas).toBe('');
  });

  it('escapes what it shows and refuses posts from other sites and unanswered required items', async () => {
    const odd = await request(`${server.url}/form?client=${encodeURIComponent('<img src=x>')}`);
    expect(odd.status).toBe(404);
    expect(odd.body).not.toContain('<img');
    const form = await request(`${server.url}/form?client=A0001`);
    const fields = fieldsOf(form.body).filter((f) => f.type !== 'date');
    const before = reflections(ws).length;
    const missing = await post(
      `${server.url}/form`,
      fields.map((f) => [f.name, f.value]),
    );
    expect(missing.status).toBe(400);
    expect(missing.body).toContain('role="alert"');
    const foreign = await post(
      `${server.url}/form`,
      fieldsOf(form.body).map((f) => [f.name, f.value]),
      {
        Origin: 'https://evil.example',
      },
    );
    expect(foreign.status).toBe(403);
    // Not even queued: the next hourly run records nothing.
    passNextHourlyRun(ws);
    expect(reflections(ws).length).toBe(before);
  });

  it('the outbox links to the form', async () => {
    const res = await request(`${server.url}/outbox`);
    expect(res.body).toContain('href="/form');
  });
});

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
