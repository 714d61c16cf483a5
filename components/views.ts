/**
 * The views: switches the page between the original, the reader overlay (side by side, interleaved, or one language
 * in a column) and one language in place on the live page, and undoes each exactly.
 *
 * The reader lives in a closed shadow root on a `<diglot-reader>` host appended to `<html>`, so neither the page's CSS
 * nor its scripts reach into it. Everything is built from the document passed in (`doc.defaultView` for the window),
 * so the views run the same under linkedom in unit tests. One exception: Preact creates nodes with the global
 * `document`, which in a content script is this same document (tests point the global at theirs).
 */
import { h, render } from 'preact';
import { t } from '../platform/i18n';
import type { ParsedArticle } from '../utils/contract';
import type { PairEdit } from '../utils/pair-edits';
import type { ViewMode } from '../utils/messages';
import type { Settings } from '../utils/settings';
import { attachHighlight } from './highlight';
import { hideLanguageInPlace, type InPlaceResult } from './in-place';
import { LOCK_ATTRIBUTE, usePageSheet } from './page-sheet';
import { Reader, type ReaderView, type Speech } from './Reader';
import { READER_CSS } from './styles';

export const HOST_TAG = 'diglot-reader';

/**
 * One language only: in place when at least this share of the other language's blocks was found on the page.
 *
 * In place is the default for `first-only` / `second-only` because it keeps the site's own look (its fonts, images,
 * ads and comments stay where the reader expects them). It needs every hidden block found again by its text; when
 * fewer than 90% are found (a site that rewrites its markup, a parse of text that is not in simple blocks), hiding
 * would leave the other language showing in patches, so the reader's single column is used instead. Switching to
 * one language from the reader's own toolbar keeps the reader: the user chose to read there.
 */
export const IN_PLACE_MIN_SHARE = 0.9;

const SEALED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'wheel',
  'touchstart',
  'touchmove',
];

export type Surface = 'none' | 'reader' | 'in-place';

export interface ViewsOptions {
  /** The reader's own controls (toolbar, Esc, ×) changed the view; the content script remembers it. */
  onViewChange?: (view: ViewMode, swapped: boolean) => void;
  /** The reader's toolbar changed a setting (theme, font size, hide translation); the caller may store it. */
  onSettingsChange?: (patch: Partial<Settings>) => void;
  /** How `first-only` / `second-only` are shown: `auto` (default, see IN_PLACE_MIN_SHARE), or always one way. */
  oneLanguage?: 'auto' | 'in-place' | 'reader';
  /**
   * `closed` (default) keeps the page's scripts out of the reader. `open` exists for accessibility checks only:
   * axe-core and test drivers cannot see into a closed root.
   */
  shadowMode?: ShadowRootMode;
  /**
   * Offers "Edit pairs" in side by side. Done passes the session's steps and the corrected article, which the views
   * show from then on (the caller saves them); without this option the reader has no editor.
   */
  onEdits?: (edits: PairEdit[], corrected: ParsedArticle) => void;
  /** Open the reader straight in edit mode (the clip library). */
  startEditing?: boolean;
  /** A line shown under the reader's title, read on every render (e.g. saved fixes that no longer match). */
  notice?: () => string | null;
}

export interface ViewsState {
  view: ViewMode;
  swapped: boolean;
  /** Where the view is drawn: nowhere (the original), the reader overlay, or on the page itself. */
  surface: Surface;
}

export interface Views {
  show(article: ParsedArticle, view: ViewMode, swapped: boolean, settings: Settings): void;
  /** What is on screen now. */
  state(): ViewsState;
  destroy(): void;
}

interface OpenReader {
  host: HTMLElement;
  shadow: ShadowRoot;
  mount: HTMLElement;
  unlockPage(): void;
  detachHighlight(): void;
  returnFocus: Element | null;
  guard(event: Event): void;
}

type Win = Window & typeof globalThis;

function makeSpeech(win: Win | null): Speech | null {
  const synth = win?.speechSynthesis;
  const Utterance = win?.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return null;
  return {
    speak(text, lang, done) {
      const utterance = new Utterance(text);
      utterance.lang = lang;
      utterance.onend = done;
      utterance.onerror = done;
      synth.speak(utterance);
    },
    cancel() {
      synth.cancel();
    },
  };
}

