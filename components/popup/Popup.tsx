/**
 * The toolbar popup: what Diglot found on this page, and the switch between views.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../platform/messaging';
import { t, languageName, type MessageKey } from '../../platform/i18n';
import type { LangTag, Layout } from '../../utils/contract';
import type { PageStatus, ViewMode } from '../../utils/messages';
import { activeTabId } from './active-tab';
import { LanguageCorrection } from './LanguageCorrection';
import { ClipActions } from './ClipActions';
import { PairSection } from './PairSection';

type State =
  { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; tabId: number; status: PageStatus; busy: boolean };

const LAYOUT_KEYS: Record<Layout, MessageKey> = {
  blocks: 'layoutBlocks',
  interleaved: 'layoutInterleaved',
  columns: 'layoutColumns',
  pages: 'layoutPages',
  single: 'layoutSingle',
};

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return setState({ kind: 'unavailable' });
      // The reader answers for the page; most pages never loaded it (only the glance runs on every page).
      const { loaded } = await sendMessage('background:ensureReader', { tabId }).catch(() => ({ loaded: false }));
      // A browser page, the store, or a page Diglot may not touch.
      if (!loaded) return setState({ kind: 'unavailable' });
      // Detection waits for the page to be idle; a popup opened right after a load asks again until it has run.
      for (let attempt = 0; attempt < 40; attempt++) {
        let status: PageStatus;
        try {
          status = await sendMessage('content:getStatus', undefined, tabId);
        } catch {
          // No content script answered: a browser page, the store, or a tab opened before Diglot was installed.
          return setState({ kind: 'unavailable' });
        }
        if (status.checked || attempt === 39) return setState({ kind: 'ready', tabId, status, busy: false });
        await new Promise((done) => setTimeout(done, 250));
      }
    })();
  }, []);

  if (state.kind === 'loading')
    return (
      <main class="popup" aria-busy="true">
        <p class="muted">{t('popupChecking')}</p>
      </main>
    );
  if (state.kind === 'unavailable')
    return (
      <main class="popup">
        <h1 class="headline">{t('popupUnavailable')}</h1>
        <p class="muted">{t('popupUnavailableHint')}</p>
      </main>
    );

  const { tabId, status, busy } = state;
  const article = status.article;

  async function run(request: Promise<PageStatus>) {
    setState({ kind: 'ready', tabId, status, busy: true });
    try {
      setState({ kind: 'ready', tabId, status: await request, busy: false });
    } catch (error) {
      setState({ kind: 'ready', tabId, status: { ...status, error: String(error) }, busy: false });
    }
  }
  const parseAnyway = (languages?: [LangTag, LangTag]) => run(sendMessage('content:parseAnyway', { languages }, tabId));
  const setView = (view: ViewMode, swapped = status.swapped) =>
    run(sendMessage('content:setView', { view, swapped }, tabId));
  const pair = (
    <PairSection
      tabId={tabId}
      pageUrl={status.url}
      disabled={busy}
      onPaired={(next) => setState({ kind: 'ready', tabId, status: next, busy: false })}
    />
  );

  if (!article?.bilingual) {
    return (
      <main class="popup" aria-busy={busy}>
        <h1 class="headline">{t('popupNotFound')}</h1>
        <p class="muted">{t('popupNotFoundHint')}</p>
        {status.error && (
          <p class="error" role="alert">
            {status.error}
          </p>
        )}
        <button type="button" class="primary" disabled={busy} onClick={() => parseAnyway()}>
          {t('popupParseAnyway')}
        </button>
        {pair}
        <LanguageCorrection initial={article?.languages} disabled={busy} onApply={parseAnyway} />
        <Footer />
      </main>
    );
  }

  const [first, second] = article.languages as [LangTag, LangTag];
  const [left, right] = status.swapped ? [second, first] : [first, second];
  const views: { view: ViewMode; label: string }[] = [
    { view: 'original', label: t('viewOriginal') },
    { view: 'side-by-side', label: t('viewSideBySide') },
    { view: 'first-only', label: t('viewFirstOnly', languageName(first)) },
    { view: 'second-only', label: t('viewSecondOnly', languageName(second)) },
    { view: 'interleaved', label: t('viewInterleaved') },
  ];

  return (
    <main class="popup" aria-busy={busy}>
      <h1 class="headline">
        <span lang={left}>{languageName(left)}</span>
        <span aria-hidden="true" class="facing">
          ⇄
        </span>
        <span lang={right}>{languageName(right)}</span>
      </h1>
      <p class="muted">{t('popupFound')}</p>
      <dl class="facts">
        <dt>{t('popupLayout')}</dt>
        <dd>{t(LAYOUT_KEYS[article.layout])}</dd>
        <dt>{t('popupParagraphs')}</dt>
        <dd>{article.blocks}</dd>
        <dt>{t('popupPairs')}</dt>
        <dd>{article.pairs}</dd>
        <dt>{t('popupConfidence')}</dt>
        <dd>{Math.round(article.confidence * 100)}%</dd>
      </dl>
      {status.error && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
      <fieldset class="views" disabled={busy}>
        <legend>{t('popupView')}</legend>
        {views.map(({ view, label }) => (
          <label key={view} class={status.view === view ? 'view current' : 'view'}>
            <input
              type="radio"
              name="view"
              value={view}
              checked={status.view === view}
              onChange={() => setView(view)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={busy}
        aria-pressed={status.swapped}
        onClick={() => setView(status.view, !status.swapped)}
      >
        {t('popupSwap')}
      </button>
      <ClipActions tabId={tabId} />
      {pair}
      <LanguageCorrection initial={article.languages} disabled={busy} onApply={parseAnyway} />
      <Footer />
    </main>
  );
}

function Footer() {
  return (
    <footer class="footer">
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popupSettings')}
      </button>
    </footer>
  );
}
