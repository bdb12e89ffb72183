import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { uiLog } from '../../emulator/spreadsheet';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import type { Workspace } from '../../emulator/workspace';
import type { RunningServer } from '../../scripts/serve/server';
import { submitReflection } from '../../scripts/commands/respond';
import { axeCheck, closeAll, launchBrowser, serveDemo, tabTo as tabWithin } from './helpers';

/**
 * Attendance a coach signs, in a real browser (Debian's chromium, keyboard only, axe-core's WCAG
 * 2.1 A/AA rules): the coach's "to check" list and one-click confirmation in the sidebar, the
 * monthly summary one sidebar action (and one menu item) away, the fortnight's Kela notices,
 * and the client's own page on a phone-sized screen. The screenshots are the guides' pictures
 * (docs/img/).
 */
declare const document: {
  activeElement: { id: string } | null;
  querySelector(selector: string): { textContent: string | null } | null;
};

jest.setTimeout(120_000);

const DOCS_IMG = path.join(__dirname, '..', '..', 'docs', 'img');
const tabTo = (page: Page, selector: string): Promise<void> => tabWithin(page, selector, 200);

/** A guide's picture: the part of the page the guide talks about (or the whole page). */
async function docShot(page: Page, name: string, selector?: string): Promise<void> {
  fs.mkdirSync(DOCS_IMG, { recursive: true });
  const file = path.join(DOCS_IMG, `${name}.png`);
  const box = selector ? await page.locator(selector).first().boundingBox() : null;
  // A long list is cut at a phone screen's height: the guide shows how it looks, not all of it.
  if (box)
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 720) },
    });
  else await page.screenshot({ path: file, fullPage: true });
}

async function waitText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => (document.querySelector(s)?.textContent ?? '').includes(t),
    [selector, text] as const,
  );
}

function clients(ws: Workspace): Record<string, string>[] {
  const [header, ...rows] = readSheetValues(
    ws.rt,
    ws.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), String(r[i])])));
}