/** Appends to an element's inline style and returns how to put the attribute back exactly as it was. */
function addInlineStyle(element: Element, css: string): () => void {
  const before = element.getAttribute('style');
  const base = before?.trim() ?? '';
  element.setAttribute('style', base ? `${base.replace(/;?$/, ';')} ${css}` : css);
  return () => (before === null ? element.removeAttribute('style') : element.setAttribute('style', before));
}

/**
 * Locks the page while the reader is open: no scrolling, and `inert` on <body> so neither Tab nor a screen reader
 * wanders into the page under the overlay (the host hangs off <html>, outside <body>, so it stays live), and the
 * page's content left unrendered under the opaque reader (see page-sheet.ts). Unlocking puts the attributes and the
 * scroll position back exactly.
 */
function lockPage(doc: Document): () => void {
  const win = doc.defaultView;
  const x = win?.scrollX ?? 0;
  const y = win?.scrollY ?? 0;
  // Diglot's page sheet locks scrolling by an attribute; inline styles only where a document cannot adopt sheets.
  const release = usePageSheet(doc);
  const restores = [doc.documentElement, doc.body]
    .filter((el): el is HTMLElement => !!el)
    .map((el) => {
      if (!release) return addInlineStyle(el, 'overflow: hidden !important;');
      el.setAttribute(LOCK_ATTRIBUTE, '');
      return () => el.removeAttribute(LOCK_ATTRIBUTE);
    });
  if (release) restores.unshift(release);
  const body = doc.body;
  if (body && !body.hasAttribute('inert')) {
    body.setAttribute('inert', '');
    restores.push(() => body.removeAttribute('inert'));
  }
  return () => {
    for (const restore of restores.reverse()) restore();
    if (win && typeof win.scrollTo === 'function' && (win.scrollX !== x || win.scrollY !== y)) win.scrollTo(x, y);
  };
}

