/**
 * Site chrome among a container's blocks: what chrome-text.ts knows by a block's own text, and what only its place
 * tells (a comment between its author line and its reply button, a box's heading, a kicker over the headline, a run
 * of menu or teaser links, the links under a "related" heading or an ad label).
 *
 * Readability keeps much of this when it sits inside the article container, in any language: a Korean CMS's byline
 * list and "이 기자의 다른 기사", a French paywall under an English article, a Chinese portal's English "Related Stories".
 * A bilingual parse then pairs it, and a one-language page returns it as article text.
 */
import { chromeKindAnyLanguage } from './chrome-text';
import type { RawBlock } from './dom/blocks';
import { dominantScript, scriptHistogram, type Script } from './lang/script';

const LANGUAGE_NAMES =
  /English|한국어|조선말|中文|汉语|漢語|简体|繁體|日本語|Français|Español|Português|Deutsch|Italiano|Nederlands|Русский|Українська|العربية|עברית|Ελληνικά|Türkçe|Polski|Tiếng Việt|Bahasa|ไทย|हिन्दी|Korean|Chinese|Japanese|French|Spanish|Portuguese|German|Russian|Ukrainian|Arabic|Hebrew|EN|KO|ZH|JA|FR|ES|PT|DE|RU|UK/g;

const SEPARATORS = /[\s|/·•,:;()[\]-]+/g;

/** `English | 한국어 | 中文`: a language switcher, not article text. */
export function isLanguageSwitcher(text: string): boolean {
  if (text.length > 100) return false;
  const names = text.match(LANGUAGE_NAMES);
  if (!names || names.length < 2) return false;
  const rest = text.replace(LANGUAGE_NAMES, '').replace(SEPARATORS, '');
  return rest.length <= 12;
}

/**
 * Site chrome among collected blocks: chrome by its text (bylines, dates, counts, "related", share bars, paywall and
 * cookie text, in any language; see chrome-text.ts), language switchers, blocks made of chrome-named inline elements,
 * the link list under a "related" or "more by this reporter" heading, and teaser lists in any language.
 *
 * `where` says what was read. In Readability's article (`article`) other link-heavy blocks stay: Readability has
 * already removed the menus, and the link lists it kept are mostly the article's own (a table of contents,
 * references, "See also"). In the page itself (`page`: containers Readability dropped, or the body), link lists are
 * menus and teasers.
 */
export function dropChrome(raw: readonly RawBlock[], where: 'article' | 'page'): RawBlock[] {
  const why = chromeReasons(raw, where);
  return raw.filter((_, i) => why[i] === null);
}

/** Why each block is chrome (`related`, `meta`, `teaser`, `named`…), or null for article text. */
export function chromeReasons(raw: readonly RawBlock[], where: 'article' | 'page'): Array<string | null> {
  const teaser = teaserRuns(raw);
  const out: Array<string | null> = [];
  let underRelated = false;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (teaser[i]) {
      out.push(teaser[i]!);
      continue;
    }
    const found = chromeKindAnyLanguage(b.text, { kind: b.kind });
    // "Next", "Back to the list", "About", "Contact us" are links; the same words as text are headings ("Back to the
    // Future", a README's "About" section).
    const kind = (found === 'pagination' || found === 'footer') && b.linkDensity < 0.5 ? null : found;
    if (kind) {
      // The links under a "related" heading or an ad label are the list or the ad.
      underRelated = kind === 'related' || kind === 'ad' || (underRelated && (kind === 'meta' || kind === 'byline'));
      out.push(kind);
      continue;
    }
    if (underRelated && b.linkDensity >= 0.5) {
      out.push('related-list');
      continue;
    }
    underRelated = false;
    if (b.namedChrome) out.push('named');
    else if (isLanguageSwitcher(b.text)) out.push('switcher');
    else if (where === 'page' && isLinkList(b)) out.push('link-list');
    else out.push(null);
  }
  // A byline after the article's last paragraph is its author's note (`박지훈 기자 (서울 특파원)`), printed as part of
  // it on the sites Diglot reads; above or inside the article it is the site's byline.
  let last = raw.length - 1;
  while (last >= 0 && (out[last] !== null || raw[last]!.text.length < 80)) last--;
  for (let i = last + 1; i < raw.length; i++) if (out[i] === 'byline') out[i] = null;
  chromeByPlace(raw, out);
  return out;
}

