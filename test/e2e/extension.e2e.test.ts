import { describe, expect, test } from 'vitest';
import { BROWSERS, useHarness } from './harness';

const SEED = 'blocks--en-ko--usa-journal-korea.html';
const MONOLINGUAL = 'negative--en--french-spanish-quotes.html';

type Storage = {
  chrome: { storage: { local: { set(items: object): Promise<void>; remove(k: string): Promise<void> } } };
};

describe.each(BROWSERS)('the built extension in %s', (browserName) => {
  const h = useHarness(browserName);

  test('loads with a background script and the manifest Diglot declares', async () => {
    const manifest = await h.browser.inExtension(() =>
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
    await expect(popup.text('h1')).resolves.not.toMatch(/cannot read/i);
    await expect(popup.text('h1')).resolves.toMatch(/no bilingual article/i);
    await popup.screenshot('popup-monolingual');
    await popup.close();
    await page.close();
  });

  test('the popup names both languages of the seed article and the badge shows the pair', async () => {
    const page = await h.open(SEED);
    // How soon the badge comes is measured by `npm run bench` (bench-blackbox.ts), not here.
    await expect.poll(async () => (await h.browser.badge(page)).text, { timeout: 10_000 }).toBe('EN KO');
    const badge = await h.browser.badge(page);
    expect(badge.title).toMatch(/English.*Korean/);
    const popup = await h.popupFor(page);
    await expect(popup.text('h1')).resolves.toMatch(/English\s*⇄?\s*Korean/);
    await popup.screenshot('popup-seed');
    await popup.close();
    await page.close();
  });

  test('the badge stays empty on a monolingual page', async () => {
    const page = await h.open(MONOLINGUAL);
    const popup = await h.popupFor(page); // the popup answering means detection has run
    await popup.close();
    const badge = await h.browser.badge(page);
    expect(badge.text).toBe('');
    await page.close();
  });

  test('with detection switched off, the popup answers at once and "Parse this page anyway" still finds the article', async () => {
    await h.browser.inExtension(() =>
      (globalThis as unknown as Storage).chrome.storage.local.set({ settings: { autoDetect: false } }),
    );
    try {
      const page = await h.open(SEED);
      const started = Date.now();
      const popup = await h.popupFor(page);
      await expect(popup.text('h1')).resolves.toMatch(/no bilingual article/i);
      // Far below the popup's 10 s wait for a detection that is still pending.
      expect(Date.now() - started).toBeLessThan(5000);
      await popup.click('button', /parse this page anyway/i);
      // Injecting the parser and parsing takes Firefox a second or two on this machine: more than the poll's default.
      await expect.poll(() => popup.text('h1'), { timeout: 10_000 }).toMatch(/English\s*⇄?\s*Korean/);
      await popup.close();
      await page.close();
    } finally {
      await h.browser.inExtension(() => (globalThis as unknown as Storage).chrome.storage.local.remove('settings'));
    }
  });
});
