import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../utils/dom/blocks';
import { chromeStrength } from '../../../utils/dom/tags';
import { htmlToDocument } from '../../../utils/parse-html';

const PARAGRAPH =
  'Stack Overflow published its analysis of this year’s hiring trends on Tuesday, and the demand for some skills has moved more than recruiters expected.';

function root(body: string): Element {
  return htmlToDocument(`<!doctype html><html><body><div id="root">${body}</div></body></html>`).getElementById(
    'root',
  )!;
}

const texts = (el: Element, article: boolean): string[] =>
  collectBlocks(el, { orderOf: () => 0, skipChrome: true, article }).map((b) => b.text);

describe('chrome names inside Readability’s article', () => {
  it('keeps a WordPress <article> whose classes name its category, tags and author', () => {
    const el = root(
      `<article class="entry author-sarah post type-post category-news tag-jobs"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`,
    );
    expect(texts(el, true)).toHaveLength(2);
    // The page walk (containers Readability dropped) keeps it too: it holds the text of the whole subtree.
    expect(texts(el, false)).toHaveLength(2);
  });

  it('leaves out small weak-named furniture but keeps a weak-named block that holds a sentence', () => {
    const el = root(
      `<p class="post-meta">March 3, 2026</p><p class="teaser">${PARAGRAPH}</p><div class="label">Bilingual</div>`,
    );
    expect(texts(el, true)).toEqual([PARAGRAPH]);
  });

  it('leaves out strong chrome such as a share bar or a comment section, whatever its size', () => {
    const el = root(
      `<p>${PARAGRAPH}</p><div class="share-tools"><a>Facebook</a> <a>X</a></div><section id="comments"><p>${PARAGRAPH} I agree.</p></section>`,
    );
    expect(texts(el, true)).toEqual([PARAGRAPH]);
  });

  it('never cuts a chrome-named inline element out of a sentence', () => {
    const el = root(
      `<p>Reported from <a class="meta-loc">Seoul</a> by our desk, the story ran on the front page.</p><pre>let a = 1; <span class="token comment">// the first value</span></pre>`,
    );
    expect(texts(el, true)).toEqual([
      'Reported from Seoul by our desk, the story ran on the front page.',
      'let a = 1; // the first value',
    ]);
  });

  it('marks a block made only of chrome-named inline elements instead of dropping its words', () => {
    const el = root(
      `<div class="article__header"><span class="article__kicker">Zweisprachig</span>\n  <h1>Title</h1></div>`,
    );
    const blocks = collectBlocks(el, { orderOf: () => 0, skipChrome: true, article: true });
    expect(blocks.find((b) => b.text === 'Zweisprachig')?.namedChrome).toBe(true);
    expect(blocks.find((b) => b.text === 'Title')?.namedChrome).toBeUndefined();
  });

  it('keeps table cells and captions whatever their class says', () => {
    const el = root(
      `<table><tr><td class="header_cell">Year</td><td class="date">1947</td></tr></table><figure><figcaption class="t-meta">Photo: Lena Bachmann</figcaption></figure>`,
    );
    expect(texts(el, true)).toEqual(['Year', '1947', 'Photo: Lena Bachmann']);
  });
});

describe('chrome strength of an element', () => {
  const el = (html: string): Element => root(html).firstElementChild!;

  it('calls navigation, share, related and comment boxes strong', () => {
    expect(chromeStrength(el('<nav></nav>'))).toBe('strong');
    expect(chromeStrength(el('<div class="share-bar"></div>'))).toBe('strong');
    expect(chromeStrength(el('<div class="related-news"></div>'))).toBe('strong');
    expect(chromeStrength(el('<div id="comments"></div>'))).toBe('strong');
  });

  it('calls dates, labels, headers and footers weak', () => {
    expect(chromeStrength(el('<span class="date"></span>'))).toBe('weak');
    expect(chromeStrength(el('<p class="c-article__label"></p>'))).toBe('weak');
    expect(chromeStrength(el('<header></header>'))).toBe('weak');
  });

  it('ignores weak words in ids, which are often made from text', () => {
    expect(chromeStrength(el('<li id="cite_note-The_Economist_print_edition-331"></li>'))).toBeNull();
  });
});
