import type { BrowserContext, Page } from 'playwright-core';
import type { Workspace } from '../../emulator/workspace';
import { DRIVE_STORE, type DriveStore } from '../../emulator/drive/store';
import { outbox, type MailStore } from '../../emulator/mail/store';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import type { RunningServer } from '../../scripts/serve/server';
import { axeCheck, closeAll, launchBrowser, serveDemo, shot, tabTo as tabWithin } from './helpers';

/**
 * The upload page in a real browser (Debian's chromium, headless, a phone-sized window) on
 * `etapaja serve`: the link is taken from the weekly mail in the outbox, the page is driven with
 * the keyboard, and every state (the form, a refusal of a bad file, a sent photo, a forged link)
 * must pass axe-core's WCAG 2.1 A/AA rules with no serious or critical violation.
 */
/** The page's DOM, as the callbacks given to page.evaluate see it (this project has no DOM lib). */
declare const document: {
  activeElement: { id: string } | null;
  querySelector(selector: string): { textContent: string | null } | null;
};

jest.setTimeout(60_000);

/** The upload page is short: every control is within 40 presses of Tab. */
const tabTo = (page: Page, selector: string): Promise<void> => tabWithin(page, selector, 40);

async function waitText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => (document.querySelector(s)?.textContent ?? '').includes(t),
    [selector, text] as const,
  );
}

describe('the upload page in a browser', () => {
  let dir: string;
  let server: RunningServer;
  let workspace: Workspace;
  let context: BrowserContext;
  let page: Page;
  let link: string;
  let clientId: string;

  beforeAll(async () => {
    ({ dir, workspace, server } = await serveDemo('etapaja-upload-', 'fi'));
    // Mails sent now link to this server's /exec (ScriptApp.getService().getUrl()).
    workspace.call('weeklyDispatch');
    const weekly = outbox(workspace.rt.store<MailStore>('mail')).find((m) =>
      /data-etapaja-kind="weekly"[^>]*lang|lang="fi"[^>]*data-etapaja-kind="weekly"/.test(
        m.html ?? '',
      ),
    )!;
    clientId = /data-etapaja-client="([^"]+)"/.exec(weekly.html ?? '')![1];
    link = /http:\/\/127\.0\.0\.1:\d+\/exec\?page=upload&t=[0-9a-f-]{36}/.exec(weekly.text)![0];
    ({ context, page } = await launchBrowser(dir, { width: 360, height: 780 }));
  });

  afterAll(() => closeAll({ context, server, dir }));

  it('opens from the weekly mail’s link, in Finnish, accessible', async () => {
    expect(link.startsWith(`${server.url}/exec?page=upload&t=`)).toBe(true);
    await page.goto(link);
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await page.locator('h1').textContent()).toBe('Lähetä työsi ohjaajalle');
    await shot(page, 'upload-page');
    await axeCheck(page, 'page');
  });

  it('refuses a file of the wrong type on the page, in plain words, and moves focus to it', async () => {
    await page.setInputFiles('#file', {
      name: 'sivu.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<b>x</b>'),
    });
    await tabTo(page, '#file-send');
    await page.keyboard.press('Enter');
    await waitText(page, '#error', 'Tätä tiedostoa ei voi lähettää.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file');
    expect(await page.getAttribute('#file', 'aria-invalid')).toBe('true');
    await axeCheck(page, 'bad file');
  });

  it('sends a photo that lands in the client’s week folder and the submissions', async () => {
    const photo = Buffer.from('\xff\xd8\xff\xe0 kuva linnunpöntöstä \xff\xd9', 'latin1');
    await page.setInputFiles('#file', {
      name: 'linnunpontto.jpg',
      mimeType: 'image/jpeg',
      buffer: photo,
    });
    await tabTo(page, '#file-send');
    await page.keyboard.press('Enter');
    await waitText(page, '#status', 'Kiitos! Tiedosto linnunpontto.jpg on nyt kansiossasi.');
    expect(await page.locator('#error').textContent()).toBe('');
    await shot(page, 'upload-sent');
    await axeCheck(page, 'sent');

    const drive = workspace.rt.store<DriveStore>(DRIVE_STORE.name);
    const file = Object.values(drive.items).find((i) => i.name === 'linnunpontto.jpg')!;
    expect(Buffer.from(file.contentBase64 ?? '', 'base64').equals(photo)).toBe(true);
    const week = drive.items[file.parents[0]];
    expect(week.name).toBe('2026-W48');
    expect(drive.items[week.parents[0]].name.startsWith(`${clientId} `)).toBe(true);
    const [header, ...rows] = readSheetValues(
      workspace.rt,
      workspace.meta.boundSpreadsheetId as string,
      'Päiväkirjat',
    );
    const row = rows.find((r) => r[header.indexOf('Vastaus')] === `file:${file.id}`)!;
    expect(row[header.indexOf('Asiakas')]).toBe(clientId);
  });

  it('sends a text with the keyboard alone', async () => {
    await tabTo(page, '#text');
    await page.keyboard.type('Tein linnunpöntön valmiiksi.');
    await tabTo(page, '#text-send');
    await page.keyboard.press('Enter');
    await waitText(page, '#status', 'Kiitos! Tekstisi on nyt kansiossasi.');
    expect(await page.inputValue('#text')).toBe('');
  });

  it('a forged link gets a plain refusal and no form', async () => {
    await page.goto(link.replace(/t=[0-9a-f-]+/, 't=123e4567-e89b-42d3-a456-426614174000'));
    await waitText(page, '.refusal', 'Tämä linkki ei toimi.');
    expect(await page.locator('#file-form').count()).toBe(0);
    await axeCheck(page, 'refused');
  });
});
