/**
 * Diglot sends nothing anywhere (README, Security and privacy): while it detects, parses, shows every view, copies,
 * downloads every export format and saves a clip, the only requests in the browser are the fixture page's own, to
 * the fixture server on 127.0.0.1, and the extension's own `chrome-extension://` resources.
 *
 * In Chromium, two watchers: Playwright's `context.on('request')` sees pages, extension pages and the service worker
 * (a positive control below proves it sees the worker); CDP's Network domain on each web page names a request's
 * initiator, so a request the content script makes from the page's frame is still told apart from the page's own.
 *
 * In Firefox, whose background page no driver reaches, two other watchers: the profile's proxy, which every request
 * for anywhere but the loopback goes to from any context (it refuses and reports each; controls below prove it hears
 * the background page, an extension page and a content script), and the fixture server's own log of what it served.
 * Firefox cannot say which context asked for a loopback URL, so there the verdict is the server's: nothing new asked
 * for while Diglot works.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { BROWSERS, chromiumOf, useHarness } from './harness';
import { chooseView, downloadFrom, popupViews } from './drive';
import type { Tab } from './driver';
import type { FirefoxDriver } from './firefox';

const PAGES = ['blocks--en-ko--usa-journal-korea.html', 'interleaved--en-zh-Hans--container-freight-rates.html'];
const FORMATS = ['md', 'json', 'tmx', 'tsv'];
/** Requests the test itself makes to prove the watchers work; left out of the verdict. */
const PROBE = '/__network-probe/';

interface Seen {
  url: string;
  /** `worker` for the service worker, otherwise the URL of the frame that made the request. */
  from: string;
  type: string;
  /** `load` until the popup has the page's detection result, `diglot` while the test drives Diglot. */
  phase: Phase;
}

type Phase = 'load' | 'diglot';

interface Initiated {
  url: string;
  /** Started by script from an isolated world (an extension's content script) or a chrome-extension:// file. */
  byExtension: boolean;
}

interface CdpInitiator {
  type: string;
  url?: string;
  stack?: { callFrames: { url: string; scriptId: string }[]; parent?: CdpInitiator['stack'] };
}

function stackFrames(stack: CdpInitiator['stack']): { url: string; scriptId: string }[] {
  const frames: { url: string; scriptId: string }[] = [];
  for (let s = stack; s; s = s.parent) frames.push(...s.callFrames);
  return frames;
}

/** A TEST-NET address: never reached, so a request for it can only end at Firefox's refusing proxy. */
const OFFSITE = 'http://203.0.113.9';

/**
 * Everything a user does with Diglot on a detected page, from its popup: every view and back, copy, every download
 * format, save to the library.
 */
