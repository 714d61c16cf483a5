/**
 * The content script that runs on every page. It must cost the page almost nothing: it waits until the page is idle,
 * runs the cheap pre-check (no Readability), and only when that says "maybe bilingual" asks the background to inject
 * the full parser and reader (`reader.content`). It also answers the popup and re-checks pages that change after load.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { onMessage, sendMessage, isOwnSender } from '../platform/messaging';
import type { SenderLike } from '../utils/sender';
import { getReader, type ReaderHook } from '../platform/reader-hook';
import { readSettings } from '../platform/settings-read';
import { precheck } from '../utils/precheck';
import type { PageStatus } from '../utils/messages';

// A changing page is checked again after 1.5 s, 3 s, 6 s, … (7 times: about three minutes of changes in all).
const RECHECK_FIRST_MS = 1500;
const MAX_RECHECKS = 7;

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
      if (!candidate) {
        checked = true;
        if (!getReader()) await sendMessage('background:detected', { languages: [], bilingual: false });
        return;
      }
      // Checked only once the parse has run: a popup asking while the reader is still being injected would be told
      // "no bilingual article" (seen in Firefox, whose injection is slower, and in Chromium under load).
      try {
        const reader = await loadReader();
        await reader?.parse({});
      } finally {
        checked = true;
      }
    }

    async function start(): Promise<void> {
      const settings = await readSettings();
      if (!settings.autoDetect) {
        // Nothing will run until the user asks: the popup must not wait for a detection that never comes.
        checked = true;
        return;
      }
      await check();
      // Late-loading article bodies and single-page apps: look again when the page changes. A change schedules one
      // re-check and later changes do not postpone it, so a page that never settles (a ticker, an infinite feed) is
      // still looked at; each wait is twice the one before and the count is capped, so such a page costs a handful of
      // pre-checks in all, never a loop.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const observer = new MutationObserver((records) => {
        if (timer !== undefined) return;
        if (rechecks >= MAX_RECHECKS) return observer.disconnect();
        if (records.every((r) => isOwnNode(r.target))) return;
        timer = setTimeout(
          () => {
            timer = undefined;
            rechecks += 1;
            if (getReader()?.status().article?.bilingual) return observer.disconnect();
            void check();
          },
          RECHECK_FIRST_MS * 2 ** rechecks,
        );
      });
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      ctx.onInvalidated(() => {
        observer.disconnect();
        clearTimeout(timer);
      });
    }

    // Only Diglot's own popup and background are answered; any other sender gets the empty status (or no clip).
    const own = <T>(sender: SenderLike, answer: () => T | Promise<T>, otherwise: T): T | Promise<T> =>
      isOwnSender(sender) ? answer() : otherwise;
    onMessage('content:getStatus', ({ sender }) =>
      own(sender, () => getReader()?.status() ?? emptyStatus(), emptyStatus()),
    );
    onMessage('content:parseAnyway', ({ data, sender }) =>
      own(
        sender,
        async () => {
          const reader = await loadReader();
          if (!reader) return { ...emptyStatus(), error: 'The reader could not be loaded into this page.' };
          return reader.parse({ languages: data.languages, force: true });
        },
        emptyStatus(),
      ),
    );
    onMessage('content:setView', ({ data, sender }) =>
      own(sender, () => getReader()?.setView(data.view, data.swapped) ?? emptyStatus(), emptyStatus()),
    );
    onMessage('content:cycleView', ({ sender }) =>
      own(sender, () => getReader()?.cycleView() ?? emptyStatus(), emptyStatus()),
    );
    onMessage('content:readPair', ({ data, sender }) =>
      own(
        sender,
        async () => {
          const reader = await loadReader();
          if (!reader) return { status: emptyStatus(), failure: { kind: 'no-reader' as const, reason: '' } };
          return reader.readPair(data.html, data.url);
        },
        { status: null },
      ),
    );
    onMessage('content:clip', ({ sender }) => own(sender, () => getReader()?.clip() ?? null, null));

    const idle = (callback: () => void) =>
      'requestIdleCallback' in window ? requestIdleCallback(callback, { timeout: 3000 }) : setTimeout(callback, 200);
    idle(
      () =>
        void start().catch(() => {
          checked = true;
        }),
    );
  },
});

/** Mutations inside Diglot's own reader host must not count as page changes. */
function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest('diglot-reader'));
}
