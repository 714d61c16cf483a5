import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { headingLevels } from '../../../components/Reader';
import { FIRST_ROWS } from '../../../components/progressive';
import { createViews, type ViewsOptions } from '../../../components/views';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import type { ParsedArticle } from '../../../utils/contract';
import { EN_KO_PAGE, arEn, enKo } from './articles';
import { readFileSync } from 'node:fs';
import { parseArticle } from '../../../utils/parse';
import { htmlToDocument } from '../../../utils/parse-html';

// The UI strings: the key itself, with substitutions, so tests can find controls by their key.
vi.mock('../../../platform/i18n', () => ({
  t: (key: string, subs?: string | string[]) =>
    key === 'readerLang' ? 'en' : [key, ...(subs === undefined ? [] : [subs].flat())].join(':'),
}));

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

interface Page {
  doc: Document;
  win: Window & typeof globalThis;
  /** The reader's closed shadow root, caught as it is attached (the page itself can never reach it). */
  shadow(): ShadowRoot;
  host(): Element | null;
}

let previousDocument: unknown;

function load(html = EN_KO_PAGE): Page {
  const { document, window } = parseHTML(html);
  const doc = document as unknown as Document;
  // Preact creates nodes with the global document; in the content script that is the page's own.
  (globalThis as { document?: unknown }).document = doc;
  const roots: ShadowRoot[] = [];
  let proto = Object.getPrototypeOf(doc.createElement('div')) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'attachShadow')) proto = Object.getPrototypeOf(proto);
  const original = (proto as { attachShadow(init: ShadowRootInit): ShadowRoot }).attachShadow;
  const hostElementProto = proto as { attachShadow(init: ShadowRootInit): ShadowRoot };
  hostElementProto.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = original.call(this, init);
    roots.push(root);
    return root;
  };
  restoreShadow = () => (hostElementProto.attachShadow = original);
  return {
    doc,
    win: window as unknown as Window & typeof globalThis,
    shadow: () => roots.at(-1)!,
    host: () => doc.querySelector('diglot-reader[data-view]'),
  };
}

let restoreShadow = () => {};
beforeEach(() => {
  previousDocument = (globalThis as { document?: unknown }).document;
});
afterEach(() => {
  restoreShadow();
  (globalThis as { document?: unknown }).document = previousDocument;
});

// linkedom calls a bubbling event's listeners with `this` set to the target, not the current target, which
// Preact's event proxy relies on; so keys meant for the dialog are sent to the dialog itself (browsers bubble them).
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function fire(win: Page['win'], target: Element, type: string, props: Record<string, unknown> = {}) {
  const event = new win.Event(type, { bubbles: !['mouseenter', 'mouseleave', 'focus', 'blur'].includes(type) });
  for (const [k, v] of Object.entries(props)) Object.defineProperty(event, k, { value: v });
  target.dispatchEvent(event);
}

function open(
  article: ParsedArticle,
  view: Parameters<ReturnType<typeof createViews>['show']>[1],
  options: ViewsOptions = {},
  s = settings(),
) {
  const page = load();
  const views = createViews(page.doc, options);
  views.show(article, view, false, s);
  return { ...page, views };
}

const q = (root: ParentNode, selector: string) => root.querySelector(selector)!;
const qa = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector));

