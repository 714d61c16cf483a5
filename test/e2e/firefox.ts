/**
 * How Diglot starts Firefox (tests, demo): Debian's firefox-esr, headless, in a fresh profile, driven by
 * puppeteer-core over WebDriver BiDi (Playwright needs a patched Firefox of its own), with the unsigned build
 * installed as a temporary add-on. The snags, each worked round here:
 *
 * - An extension's `moz-extension://` host is a random UUID per profile; the `extensions.webextensions.uuids` pref
 *   fixes it, so the popup can be opened as a page.
 * - Firefox ≥ 141 refuses BiDi navigation to `moz-extension://` pages without `--remote-allow-system-access`, and
 *   puppeteer's `page.goto()` never resolves on them: they are opened with BiDi's own `browsingContext.navigate`.
 * - The extension pages' CSP blocks `waitForFunction`: waits poll with `evaluate`.
 * - The background is an event page, not a service worker, and no driver reaches it: the extension's APIs are
 *   called from one of its own pages (`inExtension`), and `tabs.query({ url })` ignores ports, so tabs are found by
 *   filtering `tabs.query({})`.
 * - The reader's closed shadow root is serialised by BiDi (with its mode) like any node, so tests reach it by its
 *   shared id from a sandbox of their own, as they do over CDP in Chromium.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { callSource, domActions, inputActions, pollUntil, type DriverBrowser, type Tab } from './driver';
import { SCREENSHOT_DIR } from './extension';
import { axeReader, axeSource, type ReaderDom } from './reader-dom';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** The add-on id the Firefox manifest declares (wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'diglot@diglot.invalid';
/** The fixed `moz-extension://` host of the add-on in the test profiles. */
export const FIREFOX_EXTENSION_UUID = '5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/**
 * Prefs of the test profile: the extension's host, downloads saved without asking, and every request for anywhere
 * but the loopback sent to the recording proxy (which refuses it), so nothing leaves the machine and each is seen.
 */
function prefs(downloads: string, proxyPort: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'app.update.enabled': false,
    // Firefox's own remote settings would ask a Mozilla server: answered from nothing instead.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
}

export interface FirefoxTab extends Tab {
  page: Page;
  /** The BiDi browsing context of the tab. */
  context: string;
}

export interface FirefoxDriver extends DriverBrowser {
  name: 'firefox';
  browser: Browser;
  /**
   * Calls `listener` with every request the browser tried to send off the machine (anything not for the loopback),
   * from any of its contexts: pages, content scripts, extension pages and the background page alike.
   */
  onOffsite(listener: (url: string) => void): void;
  /** Listens to a WebDriver BiDi event on puppeteer's session (`log.entryAdded`, say); returns how to stop. */
  onBidi(event: string, listener: (params: unknown) => void): () => void;
  /** Sends a raw WebDriver BiDi command on puppeteer's own session. */
  bidi<T>(method: string, params: object): Promise<T>;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, listener: (params: unknown) => void): void;
  off(event: string, listener: (params: unknown) => void): void;
}

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

