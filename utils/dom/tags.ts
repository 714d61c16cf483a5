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
 * Class or id words of site chrome that are chrome wherever they appear (menus, share bars, related lists, comments,
 * ads, paywalls, cookie banners, language switchers), matched as whole words of `class` and `id` (`main-menu` hits,
 * `commentary` does not).
 */
const STRONG_WORDS = [
  // navigation and language switchers
  'nav|navbar|navigation|gnb|lnb|menu|menus|topnav|sidebar|side-bar|seitenleiste|breadcrumbs?|crumb|topic-path',
  'skip-link|pagination|pager|lang-switch\\w*|language-switch\\w*|lang-menu|edition-switch|current-lang|header__lang',
  // related, popular
  'related|related-\\w+|recommend\\w*|popular|most-read|mostread|trending|ranking|teaser-list|a-lire-aussi',
  // comments and reactions
  'comments?|comment-\\w+|commentaires?|comentarios?|kommentare?|replies|reply|disqus|reactions?|like-box',
  // share, subscribe, ads, paywall, cookies
  'share|share-\\w+|sharing|sharedaddy|partage|social|sns|newsletter|newsletter-box|subscribe|subscription|signup',
  'mailmag|login|paywall|promo|pr-box|pr-label|advert\\w*|ads|ad-\\w+|ad__\\w+|p-ad|publicite|mpu|mpu-container',
  'sponsor\\w*|banner-\\w+|side-banner|cookie\\w*|gdpr|modal|popup|outbrain|taboola|ad-label',
  // site footer
  'site-footer|copyright|copyrightstatement-container|widget|widget-\\w+',
];

/**
 * Class words of furniture that also name parts of an article (`meta`, `date`, `label`, `time`, `more`, `category`,
 * `author`, `header`…): WordPress prints `category-news tag-jobs author-sarah` on the `<article>` itself, syntax
 * highlighters mark code comments `token comment`, tables name cells `header_cell`. Inside Readability's article these
 * count only on small elements.
 */
const WEAK_WORDS = [
  'aside|rail|path|toolbar|tools|util|top-util|util-menu|view-tools|font-?size|font-up|print|languages|switcher',
  'view-mode|more|liens|rubriques|ressorts|fav|hit|mail|btn|c-btn|btn-\\w+|pr|ad|pub|banner|kicker|surtitre|readtime',
  'read-time|meta|post-meta|entry-meta|cat-links|category|tags|tag-list|label|date|entry-date|time|story-time|byline',
  'byline__name|story-byline|auteur|author|story-author|writer(?!-note)|footer-\\w+|pied|pied-de-page|pie|droits|icp',
  'site-info|foot-\\w+|recherche|search|weather-mini|teaser',
];

const wordsPattern = (words: string[]): string => '(?:^|[\\s_-])(?:' + words.join('|') + ')(?:$|[\\s_-])';

/** Every chrome word, strong or weak, as one pattern (the pre-check and the pages' own structure use it). */
export const CHROME_NAME = new RegExp(wordsPattern([...STRONG_WORDS, ...WEAK_WORDS]), 'i');
const STRONG_NAME = new RegExp(wordsPattern(STRONG_WORDS), 'i');

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

/** How sure a landmark, role or name makes an element chrome: `strong`, `weak`, or null. */
export type ChromeStrength = 'strong' | 'weak' | null;

const STRONG_LANDMARKS = new Set(['NAV', 'ASIDE', 'MENU', 'DIALOG']);
const strengths = new Map<string, ChromeStrength>();

function nameStrength(name: string): ChromeStrength {
  if (name.length < 2) return null;
  let v = strengths.get(name);
  if (v === undefined) {
    v = STRONG_NAME.test(name)
      ? 'strong'
      : CHROME_NAME.test(name) || (WEAK_CHROME_NAME.test(name) && !ARTICLE_NAME.test(name))
        ? 'weak'
        : null;
    if (strengths.size > 20_000) strengths.clear();
    strengths.set(name, v);
  }
  return v;
}

/**
 * Chrome strength of an element by landmark, ARIA role, class and id. Ids count only with strong words: they are
 * often generated from text (`cite_note-The_Economist_print_edition-331`). `<header>` and `<footer>` are weak: inside
 * an article they hold its standfirst and its author's note.
 */
export function chromeStrength(el: Element): ChromeStrength {
  const tag = el.tagName.toUpperCase();
  if (STRONG_LANDMARKS.has(tag)) return 'strong';
  let weak = tag === 'HEADER' || tag === 'FOOTER';
  if (!el.hasAttributes()) return weak ? 'weak' : null;
  const role = el.getAttribute('role');
  if (role && /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog)$/.test(role))
    return 'strong';
  const cls = el.getAttribute('class');
  if (cls) {
    const v = nameStrength(cls);
    if (v === 'strong') return v;
    if (v === 'weak') weak = true;
  }
  const id = el.getAttribute('id');
  if (id && nameStrength(id) === 'strong') return 'strong';
  return weak ? 'weak' : null;
}
