/**
 * The reader: the full parser and the views. Not in the manifest; the background injects it into a page only when
 * the pre-check said yes or the user asked, so pages without a bilingual article never load it.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../platform/messaging';
import { registerReader, getReader } from '../../platform/reader-hook';
import { getSettings, getSiteView, saveSettings, saveSiteView } from '../../platform/storage';
import { parseArticle } from '../../utils/parse';
import { nextView } from '../../utils/settings';
import type { ParsedArticle } from '../../utils/contract';
import type { PageStatus, ViewMode } from '../../utils/messages';
import { createViews } from '../../components/views';
import { makeClip } from '../../utils/export/clip';
import { browser } from 'wxt/browser';

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Injected twice (e.g. "parse anyway" after auto-detection): the first instance stays in charge.
    if (getReader()) return;

    let article: ParsedArticle | null = null;
    let view: ViewMode = 'original';
    let swapped = false;
    let error: string | undefined;
    const views = createViews(document, {
      // The reader's own toolbar, Esc and × change the view: remember it for the site, as a popup choice would be.
      onViewChange: (next, nextSwapped) => {
        view = next;
        swapped = nextSwapped;
        void saveSiteView(location.hostname, { view, swapped });
      },
      // Theme, font size and hide-translation from the reader's toolbar are settings like those of the options page.
      onSettingsChange: (patch) => void saveSettings(patch),
    });

    const status = (): PageStatus => ({
      url: location.href,
      checked: article !== null,
      candidate: true,
      article,
      view,
      swapped,
      error,
    });

    async function show(next: ViewMode, nextSwapped = swapped, remember = true): Promise<PageStatus> {
      if (!article?.bilingual && next !== 'original') {
        error = 'No bilingual article was found on this page, so there is nothing to show side by side.';
        return status();
      }
      view = next;
      swapped = nextSwapped;
      error = undefined;
      if (article) views.show(article, view, swapped, await getSettings());
      if (remember) await saveSiteView(location.hostname, { view, swapped });
      return status();
    }

    registerReader({
      status,
      async parse({ languages, force }) {
        // A bilingual article stays as parsed; a page found not bilingual is parsed again when the pre-check asks,
        // since its second language may have arrived late.
        if (article?.bilingual && !force && !languages) return status();
        const previous = view;
        if (previous !== 'original') views.show(article!, 'original', swapped, await getSettings());
        article = parseArticle(document, { url: location.href, languages });
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
      },
      setView: (next, nextSwapped) => show(next, nextSwapped),
      cycleView: () => show(nextView(view)),
      clip: () =>
        article
          ? makeClip(document, article, {
              url: location.href,
              clippedAt: new Date().toISOString(),
              diglotVersion: browser.runtime.getManifest().version,
            })
          : null,
    });
  },
});
