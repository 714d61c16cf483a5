/**
 * Starts Chromium with the built extension loaded, in a fresh profile, and gives tests the handles they need: the
 * extension's id, its service worker, and a way to open the popup page as a tab aimed at another tab.
 */
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens the popup page in a tab of its own, speaking for the tab that shows `page`. */
  openPopup(page: Page): Promise<Page>;
  /** The browser's id of the tab showing `page` (what the popup and the badge are keyed by). */
  tabId(page: Page): Promise<number>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/** The little of the `chrome` API the harness calls inside the service worker. */
interface ChromeTabs {
  tabs: { query(query: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(details: { tabId: number }): Promise<string>;
    getTitle(details: { tabId: number }): Promise<string>;
  };
}

/** The toolbar badge text and tooltip of a tab, read from the service worker. */
export async function badgeOf(worker: Worker, tabId: number): Promise<{ text: string; title: string }> {
  return worker.evaluate(async (id: number) => {
    const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<ExtensionBrowser> {
  const headless = options.headless ?? true;
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(chromiumPath())) {
    throw new Error(
      `No Chromium at ${chromiumPath()}: \`apt-get install chromium fonts-noto-cjk\`, or set CHROMIUM_PATH to one.`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'diglot-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new below: the old headless mode cannot load extensions.
    args: [
      ...CHROMIUM_ARGS.filter((arg) => headless || arg !== '--headless=new'),
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  await mkdir(SCREENSHOT_DIR, { recursive: true });

  // Diglot has no "tabs" permission, so tab URLs are hidden from it: find the page's tab as the active one.
  async function tabId(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: ChromeTabs }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error(`No tab shows ${page.url()}`);
    return id;
  }

  return {
    context,
    extensionId,
    worker,
    tabId,
    async openPopup(page) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 640 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${await tabId(page)}`);
      return popup;
    },
    async screenshot(page, name) {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
