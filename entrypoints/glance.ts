/**
 * The glance: the one script Diglot puts on every page (declared in the manifest by `wxt.config.ts`). It has a size
 * budget of 6 KB gzipped (a test holds it), so it carries no polyfill, no messaging library and no settings: once the
 * page is idle it asks `utils/glance.ts` whether the text is plainly in one language. Yes ends Diglot's work on the
 * page. Otherwise it asks the background for the pre-check (`entrypoints/precheck.ts`), which the background loads
 * only when auto-detect is on.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectState } from '../platform/detect-state';
import { getReader } from '../platform/reader-hook';
import { sendStage } from '../platform/stage-runtime';
import { addedText } from '../utils/added-text';
import { glanceInSlices } from '../utils/glance';

// A changing page is looked at again after 1.5 s, 3 s, 6 s, … (7 times: about three minutes of changes in all).
const RECHECK_FIRST_MS = 1500;
const MAX_RECHECKS = 7;
// Characters of text a page must gain before it is looked at again: a late article or translation brings paragraphs;
// ads, lazy images, a clock or a ticker's swapped line bring a few words at most.
const NEW_TEXT = 200;

export default defineUnlistedScript(() => {
  const state = detectState();
  if (state.glance !== undefined) return;

  async function look(): Promise<void> {
    state.glance = (await glanceInSlices(document)).verdict;
    if (state.glance === 'one') return;
    // Loaded before: the pre-check runs again in place, without a round trip through the background.
    if (state.recheck) return state.recheck();
    if (!(await sendStage({ diglot: 'glanced' })).loaded) state.stopped = true;
  }

  // Late-loading article bodies and single-page apps: look again when the page gains text. Until NEW_TEXT characters
  // have arrived a change costs only adding up the lengths of what was added (native calls), so a page that only
  // swaps its ads or ticks a clock is never looked at again. Enough text schedules one look, and the observer is
  // disconnected until that look starts, so a page that grows all the time (an infinite feed) costs one callback per
  // look instead of one per change. Each wait is twice the one before and the count is capped, so such a page costs a
  // handful of glances in all. The observer stops once the article is found, or when the background said auto-detect
  // is off.
  function watch(): void {
    let rechecks = 0;
    let gained = 0;
    const target = document.body ?? document.documentElement;
    const listen = (): void => observer.observe(target, { childList: true, subtree: true });
    const observer = new MutationObserver((records) => {
      gained += addedText(records, isOwnNode);
      if (gained < NEW_TEXT) return;
      gained = 0;
      observer.disconnect();
      if (rechecks >= MAX_RECHECKS || state.stopped) return;
      setTimeout(
        () => {
          rechecks += 1;
          if (state.stopped || getReader()?.status().article?.bilingual) return;
          listen();
          void look();
        },
        RECHECK_FIRST_MS * 2 ** rechecks,
      );
    });
    listen();
  }

  const start = (): void => {
    void look().catch(() => {
      state.glance = 'one';
    });
    watch();
  };
  // Both browsers Diglot is built for have idle callbacks (Chromium, Firefox).
  requestIdleCallback(start, { timeout: 3000 });
});

/** Mutations inside Diglot's own reader host must not count as page changes. (The target of a `childList` record
 * under `body` is always an element.) */
function isOwnNode(node: Node): boolean {
  return Boolean((node as Element).closest?.('diglot-reader'));
}
