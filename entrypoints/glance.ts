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
import { glanceInSlices } from '../utils/glance';

// A changing page is looked at again after 1.5 s, 3 s, 6 s, … (7 times: about three minutes of changes in all).
const RECHECK_FIRST_MS = 1500;
const MAX_RECHECKS = 7;

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

  // Late-loading article bodies and single-page apps: look again when the page changes. A change schedules one look;
  // the observer is disconnected until that look starts, so a page that changes all the time (a ticker, ads, an
  // infinite feed) costs one callback per look instead of one per change. Each wait is twice the one before and the
  // count is capped, so such a page costs a handful of glances in all. The observer stops once the article is found,
  // or when the background said auto-detect is off.
  function watch(): void {
    let rechecks = 0;
    const target = document.body ?? document.documentElement;
    const listen = (): void => observer.observe(target, { childList: true, subtree: true });
    const observer = new MutationObserver((records) => {
      if (records.every((r) => isOwnNode(r.target))) return;
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
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 200);
});

/** Mutations inside Diglot's own reader host must not count as page changes. */
function isOwnNode(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  return Boolean(element?.closest('diglot-reader'));
}