/** Boxes whose chrome is a heading, a prompt and a button: the heading goes with them. */
const BOXED = new Set(['paywall', 'subscribe', 'comments', 'related', 'cookie', 'ad', 'share']);

/** Chrome whose whole box is chrome: a paywall's offer and buttons, a cookie banner's choices. */
const PROMPTS = new Set(['paywall', 'subscribe', 'cookie', 'comments']);

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** Short, no full stop: a heading, a kicker, a button. */
function isLabelLike(b: RawBlock, max: number): boolean {
  return b.text.length <= max && !/[.!?。！？]["”’)）]?$/u.test(b.text) && b.linkDensity < 0.5;
}

function sameBox(a: RawBlock, b: RawBlock): boolean {
  const box = a.el.parentElement;
  return box !== null && box.contains(b.el);
}

/**
 * Chrome known by where it sits, once the chrome known by its text is marked:
 * - a comment, between its author-and-time line and its reply button (`Mehmet K. 2 saat önce` · text · `Yanıtla`);
 * - the heading of a subscription, comment or related box (`Suport al periodisme local`, `Kommentarer (3)`), in the
 *   same box as the chrome below it;
 * - a kicker over the headline (`Zweisprachig`, `På två språk`): a short first line right above the first heading.
 */
function chromeByPlace(raw: readonly RawBlock[], why: Array<string | null>): void {
  for (let i = 0; i < raw.length; i++) {
    if (why[i] !== null) continue;
    const b = raw[i]!;
    const prev = why[i - 1];
    const next = why[i + 1];
    if ((prev === 'meta' || prev === 'byline') && next === 'comments') why[i] = 'comment';
    else if (next && BOXED.has(next) && isLabelLike(b, 60) && sameBox(b, raw[i + 1]!)) why[i] = `${next}-heading`;
  }
  // The rest of a paywall, subscription, cookie or comment box (`Offre spéciale : 1 € par mois…`, its buttons): short
  // blocks beside such chrome in a small box of their own.
  const boxes = new Map<Element, number[]>();
  raw.forEach((b, i) => {
    const box = b.el.parentElement;
    if (box) boxes.set(box, [...(boxes.get(box) ?? []), i]);
  });
  // What else the box holds must be short beside the article's own paragraphs: a box that also holds article text is
  // the article container itself.
  const lengths = raw.filter((_, i) => why[i] === null).map((b) => b.text.length);
  const typical = median(lengths);
  for (const members of boxes.values()) {
    const prompt = members.map((i) => why[i]).find((w) => w && PROMPTS.has(w));
    if (!prompt || members.length > 6) continue;
    const rest = members.filter((i) => why[i] === null);
    if (rest.some((i) => raw[i]!.text.length > Math.min(160, 0.6 * typical))) continue;
    for (const i of rest) why[i] = `${prompt}-box`;
  }
  // Readability often drops the headline itself (it is the title): then the kicker sits right above the byline.
  const first = why.findIndex((w) => w === null);
  const lead = raw[first];
  const after = raw[first + 1];
  const overHeadline =
    after !== undefined && (after.kind === 'heading' || why[first + 1] === 'meta' || why[first + 1] === 'byline');
  if (lead && overHeadline && lead.kind !== 'heading' && isLabelLike(lead, 30)) {
    // Words only: a photo credit (`JIM WATSON/AFP/Getty Images`) sits there too.
    if (lead.text.split(/\s+/).length <= 4 && /^[\p{L}\p{M}\s'’-]+$/u.test(lead.text)) why[first] = 'kicker';
  }
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A whole link that reads like another article's headline: four words or more (ten characters in Chinese). */
function isHeadlineLink(b: RawBlock): boolean {
  if (b.linkDensity < 0.9 || (b.kind !== 'list-item' && b.kind !== 'paragraph' && b.kind !== 'heading')) return false;
  if (b.text.length > 200) return false;
  return UNSPACED.test(b.text) ? b.text.length >= 10 : b.text.split(/\s+/).length >= 4;
}

const MENU_RUN = 3;

/** A short whole link: a menu entry, a category, a footer link (up to four words). */
function isMenuLink(b: RawBlock): boolean {
  if (b.linkDensity < 0.9 || b.text.length > 40) return false;
  return UNSPACED.test(b.text) ? b.text.length <= 12 : b.text.split(/\s+/).length <= 4;
}

/** The address of the first link in a block's element. */
function linkTarget(b: RawBlock): string | null {
  // (By tag name: linkedom compiles a selector anew on every call.)
  const a = b.el.localName === 'a' ? b.el : b.el.getElementsByTagName('a')[0];
  return a?.getAttribute('href') ?? null;
}

/**
 * Links `raw[from..to)` printed two by two, each followed by its translation: both point to one address, or they are
 * written in two scripts (`Property binding` / `属性绑定`, a bilingual page's "see also" list). A site's menu or teaser
 * list prints each entry once. An entry or two left untranslated may stand alone among the pairs.
 */
function isTranslatedList(raw: readonly RawBlock[], from: number, to: number): boolean {
  const script = (b: RawBlock): Script | null => dominantScript(scriptHistogram(b.text, 200));
  // The two scripts of the first pair told by its scripts: the others print theirs in the same order (a list of
  // language names, `中文` `English` `日本語` `한국어`, is no such list).
  let order: string | null = null;
  const sameTarget = (x: RawBlock, y: RawBlock): boolean => {
    const target = linkTarget(x);
    return target !== null && target === linkTarget(y);
  };
  const twoScripts = (x: RawBlock, y: RawBlock): boolean => {
    const [sx, sy] = [script(x), script(y)];
    if (sx === null || sy === null || sx === sy) return false;
    order ??= `${sx}:${sy}`;
    return order === `${sx}:${sy}`;
  };
  let pairs = 0;
  let alone = 0;
  for (let k = from; k < to;) {
    if (k + 1 < to && (sameTarget(raw[k]!, raw[k + 1]!) || twoScripts(raw[k]!, raw[k + 1]!))) {
      pairs++;
      k += 2;
    } else {
      alone++;
      k++;
    }
  }
  return pairs >= 2 && alone <= pairs / 4;
}

/**
 * Teaser lists, whatever their language: two or more headline links in a row ("ये भी पढ़ें", "İlgili Haberler", "Meer
 * nieuws" and the like), with the short heading just above them that introduces the list. A list whose links come two
 * by two, each with its translation, is the article's own (see `isTranslatedList`).
 */
function teaserRuns(raw: readonly RawBlock[]): Array<string | null> {
  const out = new Array<string | null>(raw.length).fill(null);
  for (let i = 0; i < raw.length;) {
    let end = i;
    while (end < raw.length && (isMenuLink(raw[end]!) || isHeadlineLink(raw[end]!))) end++;
    if (isTranslatedList(raw, i, end)) {
      i = end;
      continue;
    }
    // Menus in the article: three or more short whole links in a row (a site's category list, a table layout's
    // footer links). A headline run is longer words; both end at the first block that is not a link.
    let n = i;
    while (n < raw.length && isMenuLink(raw[n]!)) n++;
    if (n - i >= MENU_RUN) {
      for (let k = i; k < n; k++) out[k] = 'menu';
      i = n;
      continue;
    }
    let j = i;
    while (j < raw.length && isHeadlineLink(raw[j]!)) j++;
    if (j - i >= 2) {
      for (let k = i; k < j; k++) out[k] = 'teaser';
      const head = raw[i - 1];
      if (head && head.text.length <= 40 && !/[.!?。！？]$/u.test(head.text) && head.linkDensity < 0.5) {
        out[i - 1] = 'teaser';
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Menus and teaser lists in a page: blocks that are mostly links. */
function isLinkList(b: RawBlock): boolean {
  if (b.linkDensity > 0.8 && b.text.length < 300) return true;
  return b.linkDensity > 0.5 && b.text.length < 120 && (b.kind === 'list-item' || b.kind === 'paragraph');
}
