import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve/server';
import { outbox } from '../../emulator/mail/store';
import { axeCheck, closeAll, launchBrowser, serveDemo, shot, tabTo as tabWithin } from './helpers';

/**
 * The coach's sidebar in a real browser (Debian's chromium, headless) on `etapaja serve` over a
 * demo-like workspace, driven with the keyboard only. Each screen must pass axe-core's WCAG 2.1
 * A/AA rules with no serious or critical violation. Screenshots go to test-artifacts/.
 */
/** The page's DOM, as the callbacks given to page.evaluate see it (this project has no DOM lib). */
declare const document: {
  activeElement: { id: string } | null;
  getElementById(id: string): { textContent: string | null } | null;
  querySelector(selector: string): unknown;
};

jest.setTimeout(60_000);

/** The sidebar is long (Today, every tab, the wizard): a control may be 150 presses of Tab away. */
const tabTo = (page: Page, selector: string): Promise<void> => tabWithin(page, selector, 150);

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).first().textContent()) ?? '';
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
    ({ dir, server } = await serveDemo('etapaja-browser-', 'fi', { save: true }));
    ({ context, page } = await launchBrowser(dir, { width: 340, height: 900 }));
  });

  afterAll(() => closeAll({ context, server, dir }));

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
    // Aino works on Mondays and Wednesdays; today (Thursday) is refused as no work day of hers.
    await tabTo(page, '#att-date');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('25.11.2026');
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
      date: '2026-11-25',
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
    expect(await text(page, '#card-as-of')).toMatch(/klo \d\d:\d\d/);
    // Refresh reads the workbook past the cache, and focus returns to the card's heading.
    await tabTo(page, '#card-refresh');
    await page.keyboard.press('Enter');
    await status(page, /Valmis/);
    await page.waitForFunction(() => document.activeElement?.id === 'card-name');
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
    ({ dir, server } = await serveDemo(`etapaja-browser-${lang}-`, lang, { save: true }));
    ({ context, page } = await launchBrowser(dir, { width: 340, height: 900 }));
  });

  afterAll(() => closeAll({ context, server, dir }));

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
