import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { pushBundle } from '../../scripts/commands/common';
import { startServer, type RunningServer } from '../../scripts/serve/server';
import { outbox } from '../../emulator/mail/store';

/**
 * The coach's sidebar in a real browser (Debian's chromium, headless) on `etapaja serve` over a
 * demo-like workspace, driven with the keyboard only. Each screen must pass axe-core's WCAG 2.1
 * A/AA rules with no serious or critical violation. Screenshots go to test-artifacts/.
 */
/** The page's DOM, as the callbacks given to page.evaluate see it (this project has no DOM lib). */
declare const document: {
  activeElement: { id: string; matches(selector: string): boolean } | null;
  getElementById(id: string): { textContent: string | null } | null;
  querySelector(selector: string): unknown;
};

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
// No silent skip: CI installs Debian's chromium (.ci/run); without it this suite fails loudly.
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(`Browser tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium)`);
}

jest.setTimeout(60_000);

async function axeCheck(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect({ screen, bad }).toEqual({ screen, bad: [] });
}

/** Presses Tab until the element matching `selector` has focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with Tab`);
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
}

async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function status(page: Page, text: RegExp): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''),
    text.source,
  );
}

describe('the sidebar in a browser, keyboard only', () => {
  let dir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etapaja-browser-'));
    const workspace = Workspace.init(path.join(dir, 'ws'), { start: '2026-11-26T09:00:00+02:00' });
    pushBundle(workspace);
    workspace.call('setup', [{ lang: 'fi' }]);
    workspace.call('loadDemoRoster');
    workspace.call('planNextWeek');
    workspace.save();
    server = await startServer({ workspace });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-gpu',
      ],
      viewport: { width: 340, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows Today', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#today-body section');
    expect(await text(page, '#h-today')).toContain('Tänään');
    expect(await text(page, '#today-body')).toContain('Huomioitavaa');
    await shot(page, 'sidebar-today');
    await axeCheck(page, 'today');
  });

  it('enrols a client through the wizard', async () => {
    await tabTo(page, '#tab-actions');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-actions');
    await tabTo(page, '#enrol-name');
    await page.keyboard.type('Testi Asiakas');
    await page.keyboard.press('Tab');
    await page.keyboard.type('testi.asiakas@example.org');
    await tabTo(page, '#enrol-next');
    await page.keyboard.press('Enter');
    await tabTo(page, '#enrol-periodStart');
    await page.keyboard.type('1.12.2026');
    await page.keyboard.press('Tab');
    await page.keyboard.type('31.5.2027');
    await tabTo(page, 'input[name="enrol-workDays"][value="1"]');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space'); // Wednesday
    await tabTo(page, '#enrol-next');
    await page.keyboard.press('Enter');
    await shot(page, 'sidebar-enrol-orientation');
    await axeCheck(page, 'enrol step 3');
    for (const id of ['#enrol-digital', '#enrol-dataProtection', '#enrol-confidentiality']) {
      await tabTo(page, id);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#enrol-submit');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#enrol-done');
    expect(await text(page, '#enrol-done')).toContain('A00');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('enrol-done');
    const names = server.workspace.call('sidebarToday') as { clients: { name: string }[] };
    expect(names.clients.map((c) => c.name)).toContain('Testi Asiakas');
  });

  it('shows problems next to the fields when the input is bad', async () => {
    await tabTo(page, '#enrol-name');
    await page.keyboard.type('Toinen Asiakas');
    await tabTo(page, '#enrol-next');
    await page.keyboard.press('Enter');
    await tabTo(page, '#enrol-next');
    await page.keyboard.press('Enter');
    await tabTo(page, '#enrol-submit');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[aria-invalid="true"]') !== null);
    expect(await text(page, '#error')).not.toBe('');
    await axeCheck(page, 'enrol errors');
  });

  it('marks an absence with its reason', async () => {
    await tabTo(page, '#att-client');
    await page.keyboard.type('Aino');
    await tabTo(page, '#att-status');
    expect(await page.inputValue('#att-status')).toBe('absent');
    await tabTo(page, '#att-reason');
    await page.keyboard.type('oma');
    expect(await page.inputValue('#att-reason')).toBe('own-illness');
    await tabTo(page, '#att-save');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#att-result:not(:empty)');
    expect(await text(page, '#att-result')).toContain('Aino');
    await shot(page, 'sidebar-absence');
    await axeCheck(page, 'attendance');
    const card = server.workspace.call('sidebarClient', ['A0001']) as {
      attendance: { date: string; status: string; reason: string }[];
    };
    expect(card.attendance).toContainEqual({
      date: '2026-11-26',
      status: 'absent',
      reason: 'oma sairaus',
    });
  });

  it("opens the client card and previews next week's mail", async () => {
    await tabTo(page, '#tab-client');
    await page.keyboard.press('Enter');
    await tabTo(page, '#client-select');
    await page.keyboard.type('Aino');
    await tabTo(page, '#client-show');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card-name');
    expect(await text(page, '#card')).toContain('Aino Virtanen');
    expect(await page.locator('svg.heatmap g[data-status="absent"]').count()).toBe(1);
    await tabTo(page, '#preview');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#preview-heading');
    await status(page, /Valmis/);
    await shot(page, 'sidebar-client-card');
    await axeCheck(page, 'client card');
    expect(outbox(server.workspace.rt.store('mail') as never).length).toBe(0);
  });

  it("makes the client's record from the card", async () => {
    await tabTo(page, '#record');
    expect(await text(page, '#client-show')).toBe('Näytä asiakaskortti');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#record-done');
    expect(await text(page, '#record-done')).toContain('A0001 asiakastietue.html');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('record-done');
    await axeCheck(page, 'client record');
  });

  it('resends the weekly mail only after the coach confirms', async () => {
    server.workspace.run('etapaja', 'weeklyDispatch', [{}]);
    const weekly = () =>
      outbox(server.workspace.rt.store('mail') as never).filter(
        (m: { html?: string }) =>
          /data-etapaja-kind="weekly"/.test(m.html ?? '') &&
          /data-etapaja-client="A0001"/.test(m.html ?? ''),
      ).length;
    expect(weekly()).toBe(1);
    await tabTo(page, '#resend');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm-dialog[open]');
    // The safe answer has focus; Escape says no.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-no');
    await shot(page, 'sidebar-resend-confirm');
    await axeCheck(page, 'resend confirmation');
    await page.keyboard.press('Escape');
    await status(page, /ei lähetetty/);
    expect(weekly()).toBe(1);
    await tabTo(page, '#resend');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm-dialog[open]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('confirm-yes');
    await page.keyboard.press('Enter');
    await status(page, /lähetettiin uudelleen/);
    expect(weekly()).toBe(2);
  });
});

/** The same page in the workbook's other languages: every word from the catalogue, still AA. */
describe.each([
  ['sv', /^I dag /, 'Att observera', 'Visa klientkortet'],
  ['en', /^Today /, 'To look at', 'Show the client card'],
])('the sidebar in %s', (lang, heading, alerts, show) => {
  let dir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `etapaja-browser-${lang}-`));
    const workspace = Workspace.init(path.join(dir, 'ws'), { start: '2026-11-26T09:00:00+02:00' });
    pushBundle(workspace);
    workspace.call('setup', [{ lang }]);
    workspace.call('loadDemoRoster');
    workspace.call('planNextWeek');
    workspace.save();
    server = await startServer({ workspace });
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu'],
      viewport: { width: 340, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows Today in the language of the workbook', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#today-body section');
    expect(
      await page.evaluate(
        () => (document as unknown as { documentElement: { lang: string } }).documentElement.lang,
      ),
    ).toBe(lang);
    expect(await text(page, '#h-today')).toMatch(heading);
    expect(await text(page, '#today-body')).toContain(alerts);
    await shot(page, `sidebar-today-${lang}`);
    await axeCheck(page, `today ${lang}`);
  });

  it('shows a client card', async () => {
    await tabTo(page, '#tab-client');
    await page.keyboard.press('Enter');
    expect(await text(page, '#client-show')).toBe(show);
    await tabTo(page, '#client-show');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#card-name');
    await axeCheck(page, `client card ${lang}`);
  });
});
