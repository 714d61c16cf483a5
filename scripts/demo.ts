/**
 * `npm run demo`: serves the bundled sample pages on 127.0.0.1 and opens Chromium with the freshly built extension on
 * the seed article (a Korean-American paper printing one article in English, then in Korean).
 *
 * With a display, the browser window stays open for you to use (Ctrl+C to stop). With no display, or with
 * `--headless`, it prints what Diglot detected, opens the side-by-side reader and writes screenshots instead.
 */
import { resolve } from 'node:path';
import { serveStatic } from '../test/e2e/server';
import type { Page } from 'playwright-core';
import { launchWithExtension, badgeOf, type ExtensionBrowser } from '../test/e2e/extension';

const SEED_PAGE = 'blocks--en-ko--usa-journal-korea.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

const server = await serveStatic(resolve('test/fixtures/pages'));
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
await page.goto(`${server.url}/${SEED_PAGE}`);
console.log(`Serving the sample pages at ${server.url}/ (the seed article: ${server.url}/${SEED_PAGE})`);

if (!headless) {
  console.log('Chromium is open with Diglot loaded. Click the Diglot button in the toolbar. Ctrl+C stops the demo.');
  const stop = async () => {
    await browser.close().catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
} else {
  const summary = await waitForDetection(browser, page);
  const badge = await badgeOf(browser.worker, await browser.tabId(page));
  console.log(`What the popup says:\n  ${summary.join('\n  ')}`);
  console.log(`Toolbar badge: "${badge.text}" (tooltip: ${badge.title})`);
  const shots = [await browser.screenshot(page, 'demo-original')];
  const popup = await browser.openPopup(page);
  await popup
    .getByRole('radio', { name: /side by side/i })
    .check()
    .catch(() => undefined);
  await page.waitForSelector('diglot-reader[data-view="side-by-side"]', { timeout: 5000 }).catch(() => undefined);
  shots.push(await browser.screenshot(popup, 'demo-popup'));
  await page.bringToFront();
  shots.push(await browser.screenshot(page, 'demo-side-by-side'));
  console.log(`Screenshots:\n  ${shots.join('\n  ')}`);
  await browser.close();
  await server.close();
}

/** Opens the popup for the page until it reports a finished detection; returns its lines as a user reads them. */
async function waitForDetection(b: ExtensionBrowser, target: Page): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const popup = await b.openPopup(target);
    await popup.waitForSelector('main:not([aria-busy="true"])', { timeout: 5000 }).catch(() => undefined);
    const lines = await popup.locator('h1, p, dt, dd').allInnerTexts();
    await popup.close();
    if (lines.length && !lines.some((line) => /looking at the page/i.test(line))) return pairLines(lines);
    await target.waitForTimeout(500);
  }
  throw new Error('The popup never heard from the page: is the content script running?');
}

/** Joins the popup's definition list back into `Layout: …` lines. */
function pairLines(lines: string[]): string[] {
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