function attachStyles(doc: Document, shadow: ShadowRoot): void {
  // A constructed sheet is not subject to the page's style-src CSP; the <style> element is the fallback (Firefox
  // content scripts may refuse a sheet from their own compartment, linkedom has none).
  try {
    const Sheet = (doc.defaultView as Win | null)?.CSSStyleSheet;
    if (Sheet && 'adoptedStyleSheets' in shadow) {
      const sheet = new Sheet();
      sheet.replaceSync(READER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall through to a <style> element
  }
  const style = doc.createElement('style');
  style.textContent = READER_CSS;
  shadow.appendChild(style);
}

function uiLanguage(): string {
  const tag = t('readerLang');
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : 'en';
}

function focusElement(element: Element | null | undefined): void {
  const focus = (element as HTMLElement | null | undefined)?.focus;
  if (typeof focus === 'function') focus.call(element, { preventScroll: true });
}

export function createViews(doc: Document, options: ViewsOptions = {}): Views {
  const speech = makeSpeech(doc.defaultView as Win | null);
  let article: ParsedArticle | null = null;
  let settings: Settings | null = null;
  let articleKey = 0;
  let current: ViewsState = { view: 'original', swapped: false, surface: 'none' };
  let reader: OpenReader | null = null;
  let inPlace: InPlaceResult | null = null;
  let destroyed = false;

  const dialog = (): HTMLElement | null => reader?.mount.querySelector<HTMLElement>('[role="dialog"]') ?? null;

  function renderReader(view: ReaderView, swapped: boolean): void {
    if (!reader || !article || !settings) return;
    reader.host.setAttribute('data-view', view);
    render(
      h(Reader, {
        key: articleKey,
        article,
        view,
        swapped,
        settings,
        uiLang: uiLanguage(),
        speech,
        activeElement: () => reader?.shadow.activeElement ?? null,
        onView: (next: ViewMode, nextSwapped: boolean) => {
          apply(next, nextSwapped, true);
          options.onViewChange?.(next, nextSwapped);
        },
        notice: options.notice?.() ?? null,
        startEditing: options.startEditing,
        onEdits: options.onEdits
          ? (edits: PairEdit[], corrected: ParsedArticle) => {
              // The corrected article replaces the one shown, in the same reader (no remount: focus stays put).
              article = corrected;
              options.onEdits?.(edits, corrected);
              if (current.surface === 'reader' && current.view !== 'original')
                renderReader(current.view, current.swapped);
            }
          : undefined,
        onSettings: (patch: Partial<Settings>) => {
          if (!settings) return;
          settings = { ...settings, ...patch };
          if (current.surface === 'reader' && current.view !== 'original') renderReader(current.view, current.swapped);
          options.onSettingsChange?.(patch);
        },
      }),
      reader.mount,
    );
  }

  function openReader(view: ReaderView, swapped: boolean): void {
    const opening = !reader;
    if (!reader) {
      const host = doc.createElement(HOST_TAG);
      // Positioned by the `:host` rule of the reader's own sheet (styles.ts), which the page's styles cannot beat.
      const shadow = host.attachShadow({ mode: options.shadowMode ?? 'closed' });
      attachStyles(doc, shadow);
      // Preact owns this node only, so it never removes the <style> beside it.
      const mount = doc.createElement('div');
      shadow.appendChild(mount);
      // Keys, clicks and wheels inside the reader are the reader's: the page's own shortcuts ("j", "/", space) and
      // scroll hijackers listening on document or window must not act on the page hidden underneath.
      for (const type of SEALED_EVENTS) mount.addEventListener(type, (e) => e.stopPropagation());
      const active = doc.activeElement;
      const returnFocus = active && active !== doc.body && active !== doc.documentElement ? active : null;
      const guard = (event: Event) => {
        // Focus left the dialog (the page stole it, or a click landed outside): bring it back.
        if (reader && event.target !== reader.host) focusElement(dialog());
      };
      reader = {
        host,
        shadow,
        mount,
        unlockPage: lockPage(doc),
        detachHighlight: attachHighlight(mount),
        returnFocus,
        guard,
      };
      doc.documentElement.appendChild(host);
      doc.addEventListener('focusin', guard, true);
    } else if (!reader.host.isConnected) {
      // A page that rebuilds its document may have dropped the host: hang it back.
      doc.documentElement.appendChild(reader.host);
    }
    current = { view, swapped, surface: 'reader' };
    renderReader(view, swapped);
    if (opening) focusElement(dialog());
  }

  function closeReader(): void {
    if (!reader) return;
    const { host, mount, unlockPage, detachHighlight, returnFocus, guard } = reader;
    reader = null;
    detachHighlight();
    speech?.cancel();
    doc.removeEventListener('focusin', guard, true);
    render(null, mount);
    host.remove();
    unlockPage();
    if (returnFocus?.isConnected) focusElement(returnFocus);
  }

  function undoInPlace(): void {
    inPlace?.undo();
    inPlace = null;
  }

  function apply(view: ViewMode, swapped: boolean, fromReader: boolean): void {
    if (!article) return;
    if (view === 'original') {
      closeReader();
      undoInPlace();
      current = { view, swapped, surface: 'none' };
      return;
    }
    undoInPlace();
    if (view === 'first-only' || view === 'second-only') {
      // Two pages read together: the other language is not on this page, so there is nothing to hide in place.
      const mode = article.layout === 'pages' || (fromReader && reader) ? 'reader' : (options.oneLanguage ?? 'auto');
      const hide = article.languages[view === 'first-only' ? 1 : 0];
      if (mode !== 'reader' && hide !== undefined) {
        const result = hideLanguageInPlace(doc, article, hide);
        if (mode === 'in-place' || result.total === 0 || result.matched / result.total >= IN_PLACE_MIN_SHARE) {
          closeReader();
          inPlace = result;
          current = { view, swapped, surface: 'in-place' };
          return;
        }
        result.undo();
      }
    }
    openReader(view, swapped);
  }

  return {
    show(next, view, swapped, nextSettings) {
      if (destroyed) return;
      const sameArticle = next === article;
      if (!sameArticle) articleKey++;
      article = next;
      settings = nextSettings;
      // The content script echoing back a switch the reader made itself: only the settings may have changed.
      if (sameArticle && view === current.view && swapped === current.swapped) {
        if (current.surface === 'reader' && view !== 'original') renderReader(view, swapped);
        return;
      }
      if (!sameArticle) undoInPlace();
      apply(view, swapped, false);
    },
    state: () => ({ ...current }),
    destroy() {
      if (destroyed) return;
      closeReader();
      undoInPlace();
      current = { view: 'original', swapped: current.swapped, surface: 'none' };
      destroyed = true;
    },
  };
}