describe('attendance, Kela notices and the client page in a browser', () => {
  let dir: string;
  let server: RunningServer;
  let workspace: Workspace;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ dir, workspace, server } = await serveDemo('etapaja-attend-', 'fi'));
    // Aino (A0001, Mondays and Wednesdays) writes her diary on Monday 30.11.; nobody else does.
    workspace.advance(Date.parse('2026-11-30T18:00:00+02:00'));
    submitReflection(workspace, { client: 'A0001', hours: '5', went: '4', did: 'Kirjoitin' });
    workspace.advance(Date.parse('2026-12-03T08:30:00+02:00'));
    workspace.save();
    ({ context, page } = await launchBrowser(dir, { width: 340, height: 900 }));
  });

  afterAll(() => closeAll({ context, server, dir }));

  it('lists the days to check; one click confirms a day the diary proposes', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#today-body section');
    await tabTo(page, '#tab-actions');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#chk-A0001-2026-11-30');
    expect(await page.locator('#chk-A0001-2026-11-30').textContent()).toContain('päiväkirja');
    await docShot(page, 'sidebar-to-check', 'section[aria-labelledby="check-title"]');
    await axeCheck(page, 'to check');
    await tabTo(page, '#chk-A0001-2026-11-30 button.primary');
    await page.keyboard.press('Enter');
    await waitText(page, '#check-result', 'läsnä');
    expect(await page.locator('#chk-A0001-2026-11-30').count()).toBe(0);
    // Aino's Wednesday had no diary: the coach gives the reason and marks the absence.
    await tabTo(page, '#chk-A0001-2026-12-02-reason');
    await page.keyboard.type('oma');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitText(page, '#check-result', 'poissa');
    const card = server.workspace.call('sidebarClient', ['A0001']) as {
      attendance: { date: string; status: string }[];
    };
    expect(card.attendance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ date: '2026-11-30', status: 'present' }),
        expect.objectContaining({ date: '2026-12-02', status: 'absent' }),
      ]),
    );
  });

  it('makes the monthly summary with one sidebar action, and the menu has it as one item', async () => {
    await tabTo(page, '#monthly-make');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#monthly-done');
    const shown = (await page.locator('#monthly-done').textContent()) ?? '';
    expect(shown).toContain('Kuukausi 2026-11');
    await page.selectOption('#monthly-month', '2026-12');
    await tabTo(page, '#monthly-make');
    await page.keyboard.press('Enter');
    await waitText(page, '#monthly-done', '2026-12');
    expect(await page.locator('#monthly-done').textContent()).toMatch(/Poissaolopäivät1/);
    expect(await page.locator('#monthly-done svg[role="img"]').count()).toBe(1);
    await docShot(page, 'sidebar-monthly', 'section[aria-labelledby="monthly-title"]');
    await axeCheck(page, 'monthly');

    workspace.call('onOpen', [{}]);
    const menus = uiLog(workspace.rt).filter(
      (r: { kind?: string }) => r.kind === 'menu',
    ) as unknown as {
      items: { caption?: string; functionName?: string }[];
    }[];
    const items = menus[menus.length - 1].items.filter((i) => i.functionName === 'monthlySummary');
    expect(items).toEqual([{ caption: 'Kuukausikooste', functionName: 'monthlySummary' }]);
  });

  it("makes the fortnight's Kela notices: one per client with absences", async () => {
    await tabTo(page, '#report-make');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#report-done');
    await docShot(page, 'sidebar-kela-notices', 'section[aria-labelledby="report-title"]');
    await axeCheck(page, 'notices');
    // The fortnight 30.11.–13.12. is still running; the coach asks for it by a day in it.
    const result = server.workspace.call('absenceReport', ['2026-12-02']) as {
      notices: { clientId: string }[];
    };
    expect(result.notices.map((n) => n.clientId)).toEqual(['A0001']);
  });

  it("the client's own page: her week, her diary, the confirmed days, on a phone", async () => {
    const aino = clients(workspace).find((c) => c.Tunnus === 'A0001')!;
    // The coach gets the address from the sidebar.
    expect(await page.locator('#mypage-client').count()).toBe(1);
    await tabTo(page, '#mypage-client');
    await page.keyboard.type('Aino');
    await tabTo(page, '#mypage-show');
    await page.keyboard.press('Enter');
    await waitText(page, '#mypage-result', `/exec?page=me&t=${aino.Lomaketunniste}`);
    await axeCheck(page, 'client page address');
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${server.url}/exec?page=me&t=${aino.Lomaketunniste}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await page.locator('h1').textContent()).toBe('Oma sivuni');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('maanantai 30.11.2026: päiväkirja lähetetty');
    expect(body).toContain('Olit mukana');
    expect(body).toContain('Poissa: oma sairaus');
    expect(body).toContain('Kulukorvaus: 1 päivää, yhteensä 9,00 €');
    expect(body).not.toContain('Aino');
    // Nothing wider than the phone's screen.
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(360);
    await docShot(page, 'client-page');
    await axeCheck(page, 'client page');

    const swedish = clients(workspace).find((c) => c.Kieli === 'ruotsi')!;
    await page.goto(`${server.url}/exec?page=me&t=${swedish.Lomaketunniste}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    expect(await page.locator('h1').textContent()).toBe('Min sida');
    await axeCheck(page, 'client page sv');

    // Her diary on the web app's own page: the token is no visible field, the page says why
    // the diary matters, and a second diary for the same day updates the first.
    await page.goto(`${server.url}/exec?page=me&t=${aino.Lomaketunniste}`);
    await page.click('nav.actions a >> nth=0');
    await page.waitForSelector('.why');
    expect(page.url()).toBe(`${server.url}/exec?page=diary&t=${aino.Lomaketunniste}`);
    expect(await page.locator('.why').textContent()).toContain('läsnäolomerkintäsi');
    expect(await page.locator('input[type="text"][name="t"]').count()).toBe(0);
    await axeCheck(page, 'diary');
    await docShot(page, 'client-diary');
    await page.fill('#date', '2026-12-02');
    await page.fill('#did', 'Luin');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[role="status"]');
    expect(await page.locator('[role="status"]').textContent()).toContain('2.12.2026');
    await page.fill('#date', '2026-12-02');
    await page.fill('#did', 'Luin ja kirjoitin');
    await page.click('button[type="submit"]');
    await waitText(page, '[role="status"]', 'päivitetty');
    const diaries = readSheetValues(
      workspace.rt,
      workspace.meta.boundSpreadsheetId as string,
      'Päiväkirjat',
    ).filter((r) => r[2] === 'A0001' && String(r[3]).startsWith('2026-12-02'));
    expect(diaries).toHaveLength(1);
    await page.fill('#date', '2026-12-05');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    expect(await page.locator('[role="alert"]').textContent()).toContain('ei ole vielä tullut');
    await axeCheck(page, 'diary refused');

    await page.goto(`${server.url}/exec?page=me&t=00000000-0000-4000-8000-000000000000`);
    expect(await page.locator('main').textContent()).toContain('Linkki ei toimi');
  });
});
