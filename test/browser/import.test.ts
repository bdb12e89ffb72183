import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/serve/server';
import type { Workspace } from '../../emulator/workspace';
import { readSheetValues } from '../../emulator/spreadsheet/harness';
import { axeCheck, closeAll, launchBrowser, serveDemo, shot } from './helpers';

/**
 * A coach imports a roster from the sidebar (a file from the computer, Windows-1252 as Finnish
 * Excel saves it), sees the rows that wait for an unknown word, answers in the short dialog, and
 * the waiting rows come in; the answer is remembered for the workbook.
 */
declare const document: {
  getElementById(id: string): { textContent: string | null } | null;
};

jest.setTimeout(90_000);

const ROSTER = [
  'Nimi;Sähköposti;Kieli;Malli;Jakso alkaa;Jakso päättyy;Työtoimintapäivät;Tunnit/päivä;Perehdytetty',
  'Väinö Ääritalo;vaino.aaritalo@posti.example;suomi;pitkäaikainen;1.12.2026;31.5.2027;ma, ke;6;27.11.2026',
  'Säde Öörni;sade.oorni@posti.example;suomi;jatkuva;1.12.2026;31.5.2027;ti;6;kyllä',
  'Börje Åkerlund;borje.akerlund@posti.example;somali;jatkuva;1.12.2026;31.5.2027;to;6;',
].join('\r\n');

// Windows-1252 for these letters is Latin-1: one byte per character.
const ansi = Buffer.from(ROSTER, 'latin1');

function clients(workspace: Workspace): Record<string, unknown>[] {
  const [header, ...rows] = readSheetValues(
    workspace.rt,
    workspace.meta.boundSpreadsheetId as string,
    'Asiakkaat',
  );
  return rows.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i]])));
}

describe('importing a roster from the sidebar', () => {
  let dir: string;
  let server: RunningServer;
  let workspace: Workspace;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ dir, server, workspace } = await serveDemo('etapaja-import-browser-', 'fi'));
    ({ context, page } = await launchBrowser(dir, { width: 340, height: 900 }));
    fs.writeFileSync(path.join(dir, 'asiakkaat.csv'), ansi);
  });

  afterAll(() => closeAll({ context, server, dir }));

  it('uploads the file and asks about the unknown words once each', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#today-body section');
    await page.click('#tab-actions');
    await page.setInputFiles('#import-file', path.join(dir, 'asiakkaat.csv'));
    await page.click('#import-go');
    await page.waitForSelector('#import-unknown-set');
    expect(await page.textContent('#import-summary')).toMatch(
      /Uusia 1, päivitettyjä 0, odottaa 2, hylättyjä 0\. Merkistö: Windows-1252\./,
    );
    expect(await page.textContent('label[for="import-map-0"]')).toBe('Malli: ”jatkuva” (2 riviä)');
    expect(await page.textContent('label[for="import-map-1"]')).toBe('Kieli: ”somali” (1 riviä)');
    const good = clients(workspace).find((c) => c.Nimi === 'Väinö Ääritalo')!;
    expect(good['Perehdytetty pvm']).toBe('27.11.2026');
    await shot(page, 'sidebar-import-unknown');
    await axeCheck(page, 'import-unknown');
  });

  it('brings the waiting rows in once the words are answered, and remembers the answers', async () => {
    await page.selectOption('#import-map-0', 'pitkäkestoinen');
    await page.selectOption('#import-map-1', 'leave out');
    await page.click('#import-save');
    await page.waitForSelector('#import-saved');
    expect(await page.textContent('#import-saved')).toMatch(
      /Mukaan tuli 2 asiakasta; odottaa vielä 0/,
    );
    const rows = clients(workspace).filter((c) => /posti\.example$/.test(String(c.Sähköposti)));
    expect(rows.map((c) => [c.Nimi, /^A\d{4}$/.test(String(c.Tunnus)), c.Malli])).toEqual([
      ['Väinö Ääritalo', true, 'pitkäkestoinen'],
      ['Säde Öörni', true, 'pitkäkestoinen'],
      ['Börje Åkerlund', true, 'pitkäkestoinen'],
    ]);
    // Remembered: importing the same words again asks nothing.
    await page.setInputFiles('#import-file', path.join(dir, 'asiakkaat.csv'));
    await page.click('#import-go');
    await page.waitForFunction(() =>
      /odottaa 0/.test(document.getElementById('import-summary')?.textContent ?? ''),
    );
  });
});