async function useDiglot(h: ReturnType<typeof useHarness>, name: string, popup: Tab): Promise<void> {
  const views = await popupViews(popup);
  expect(views, `${name} is detected`).toContain('side-by-side');
  for (const view of [...views.filter((v) => v !== 'original'), 'original']) await chooseView(popup, view);
  const status = () => popup.text('[role=status]');
  // A real click: writing to the clipboard needs the user's gesture.
  await popup.bringToFront();
  const copy = await popup.evaluate(() => {
    const button = Array.from(document.querySelectorAll('button')).find((b) => /^\s*copy/i.test(b.textContent ?? ''));
    const r = button!.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await popup.mouseClick(copy.x, copy.y);
  await expect.poll(status).toMatch(/copied/i);
  for (const format of FORMATS) {
    // The file is written before the next format is asked for.
    const download = await downloadFrom(h.browser, popup, format);
    expect(download.name).toMatch(new RegExp(`\\.${format}$`));
  }
  await popup.click('button', 'Save to library');
  await expect.poll(status).toMatch(/saved/i);
}

describe.runIf(BROWSERS.includes('firefox'))('network in Firefox: Diglot makes no request of its own', () => {
  const h = useHarness('firefox');
  const offsite: string[] = [];
  beforeAll(() => (h.browser as FirefoxDriver).onOffsite((url) => offsite.push(url)));

  test('the proxy hears the background page, an extension page and a content script', async () => {
    await h.browser.inExtension(async (base: string) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      const background = await api.runtime.getBackgroundPage();
      await background.fetch(`${base}background`).catch(() => undefined);
      await fetch(`${base}extension-page`).catch(() => undefined);
    }, `${OFFSITE}${PROBE}`);
    // A page the next test does not open: a tab still closing at the same URL could be taken for the new one.
    const page = await h.open('negative--en--french-spanish-quotes.html');
    await h.browser.inExtension(
      async ([id, target]: [number, string]) => {
        const api = (
          globalThis as unknown as { browser: { scripting: { executeScript(details: object): Promise<unknown> } } }
        ).browser;
        await api.scripting.executeScript({
          target: { tabId: id },
          func: (u: string) => fetch(u).catch(() => undefined),
          args: [target],
        });
      },
      [await h.browser.tabId(page), `${OFFSITE}${PROBE}content-script`] as [number, string],
    );
    await expect
      .poll(() => offsite.filter((url) => url.includes(PROBE)).sort())
      .toEqual([
        `${OFFSITE}${PROBE}background`,
        `${OFFSITE}${PROBE}content-script`,
        `${OFFSITE}${PROBE}extension-page`,
      ]);
    await page.close();
  });

  test('detecting, every view, copy, every download format and saving a clip ask for nothing off the machine, and nothing new of the fixture server', async () => {
    const start = offsite.length;
    const requested: string[] = [];
    for (const name of PAGES) {
      const page = await h.open(name);
      const popup = await h.popupFor(page);
      const loaded = new Set(h.server.requests.map((r) => r.path));
      const from = h.server.requests.length;
      await useDiglot(h, name, popup);
      requested.push(...h.server.requests.slice(from).map((r) => r.path));
      expect(
        requested.filter((path) => !loaded.has(path)),
        `new requests to the fixture server while Diglot worked on ${name}`,
      ).toEqual([]);
      await popup.close();
      await page.close();
    }
    expect(offsite.slice(start), 'requests for anywhere off the machine').toEqual([]);
    console.log(
      `network in Firefox: nothing for off the machine; ${requested.length} requests to the fixture server while ` +
        `Diglot worked, all for files the pages had loaded (${[...new Set(requested)].join(', ') || 'none'})`,
    );
  });
});

describe.runIf(BROWSERS.includes('chromium'))('network in Chromium: Diglot makes no request of its own', () => {
  const h = useHarness('chromium');
  const cr = () => chromiumOf(h.browser).chromium;
  const seen: Seen[] = [];
  const initiated: Initiated[] = [];
  let phase: Phase = 'load';

  function source(request: Request): string {
    if (request.serviceWorker()) return 'worker';
    try {
      return request.frame().url();
    } catch {
      return 'unknown';
    }
  }

  beforeAll(async () => {
    const { context } = cr();
    context.on('request', (request) =>
      seen.push({ url: request.url(), from: source(request), type: request.resourceType(), phase }),
    );
  });

  /** Opens a web page with CDP's network watcher attached before it navigates. */
  async function openWatched(name: string): Promise<Page> {
    const page = await cr().context.newPage();
    const cdp = await cr().context.newCDPSession(page);
    // Scripts compiled in a world other than the page's own: content scripts, code injected by scripting.executeScript
    // (whose stack frames have no URL at all).
    const isolated = new Set<string>();
    cdp.on(
      'Debugger.scriptParsed',
      ({
        scriptId,
        executionContextAuxData,
      }: {
        scriptId: string;
        executionContextAuxData?: { isDefault?: boolean };
      }) => {
        if (executionContextAuxData?.isDefault === false) isolated.add(scriptId);
      },
    );
    cdp.on(
      'Network.requestWillBeSent',
      ({ request, initiator }: { request: { url: string }; initiator: CdpInitiator }) => {
        const frames = stackFrames(initiator.stack);
        initiated.push({
          url: request.url,
          byExtension:
            (initiator.url ?? '').startsWith('chrome-extension://') ||
            frames.some((f) => f.url.startsWith('chrome-extension://') || isolated.has(f.scriptId)),
        });
      },
    );
    await cdp.send('Debugger.enable');
    await cdp.send('Network.enable');
    await page.goto(`${h.server.url}/${name}`);
    return page;
  }

  test('the watchers see requests from the service worker and from extension pages', async () => {
    const { worker, context, extensionId } = cr();
    await worker.evaluate((url) => fetch(url).then((r) => r.status), `${h.server.url}${PROBE}worker`);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=0`);
    await popup.evaluate((url) => fetch(url).then((r) => r.status), `${h.server.url}${PROBE}extension-page`);
    await expect
      .poll(() =>
        seen.filter((r) => r.url.includes(PROBE)).map((r) => `${r.from === 'worker' ? 'worker' : 'page'} ${r.url}`),
      )
      .toEqual([`worker ${h.server.url}${PROBE}worker`, `page ${h.server.url}${PROBE}extension-page`]);
    expect(seen.find((r) => r.url.endsWith('extension-page'))?.from).toMatch(/^chrome-extension:\/\//);
    await popup.close();
  });

  test("a request a content script makes from the page is told from the page's own (control)", async () => {
    const page = await openWatched('blocks--en-ko--usa-journal-korea.html');
    const tab = await cr().tabId(page);
    const url = `${h.server.url}${PROBE}content-script`;
    // The extension's own scripting API runs a fetch in its isolated world, as a content script would.
    await cr().worker.evaluate(
      async ([id, target]) => {
        const api = (
          globalThis as unknown as {
            chrome: { scripting: { executeScript(details: object): Promise<unknown> } };
          }
        ).chrome;
        await api.scripting.executeScript({ target: { tabId: id }, func: (u: string) => fetch(u), args: [target] });
      },
      [tab, url] as const,
    );
    await expect.poll(() => initiated.find((r) => r.url === url)?.byExtension).toBe(true);
    expect(initiated.filter((r) => r.url === `${h.server.url}/blocks--en-ko--usa-journal-korea.html`)).toEqual([
      { url: `${h.server.url}/blocks--en-ko--usa-journal-korea.html`, byExtension: false },
    ]);
    await page.close();
  });

  test('detecting, every view, copy, every download format and saving a clip request nothing but the page and Diglot itself', async () => {
    const { extensionId } = cr();
    const own = `chrome-extension://${extensionId}/`;
    const start = seen.length;
    const initiatedStart = initiated.length;
    for (const name of PAGES) {
      phase = 'load';
      const page = await openWatched(name);
      const popup = await h.popupFor(chromiumOf(h.browser).tab(page));
      phase = 'diglot';
      await useDiglot(h, name, popup);
      await popup.close();
      await page.close();
    }

    const requests = seen.slice(start).filter((r) => !r.url.includes(PROBE));
    // Diglot's own files (popup.html and its chunks, the download's blob:) are fine, whoever asks for them.
    const ownFiles = requests.filter((r) => r.url.startsWith(own) || r.url.startsWith(`blob:${own}`));
    const fromExtension = requests.filter(
      (r) => !ownFiles.includes(r) && (r.from === 'worker' || r.from.startsWith('chrome-extension://')),
    );
    const fromPages = requests.filter((r) => !ownFiles.includes(r) && !fromExtension.includes(r));
    expect(
      fromExtension.map((r) => r.url),
      'requests by the service worker or extension pages to anything but the extension itself',
    ).toEqual([]);
    // Pages load from the fixture server only (these two pages link elsewhere but load nothing from there).
    expect(
      fromPages.filter((r) => !r.url.startsWith(`${h.server.url}/`) && !/^(data|blob):/.test(r.url)).map((r) => r.url),
      'requests by web pages to anything but the fixture server',
    ).toEqual([]);
    // Once loaded, the pages ask for nothing new while Diglot parses, shows, copies and exports (these pages have
    // no lazy images or other late loads of their own).
    const loaded = new Set(fromPages.filter((r) => r.phase === 'load').map((r) => r.url));
    expect(
      fromPages.filter((r) => r.phase === 'diglot' && !loaded.has(r.url)).map((r) => `${r.url} (${r.type})`),
      'new requests by the pages while Diglot worked',
    ).toEqual([]);
    // And none of the pages' requests was started by a Diglot script (a content script fetches from the page's frame).
    expect(
      initiated
        .slice(initiatedStart)
        .filter((r) => r.byExtension)
        .map((r) => r.url),
      'page requests started by an extension script',
    ).toEqual([]);

    const count = (list: Seen[]) => list.length;
    console.log(
      `network: ${count(requests)} requests in all — ${count(fromPages)} by the two pages (all to ${h.server.url}, ` +
        `${count(fromPages.filter((r) => r.phase === 'diglot'))} of them after detection), ` +
        `${count(ownFiles)} for Diglot's own files (chrome-extension:// or blob:chrome-extension://), none elsewhere; ` +
        `${initiated.length - initiatedStart} page requests seen by CDP, none started by an extension script`,
    );
    console.table(
      Object.entries(
        requests.reduce<Record<string, number>>((acc, r) => {
          const who =
            r.from === 'worker'
              ? 'service worker'
              : r.from.startsWith('chrome-extension://')
                ? 'extension page'
                : 'web page';
          const where = new URL(r.url.replace(/^blob:/, '')).origin.replace(extensionId, '<diglot>');
          const key = `${who} → ${where} (${r.type})`;
          acc[key] = (acc[key] ?? 0) + 1;
          return acc;
        }, {}),
      ),
    );
  });
});
