/**
 * Reading two pages together, the background's part: get the other page the way the user would see it (an open tab,
 * or an ordinary background tab opened on the user's click, so their cookies and logins apply), take its HTML from
 * that tab, and hand it to the first tab's reader. Diglot never fetches a page itself.
 */
import { browser } from 'wxt/browser';
import type { PairReply, PairTarget } from '../utils/messages';
import { READER_SCRIPT, loadIntoTab } from './load-stage';
import { sendMessage } from './messaging';
import { pairingUrl } from './pairings';
import { savePairing } from './storage';

/** A page that has not loaded in this time is given up on (the tab stays open for the user). */
const LOAD_TIMEOUT_MS = 45_000;

/**
 * Waits until tab `id` has finished loading a web page; rejects when it is closed or takes too long. A tab just
 * created reports `complete` for the blank page it starts on, so only a complete http(s) page counts.
 */
function waitForLoad(id: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      if (error) reject(error);
      else resolve();
    };
    const loaded = (tab: { status?: string; url?: string }) =>
      tab.status === 'complete' && tab.url !== undefined && pairingUrl(tab.url) !== null;
    const onUpdated = (tabId: number, _info: unknown, tab: { status?: string; url?: string }) => {
      if (tabId === id && loaded(tab)) done();
    };
    const onRemoved = (tabId: number) => {
      if (tabId === id) done(new Error('the tab was closed'));
    };
    const timer = setTimeout(() => done(new Error('the page took too long to load')), LOAD_TIMEOUT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    // It may have finished before the listener was added.
    void browser.tabs.get(id).then(
      (tab) => loaded(tab) && done(),
      () => done(new Error('the tab was closed')),
    );
  });
}

/** The tab showing `target`: the one named, an open tab on the same URL, or a new background tab. */
async function targetTab(firstTab: number, target: PairTarget): Promise<number> {
  if (target.tabId !== undefined) return target.tabId;
  const wanted = pairingUrl(target.url);
  if (!wanted) throw new Error(`not a web page: ${target.url}`);
  const open = (await browser.tabs.query({})).find(
    (tab) => tab.id !== undefined && tab.id !== firstTab && tab.url !== undefined && pairingUrl(tab.url) === wanted,
  );
  if (open?.id !== undefined) return open.id;
  // Beside the first page, in its window, as a link the user opened in the background would be.
  const { windowId } = await browser.tabs.get(firstTab);
  const created = await browser.tabs.create({ url: wanted, active: false, windowId, openerTabId: firstTab });
  if (created.id === undefined) throw new Error('no tab could be opened');
  return created.id;
}

/** The page in tab `id` as its browser shows it now: the live DOM's HTML, its URL and its title. */
async function pageOf(id: number): Promise<{ html: string; url: string; title: string }> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId: id },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href, title: document.title }),
  });
  const page = result?.result as { html?: unknown; url?: unknown; title?: unknown } | undefined;
  if (typeof page?.html !== 'string' || typeof page.url !== 'string') throw new Error('the page gave no HTML');
  return { html: page.html, url: page.url, title: typeof page.title === 'string' ? page.title : '' };
}

export async function openPair(firstTab: number, target: PairTarget): Promise<PairReply> {
  const started = Date.now();
  let page: { html: string; url: string; title: string };
  try {
    const id = await targetTab(firstTab, target);
    await waitForLoad(id);
    try {
      page = await pageOf(id);
    } catch (error) {
      return { status: null, failure: { kind: 'unreadable', reason: String((error as Error).message ?? error) } };
    }
  } catch (error) {
    return { status: null, failure: { kind: 'load-failed', reason: String((error as Error).message ?? error) } };
  }
  const fetched = Date.now();
  let reply: PairReply;
  try {
    const { loaded, error } = await loadIntoTab(firstTab, READER_SCRIPT);
    if (!loaded) throw new Error(error);
    reply = await sendMessage('content:readPair', { html: page.html, url: page.url }, firstTab);
  } catch (error) {
    return { status: null, failure: { kind: 'no-reader', reason: String((error as Error).message ?? error) } };
  }
  const article = reply.status?.article;
  const first = article?.pages?.[0];
  const second = article?.pages?.[1];
  if (!reply.failure && article?.bilingual && article.layout === 'pages' && first && second) {
    const urls = [pairingUrl(reply.status!.url), pairingUrl(page.url)];
    if (urls[0] && urls[1] && urls[0] !== urls[1]) {
      await savePairing({
        urls: [urls[0], urls[1]],
        titles: [first.title ?? '', second.title ?? page.title],
        languages: [first.lang, second.lang],
        savedAt: Date.now(),
      });
    }
  }
  return { ...reply, timings: { fetchMs: fetched - started, readMs: Date.now() - fetched } };
}
