/**
 * What kind of element a tag is, for text extraction: block boundaries, subtrees that never hold article text, and
 * class/id names that mark site chrome.
 */

/** Elements that start a new block of text (everything else is inline and joins its neighbours). */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

/** Subtrees with no readable article text at all. */
export const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'MATH',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SELECT',
  'BUTTON',
  'INPUT',
  'TEXTAREA',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Landmarks that hold site chrome rather than the article. */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU', 'DIALOG']);

/**
 * Class or id words of site chrome (menus, share bars, related lists, comments, language switchers), matched as whole
 * words of `class` and `id` (`main-menu` hits, `commentary` does not).
 */
export const CHROME_NAME = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      // navigation and page furniture
      'nav|navbar|navigation|gnb|lnb|menu|menus|topnav|sidebar|side-bar|seitenleiste|aside|rail|breadcrumbs?|crumb|path',
      'topic-path|skip-link|pagination|pager|toolbar|tools|util|top-util|util-menu|view-tools|font-?size|font-up|print',
      // language and edition switchers
      'lang-switch\\w*|language-switch\\w*|languages|lang-menu|switcher|edition-switch|view-mode|current-lang|header__lang',
      // related, popular, teasers
      'related|related-\\w+|recommend\\w*|popular|most-read|mostread|trending|ranking|teaser|teaser-list|a-lire-aussi',
      'liens|more|rubriques|ressorts',
      // comments and reactions
      'comments?|comment-\\w+|commentaires?|comentarios?|kommentare?|replies|reply|disqus|reactions?|like-box|fav|hit',
      // share, subscribe, ads, paywall
      'share|share-\\w+|sharing|sharedaddy|partage|social|sns|newsletter|newsletter-box|subscribe|subscription|signup',
      'mail|mailmag|login|btn|c-btn|btn-\\w+|paywall|promo|pr|pr-box|pr-label|advert\\w*|ads?|ad-\\w+|ad__\\w+|p-ad',
      'pub|publicite|mpu|mpu-container|sponsor\\w*|banner|banner-\\w+|side-banner|cookie\\w*|gdpr|modal|popup|outbrain|taboola',
      // article furniture that is not article text
      'kicker|surtitre|readtime|read-time|meta|post-meta|entry-meta|cat-links|category|tags|tag-list|label|ad-label',
      'date|entry-date|time|story-time|byline|byline__name|story-byline|auteur|author|story-author|writer(?!-note)|hit',
      // site footer
      'site-footer|footer-\\w+|pied|pied-de-page|pie|droits|copyright|copyrightstatement-container|icp|site-info|foot-\\w+',
      'recherche|search|weather-mini|widget|widget-\\w+',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);

/** Weak chrome words: a page header, but `article-header` holds the article's own title (and `article-footer` the
 * author's note). */
const WEAK_CHROME_NAME = /(?:^|[\s_-])(?:header|masthead|footer|tags?)(?:$|[\s_-])/i;
const ARTICLE_NAME = /(?:^|[\s_-])(?:article|story|post|entry|headline)(?:$|[\s_-])/i;

/** True for an element hidden by markup (not by CSS: the walk never computes styles). */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Chrome by landmark, ARIA role or class/id name. */
export function looksLikeChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase(); // lower-case in XHTML documents
  if (CHROME_TAGS.has(tag)) {
    // <article><header><h1>…</h1></header> holds the article's own title and byline.
    return !(tag === 'HEADER' && el.parentElement?.closest('article'));
  }
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog)$/.test(role)) return true;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return false;
  return chromeName(cls ?? '') || chromeName(id ?? '');
}

// Class names repeat across a page (every menu item, every comment): remember the verdicts. Bounded, since ids and
// generated class names are unique.
const verdicts = new Map<string, boolean>();

function chromeName(name: string): boolean {
  if (name.length < 2) return false;
  let v = verdicts.get(name);
  if (v === undefined) {
    v = CHROME_NAME.test(name) || (WEAK_CHROME_NAME.test(name) && !ARTICLE_NAME.test(name));
    if (verdicts.size > 20_000) verdicts.clear();
    verdicts.set(name, v);
  }
  return v;
}