type EvaluateResult =
  { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

export async function launchFirefoxDriver(options: { headless?: boolean } = {}): Promise<FirefoxDriver> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `No Firefox at ${firefoxPath()}: \`apt-get install firefox-esr\`, set FIREFOX_PATH to one, or run the e2e ` +
        `tests in Chromium alone (E2E_BROWSERS=chromium).`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'diglot-firefox-'));
  const downloads = join(profile, 'downloads');
  const offsite = await recordingProxy();
  await mkdir(downloads, { recursive: true });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(downloads, offsite.port),
    defaultViewport: { width: 1280, height: 900 },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const bidi = async <T>(method: string, params: object) => (await connection.send(method, params)).result as T;
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

  const blank = async (type: 'tab' | 'window' = 'tab') =>
    wrap(await browser.newPage(type === 'window' ? { type: 'window' } : undefined));
  async function open(url: string, type: 'tab' | 'window' = 'tab'): Promise<FirefoxTab> {
    const tab = await blank(type);
    await tab.goto(url);
    return tab;
  }

  function wrap(page: Page): FirefoxTab {
    const context = contextOf(page);
    const evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) =>
      page.evaluate(callSource(fn, arg)) as Promise<T>;
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    return {
      page,
      context,
      errors,
      dialogs,
      // From the browser, not puppeteer's record, which an iframe's failed navigation can leave at about:blank.
      async url() {
        const tree = await bidi<{ contexts: { url: string }[] }>('browsingContext.getTree', {
          root: context,
          maxDepth: 0,
        });
        return tree.contexts[0]?.url ?? '';
      },
      async goto(url) {
        try {
          await bidi('browsingContext.navigate', { context, url, wait: 'complete' });
        } catch (error) {
          // Firefox's remote agent fails the whole navigation when an iframe's does (an ad frame refused by the
          // proxy, on real pages): the page itself loaded if its document is there and complete.
          if (!/Address rejected/.test(String(error))) throw error;
          await pollUntil(
            () => evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
            15_000,
            `${url} to load`,
          );
        }
      },
      evaluate,
      async evaluateSource(source) {
        const done = await bidi<EvaluateResult>('script.evaluate', {
          expression: source,
          target: { context },
          awaitPromise: false,
          resultOwnership: 'none',
        });
        if (done.type === 'exception') throw new Error(done.exceptionDetails.text);
      },
      ...domActions(evaluate),
      ...inputActions(
        {
          // Puppeteer's BiDi keyboard knows the space bar only as ' '.
          down: (key) => page.keyboard.down(bidiKey(key)),
          up: (key) => page.keyboard.up(bidiKey(key)),
          press: (key) => page.keyboard.press(bidiKey(key)),
        },
        page.mouse,
      ),
      reader: async () => bidiReader(bidi, context),
      async screenshot(name) {
        const path = join(SCREENSHOT_DIR, `firefox-${name}.png`);
        await page.screenshot({ path });
        return path;
      },
      bringToFront: () => page.bringToFront(),
      async reload() {
        await bidi('browsingContext.reload', { context, wait: 'complete' });
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      close: () => page.close(),
    };
  }

  // The extension's own page the harness calls the extension's APIs from; opened once, on first use.
  let helper: FirefoxTab | undefined;
  async function inExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    helper ??= await open(`${extensionOrigin}/options.html`);
    return helper.evaluate(fn, arg);
  }

  async function tabId(tab: Tab, frontOnly = false): Promise<number> {
    const url = await tab.url();
    // The tabs API learns a tab's URL a moment after the page has it (later still after an iframe's navigation
    // failed): ask until it has.
    let ids: { id: number; active: boolean }[] = [];
    await pollUntil(
      async () => (ids = await tabsShowing(url, frontOnly)).length > 0,
      5_000,
      `a tab to show ${url}`,
    ).catch(() => undefined);
    if (ids.length === 1) return ids[0]!.id;
    if (ids.length === 0 || frontOnly) throw new Error(`${ids.length || 'No'} tabs show ${url}`);
    // The same URL in two tabs: the one in front is the one meant.
    await tab.bringToFront();
    return tabId(tab, true);
  }

  async function tabsShowing(url: string, frontOnly: boolean): Promise<{ id: number; active: boolean }[]> {
    return inExtension(async (wanted: string) => {
      interface Listed {
        id?: number;
        url?: string;
        active?: boolean;
      }
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Listed[]> } } }).browser;
      const all = await api.tabs.query({});
      return all.filter((t) => t.url === wanted).map((t) => ({ id: t.id ?? -1, active: t.active ?? false }));
    }, url).then((found) => (frontOnly ? found.filter((t) => t.active) : found));
  }

  return {
    name: 'firefox',
    browser,
    bidi,
    extensionOrigin,
    open: (url) => open(url),
    blank: () => blank(),
    async openPopup(target, options = {}) {
      const popup = await open(
        `${extensionOrigin}/popup.html?tab=${await tabId(target)}`,
        options.window ? 'window' : 'tab',
      );
      await popup.setViewport(380, options.window ? 700 : 640);
      return popup;
    },
    tabId: (tab) => tabId(tab),
    async tabUrls() {
      return (await browser.pages()).map((p) => p.url());
    },
    async closeTabs(test) {
      for (const page of await browser.pages()) if (test(page.url())) await page.close();
    },
    async badge(tab) {
      return inExtension(
        async (id: number) => {
          const api = (
            globalThis as unknown as {
              browser: {
                action: {
                  getBadgeText(d: { tabId: number }): Promise<string>;
                  getTitle(d: { tabId: number }): Promise<string>;
                };
              };
            }
          ).browser;
          return {
            text: await api.action.getBadgeText({ tabId: id }),
            title: await api.action.getTitle({ tabId: id }),
          };
        },
        await tabId(tab),
      );
    },
    inExtension,
    async download(_tab, trigger) {
      const before = new Set(await readdir(downloads));
      await trigger();
      let name = '';
      // Done when one new file is there, no longer a `.part`, and neither its name nor its size changed since the
      // last look: Firefox writes under a random name first and renames the file when it is complete.
      let size = -1;
      await pollUntil(
        async () => {
          const all = await readdir(downloads);
          const fresh = all.filter((f) => !before.has(f) && !f.endsWith('.part'));
          if (fresh.length !== 1 || all.some((f) => f.endsWith('.part'))) return false;
          const now = await stat(join(downloads, fresh[0]!)).then(
            (s) => s.size,
            () => -1, // renamed between the listing and the look
          );
          const stable = fresh[0] === name && now === size && now > 0;
          [name, size] = [fresh[0]!, now];
          return stable;
        },
        15_000,
        'the download to be saved',
      );
      return { name, text: await readFile(join(downloads, name), 'utf8') };
    },
    onOffsite: (listener) => offsite.listeners.push(listener),
    onBidi(event, listener) {
      connection.on(event, listener);
      return () => connection.off(event, listener);
    },
    async close() {
      await browser.close();
      await offsite.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Firefox's own services, which it calls whatever the prefs say (remote settings, at start and every few seconds);
 * nothing of Diglot's names these hosts. Refused like the rest, but not reported.
 */
const BROWSER_OWN = /^(https?:\/\/)?[^/]*\.(mozilla\.(com|net|org)|firefox\.com)(:\d+)?(\/|$)/;

/** A proxy on the loopback that answers every request with 502 and tells its listeners what was asked for. */
async function recordingProxy(): Promise<{
  port: number;
  listeners: ((url: string) => void)[];
  close(): Promise<void>;
}> {
  const listeners: ((url: string) => void)[] = [];
  const record = (url: string) => {
    if (!BROWSER_OWN.test(url)) listeners.forEach((listener) => listener(url));
  };
  const server = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  server.on('connect', (request: IncomingMessage, socket: Duplex) => {
    record(`https://${request.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    listeners,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

const bidiKey = (key: string) => (key === 'Space' ? ' ' : key) as KeyInput;

/** The reader's closed shadow root over BiDi: found by its shared id, called from a sandbox of the test's own. */
export function bidiReader(
  bidi: <T>(method: string, params: object) => Promise<T>,
  context: string,
  sandbox = 'diglot-e2e-reader',
): ReaderDom & { mode(): Promise<string | null> } {
  async function host(): Promise<{ shadowRoot?: RemoteValue | null } | null> {
    const found = await bidi<EvaluateResult>('script.evaluate', {
      expression: "document.querySelector('diglot-reader')",
      target: { context, sandbox },
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0 },
    });
    if (found.type !== 'success' || found.result.type !== 'node') return null;
    return found.result.value as { shadowRoot?: RemoteValue | null };
  }
  async function rootId(): Promise<string | null> {
    return (await host())?.shadowRoot?.sharedId ?? null;
  }
  async function run<T, A>(fn: (this: ShadowRoot, arg: A) => T, arg?: A): Promise<T | null> {
    const root = await rootId();
    if (!root) return null;
    const done = await bidi<EvaluateResult>('script.callFunction', {
      // Through JSON both ways: plain data is all a probe takes and gives, and BiDi's remote values need no decoding.
      functionDeclaration: `async function (json) { return JSON.stringify(await (${fn.toString()}).call(this, JSON.parse(json))) }`,
      this: { sharedId: root },
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context, sandbox },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (done.type === 'exception') throw new Error(`in the reader: ${done.exceptionDetails.text}`);
    const json = done.result.value as string | undefined;
    return json === undefined ? (undefined as T) : (JSON.parse(json) as T);
  }
  return {
    run,
    async axe() {
      await bidi('script.evaluate', {
        expression: await axeSource(),
        target: { context, sandbox },
        awaitPromise: false,
        resultOwnership: 'none',
      });
      return (await run(axeReader)) ?? [];
    },
    close: async () => undefined,
    /** The shadow root's mode ('closed', 'open'), 'none' for a host without one, null without a host. */
    async mode() {
      const found = await host();
      if (!found) return null;
      return ((found.shadowRoot?.value as { mode?: string } | undefined)?.mode ?? 'none') as string;
    },
  };
}
