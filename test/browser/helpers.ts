import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { Workspace } from '../../emulator/workspace';
import { pushBundle } from '../../scripts/commands/common';
import { startServer, type RunningServer } from '../../scripts/serve/server';

/**
 * What the browser suites share: Debian's chromium launched headless on a fresh profile, a
 * demo-like workspace served by `etapaja serve`, axe-core's WCAG 2.1 A/AA check, keyboard-only
 * navigation and screenshots into test-artifacts/.
 */
/** The page's DOM, as the callbacks given to page.evaluate see it (this project has no DOM lib). */
declare const document: {
  activeElement: { matches(selector: string): boolean } | null;
};

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
// No silent skip: CI installs Debian's chromium (.ci/run); without it every browser suite fails
// loudly when it imports this file.
if (!fs.existsSync(CHROMIUM)) {
  throw new Error(`Browser tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium)`);
}

export interface ServedDemo {
  /** A fresh temporary directory holding the workspace and the browser profile. */
  dir: string;
  workspace: Workspace;
  server: RunningServer;
}

/**
 * A workspace set up in `lang` with the demo roster and next week planned, served on 127.0.0.1.
 * `save` writes it to disk before the server starts (the sidebar suites read it back).
 */
export async function serveDemo(
  prefix: string,
  lang: string,
  options: { save?: boolean } = {},
): Promise<ServedDemo> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    const workspace = Workspace.init(path.join(dir, 'ws'), {
      start: '2026-11-26T09:00:00+02:00',
    });
    pushBundle(workspace);
    workspace.call('setup', [{ lang }]);
    workspace.call('loadDemoRoster');
    workspace.call('planNextWeek');
    if (options.save) workspace.save();
    const server = await startServer({ workspace });
    return { dir, workspace, server };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Debian's chromium, headless, on a fresh user-data dir inside `dir`, with no network of its own. */
export async function launchBrowser(
  dir: string,
  viewport: { width: number; height: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
    ],
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Closes what beforeAll opened, whichever parts of it were opened before a failure. */
export async function closeAll(opened: {
  context?: BrowserContext;
  server?: RunningServer;
  dir?: string;
}): Promise<void> {
  await opened.context?.close();
  await opened.server?.close();
  if (opened.dir) fs.rmSync(opened.dir, { recursive: true, force: true });
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA rules: no serious or critical violation on the page as it is now. */
export async function axeCheck(page: Page, screen: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> };
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

/** A full-page screenshot in test-artifacts/NAME.png. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * Presses Tab until the element matching `selector` has focus, at most `max` times: proves it is
 * reachable by keyboard.
 */
export async function tabTo(page: Page, selector: string, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${selector} with Tab`);
}