describe('the side-by-side reader', () => {
  it('opens in a closed shadow root on a <diglot-reader> host appended to <html>', () => {
    const { doc, views, shadow, host } = open(enKo(), 'side-by-side');
    expect(host()?.parentNode).toBe(doc.documentElement);
    expect(host()?.getAttribute('data-view')).toBe('side-by-side');
    expect((host() as Element & { shadowRoot: unknown }).shadowRoot).toBeNull();
    expect(
      qa(shadow(), 'style').length + ((shadow() as { adoptedStyleSheets?: unknown[] }).adoptedStyleSheets?.length ?? 0),
    ).toBeGreaterThan(0);
    expect(views.state()).toEqual({ view: 'side-by-side', swapped: false, surface: 'reader' });
  });

  it('is a modal dialog with an accessible name in the UI language', () => {
    const { shadow } = open(enKo(), 'side-by-side');
    const dialog = q(shadow(), '[role="dialog"]');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('readerDialogLabel');
    expect(dialog.getAttribute('lang')).toBe('en');
  });

  it('marks every block with its id, pair, language and direction', () => {
    const { shadow } = open(arEn(), 'side-by-side');
    const b1 = q(shadow(), '[data-diglot-block="b1"]');
    expect(b1.getAttribute('lang')).toBe('ar');
    expect(b1.getAttribute('dir')).toBe('rtl');
    expect(b1.getAttribute('data-diglot-lang')).toBe('ar');
    expect(b1.getAttribute('data-diglot-pair')).toBe('0');
    expect(b1.getAttribute('tabindex')).toBe('0');
    const b3 = q(shadow(), '[data-diglot-block="b3"]');
    expect(b3.getAttribute('dir')).toBe('rtl');
    expect(q(shadow(), '[data-diglot-block="b2"]').getAttribute('dir')).toBe('auto');
  });

  it('lays out each pair as one grid row, first language left, and an unpaired block in its own row', () => {
    const { shadow } = open(enKo(), 'side-by-side');
    const cells = qa(shadow(), '.grid > .cell').map((cell) => [
      cell.getAttribute('data-diglot-row'),
      cell.classList.contains('left') ? 'L' : 'R',
      qa(cell, '[data-diglot-block]')
        .map((b) => b.getAttribute('data-diglot-block'))
        .join(','),
    ]);
    expect(cells).toEqual([
      ['0', 'L', 'b1'],
      ['0', 'R', 'b5'],
      ['1', 'L', 'b2'],
      ['1', 'R', 'b6,b7'],
      ['2', 'L', ''],
      ['2', 'R', 'b8'],
      ['3', 'L', 'b3'],
      ['3', 'R', 'b9'],
      ['4', 'L', 'b4'],
      ['4', 'R', 'b10'],
    ]);
  });

  it('shows the titles in both languages and the byline, date and site name', () => {
    const { shadow } = open(enKo(), 'side-by-side');
    expect(qa(shadow(), 'h1').map((h) => [h.getAttribute('lang'), h.textContent])).toEqual([
      ['en', 'New rail line opens'],
      ['ko', '새 철도 노선 개통'],
    ]);
    const meta = q(shadow(), '.meta').textContent;
    expect(meta).toContain('By Kim Mina');
    expect(meta).toContain('Example News');
    expect(meta).toContain('April 12, 2026');
    expect(q(shadow(), '.meta a').getAttribute('href')).toBe('https://news.example.com/2026/rail-line');
  });

  it('shows a source URL that is not plain http(s) as text, never as a link', () => {
    const { shadow } = open(arEn(), 'side-by-side');
    expect(shadow().querySelector('.meta a')).toBeNull();
    expect(q(shadow(), '.meta').textContent).toContain('javascript:alert(1)');
  });

  it('renders block text as text, so markup in it never becomes elements', () => {
    const { shadow } = open(arEn(), 'side-by-side');
    expect(shadow().querySelector('img')).toBeNull();
    expect(q(shadow(), '[data-diglot-block="b4"]').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('puts the second language on the left when swapped', () => {
    const page = load();
    const views = createViews(page.doc);
    views.show(arEn(), 'side-by-side', true, settings());
    expect(q(page.shadow(), '.grid > .cell.left [data-diglot-block]').getAttribute('lang')).toBe('en');
  });

  it('sets font size, column width and theme from the settings', () => {
    const { shadow } = open(enKo(), 'side-by-side', {}, settings({ fontSize: 22, columnWidth: 50, theme: 'sepia' }));
    const root = q(shadow(), '.root');
    expect(root.getAttribute('style')).toContain('--diglot-font-size:22px');
    expect(root.getAttribute('style')).toContain('--diglot-col:50ch');
    expect(root.getAttribute('data-theme')).toBe('sepia');
  });

  it('locks the page scroll while open and restores the page exactly when closed', () => {
    const page = load(EN_KO_PAGE.replace('<body>', '<body style="margin: 0">'));
    const before = page.doc.toString();
    const views = createViews(page.doc);
    views.show(enKo(), 'side-by-side', false, settings());
    expect(page.doc.body.getAttribute('style')).toBe('margin: 0; overflow: hidden !important;');
    expect(page.doc.documentElement.getAttribute('style')).toBe('overflow: hidden !important;');
    expect(page.doc.body.hasAttribute('inert')).toBe(true);
    views.show(enKo(), 'original', false, settings());
    expect(page.doc.toString()).toBe(before);
    expect(views.state().surface).toBe('none');
  });
});

describe('the reader for learners', () => {
  it('highlights the counterpart paragraph when a paragraph is hovered', () => {
    const { win, shadow } = open(enKo(), 'side-by-side');
    fire(win, q(shadow(), '[data-diglot-block="b2"] .text'), 'mouseover');
    const active = qa(shadow(), '.block.is-active').map((b) => b.getAttribute('data-diglot-block'));
    expect(active).toEqual(['b2', 'b6', 'b7']);
  });

  it('highlights the counterpart paragraph when a paragraph is focused', () => {
    const { win, shadow } = open(enKo(), 'interleaved');
    fire(win, q(shadow(), '[data-diglot-block="b9"]'), 'focusin');
    expect(qa(shadow(), '.block.is-active').map((b) => b.getAttribute('data-diglot-block'))).toEqual(['b3', 'b9']);
  });

  it('keeps the focused paragraph lit while the text moves under a still pointer, and when the window loses focus', () => {
    const { win, shadow } = open(enKo(), 'interleaved');
    const lit = () => qa(shadow(), '.block.is-active').map((b) => b.getAttribute('data-diglot-block'));
    fire(win, q(shadow(), '[data-diglot-block="b2"] .text'), 'mouseover', { clientX: 200, clientY: 300 });
    expect(lit()).toEqual(['b2', 'b6', 'b7']);
    fire(win, q(shadow(), '[data-diglot-block="b9"]'), 'focusin');
    expect(lit()).toEqual(['b3', 'b9']);
    // Focus scrolled the reader: another paragraph is under the pointer, which has not moved.
    fire(win, q(shadow(), '[data-diglot-block="b1"] .text'), 'mouseover', { clientX: 200, clientY: 300 });
    expect(lit()).toEqual(['b3', 'b9']);
    // The window loses focus (no element takes it): the paragraph is still the reader's focused one.
    const block = q(shadow(), '[data-diglot-block="b9"]') as HTMLElement;
    Object.defineProperty(shadow(), 'activeElement', { configurable: true, get: () => block });
    fire(win, block, 'focusout', { relatedTarget: null });
    expect(lit()).toEqual(['b3', 'b9']);
    // Focus leaves the reader: the light goes.
    Object.defineProperty(shadow(), 'activeElement', { configurable: true, get: () => null });
    fire(win, block, 'focusout', { relatedTarget: null });
    expect(lit()).toEqual([]);
    // The pointer moves: the light follows it again.
    fire(win, q(shadow(), '[data-diglot-block="b2"] .text'), 'mouseover', { clientX: 210, clientY: 300 });
    expect(lit()).toEqual(['b2', 'b6', 'b7']);
  });

  it('highlights the counterpart sentence when a sentence is hovered', () => {
    const { win, shadow } = open(enKo(), 'side-by-side');
    const sentences = qa(shadow(), '[data-diglot-block="b1"] .sentence');
    expect(sentences.map((s) => s.textContent)).toEqual(['The line opened on Monday.', 'It links two cities.']);
    fire(win, sentences[1]!, 'mouseover');
    expect(qa(shadow(), '.sentence.is-active').map((s) => s.textContent)).toEqual([
      'It links two cities.',
      '두 도시를 잇는다.',
    ]);
  });

  it('covers the translation until it is clicked when hiding the translation', async () => {
    const { win, shadow } = open(enKo(), 'side-by-side', {}, settings({ hideTranslation: true }));
    const covered = qa(shadow(), '.block.concealed').map((b) => b.getAttribute('data-diglot-lang'));
    expect(new Set(covered)).toEqual(new Set(['ko']));
    const b5 = q(shadow(), '[data-diglot-block="b5"]');
    expect(q(b5, '.text').getAttribute('aria-hidden')).toBe('true');
    const reveal = q(b5, 'button.reveal');
    expect(reveal.textContent).toBe('readerReveal');
    fire(win, reveal, 'click');
    await tick();
    expect(q(shadow(), '[data-diglot-block="b5"]').classList.contains('concealed')).toBe(false);
    expect(q(shadow(), '[data-diglot-block="b6"]').classList.contains('concealed')).toBe(true);
  });

  it('covers every translation again when hiding is switched off and on', async () => {
    const { win, shadow } = open(enKo(), 'side-by-side', {}, settings({ hideTranslation: true }));
    fire(win, q(shadow(), '[data-diglot-block="b5"] button.reveal'), 'click');
    await tick();
    expect(q(shadow(), '[data-diglot-block="b5"]').classList.contains('concealed')).toBe(false);
    fire(win, q(shadow(), '[data-diglot-action="hide-translation"]'), 'click');
    fire(win, q(shadow(), '[data-diglot-action="hide-translation"]'), 'click');
    await tick();
    expect(q(shadow(), '[data-diglot-block="b5"]').classList.contains('concealed')).toBe(true);
  });

  it('reveals a covered translation with Enter', async () => {
    const { win, shadow } = open(enKo(), 'interleaved', {}, settings({ hideTranslation: true }));
    const b6 = q(shadow(), '[data-diglot-block="b6"]');
    fire(win, b6, 'keydown', { key: 'Enter' });
    await tick();
    expect(q(shadow(), '[data-diglot-block="b6"]').classList.contains('concealed')).toBe(false);
  });

  it('reads a paragraph aloud in its own language, and stops on a second click', async () => {
    const page = load();
    const spoken: { text: string; lang: string }[] = [];
    let cancelled = 0;
    class Utterance {
      lang = '';
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(public text: string) {}
    }
    // linkedom's window falls back to Node's globals, so the fake speech is set on both and removed after.
    const speech = {
      SpeechSynthesisUtterance: Utterance,
      speechSynthesis: {
        speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => cancelled++,
      },
    };
    Object.assign(page.win, speech);
    const views = createViews(page.doc);
    views.show(enKo(), 'side-by-side', false, settings());
    for (const key of Object.keys(speech)) {
      delete (page.win as unknown as Record<string, unknown>)[key];
      delete (globalThis as Record<string, unknown>)[key];
    }
    const button = q(page.shadow(), '[data-diglot-block="b5"] button.speak');
    expect(button.getAttribute('aria-label')).toBe('readerReadAloud');
    fire(page.win, button, 'click');
    expect(spoken).toEqual([{ text: '노선은 월요일에 개통했다. 두 도시를 잇는다.', lang: 'ko' }]);
    await tick();
    const again = q(page.shadow(), '[data-diglot-block="b5"] button.speak');
    expect(again.getAttribute('aria-pressed')).toBe('true');
    // A toggle keeps its name; its state is aria-pressed.
    expect(again.getAttribute('aria-label')).toBe('readerReadAloud');
    const before = cancelled;
    fire(page.win, again, 'click');
    expect(cancelled).toBe(before + 1);
    expect(spoken).toHaveLength(1);
  });

  it('shows no speaker button when the browser has no speech synthesis', () => {
    const { shadow } = open(enKo(), 'side-by-side');
    expect(shadow().querySelector('button.speak')).toBeNull();
  });

  it('clears the highlight when the pointer leaves the paragraphs', () => {
    const { win, shadow } = open(enKo(), 'side-by-side');
    fire(win, q(shadow(), '[data-diglot-block="b1"]'), 'mouseover');
    expect(qa(shadow(), '.is-active').length).toBeGreaterThan(0);
    fire(win, q(shadow(), '.meta'), 'mouseover');
    expect(qa(shadow(), '.is-active')).toEqual([]);
  });

  it('highlights an unpaired paragraph alone', () => {
    const { win, shadow } = open(enKo(), 'side-by-side');
    fire(win, q(shadow(), '[data-diglot-block="b8"]'), 'mouseover');
    expect(qa(shadow(), '.block.is-active').map((b) => b.getAttribute('data-diglot-block'))).toEqual(['b8']);
  });
});

describe('the interleaved reader', () => {
  it('follows each paragraph with its counterpart, set apart', () => {
    const { shadow } = open(arEn(), 'interleaved');
    const blocks = qa(shadow(), '.flow-chunk > .block').map((b) => [
      b.getAttribute('data-diglot-block'),
      b.classList.contains('secondary'),
    ]);
    expect(blocks).toEqual([
      ['b1', false],
      ['b2', true],
      ['b3', false],
      ['b4', true],
    ]);
  });
});

describe('one language only', () => {
  it('hides the other language on the page itself when the page has its blocks', () => {
    const { doc, views, host } = open(enKo(), 'first-only');
    expect(host()).toBeNull();
    expect(views.state().surface).toBe('in-place');
    const hidden = qa(doc, '[data-diglot-hidden]');
    expect(hidden.length).toBeGreaterThan(0);
    for (const el of hidden) expect(el.closest('[lang], p, h1, h2, figure, blockquote, span')).not.toBeNull();
    expect(hidden.map((el) => el.textContent).join(' ')).not.toMatch(/[A-Za-z]{4}/);
  });

  it('undoes the in-place view exactly when switched back to the original', () => {
    const page = load();
    const before = page.doc.toString();
    const views = createViews(page.doc);
    views.show(enKo(), 'second-only', false, settings());
    expect(page.doc.toString()).not.toBe(before);
    views.show(enKo(), 'first-only', false, settings());
    views.show(enKo(), 'original', false, settings());
    expect(page.doc.toString()).toBe(before);
  });

  it('falls back to one column in the reader when the page does not hold enough of the blocks', () => {
    const page = load('<html><head></head><body><p>The line opened on Monday. It links two cities.</p></body></html>');
    const before = page.doc.toString();
    const views = createViews(page.doc);
    views.show(enKo(), 'first-only', false, settings());
    expect(views.state().surface).toBe('reader');
    expect(page.host()?.getAttribute('data-view')).toBe('first-only');
    expect(page.doc.querySelector('[data-diglot-hidden]')).toBeNull();
    const langs = qa(page.shadow(), '[data-diglot-block]').map((b) => b.getAttribute('lang'));
    expect(new Set(langs)).toEqual(new Set(['en']));
    views.show(enKo(), 'original', false, settings());
    expect(page.doc.toString()).toBe(before);
  });

  it('shows two pages read together (layout pages) in the reader, never hiding anything on this page', () => {
    const page = load();
    const before = page.doc.toString();
    const views = createViews(page.doc);
    const pages: ParsedArticle = { ...enKo(), layout: 'pages' };
    views.show(pages, 'second-only', false, settings());
    expect(views.state().surface).toBe('reader');
    expect(page.doc.querySelector('[data-diglot-hidden]')).toBeNull();
    const langs = qa(page.shadow(), '[data-diglot-block]').map((b) => b.getAttribute('lang'));
    expect(new Set(langs)).toEqual(new Set(['ko']));
    views.show(pages, 'original', false, settings());
    expect(page.doc.toString()).toBe(before);
  });

  it('stays in the reader when one language is chosen from the reader’s toolbar', () => {
    const changes: unknown[] = [];
    const { win, views, shadow, host } = open(enKo(), 'side-by-side', { onViewChange: (v, s) => changes.push([v, s]) });
    fire(win, q(shadow(), '[data-diglot-view="second-only"]'), 'click');
    expect(changes).toEqual([['second-only', false]]);
    expect(views.state()).toEqual({ view: 'second-only', swapped: false, surface: 'reader' });
    expect(host()?.getAttribute('data-view')).toBe('second-only');
  });
});

describe('the reader’s own controls', () => {
  it('swaps sides from the toolbar and reports it', () => {
    const changes: unknown[] = [];
    const { win, shadow } = open(arEn(), 'side-by-side', { onViewChange: (v, s) => changes.push([v, s]) });
    fire(win, q(shadow(), '[data-diglot-action="swap"]'), 'click');
    expect(changes).toEqual([['side-by-side', true]]);
    expect(q(shadow(), '.grid > .cell.left [data-diglot-block]').getAttribute('lang')).toBe('en');
  });

  it('keeps the reader open when the content script echoes back the toolbar’s switch', () => {
    const page = load();
    const views = createViews(page.doc, {
      onViewChange: (view, swapped) => views.show(article, view, swapped, settings()),
    });
    const article = enKo();
    views.show(article, 'side-by-side', false, settings());
    fire(page.win, q(page.shadow(), '[data-diglot-view="first-only"]'), 'click');
    expect(views.state()).toEqual({ view: 'first-only', swapped: false, surface: 'reader' });
    expect(page.doc.querySelector('[data-diglot-hidden]')).toBeNull();
  });

  it('changes theme and font size from the toolbar and reports them', () => {
    const patches: unknown[] = [];
    const { win, shadow } = open(enKo(), 'side-by-side', { onSettingsChange: (p) => patches.push(p) });
    fire(win, q(shadow(), '[data-diglot-action="theme"]'), 'click');
    fire(win, q(shadow(), '[data-diglot-action="font-larger"]'), 'click');
    expect(patches).toEqual([{ theme: 'light' }, { fontSize: 20 }]);
    expect(q(shadow(), '.root').getAttribute('data-theme')).toBe('light');
    expect(q(shadow(), '.root').getAttribute('style')).toContain('--diglot-font-size:20px');
  });

  it('gives every control an accessible name', () => {
    const { shadow } = open(enKo(), 'side-by-side');
    for (const button of qa(shadow(), 'button')) {
      expect(button.getAttribute('type')).toBe('button');
      expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim()).not.toBe('');
    }
    expect(q(shadow(), '[data-diglot-action="close"]').getAttribute('aria-label')).toBe('readerClose');
  });

  it('closes on Escape, restores the page and reports the original view', () => {
    const changes: unknown[] = [];
    const page = load();
    const before = page.doc.toString();
    const views = createViews(page.doc, { onViewChange: (v, s) => changes.push([v, s]) });
    views.show(enKo(), 'interleaved', false, settings());
    fire(page.win, q(page.shadow(), '[role="dialog"]'), 'keydown', { key: 'Escape' });
    expect(changes).toEqual([['original', false]]);
    expect(page.doc.toString()).toBe(before);
  });

  it('moves focus into the dialog when it opens and back where it was when it closes', () => {
    const page = load();
    const link = page.doc.createElement('a');
    page.doc.body.appendChild(link);
    const returned = vi.fn();
    Object.assign(link, { focus: returned });
    Object.defineProperty(page.doc, 'activeElement', { configurable: true, get: () => link });
    const focused: Element[] = [];
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(page.doc.createElement('div'))) as { focus(): void };
    const spy = vi.spyOn(proto, 'focus').mockImplementation(function (this: Element) {
      focused.push(this);
    });
    const views = createViews(page.doc);
    views.show(enKo(), 'side-by-side', false, settings());
    expect(focused.map((el) => el.getAttribute('role'))).toEqual(['dialog']);
    views.show(enKo(), 'original', false, settings());
    expect(returned).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });

  it('keeps Tab inside the dialog', () => {
    const { win, shadow } = open(enKo(), 'side-by-side');
    const dialog = q(shadow(), '[role="dialog"]');
    const focusable = qa(dialog, 'button:not([disabled]), a[href], [tabindex="0"]');
    const [first, last] = [focusable[0]!, focusable.at(-1)!];
    Object.defineProperty(shadow(), 'activeElement', { configurable: true, get: () => last });
    const focusFirst = vi.fn();
    Object.assign(first, { focus: focusFirst });
    fire(win, dialog, 'keydown', { key: 'Tab', shiftKey: false });
    expect(focusFirst).toHaveBeenCalled();
    Object.defineProperty(shadow(), 'activeElement', { configurable: true, get: () => first });
    const focusLast = vi.fn();
    Object.assign(last, { focus: focusLast });
    fire(win, dialog, 'keydown', { key: 'Tab', shiftKey: true });
    expect(focusLast).toHaveBeenCalled();
  });

  it('closes the reader for one language in place when asked from outside', () => {
    const { doc, views, host } = open(enKo(), 'side-by-side');
    views.show(enKo(), 'second-only', false, settings());
    expect(host()).toBeNull();
    expect(views.state().surface).toBe('in-place');
    expect(doc.querySelectorAll('[data-diglot-hidden]').length).toBeGreaterThan(0);
  });

  it('restores the page on destroy and ignores later calls', () => {
    const page = load();
    const before = page.doc.toString();
    const views = createViews(page.doc);
    views.show(enKo(), 'first-only', false, settings());
    views.destroy();
    expect(page.doc.toString()).toBe(before);
    views.show(enKo(), 'side-by-side', false, settings());
    expect(page.doc.toString()).toBe(before);
  });
});

describe('the reader’s title block', () => {
  it('leaves a title out when the article prints it again as a block', () => {
    const article = enKo();
    article.blocks.unshift({ id: 'b0', lang: 'en', kind: 'heading', level: 1, text: 'New rail line opens' });
    const { shadow } = open(article, 'interleaved');
    expect(qa(shadow(), 'h1').map((h) => h.getAttribute('lang'))).toEqual(['ko']);
    expect(q(shadow(), '[data-diglot-block="b0"]').textContent).toBe('New rail line opens');
  });

  it('keeps the other title over its own column, and sees a title in brackets as the same', () => {
    const article = enKo();
    article.blocks.splice(4, 0, { id: 'k0', lang: 'ko', kind: 'paragraph', text: '["새 철도 노선 개통"]' });
    const { shadow } = open(article, 'side-by-side');
    const titles = qa(shadow(), '.titles > *');
    expect(titles.map((el) => el.getAttribute('lang'))).toEqual(['en', null]);
  });
});

describe('the one-column reader', () => {
  it('offers no swap or hide-translation control when one language is shown', () => {
    const page = load('<html><head></head><body><p>Nothing to match here.</p></body></html>');
    const views = createViews(page.doc);
    views.show(enKo(), 'second-only', false, settings());
    expect(views.state().surface).toBe('reader');
    expect(page.shadow().querySelector('[data-diglot-action="swap"]')).toBeNull();
    expect(page.shadow().querySelector('[data-diglot-action="hide-translation"]')).toBeNull();
    expect(q(page.shadow(), '[data-diglot-view="second-only"]').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('headingLevels', () => {
  it('renumbers the article’s heading levels from 2 without gaps', () => {
    const article = enKo();
    article.blocks[2]!.level = 4;
    article.blocks[8]!.level = 1;
    expect([...headingLevels(article)]).toEqual([
      [1, 2],
      [4, 3],
    ]);
  });
});

describe('the reader on a page that rebuilds itself', () => {
  it('hangs the host back when the page dropped it', () => {
    const page = load();
    const views = createViews(page.doc);
    views.show(enKo(), 'side-by-side', false, settings());
    page.host()!.remove();
    views.show(enKo(), 'interleaved', false, settings());
    expect(page.host()?.getAttribute('data-view')).toBe('interleaved');
  });
});

describe('the pair editor', () => {
  /** Block ids of each pair on screen, by `data-diglot-pair`. */
  const pairsOn = (root: ParentNode): string[][] => {
    const groups = new Map<string, string[]>();
    for (const el of qa(root, '[data-diglot-pair]')) {
      const pair = el.getAttribute('data-diglot-pair')!;
      groups.set(pair, [...(groups.get(pair) ?? []), el.getAttribute('data-diglot-block')!]);
    }
    return [...groups.values()];
  };
  const status = (root: ParentNode) => q(root, '[data-diglot-edit-status]').textContent;

  it('is offered in side by side only, and only when the caller can keep the fixes', () => {
    expect(qa(open(enKo(), 'side-by-side').shadow(), '[data-diglot-action="edit-pairs"]')).toHaveLength(0);
    const onEdits = () => {};
    expect(qa(open(enKo(), 'side-by-side', { onEdits }).shadow(), '[data-diglot-action="edit-pairs"]')).toHaveLength(1);
    expect(qa(open(enKo(), 'interleaved', { onEdits }).shadow(), '[data-diglot-action="edit-pairs"]')).toHaveLength(0);
  });

  it('pairs a paragraph chosen on each side with P, and Enter hands the step and the corrected article over', async () => {
    const kept: unknown[][] = [];
    const { win, shadow } = open(enKo(), 'side-by-side', {
      onEdits: (edits, corrected) => kept.push([edits, corrected]),
    });
    const dialog = q(shadow(), '[role="dialog"]');
    fire(win, dialog, 'keydown', { key: 'e' });
    await tick();
    expect(q(shadow(), '[data-diglot-block="b2"]').getAttribute('role')).toBe('checkbox');
    // b2 is paired with b6 and b7; pairing it with b6 alone leaves b7 on its own.
    fire(win, q(shadow(), '[data-diglot-block="b2"]'), 'click');
    fire(win, q(shadow(), '[data-diglot-block="b6"]'), 'click');
    await tick();
    expect(q(shadow(), '[data-diglot-block="b6"]').getAttribute('aria-checked')).toBe('true');
    fire(win, dialog, 'keydown', { key: 'p' });
    await tick();
    expect(status(shadow())).toBe('editPaired:2');
    expect(pairsOn(shadow())).toContainEqual(['b2', 'b6']);
    expect(q(shadow(), '[data-diglot-block="b7"]').hasAttribute('data-diglot-pair')).toBe(false);
    fire(win, dialog, 'keydown', { key: 'Enter' });
    await tick();
    expect(kept).toHaveLength(1);
    const [edits, corrected] = kept[0] as [unknown, ParsedArticle];
    expect(edits).toEqual([{ op: 'pair', blocks: ['b2', 'b6'] }]);
    expect(corrected.pairs.find((p) => p.blocks['en']?.includes('b2'))).toMatchObject({ by: 'reader', score: 1 });
    // Out of the editor, the reader shows the corrected pairs.
    expect(q(shadow(), '[role="dialog"]').hasAttribute('data-diglot-editing')).toBe(false);
    expect(pairsOn(shadow())).toContainEqual(['b2', 'b6']);
  });

  it('refuses a crossing pair with the reason, and Escape discards the session without closing the reader', async () => {
    const kept: unknown[] = [];
    const views: unknown[] = [];
    const { win, shadow } = open(enKo(), 'side-by-side', {
      onEdits: (edits) => kept.push(edits),
      onViewChange: (v) => views.push(v),
    });
    const dialog = q(shadow(), '[role="dialog"]');
    fire(win, dialog, 'keydown', { key: 'e' });
    await tick();
    fire(win, q(shadow(), '[data-diglot-block="b1"]'), 'click');
    fire(win, q(shadow(), '[data-diglot-block="b10"]'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 'p' });
    await tick();
    // Said in the interface's words (the message key here), with the other pair's text quoted.
    expect(status(shadow())).toBe('editRefused:editRefusedCrosses:“Tickets cost 3,000 won, and children rid…”');
    fire(win, dialog, 'keydown', { key: 'Escape' });
    await tick();
    expect(kept).toEqual([]);
    expect(views).toEqual([]);
    expect(q(shadow(), '[role="dialog"]').hasAttribute('data-diglot-editing')).toBe(false);
  });

  it('shows a block left out struck through while editing and hides it once the fix is kept; undo brings it back', async () => {
    const { win, shadow } = open(enKo(), 'side-by-side', { onEdits: () => {} });
    const dialog = q(shadow(), '[role="dialog"]');
    fire(win, dialog, 'keydown', { key: 'e' });
    await tick();
    fire(win, q(shadow(), '[data-diglot-block="b8"]'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 'x' });
    await tick();
    expect(q(shadow(), '[data-diglot-block="b8"]').classList.contains('excluded')).toBe(true);
    fire(win, dialog, 'keydown', { key: 'z', ctrlKey: true });
    await tick();
    expect(q(shadow(), '[data-diglot-block="b8"]').classList.contains('excluded')).toBe(false);
    fire(win, dialog, 'keydown', { key: 'y', ctrlKey: true });
    fire(win, dialog, 'keydown', { key: 'Enter' });
    await tick();
    expect(qa(shadow(), '[data-diglot-block="b8"]')).toHaveLength(0);
  });

  it('splits a paragraph out of its pair with S and merges it into the pair below with ]', async () => {
    const { win, shadow } = open(enKo(), 'side-by-side', { onEdits: () => {} });
    const dialog = q(shadow(), '[role="dialog"]');
    fire(win, dialog, 'keydown', { key: 'e' });
    await tick();
    fire(win, q(shadow(), '[data-diglot-block="b7"]'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 's' });
    await tick();
    expect(status(shadow())).toBe('editSplitDone');
    expect(pairsOn(shadow())).toContainEqual(['b2', 'b6']);
    fire(win, dialog, 'keydown', { key: ']' });
    await tick();
    expect(status(shadow())).toBe('editMergedDown');
    expect(pairsOn(shadow())).toContainEqual(['b3', 'b7', 'b9']);
    expect(q(shadow(), '[data-diglot-block="b7"]').getAttribute('data-diglot-by')).toBe('reader');
  });

  it('opens a pair’s sentences with T, pairs chosen sentences with P, and Esc goes back to the paragraphs', async () => {
    const kept: unknown[] = [];
    const { win, shadow } = open(enKo(), 'side-by-side', { onEdits: (edits) => kept.push(edits) });
    const dialog = q(shadow(), '[role="dialog"]');
    const sentence = (key: string) => q(shadow(), `[data-diglot-sentence-key="${key}"]`);
    const groupOf = (key: string) => sentence(key).getAttribute('data-diglot-sentence-group');
    fire(win, dialog, 'keydown', { key: 'e' });
    await tick();
    // T on a paragraph in no pair's sentences says so; on b1 (pair 0, two sentences a side) they open.
    fire(win, q(shadow(), '[data-diglot-block="b8"]'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 't' });
    await tick();
    expect(status(shadow())).toBe('editNoPairHere');
    fire(win, q(shadow(), '[data-diglot-block="b1"]'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 't' });
    await tick();
    expect(status(shadow())).toBe('editSentencesOpen');
    expect(q(shadow(), '[role="dialog"]').hasAttribute('data-diglot-sentences')).toBe(true);
    expect(qa(shadow(), '[data-diglot-sentence-key]').map((el) => el.getAttribute('data-diglot-sentence-key'))).toEqual(
      ['en:0', 'en:1', 'ko:0', 'ko:1'],
    );
    // The open pair's paragraphs are no checkboxes now (their sentences are), and each group shows its number.
    expect(q(shadow(), '[data-diglot-block="b1"]').hasAttribute('role')).toBe(false);
    expect([groupOf('en:0'), groupOf('ko:0'), groupOf('en:1'), groupOf('ko:1')]).toEqual(['1', '1', '2', '2']);
    expect(sentence('en:0').textContent).toContain('editSentenceGroup:1');
    // Only one side chosen: refused, in the interface's words.
    fire(win, sentence('en:0'), 'click');
    await tick();
    expect(sentence('en:0').getAttribute('aria-checked')).toBe('true');
    fire(win, dialog, 'keydown', { key: 'p' });
    await tick();
    expect(status(shadow())).toBe('editRefused:editRefusedNeedSentenceEach');
    // Paragraph steps wait until the paragraphs are back.
    fire(win, dialog, 'keydown', { key: 'u' });
    await tick();
    expect(status(shadow())).toBe('editSentencesFirst');
    fire(win, sentence('ko:1'), 'click');
    await tick();
    fire(win, dialog, 'keydown', { key: 'p' });
    await tick();
    expect(status(shadow())).toBe('editSentencesPaired:1:1');
    expect(groupOf('en:0')).toBe(groupOf('ko:1'));
    expect([groupOf('ko:0'), groupOf('en:1')]).toEqual([null, null]);
    expect(sentence('ko:0').textContent).toContain('editSentenceAlone');
    fire(win, dialog, 'keydown', { key: 'Escape' });
    await tick();
    expect(status(shadow())).toBe('editSentencesClosed');
    expect(q(shadow(), '[role="dialog"]').hasAttribute('data-diglot-sentences')).toBe(false);
    expect(q(shadow(), '[role="dialog"]').hasAttribute('data-diglot-editing')).toBe(true);
    fire(win, dialog, 'keydown', { key: 'Enter' });
    await tick();
    expect(kept).toEqual([[{ op: 'sentences', block: 'b1', a: [0], b: [1] }]]);
    // Out of the editor, the sentence highlight follows the corrected groups.
    const group = (block: string, k: number) =>
      q(shadow(), `[data-diglot-block="${block}"] [data-diglot-sentence="${k}"]`).getAttribute('data-diglot-group');
    expect(group('b1', 0)).toBe(group('b5', 1));
    expect(group('b5', 0)).not.toBe(group('b1', 0));
  });

  it('says when saved fixes no longer match the page', () => {
    const { shadow } = open(enKo(), 'side-by-side', { notice: () => '2 of your 5 fixes no longer match' });
    expect(q(shadow(), '[data-diglot-notice]').textContent).toBe('2 of your 5 fixes no longer match');
  });
});

describe('a long article', () => {
  /** `n` paragraphs in each language, paired one to one. */
  function long(n: number): ParsedArticle {
    const article = enKo();
    article.blocks = [];
    article.pairs = [];
    for (let i = 0; i < n; i++) {
      article.blocks.push({ id: `e${i}`, lang: 'en', kind: 'paragraph', text: `Paragraph ${i} of the novel.` });
      article.blocks.push({ id: `k${i}`, lang: 'ko', kind: 'paragraph', text: `소설의 ${i}번째 단락.` });
      article.pairs.push({ blocks: { en: [`e${i}`], ko: [`k${i}`] }, score: 0.9, sentences: [] });
    }
    return article;
  }
  const rendered = (shadow: ShadowRoot) => qa(shadow, '.grid > .cell.left').length;

  it('paints its first screen at once and the rest in later tasks, in order, until every pair is shown', async () => {
    vi.useFakeTimers();
    try {
      const { shadow } = open(long(1000), 'side-by-side');
      expect(rendered(shadow())).toBe(FIRST_ROWS);
      // The rest comes a slice at a time, in later tasks: the next task adds one slice, not the whole article.
      await vi.advanceTimersToNextTimerAsync();
      expect(rendered(shadow())).toBeGreaterThan(FIRST_ROWS);
      expect(rendered(shadow())).toBeLessThan(1000);
      await vi.runAllTimersAsync();
      expect(rendered(shadow())).toBe(1000);
      const rows = qa(shadow(), '.grid > .cell.left').map((c) => Number(c.getAttribute('data-diglot-row')));
      expect(rows).toEqual(rows.map((_, i) => i));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a short article whole in the first render', () => {
    const { shadow } = open(long(FIRST_ROWS - 1), 'interleaved');
    expect(qa(shadow(), '.flow [data-diglot-block]')).toHaveLength(2 * (FIRST_ROWS - 1));
    // An ordinary article is drawn whole; only a long one lets the browser skip its chunks off screen.
    expect(qa(shadow(), '.long')).toHaveLength(0);
  });

  it('draws a long article in chunks of rows, in order, whose rendering off screen the browser may skip', () => {
    vi.useFakeTimers();
    try {
      const { shadow } = open(long(1000), 'side-by-side');
      expect(qa(shadow(), '.grid-chunks.long')).toHaveLength(1);
      const chunkRows = () => qa(shadow(), '.grid-chunks > .chunk').map((c) => c.querySelectorAll('.cell.left').length);
      expect(chunkRows().reduce((a, b) => a + b, 0)).toBe(FIRST_ROWS);
      expect(new Set(chunkRows())).toEqual(new Set([30]));
    } finally {
      vi.useRealTimers();
    }
  });
});

/** A fixture page parsed as the content script parses it. */
function fixture(name: string): ParsedArticle {
  const html = readFileSync(new URL(`../../fixtures/pages/${name}.html`, import.meta.url), 'utf8');
  return parseArticle(htmlToDocument(html), { url: 'https://news.example/story/1' });
}

describe("the reader keeps the article's form (issue 13)", () => {
  it('prints the seed photo once, across both columns, loaded lazily without a referrer', () => {
    const { shadow } = open(fixture('blocks--en-ko--usa-journal-korea'), 'side-by-side');
    const images = qa(shadow(), 'img');
    expect(images).toHaveLength(1);
    const img = images[0]!;
    expect(img.closest('.cell')?.classList.contains('full')).toBe(true);
    expect(img.getAttribute('src')).toBe('https://news.example/data/news/2021/12/biden_putin_call.jpg');
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('alt')).toBe('');
    // The caption follows the photo, in its language's column.
    const caption = q(shadow(), '[data-diglot-kind="caption"]');
    expect(caption.closest('.cell')?.classList.contains('left')).toBe(true);
  });

  it('prints the photo once in the interleaved view and in each one-language view', () => {
    const article = fixture('blocks--en-ko--usa-journal-korea');
    for (const view of ['interleaved', 'first-only'] as const) {
      const { shadow } = open(article, view);
      expect(qa(shadow(), 'img'), view).toHaveLength(1);
    }
  });

  it('prints a photo both languages print once, its two captions facing each other under it', () => {
    const html = readFileSync(new URL('../parse/pages/form-shared-photo.html', import.meta.url), 'utf8');
    const article = parseArticle(htmlToDocument(html), { url: 'https://news.example/a/1' });
    const { shadow } = open(article, 'side-by-side');
    expect(qa(shadow(), 'img')).toHaveLength(1);
    const [en, ko] = qa(shadow(), '[data-diglot-kind="caption"]').map((c) => c.closest('.cell')!);
    expect(en!.classList.contains('left') && ko!.classList.contains('right')).toBe(true);
    expect(en!.getAttribute('data-diglot-row')).toBe(ko!.getAttribute('data-diglot-row'));
    const figureRow = Number(q(shadow(), 'img').closest('.cell')!.getAttribute('data-diglot-row'));
    expect(Number(en!.getAttribute('data-diglot-row'))).toBeGreaterThan(figureRow);
  });

  it('draws a table with a column per language once, as that table, its rows facing each other', () => {
    const { shadow } = open(fixture('interleaved--en-zh-Hans--browser-support-docs'), 'side-by-side');
    const tables = qa(shadow(), 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.closest('.cell')?.classList.contains('full')).toBe(true);
    const rows = qa(tables[0]!, 'tr').map((tr) => qa(tr, 'th, td').map((c) => c.textContent?.trim()));
    expect(rows[0]).toEqual(['Browser', 'Oldest tested release', '最低测试版本']);
    expect(rows[2]).toEqual([
      'Firefox',
      'The latest release and the extended support release',
      '最新版本和延长支持版本',
    ]);
    expect(rows).toHaveLength(6);
    // Each cell is a block of its own, so a cell lights up its counterpart like any paragraph.
    const zh = q(tables[0]!, 'td [data-diglot-lang="zh-Hans"]');
    expect(zh.getAttribute('data-diglot-pair')).not.toBeNull();
    expect(qa(tables[0]!, 'th').every((th) => th.getAttribute('scope') === 'col')).toBe(true);
  });

  it('keeps code as printed, numbers and bullets on list items, and links and emphasis inside paragraphs', () => {
    const { shadow } = open(fixture('blocks--en-ja--backup-script-tutorial'), 'side-by-side');
    const code = qa(shadow(), 'pre.code code');
    expect(code).toHaveLength(2);
    expect(code[0]!.textContent).toContain('today=$(date +%F)\ndest=/mnt/backup/$today\n\n# dump the databases');
    expect(code[0]!.querySelector('.sentence')).toBeNull();
    const markers = qa(shadow(), '.cell.left .item .marker').map((m) => m.textContent);
    // A list inside an item gets the open bullet, as browsers draw it.
    expect(markers).toEqual(['1.', '◦', '◦', '2.', '3.', '◦', '◦']);
    expect(qa(shadow(), '.cell.left .item.depth-2')).toHaveLength(4);
    const link = q(shadow(), '.cell.left a[href="https://rsync.example/"]');
    expect(link.textContent).toBe('rsync');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(q(shadow(), '.cell.left em').textContent).toBe('when I remembered');
    expect(qa(shadow(), '.cell.left code').map((c) => c.textContent)).toContain('/srv/photos');
  });

  it('never makes a link or loads an image from an address a clip file smuggles in', () => {
    const article: ParsedArticle = {
      ...enKo(),
      blocks: [
        ...enKo().blocks.map((b, i) =>
          i === 0 ? { ...b, marks: [{ kind: 'link' as const, start: 0, end: 4, href: 'javascript:alert(1)' }] } : b,
        ),
        { id: 'f1', lang: 'und', kind: 'figure', text: '', figure: { src: 'javascript:alert(2)', alt: '' } },
        {
          id: 'f2',
          lang: 'und',
          kind: 'figure',
          text: '',
          figure: { src: 'data:image/svg+xml;base64,' + 'P'.repeat(300), alt: 'x' },
        },
      ],
    };
    const { shadow } = open(article, 'side-by-side');
    expect(qa(shadow(), 'a[href^="javascript"], img')).toEqual([]);
    expect(q(shadow(), '[data-diglot-block="b1"]').textContent).toContain(enKo().blocks[0]!.text);
  });

  it('shows an image that cannot load as its description, and leaves out one without a description', async () => {
    const article: ParsedArticle = {
      ...enKo(),
      blocks: [
        ...enKo().blocks,
        {
          id: 'f1',
          lang: 'und',
          kind: 'figure',
          text: '',
          figure: { src: 'https://photos.example/bridge.jpg', alt: 'The new bridge at dawn', width: 1200, height: 800 },
        },
        { id: 'f2', lang: 'und', kind: 'figure', text: '', figure: { src: 'https://photos.example/x.jpg', alt: '' } },
      ],
    };
    const { win, shadow } = open(article, 'side-by-side');
    const images = qa(shadow(), 'img');
    expect(images).toHaveLength(2);
    for (const img of images) fire(win, img, 'error');
    await new Promise((done) => setTimeout(done, 0));
    expect(qa(shadow(), 'img')).toEqual([]);
    expect(qa(shadow(), '.figure-missing').map((f) => f.textContent)).toEqual(['The new bridge at dawn']);
  });
});
