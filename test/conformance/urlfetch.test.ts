import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../emulator/workspace';
import {
  FETCH_QUOTA_MESSAGE,
  URLFETCH_STORE,
  addUrlFetchFixture,
  urlFetchRequests,
} from '../../emulator/urlfetch';
import { dayInZone } from '../../emulator/mail/api';

const REF = 'https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app';
const START = '2026-03-02T08:00:00+02:00';

function run(ws: Workspace, code: string): { value: unknown; error: string } {
  ws.push('p', code, { timeZone: 'Europe/Helsinki' });
  const result = ws.run('p', 'main');
  return { value: result.value, error: String(result.error ?? '') };
}

describe(`UrlFetchApp.fetch — ${REF}#fetch(String,Object)`, () => {
  it('answers from a fixture file in the workspace folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'urlfetch-'));
    const ws = Workspace.init(dir, { start: START });
    fs.mkdirSync(path.join(dir, 'fixtures', 'urlfetch'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'fixtures', 'urlfetch', 'rates.json'),
      JSON.stringify({ url: 'https://api.example.com/rates?base=EUR', json: { SEK: 11.2 } }),
    );
    const { value } = run(
      ws,
      `function main() {
        var r = UrlFetchApp.fetch('https://api.example.com/rates?base=EUR');
        return [r.getResponseCode(), JSON.parse(r.getContentText()).SEK, r.getHeaders()['Content-Type'],
          r.getBlob().getContentType()];
      }`,
    );
    expect(value).toEqual([200, 11.2, 'application/json', 'application/json']);
  });

  it('refuses a request it has no answer for: no network, nothing sent', () => {
    const ws = Workspace.init('', { start: START });
    const { error } = run(ws, `function main() { UrlFetchApp.fetch('https://example.org/x'); }`);
    expect(error).toContain(
      'Not emulated: no network in the offline runtime (UrlFetchApp.fetch: GET https://example.org/x)',
    );
    expect(urlFetchRequests(ws.rt)).toMatchObject([
      { url: 'https://example.org/x', answered: false },
    ]);
  });

  it('throws on an HTTP error unless muteHttpExceptions is set, with Google’s text', () => {
    const ws = Workspace.init('', { start: START });
    addUrlFetchFixture(ws.rt, {
      url: 'https://api.example.com/missing',
      status: 404,
      body: 'not here',
    });
    expect(
      run(ws, `function main() { UrlFetchApp.fetch('https://api.example.com/missing'); }`).error,
    ).toContain(
      'Request failed for https://api.example.com returned code 404. Truncated server response: not here ' +
        '(use muteHttpExceptions option to examine full response)',
    );
    expect(
      run(
        ws,
        `function main() {
          var r = UrlFetchApp.fetch('https://api.example.com/missing', { muteHttpExceptions: true });
          return [r.getResponseCode(), r.getContentText()];
        }`,
      ).value,
    ).toEqual([404, 'not here']);
  });

  it('matches the method and records what was sent', () => {
    const ws = Workspace.init('', { start: START });
    addUrlFetchFixture(ws.rt, { url: 'https://hooks.example.com/in', method: 'post', body: 'ok' });
    const { value } = run(
      ws,
      `function main() {
        var r = UrlFetchApp.fetch('https://hooks.example.com/in', { method: 'post', payload: JSON.stringify({ a: 1 }), contentType: 'application/json' });
        var refused = '';
        try { UrlFetchApp.fetch('https://hooks.example.com/in'); } catch (e) { refused = e.message; }
        return [r.getContentText(), refused.indexOf('GET https://hooks.example.com/in') > 0];
      }`,
    );
    expect(value).toEqual(['ok', true]);
    expect(urlFetchRequests(ws.rt)[0]).toMatchObject({
      method: 'post',
      payload: '{"a":1}',
      answered: true,
    });
  });

  it('refuses an address that is not http(s)', () => {
    const ws = Workspace.init('', { start: START });
    expect(run(ws, `function main() { UrlFetchApp.fetch('ftp://x'); }`).error).toContain(
      'Invalid argument: ftp://x',
    );
  });
});

describe(`UrlFetchApp.fetchAll — ${REF}#fetchAll(Object)`, () => {
  it('answers each request, given as an address or as an object with url', () => {
    const ws = Workspace.init('', { start: START });
    addUrlFetchFixture(ws.rt, { url: 'https://a.example.com/', body: 'A' });
    addUrlFetchFixture(ws.rt, { url: 'https://b.example.com/', method: 'put', body: 'B' });
    const { value } = run(
      ws,
      `function main() {
        return UrlFetchApp.fetchAll(['https://a.example.com/', { url: 'https://b.example.com/', method: 'put' }])
          .map(function (r) { return r.getContentText(); });
      }`,
    );
    expect(value).toEqual(['A', 'B']);
  });
});

describe('URL Fetch calls per day — https://developers.google.com/apps-script/guides/services/quotas', () => {
  it('a consumer account gets 20,000 calls a day, then Google’s quota error', () => {
    const ws = Workspace.init('', { start: START, accountKind: 'consumer' });
    addUrlFetchFixture(ws.rt, { url: 'https://a.example.com/', body: 'A' });
    const user = ws.meta.owner.toLowerCase();
    const day = dayInZone(ws.now(), ws.meta.timeZone);
    ws.rt.store<{ quota: Record<string, unknown> }>(URLFETCH_STORE).quota[user] = {
      day,
      calls: 19_999,
    };
    const { value } = run(
      ws,
      `function main() {
        UrlFetchApp.fetch('https://a.example.com/');
        try { UrlFetchApp.fetch('https://a.example.com/'); return 'no limit'; } catch (e) { return e.message; }
      }`,
    );
    expect(value).toBe(FETCH_QUOTA_MESSAGE);
    expect(FETCH_QUOTA_MESSAGE).toBe('Service invoked too many times for one day: urlfetch.');
  });
});
