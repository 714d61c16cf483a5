/**
 * The content script that runs on every page. It must cost the page almost nothing: it waits until the page is idle,
 * runs the cheap pre-check (no Readability), and only when that says "maybe bilingual" asks the background to inject
 * the full parser and reader (`reader.content`). It also answers the popup and re-checks pages that change after load.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage, isOwnSender } from '../platform/messaging';
import { getReader, type ReaderHook } from '../platform/reader-hook';
import { getSettings } from '../platform/storage';
import { precheck } from '../utils/precheck';
import type { PageStatus } from '../utils/messages';

// Re-check a changing page at most this often; a ticker or an infinite feed must not cause a parse loop.
const RECHECK_DEBOUNCE_MS = 1500;
const MAX_RECHECKS = 5;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let candidate = false;
    let checked = false;
    let rechecks = 0;
    let loading: Promise<ReaderHook | undefined> | undefined;

    const emptyStatus = (): PageStatus => ({
      url: location.href,
      checked,
      candidate,
      article: null,
      view: 'original',
      swapped: false,
    });

    /** Injects the reader once (the background owns scripting), then returns its hook. */
    function loadReader(): Promise<ReaderHook | undefined> {
      const ready = getReader();
      if (ready) return Promise.resolve(ready);
      loading ??= sendMessage('background:loadReader', undefined)
        .then((reply) => (reply.loaded ? getReader() : undefined))
        .finally(() => {
          loading = undefined;
        });
      return loading;
    }

    async function check(): Promise<void> {
      const result = precheck(document);
      candidate = result.candidate;
      checked = true;
      if (!candidate) {
        if (!getReader()) await sendMessage('background:detected', { languages: [], bilingual: false });
        return;
      }
      const reader = await loadReader();
      await reader?.parse({});
    }

    async function start(): Promise<void> {
      const settings = await getSettings();
      if (!settings.autoDetect) return;
      await check();
      // Late-loading article bodies and single-page apps: look again after the page settles, a bounded number of times.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new MutationObserver((records) => {
        if (rechecks >= MAX_RECHECKS) return observer.disconnect();
        if (records.every((r) => isOwnNode(r.target))) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          rechecks += 1;
          if (getReader()?.status().article?.bilingual) return observer.disconnect();
          void check();
        }, RECHECK_DEBOUNCE_MS);
      });
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => {
        observer.disconnect();
        clearTimeout(timer);
      });
    }

    onMessage('content:getStatus', ({ sender }) => {
      if (!isOwnSender(sender)) return emptyStatus();
      return getReader()?.status() ?? emptyStatus();
    });
    onMessage('content:parseAnyway', async ({ data, sender }) => {
      if (!isOwnSender(sender)) return emptyStatus();
      const reader = await loadReader();
      if (!reader) return { ...emptyStatus(), error: 'The reader could not be loaded into this page.' };
      return reader.parse({ languages: data.languages, force: true });
    });
    onMessage('content:setView', async ({ data, sender }) => {
      if (!isOwnSender(sender)) return emptyStatus();
      const reader = getReader();
      return reader ? reader.setView(data.view, data.swapped) : emptyStatus();
    });
    onMessage('content:clip', ({ sender }) => (isOwnSender(sender) ? (getReader()?.clip() ?? null) : null));
    onMessage('content:cycleView', async ({ sender }) => {
      if (!isOwnSender(sender)) return emptyStatus();
      const reader = getReader();
      return reader ? reader.cycleView() : emptyStatus();
    });

    const idle = (callback: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 3000 }) : setTimeout(callback, 200);
    idle(() => void start().catch(() => undefined));
  },
});

/** Mutations inside Diglot's own reader host must not count as page changes. */
function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest('diglot-reader'));
}
