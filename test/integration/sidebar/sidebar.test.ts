import * as http from 'node:http';
import { Workspace } from '../../../emulator/workspace';
import { setActiveRange, uiLog } from '../../../emulator/spreadsheet';
import { pushBundle } from '../../../scripts/commands/common';
import { startServer } from '../../../scripts/serve/server';

function fresh(): Workspace {
  const ws = Workspace.init('', { start: '2026-11-26T09:00:00+02:00' });
  pushBundle(ws);
  ws.call('setup', [{ lang: 'fi' }]);
  ws.call('loadDemoRoster');
  ws.call('planNextWeek');
  return ws;
}

function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
    const req = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body, type: String(res.headers['content-type']) }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('the sidebar on the emulator', () => {
  const ws = fresh();

  it('showSidebar shows the bundled page with the language filled and escaped', () => {
    ws.call('showSidebar');
    const shown = uiLog(ws.rt)
      .filter((r) => (r as { kind?: string }).kind === 'sidebar')
      .pop() as unknown as { html: string; title: string };
    expect(shown.title).toBe('Etäpaja');
    expect(shown.html).toContain('<html lang="fi">');
    expect(shown.html).not.toContain('<?');
  });

  it('the client card follows the selected row', () => {
    const book = ws.meta.boundSpreadsheetId as string;
    setActiveRange(ws.rt, book, 'Asiakkaat', 'B3');
    const card = ws.call('sidebarClient', ['']) as { id: string };
    expect(card.id).toBe('A0002');
  });

  it('enrolClient reports problems per field and writes nothing for bad input', () => {
    const before = (ws.call('sidebarToday') as { clients: unknown[] }).clients.length;
    const bad = ws.call('enrolClient', [
      { name: '', lang: 'fi', contact: 'email', model: 'long-term' },
    ]) as {
      ok: boolean;
      problems: { field: string }[];
    };
    expect(bad.ok).toBe(false);
    expect(bad.problems.map((p) => p.field)).toContain('name');
    expect((ws.call('sidebarToday') as { clients: unknown[] }).clients.length).toBe(before);
  });

  it('bookOneToOne gives a Meet link', () => {
    const booked = ws.call('bookOneToOne', [
      { clientId: 'A0001', date: '2026-11-27', time: '10:00', minutes: 45 },
    ]) as {
      ok: boolean;
      link: string;
    };
    expect(booked.ok).toBe(true);
    expect(booked.link).toMatch(/^https:\/\/meet\.google\.com\//);
  });

  it('approvePlans approves next week for one client', () => {
    const result = ws.call('approvePlans', ['A0001']) as { ok: boolean; approved: number };
    expect(result.approved).toBeGreaterThan(0);
    expect((ws.call('approvePlans', ['A0001']) as { approved: number }).approved).toBe(0);
  });
});

describe('etapaja serve', () => {
  it('runs server functions through the shim endpoint and 404s a missing web app', async () => {
    const server = await startServer({ workspace: fresh() });
    try {
      const page = await request(`${server.url}/`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('/__etapaja/google-script-run.js');
      const session = /data-session="([^"]+)"/.exec(page.body)?.[1] ?? '';
      expect(session).not.toBe('');
      const denied = await request(`${server.url}/__etapaja/run`, { method: 'POST', body: '{}' });
      expect(denied.status).toBe(403);
      const headers = {
        'Content-Type': 'application/json',
        'X-Etapaja-Run': '1',
        'X-Etapaja-Session': session,
      };
      const call = await request(`${server.url}/__etapaja/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ fn: 'sidebarClient', args: ['A0001'] }),
      });
      expect(JSON.parse(call.body)).toMatchObject({ ok: true, value: { id: 'A0001' } });
      const missing = await request(`${server.url}/__etapaja/run`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ fn: 'nope', args: [] }),
      });
      expect(JSON.parse(missing.body)).toMatchObject({
        ok: false,
        error: { message: 'Script function not found: nope' },
      });
      // The bundle has a web app now (src/webapp): a bare /exec is its home page.
      const home = await request(`${server.url}/exec`);
      expect(home.status).toBe(200);
      expect(home.body).toContain('Etäpaja');
      expect((await request(`${server.url}/drive`)).body).toContain('Etäpaja');
      expect((await request(`${server.url}/outbox`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
