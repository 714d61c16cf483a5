/**
 * The extension sees what the CLI sees, on pages nobody here wrote: every item of ../shared/corpus/bilingual-real,
 * rendered as its site would (test/real/render.ts) and served from 127.0.0.1, is opened in each browser with the
 * built extension. Where `diglot parse` calls the page bilingual, the toolbar badge must show the same pair; where it does
 * not, the badge stays empty. Skipped, with a message, where ../shared/corpus is missing.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { badgeText } from '../../utils/badge';
import { parseHtml } from '../../utils/parse-html';
import { renderCorpusItem } from '../real/render';
import type { DriverBrowser } from './driver';
import { BROWSERS, launchDriver } from './harness';
import { serveStatic, type StaticServer } from './server';

const CORPUS = resolve('../shared/corpus/bilingual-real');
const items = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => /\.(md|html)$/.test(f))
      .sort()
  : [];

// The browsers go through the pages at the same time, each in its own test: most of a page's time is spent waiting
// for the browser to be idle and for the popup's answer, so two run in little more than the time of one.
describe.skipIf(items.length === 0)('real pages: the badge agrees with the CLI', () => {
  const browsers = new Map<string, DriverBrowser>();
  let server: StaticServer;
  const expected = new Map<string, string>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-real-'));
    for (const f of items) {
      const html = renderCorpusItem(f, readFileSync(join(CORPUS, f), 'utf8'));
      const name = `${f.replace(/\.(md|html)$/, '')}.html`;
      writeFileSync(join(dir, name), html);
      const cli = parseHtml(html, { source: f });
      expected.set(name, cli.bilingual ? badgeText(cli.languages) : '');
    }
    server = await serveStatic(dir);
    for (const name of BROWSERS) browsers.set(name, await launchDriver(name));
  }, 60_000);

  afterAll(async () => {
    for (const browser of browsers.values()) await browser.close();
    await server?.close();
  });

  test.concurrent.each(BROWSERS)(
    "in %s, shows the CLI's pair on every page the CLI calls bilingual, and nothing on the others",
    async (browserName) => {
      const browser = browsers.get(browserName)!;
      const disagreements: string[] = [];
      for (const [name, want] of expected) {
        const page = await browser.open(`${server.url}/${name}`);
        // The popup answering means the detector has run; on a page it found bilingual, the reader then parses and
        // sets the badge.
        const popup = await browser.openPopup(page);
        await popup.waitFor('main.popup:not([aria-busy="true"]) h1', { timeout: 15_000 });
        await popup.close();
        let got = (await browser.badge(page)).text;
        for (const deadline = Date.now() + 10_000; want && got === '' && Date.now() < deadline;) {
          await new Promise((done) => setTimeout(done, 100));
          got = (await browser.badge(page)).text;
        }
        // The live page and linkedom may order the pair differently: the same two languages agree.
        const same = (a: string, b: string): boolean => a.split(' ').sort().join(' ') === b.split(' ').sort().join(' ');
        if (!same(got, want)) disagreements.push(`${name}: CLI "${want}", badge "${got}"`);
        await page.close();
      }
      expect(disagreements).toEqual([]);
      expect([...expected.values()].filter(Boolean).length).toBeGreaterThan(20);
    },
    600_000,
  );
});

if (items.length === 0)
  test.skip(`../shared/corpus/bilingual-real not found: the real-page agreement is skipped`, () => {});
