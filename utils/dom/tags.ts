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
export const CHROME_NAME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|gnb|lnb|menu|menus|sidebar|side-bar|aside|rail|related|recommend\w*|comments?|comment-\w+|replies|reply|disqus|footer|breadcrumbs?|share|sharing|social|sns|newsletter|subscribe|subscription|promo|advert\w*|ads?|ad-\w+|sponsor\w*|banner|cookie\w*|gdpr|popular|most-read|mostread|trending|widget|tag-list|lang-switch\w*|language-switch\w*|languages|lang-menu|switcher|toolbar|pagination|pager|login|signup|modal|popup|outbrain|taboola)(?:$|[\s_-])/i;

/** Weak chrome words: a page header, but `article-header` holds the article's own title. */
const WEAK_CHROME_NAME = /(?:^|[\s_-])(?:header|masthead|tags?)(?:$|[\s_-])/i;
const ARTICLE_NAME = /(?:^|[\s_-])(?:article|story|post|entry|headline)(?:$|[\s_-])/i;

/** True for an element hidden by markup (not by CSS: the walk never computes styles). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Chrome by landmark, ARIA role or class/id name. */
export function looksLikeChrome(el: Element): boolean {
  const tag = el.tagName;
  if (CHROME_TAGS.has(tag)) {
    // <article><header><h1>…</h1></header> holds the article's own title and byline.
    return !(tag === 'HEADER' && el.parentElement?.closest('article'));
  }
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog)$/.test(role)) return true;
  const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (name.length < 2) return false;
  if (CHROME_NAME.test(name)) return true;
  return WEAK_CHROME_NAME.test(name) && !ARTICLE_NAME.test(name);
}
