/**
 * The reader: the views, the clip, and the answers to the popup. Not in the manifest; the background injects it into
 * a page only when the pre-check said yes or the user opened the popup, so most pages never load it.
 *
 * An unlisted script, not a WXT content script: WXT's content-script context announces each start to the page with
 * `window.postMessage` (so a page could see Diglot arrive, and it cost the loading task 6–11 ms), and the reader needs
 * none of the context's helpers.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isOwnSender, onMessage, sendMessage } from '../../platform/messaging';
import { detectState, detectionSettled } from '../../platform/detect-state';
import type { SenderLike } from '../../utils/sender';
import { registerReader, getReader, type ReaderHook } from '../../platform/reader-hook';
import {
  getPairEdits,
  getSettings,
  getSiteView,
  savePairEdits,
  saveSettings,
  saveSiteView,
} from '../../platform/storage';
import { t } from '../../platform/i18n';
import { replayEdits, saveEdits, type PairEdit } from '../../utils/pair-edits';
import { inertDocument } from '../../utils/dom/html-document';
import { parsePageAway, parsePairAway } from '../../platform/parse-client';
import { nextView } from '../../utils/settings';
import type { ParsedArticle } from '../../utils/contract';
import { articleFacts } from '../../utils/article-facts';
import type { PageStatus, PairReply, ViewMode } from '../../utils/messages';
import { createViews } from '../../components/views';
import { makeClip, makePairClip } from '../../utils/export/clip';
import { browser } from 'wxt/browser';

export default defineUnlistedScript({
  main() {
    // Injected twice (e.g. "parse anyway" after auto-detection): the first instance stays in charge.
    if (getReader()) return;

    let article: ParsedArticle | null = null;
    let view: ViewMode = 'original';
    let swapped = false;
    let error: string | undefined;
    // Layout `pages`: the other page, as the HTML its tab gave and an inert document of it (no script of it runs) for
    // its citation.
    let other: { html: string; doc: Document; url: string } | null = null;
    // Corrections to the alignment: the article as parsed, the saved steps that still apply to it, and how many
    // saved steps no longer match the page's text (said in the reader).
    let parsed: ParsedArticle | null = null;
    let kept: PairEdit[] = [];
    let skippedNotice: string | null = null;

    /** The parse with the page's saved corrections applied (every view, the clip and the exports use it). */
    async function corrected(next: ParsedArticle): Promise<ParsedArticle> {
      parsed = next;
      kept = [];
      skippedNotice = null;
      const saved = next.bilingual ? await getPairEdits(location.href) : undefined;
      if (!saved) return next;
      const replayed = replayEdits(next, saved);
      kept = replayed.kept;
      if (replayed.skipped > 0) {
        skippedNotice = t('editsSkipped', [String(replayed.skipped), String(saved.edits.length)]);
      }
      return replayed.article;
    }

    const views = createViews(document, {
      notice: () => skippedNotice,
      onEdits: (edits, next) => {
        article = next;
        kept = [...kept, ...edits];
        skippedNotice = null;
        if (parsed) void savePairEdits(saveEdits(location.href, parsed, kept, new Date().toISOString()));
      },
      // The reader's own toolbar, Esc and × change the view: remember it for the site, as a popup choice would be.
      onViewChange: (next, nextSwapped) => {
        view = next;
        swapped = nextSwapped;
        void saveSiteView(location.hostname, { view, swapped });
      },
      // Theme, font size and hide-translation from the reader's toolbar are settings like those of the options page.
      onSettingsChange: (patch) => void saveSettings(patch),
    });

    const detected = detectState();
    // A parse in flight, and whether one has finished (or failed): the popup waits for the answer, not for the start.
    let parsing = 0;
    let parsedOnce = false;
    const status = (): PageStatus => ({
      url: location.href,
      checked:
        parsing === 0 &&
        (article !== null || parsedOnce || (detectionSettled(detected) && !detected.precheck?.candidate)),
      candidate: article !== null || detected.precheck?.candidate === true,
      article: article && articleFacts(article),
      view,
      swapped,
      error,
    });

    async function show(next: ViewMode, nextSwapped = swapped, remember = true): Promise<PageStatus> {
      if (!article?.bilingual && next !== 'original') {
        error = 'No bilingual article was found on this page, so there is nothing to show side by side.';
        return status();
      }
      const unchanged = next === 'original' && view === 'original';
      view = next;
      swapped = nextSwapped;
      error = undefined;
      if (article) views.show(article, view, swapped, await getSettings());
      // The page paints the reader first; the storage write and the answer wait for that frame. Not when nothing was
      // drawn (a parse that leaves the page as it is): asking for a frame then makes the browser render a page that
      // had no reason to, which on a 5,000-row page was a 50–70 ms task of Diglot's a few seconds after load.
      if (!unchanged) await afterPaint();
      if (remember) await saveSiteView(location.hostname, { view, swapped });
      return status();
    }

    /** Reads this page beside another; the reader opens on the two unless they do not read as a translation. */
    async function readPair(otherHtml: string, otherUrl: string, languages?: [string, string]): Promise<PairReply> {
      const started = performance.now();
      // The parse runs away from this page (the background's offscreen document or page), fed in small pieces.
      const next = await parsePairAway(document, otherHtml, [location.href, otherUrl], languages);
      if (!next.bilingual) {
        const reason = next.warnings?.[next.warnings.length - 1] ?? '';
        return { status: status(), failure: { kind: 'not-translation', reason } };
      }
      article = await corrected(next);
      other = { html: otherHtml, doc: inertDocument(otherHtml, otherUrl, new DOMParser()), url: otherUrl };
      error = undefined;
      await sendMessage('background:detected', { languages: article.languages, bilingual: true });
      // The user asked for the two pages together: a reader view, the one they chose on this site if any.
      const remembered = (await getSiteView(location.hostname))?.view;
      const target = remembered && remembered !== 'original' ? remembered : 'side-by-side';
      const shown = await show(target, false, false);
      return { status: shown, timings: { fetchMs: 0, readMs: Math.round(performance.now() - started) } };
    }

    async function parse({ languages, force }: { languages?: [string, string]; force?: boolean }): Promise<PageStatus> {
      // A bilingual article stays as parsed; a page found not bilingual is parsed again when the pre-check asks,
      // since its second language may have arrived late.
      if (article?.bilingual && !force && !languages) return status();
      const previous = view;
      if (previous !== 'original') views.show(article!, 'original', swapped, await getSettings());
      // Two pages read together and corrected to another pair of languages: read the same two pages again.
      if (other && languages) {
        const reply = await readPair(other.html, other.url, languages);
        if (!reply.failure) return reply.status ?? status();
        await show(previous, swapped, false);
        error = reply.failure.reason;
        return status();
      }
      other = null;
      try {
        article = await corrected(await parsePageAway(document, location.href, languages));
      } catch (failure) {
        error = t('parseFailed', [String((failure as Error).message ?? failure)]);
        return status();
      }
      error = article.warnings?.find((w) => /too large/i.test(w));
      await sendMessage('background:detected', { languages: article.languages, bilingual: article.bilingual });
      if (!article.bilingual) {
        view = 'original';
        return status();
      }
      // A site the reader chose a view on before opens in that view; new sites in the default view.
      const remembered = await getSiteView(location.hostname);
      const settings = await getSettings();
      const target = force && previous !== 'original' ? previous : (remembered?.view ?? settings.defaultView);
      return show(target, remembered?.swapped ?? swapped, false);
    }

    const hook: ReaderHook = {
      status,
      async parse(options) {
        parsing++;
        try {
          await parse(options);
        } finally {
          parsing--;
          parsedOnce = true;
        }
        return status();
      },
      readPair: (html, url) => readPair(html, url),
      setView: (next, nextSwapped) => show(next, nextSwapped),
      cycleView: () => show(nextView(view)),
      clip: () =>
        article && other && article.layout === 'pages'
          ? makePairClip(document, other.doc, article, {
              urls: [location.href, other.url],
              clippedAt: new Date().toISOString(),
              diglotVersion: browser.runtime.getManifest().version,
            })
          : article
            ? makeClip(document, article, {
                url: location.href,
                clippedAt: new Date().toISOString(),
                diglotVersion: browser.runtime.getManifest().version,
              })
            : null,
    };
    registerReader(hook);

    // The popup's questions. Only Diglot's own popup and background are answered; any other sender gets the empty
    // status (or no clip).
    const own = <T>(sender: SenderLike, answer: () => T | Promise<T>, otherwise: T): T | Promise<T> =>
      isOwnSender(sender) ? answer() : otherwise;
    const empty = (): PageStatus => ({ ...status(), article: null });
    onMessage('content:getStatus', ({ sender }) => own(sender, status, empty()));
    onMessage('content:parseAnyway', ({ data, sender }) =>
      own(sender, () => hook.parse({ languages: data.languages, force: true }), empty()),
    );
    onMessage('content:setView', ({ data, sender }) =>
      own(sender, () => hook.setView(data.view, data.swapped), empty()),
    );
    onMessage('content:cycleView', ({ sender }) => own(sender, () => hook.cycleView(), empty()));
    onMessage('content:readPair', ({ data, sender }) =>
      own(sender, () => hook.readPair(data.html, data.url), { status: null }),
    );
    onMessage('content:clip', ({ sender }) => own(sender, () => hook.clip(), null));

    // Loaded because the pre-check said yes (not only because the popup opened): parse now.
    if (detected.precheck?.candidate) void hook.parse({});
  },
});

/** Resolves once the page has painted the frame after this task (at once in a hidden tab, after 100 ms at most). */
function afterPaint(): Promise<void> {
  // A hidden tab draws no frame, and its timers are throttled to one a second: nothing to wait for.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }, 0),
    );
  });
}
