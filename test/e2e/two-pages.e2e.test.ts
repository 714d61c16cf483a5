/**
 * Two pages, one article (issue 12): an English story and its Korean edition, each on a page of its own that links to
 * the other, served from 127.0.0.1 under the URLs they declare. The popup offers the linked edition, reads the two
 * pages together, and the reader, the exports and the remembered pairing are checked on what the browser shows.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { downloadExport, chooseView } from './drive';
import type { DriverBrowser, Tab } from './driver';
import { BROWSERS, launchDriver } from './harness';
import { activeLangs, firstPairedBlock, pairTops } from './reader-probes';

const FIXTURES = resolve('test/fixtures/two-pages');
const TRANSLATION = 'en-ko--plain';
const OTHER_ARTICLE = 'en-ko--other-article';
/** The origin the fixtures declare their URLs under; the server answers those paths on its own origin. */
const DECLARED_ORIGIN = 'https://www.meridian.example';

interface PairServer {
  origin: string;
  /** The served URL of a case's first or second page. */
  url(name: string, which: 'first' | 'second'): string;
  close(): Promise<void>;
}

/**
 * Serves each case's two pages at the paths their canonical URLs name, under a folder of the case's name (two cases
 * may declare the same URL), with the declared origin made this server's.
 */
async function servePairs(names: string[]): Promise<PairServer> {
  const routes = new Map<string, string>();
  const paths = new Map<string, string>();
  const raw: { name: string; path: string; html: string }[] = [];
  for (const name of names) {
    for (const which of ['first', 'second'] as const) {
      const html = await readFile(join(FIXTURES, name, `${which}.html`), 'utf8');
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      if (!canonical) throw new Error(`${name}/${which}.html declares no canonical URL`);
      const path = `/${name}${new URL(canonical).pathname}`;
      raw.push({ name, path, html });
      paths.set(`${name}/${which}`, path);
    }
  }
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const html = routes.get(path);
    if (html === undefined) {
      response.writeHead(path.endsWith('.css') ? 200 : 404, { 'content-type': 'text/css' }).end('');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const { name, path, html } of raw) routes.set(path, html.split(DECLARED_ORIGIN).join(`${origin}/${name}`));
  return {
    origin,
    url: (name, which) => origin + paths.get(`${name}/${which}`)!,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function sourceLinks(this: ShadowRoot): string[] {
  return Array.from(this.querySelectorAll('[data-diglot-page-source] a')).map((a) => a.getAttribute('href') ?? '');
}

/** The languages of the reader's text blocks (a figure both pages print is both languages', and has none). */
function blockLangs(this: ShadowRoot): string[] {
  const blocks = this.querySelectorAll<HTMLElement>('[data-diglot-block]:not([data-diglot-kind="figure"])');
  return [...new Set(Array.from(blocks).map((el) => el.lang))];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const ready = existsSync(join(FIXTURES, TRANSLATION, 'first.html'));

describe.skipIf(!ready).each(BROWSERS)('reading a page beside its translation, in %s', (browserName) => {
  let browser: DriverBrowser;
  let server: PairServer;

  beforeAll(async () => {
    server = await servePairs([TRANSLATION, OTHER_ARTICLE]);
    browser = await launchDriver(browserName);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (url: string): Promise<Tab> => browser.open(url);
  /** The first pair choice in the popup, or the one offering `url`: what it offers and how it says so. */
  const choiceOf = (popup: Tab, url?: string) =>
    popup.evaluate((wanted) => {
      const button = document.querySelector(
        wanted ? `button.pair-choice[data-pair-url="${wanted}"]` : 'button.pair-choice',
      ) as HTMLElement | null;
      return button
        ? { kind: button.dataset.pairKind, url: button.dataset.pairUrl, text: button.innerText }
        : { kind: undefined, url: undefined, text: '' };
    }, url ?? '');

  /**
   * The popup in a window of its own, so the page's tab stays the visible one in its window and paints as it would
   * under a real popup (a hidden tab gets no animation frames).
   */
  async function popupWindow(page: Tab): Promise<Tab> {
    const popup = await browser.openPopup(page, { window: true });
    await popup.waitFor('main.popup:not([aria-busy="true"]) h1', { timeout: 10_000 });
    await popup.waitFor('section.pair:not([aria-busy="true"])', { timeout: 10_000 });
    return popup;
  }

  /** Notes, in the page, the wall-clock time the reader is first painted (two frames after its host is attached). */
  async function watchPaint(page: Tab): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { __diglotPainted?: Promise<number> };
      w.__diglotPainted = new Promise((done) => {
        const painted = () =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.timeOrigin + performance.now())));
        const observer = new MutationObserver(() => {
          if (!document.querySelector('diglot-reader')) return;
          observer.disconnect();
          painted();
        });
        observer.observe(document.documentElement, { childList: true });
      });
    });
  }

  async function paintedAt(page: Tab): Promise<number> {
    return page.evaluate(() => (window as unknown as { __diglotPainted: Promise<number> }).__diglotPainted);
  }

  test('the popup offers the linked edition, and the reader shows the two pages paragraph facing paragraph', async () => {
    const first = server.url(TRANSLATION, 'first');
    const second = server.url(TRANSLATION, 'second');
    const page = await open(first);
    const popup = await popupWindow(page);

    const choice = await choiceOf(popup);
    expect(choice.kind).toBe('alternate');
    expect(choice.url).toBe(second);
    expect(choice.text).toMatch(/Korean · 한국어/);
    await popup.screenshot('two-pages-popup');

    await watchPaint(page);
    const clicked = Date.now();
    await popup.click('button.pair-choice');
    await Promise.race([
      page.waitFor('diglot-reader[data-view="side-by-side"]', { timeout: 30_000 }),
      popup
        .waitFor('[role=alert]', { timeout: 30_000 })
        .then(async () => expect.fail(await popup.text('[role=alert]'))),
    ]);
    console.log(
      `two pages, the translation opened in a background tab: click to reader painted in ${Math.round((await paintedAt(page)) - clicked)} ms`,
    );

    // The translation was opened as an ordinary tab of the user's, in the background.
    expect(await browser.tabUrls()).toContain(second);

    const reader = await page.reader();
    const tops = (await reader.run(pairTops))!;
    const level = Object.values(tops).filter((sides) => sides.en !== undefined && sides.ko !== undefined);
    expect(level.length).toBeGreaterThanOrEqual(5);
    for (const sides of level) expect(Math.abs(sides.en! - sides.ko!)).toBeLessThanOrEqual(2);
    expect((await reader.run(blockLangs))!.sort()).toEqual(['en', 'ko']);
    expect(await reader.run(sourceLinks)).toEqual([first, second]);

    await page.bringToFront();
    const target = (await reader.run(firstPairedBlock, 'en'))!;
    await page.mouseMove(target.x, target.y);
    await expect.poll(() => reader.run(activeLangs, target.pair)).toEqual(expect.arrayContaining(['en', 'ko']));
    await reader.run(function (this: ShadowRoot) {
      this.querySelector('.page')?.scrollIntoView();
      (this.querySelector('[role="dialog"]') as HTMLElement | null)?.scrollTo(0, 0);
    });
    await page.mouseMove(5, 5);
    await page.screenshot('two-pages-side-by-side');

    // The popup now speaks of the pair; a one-language view of two pages shows in the reader, not on the page.
    await expect(popup.text('h1')).resolves.toMatch(/English\s*⇄\s*Korean/);
    await expect(popup.text('.facts')).resolves.toMatch(/two pages/);
    await chooseView(popup, 'second-only');
    await page.waitFor('diglot-reader[data-view="second-only"]', { timeout: 10_000 });
    expect(await reader.run(blockLangs)).toEqual(['ko']);
    await chooseView(popup, 'interleaved');
    await page.waitFor('diglot-reader[data-view="interleaved"]', { timeout: 10_000 });

    // The exports carry both pages: TMX with one unit per pair in both languages and each page's URL.
    const tmx = await downloadExport(browser, popup, 'tmx');
    const xml = new DOMParser().parseFromString(tmx, 'text/xml');
    expect(xml.getElementsByTagName('tu').length).toBeGreaterThanOrEqual(5);
    const langs = new Set(Array.from(xml.getElementsByTagName('tuv')).map((tuv) => tuv.getAttribute('xml:lang')));
    expect([...langs].sort()).toEqual(['en', 'ko']);
    const json = JSON.parse(await downloadExport(browser, popup, 'json')) as {
      layout: string;
      citations?: { url?: string; languages?: string[] }[];
    };
    expect(json.layout).toBe('pages');
    expect(json.citations?.map((c) => [c.url, c.languages?.[0]])).toEqual([
      [first, 'en'],
      [second, 'ko'],
    ]);
    expect(tmx).toContain(first);
    expect(tmx).toContain(second);

    await reader.close();
    await popup.close();
    await browser.closeTabs((url) => url.startsWith(server.origin));
  });

  test('reopening either page offers the pairing first', async () => {
    const first = server.url(TRANSLATION, 'first');
    const second = server.url(TRANSLATION, 'second');
    for (const [url, partner] of [
      [second, first],
      [first, second],
    ] as const) {
      const page = await open(url);
      const popup = await popupWindow(page);
      const choice = await choiceOf(popup);
      expect(choice.kind).toBe('remembered');
      expect(choice.url).toBe(partner);
      // Offered once: the same page is not listed again as a linked edition.
      const offers = await popup.evaluate(
        (wanted) => document.querySelectorAll(`button.pair-choice[data-pair-url="${wanted}"]`).length,
        partner,
      );
      expect(offers).toBe(1);
      if (url === second) await popup.screenshot('two-pages-popup-remembered');
      if (url === first) {
        // By keyboard alone: Tab to the remembered page, Enter, and the reader opens on the two.
        for (let i = 0; i < 20; i++) {
          const focused = await popup.evaluate(() => document.activeElement?.getAttribute('data-pair-kind') ?? null);
          if (focused === 'remembered') break;
          await popup.press('Tab');
        }
        await popup.press('Enter');
        await page.waitFor('diglot-reader[data-view]', { timeout: 30_000 });
        // The popup's answer leaves once the reader has painted, so the popup may update a frame after it appears.
        await expect.poll(() => popup.text('.facts'), { timeout: 10_000 }).toMatch(/two pages/);
        await popup.screenshot('two-pages-popup-paired');
      }
      await popup.close();
      await browser.closeTabs((open) => open === partner);
      await page.close();
    }
  });

  test('two pages already open: from the click to the reader painted (median of 5)', async () => {
    const first = server.url(TRANSLATION, 'first');
    const second = server.url(TRANSLATION, 'second');
    const other = await open(second);
    const page = await open(first);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      // A fresh page each run: the reader is injected on the click, as on a page where nothing bilingual was found.
      await page.reload();
      await new Promise((done) => setTimeout(done, 300));
      const popup = await popupWindow(page);
      expect((await choiceOf(popup, second)).text).toMatch(/\bopen\b/);
      await watchPaint(page);
      const clicked = Date.now();
      await popup.click(`button.pair-choice[data-pair-url="${second}"]`);
      await page.waitFor('diglot-reader', { timeout: 30_000 });
      times.push(Math.round((await paintedAt(page)) - clicked));
      await popup.close();
    }
    console.log(`two pages already open: click to reader painted ${times.join(', ')} ms; median ${median(times)} ms`);
    expect(median(times)).toBeLessThan(5_000);
    await page.close();
    await other.close();
  });

  test('two pages that are not a translation of each other say why, and the page is left as it was', async () => {
    const page = await open(server.url(OTHER_ARTICLE, 'first'));
    const other = await open(server.url(OTHER_ARTICLE, 'second'));
    const popup = await popupWindow(page);
    const otherUrl = server.url(OTHER_ARTICLE, 'second');
    expect((await choiceOf(popup, otherUrl)).kind).toBe('tab');
    await popup.click(`button.pair-choice[data-pair-url="${otherUrl}"]`);
    await popup.waitFor('[role=alert]', { timeout: 30_000 });
    await expect(popup.text('[role=alert]')).resolves.toMatch(/do not read as a translation: \S/);
    console.log(`not a translation: ${await popup.text('[role=alert]')}`);
    await popup.screenshot('two-pages-not-a-translation');
    expect(await page.evaluate(() => document.querySelectorAll('diglot-reader').length)).toBe(0);
    await popup.close();
    await other.close();
    await page.close();
  });
});
