/**
 * What the e2e tests need from a browser, whatever drives it: Chromium through playwright-core (CDP), Firefox through
 * puppeteer-core (WebDriver BiDi). The suites speak only this, so each runs in both browsers from one source.
 *
 * Everything that touches a page's DOM goes through `evaluate` with a DOM click rather than a synthesised one where
 * that is the same event: it behaves alike in both browsers and never waits for the browser's idea of "stable".
 */
import type { ReaderDom } from './reader-dom';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  url(): Promise<string>;
  /** Navigates the tab and waits for the page to load. */
  goto(url: string): Promise<void>;
  /** Uncaught errors and console errors of the page's own world since the tab was opened (for extension pages). */
  errors: string[];
  /** Dialogs the page opened (each dismissed at once): `alert: text`. */
  dialogs: string[];
  /** Runs `fn` in the page's main world (or the extension page's own); `fn` is sent as source text. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Evaluates a script's source text (axe-core, say) in the page's main world. */
  evaluateSource(source: string): Promise<void>;
  /** Polls until `selector` matches (or, with `detached`, until it does not). */
  waitFor(selector: string, options?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  /**
   * A DOM click on the first element matching `selector` (and whose text matches `name`, when given), once there is
   * one.
   */
  click(selector: string, name?: RegExp | string): Promise<void>;
  /** The rendered text (`innerText`) of the last element matching `selector`; '' when none does. */
  text(selector: string): Promise<string>;
  /** Types `value` into an input as a user does (the element's value set, `input` fired). */
  fill(selector: string, value: string): Promise<void>;
  /** Chooses an option of a `<select>` and fires `change`, as a user's choice does. */
  select(selector: string, value: string): Promise<void>;
  /** Real input events, from the browser: the pointer and the keyboard ('Tab', 'Control+z', 'Shift+click'). */
  mouseMove(x: number, y: number): Promise<void>;
  mouseClick(x: number, y: number, modifier?: 'Shift'): Promise<void>;
  press(keys: string): Promise<void>;
  /** The reader's closed shadow root, as the page's scripts can never see it. */
  reader(): Promise<ReaderDom>;
  screenshot(name: string): Promise<string>;
  bringToFront(): Promise<void>;
  reload(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface Download {
  name: string;
  text: string;
}

export interface DriverBrowser {
  name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`: where the extension's pages live. */
  extensionOrigin: string;
  /** Opens a URL (a web page or one of the extension's pages) in a new tab and waits for it to load. */
  open(url: string): Promise<Tab>;
  /** A new blank tab, to watch before it navigates. */
  blank(): Promise<Tab>;
  /** Opens the popup page in a tab of its own, speaking for the tab `tab` (not waiting for its answer). */
  openPopup(tab: Tab, options?: { window?: boolean }): Promise<Tab>;
  /** The browser's id of a tab (what the popup, the badge and `scripting` are keyed by). */
  tabId(tab: Tab): Promise<number>;
  /** The URLs of every open tab. */
  tabUrls(): Promise<string[]>;
  /** Closes every tab whose URL passes `test`, including tabs the extension opened itself. */
  closeTabs(test: (url: string) => boolean): Promise<void>;
  badge(tab: Tab): Promise<{ text: string; title: string }>;
  /**
   * Runs `fn` where the extension's APIs are (`globalThis.chrome` / `globalThis.browser`): the service worker in
   * Chromium, one of the extension's own pages in Firefox (its background is an event page no driver can reach).
   */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Runs `trigger` (a click on a Download button) and returns the file the browser saved. */
  download(tab: Tab, trigger: () => Promise<void>): Promise<Download>;
  close(): Promise<void>;
}

/** Where to poll, and how long, for something that happens soon. */
export async function pollUntil(check: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Splits 'Control+Shift+z' into modifiers held down and the key pressed. */
export function splitKeys(keys: string): { modifiers: string[]; key: string } {
  const parts = keys.split('+');
  // '+' alone, or a trailing '+' ("Control++"), is the key itself.
  if (parts.at(-1) === '' && parts.length > 1) return { modifiers: parts.slice(0, -2), key: '+' };
  return { modifiers: parts.slice(0, -1), key: parts.at(-1)! };
}

/** In-page helpers of `Tab`, shared by both drivers: each is sent to the page as source text (so arrows, not methods). */
export const dom = {
  waitState: ([selector, detached]: [string, boolean]): boolean => {
    return (document.querySelector(selector) === null) === detached;
  },
  click: ([selector, name]: [string, string | null]): string | null => {
    const pattern = name === null ? null : new RegExp(name, 'i');
    const found = Array.from(document.querySelectorAll<HTMLElement>(selector)).find(
      (el) => !pattern || pattern.test(el.textContent ?? '') || pattern.test(el.getAttribute('aria-label') ?? ''),
    );
    if (!found) return `nothing matches ${selector}${name ? ` named ${name}` : ''}`;
    found.click();
    return null;
  },
  text: (selector: string): string => {
    const all = document.querySelectorAll<HTMLElement>(selector);
    return all.length ? (all[all.length - 1]!.innerText ?? '') : '';
  },
  fill: ([selector, value]: [string, string]): string | null => {
    const input = document.querySelector<HTMLInputElement>(selector);
    if (!input) return `nothing matches ${selector}`;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return null;
  },
  select: ([selector, value]: [string, string]): string | null => {
    const select = document.querySelector<HTMLSelectElement>(selector);
    if (!select) return `nothing matches ${selector}`;
    select.value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return null;
  },
};

/** The name pattern `click` sends to the page: a string matches as a whole, case-insensitive. */
export function namePattern(name: RegExp | string | undefined): string | null {
  if (name === undefined) return null;
  if (typeof name === 'string') return `^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`;
  return name.source;
}

type Evaluate = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<T>;

/** The DOM-level half of a `Tab`, the same in both browsers once `evaluate` is given. */
export function domActions(evaluate: Evaluate): Pick<Tab, 'waitFor' | 'click' | 'text' | 'fill' | 'select'> {
  const must = async (problem: Promise<string | null>) => {
    const message = await problem;
    if (message) throw new Error(message);
  };
  return {
    async waitFor(selector, options = {}) {
      const detached = options.state === 'detached';
      await pollUntil(
        () => evaluate(dom.waitState, [selector, detached] as [string, boolean]),
        options.timeout ?? 10_000,
        `${selector} ${detached ? 'to go' : 'to appear'}`,
      );
    },
    // Waits (5 s) for its target as Playwright's locators do: a list the page is still rendering is no failure.
    async click(selector, name) {
      const args = [selector, namePattern(name)] as [string, string | null];
      let problem: string | null = null;
      await pollUntil(
        async () => (problem = await evaluate(dom.click, args)) === null,
        5_000,
        `${selector}${name ? ` named ${String(name)}` : ''} to click`,
      ).catch(() => must(Promise.resolve(problem)));
    },
    text: (selector) => evaluate(dom.text, selector),
    fill: (selector, value) => must(evaluate(dom.fill, [selector, value] as [string, string])),
    select: (selector, value) => must(evaluate(dom.select, [selector, value] as [string, string])),
  };
}

interface Keyboard {
  down(key: string): Promise<void>;
  up(key: string): Promise<void>;
  press(key: string): Promise<void>;
}
interface Mouse {
  move(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
}

/** The input half of a `Tab`: Playwright's and puppeteer's keyboards and mice take the same calls. */
export function inputActions(keyboard: Keyboard, mouse: Mouse): Pick<Tab, 'mouseMove' | 'mouseClick' | 'press'> {
  return {
    mouseMove: (x, y) => mouse.move(x, y),
    async mouseClick(x, y, modifier) {
      if (modifier) await keyboard.down(modifier);
      await mouse.click(x, y);
      if (modifier) await keyboard.up(modifier);
    },
    async press(keys) {
      const { modifiers, key } = splitKeys(keys);
      for (const m of modifiers) await keyboard.down(m);
      await keyboard.press(key);
      for (const m of modifiers.reverse()) await keyboard.up(m);
    },
  };
}

/**
 * `fn(arg)` as one expression of source text. tsx (the demo) compiles with esbuild's keepNames, which wraps named
 * functions in a `__name` helper the page does not have: the expression brings a do-nothing one of its own, scoped
 * to itself so the page's globals stay untouched.
 */
export function callSource(fn: (arg: never) => unknown, arg: unknown): string {
  const json = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${json}); })()`;
}
