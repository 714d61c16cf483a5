import { describe, expect, test } from 'vitest';
import { useHarness } from './harness';
import { badgeOf } from './extension';

const SEED = 'blocks--en-ko--usa-journal-korea.html';
const MONOLINGUAL = 'negative--en--french-spanish-quotes.html';

describe('the built extension in Chromium', () => {
  const h = useHarness();

  test('loads with a background service worker and the manifest Diglot declares', async () => {
    const manifest = await h.browser.worker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } } }
      ).chrome.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Diglot');
  });

  test('its content script runs on a served page and answers the popup', async () => {
    const page = await h.open(MONOLINGUAL);
    const popup = await h.popupFor(page);
    // Without a content script the popup can only say it cannot read the page.
    await expect(popup.locator('h1').innerText()).resolves.not.toMatch(/cannot read/i);
    await expect(popup.locator('h1').innerText()).resolves.toMatch(/no bilingual article/i);
    await h.browser.screenshot(popup, 'popup-monolingual');
    await popup.close();
    await page.close();
  });

  test('the popup names both languages of the seed article and the badge shows the pair', async () => {
    const page = await h.open(SEED);
    // How soon the badge comes is measured by `npm run bench` (bench-blackbox.ts), not here.
    await expect
      .poll(async () => (await badgeOf(h.browser.worker, await h.browser.tabId(page))).text, { timeout: 10_000 })
      .toBe('EN KO');
    const badge = await badgeOf(h.browser.worker, await h.browser.tabId(page));
    expect(badge.title).toMatch(/English.*Korean/);
    const popup = await h.popupFor(page);
    await expect(popup.locator('h1').innerText()).resolves.toMatch(/English\s*⇄?\s*Korean/);
    await h.browser.screenshot(popup, 'popup-seed');
    await popup.close();
    await page.close();
  });

  test('the badge stays empty on a monolingual page', async () => {
    const page = await h.open(MONOLINGUAL);
    const popup = await h.popupFor(page); // the popup answering means detection has run
    await popup.close();
    const badge = await badgeOf(h.browser.worker, await h.browser.tabId(page));
    expect(badge.text).toBe('');
    await page.close();
  });

  test('with detection switched off, the popup answers at once and "Parse this page anyway" still finds the article', async () => {
    type Storage = {
      chrome: { storage: { local: { set(items: object): Promise<void>; remove(k: string): Promise<void> } } };
    };
    await h.browser.worker.evaluate(() =>
      (globalThis as unknown as Storage).chrome.storage.local.set({ settings: { autoDetect: false } }),
    );
    try {
      const page = await h.open(SEED);
      const started = Date.now();
      const popup = await h.popupFor(page);
      await expect(popup.locator('h1').innerText()).resolves.toMatch(/no bilingual article/i);
      // Far below the popup's 10 s wait for a detection that is still pending.
      expect(Date.now() - started).toBeLessThan(5000);
      await popup.getByRole('button', { name: /parse this page anyway/i }).click();
      await expect.poll(() => popup.locator('h1').innerText()).toMatch(/English\s*⇄?\s*Korean/);
      await popup.close();
      await page.close();
    } finally {
      await h.browser.worker.evaluate(() => (globalThis as unknown as Storage).chrome.storage.local.remove('settings'));
    }
  });
});
