/**
 * Article blocks of a page: Readability finds the article, Diglot recovers the language Readability dropped.
 *
 * Readability keeps one container. On bilingual sites the second language often sits in a sibling container
 * (`div.article-en` then `div.article-ko`, an ad or a second headline between) and Readability throws it away. So the
 * clone's elements are numbered before Readability runs, which maps its output back to the original document; from the
 * chosen container Diglot climbs a few levels and adds sibling containers whose long-form text is in another language
 * and of a comparable amount. `parse()` mutates its document, so it only ever sees a clone: the page is never touched.
 */
import { Readability } from '@mozilla/readability';
import type { BlockKind } from './contract';
import { dropChrome } from './chrome-blocks';
import { chromeKindAnyLanguage } from './chrome-text';
import { cleanText, collectBlocks, type RawBlock } from './dom/blocks';
import { upperTagName } from './dom/tag-name';
import { NEVER_TEXT, isHidden, looksLikeChrome } from './dom/tags';
import { elementsInOrder, walk } from './dom/walk';
import { dominantScript, weightedCount } from './lang/script';
import { TextFacts } from './lang/text-facts';
import { findFigures, type FoundFigure } from './form/figures';
import { safeHref } from './form/urls';

export interface ExtractedBlock {
  kind: BlockKind;
  level?: number;
  text: string;
  /** Document-order key (element index in the original document). */
  order: number;
  /** The block's element in the ORIGINAL document (never the clone), for structure and `lang` attributes. */
  source: Element | null;
  /** True when the block came from a container Readability dropped. */
  recovered?: boolean;
  /** True when the block is a paragraph Readability dropped from inside the article, read back from the page. */
  reread?: boolean;
  /**
   * Blocks of one element are read apart when their keys differ: the lines of one stanza of a poem printed in `<pre>`
   * share a key (see `RawBlock.group`); the two halves of a block printed in both languages have one each.
   */
  group?: string;
}

export interface Extraction {
  blocks: ExtractedBlock[];
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** `lang` of the page (`<html lang>`), as Readability reports it. */
  pageLang?: string;
  /**
   * Headlines printed just above the article (`<h1>`/`<h2>` before its first block, nearest last), which Readability
   * leaves out of the article because they repeat its title: on a bilingual page each language's headline.
   */
  headlines?: string[];
  /** The article's images as Readability keeps them, in page order (none when the page was read without it). */
  figures?: FoundFigure[];
  /** The address relative links and images of the page resolve against (its `<base>`, else its URL), when known. */
  base?: string;
  /** How the blocks were found: `readability`, `readability+recovered`, or `body` when Readability found nothing. */
  method: 'readability' | 'readability+recovered' | 'body';
  warnings: string[];
}

export interface ExtractOptions {
  maxBlocks?: number;
  /** Read the body without Readability (a page nested too deep for it). */
  skipReadability?: boolean;
  /** The page's elements in document order, when the caller has already walked them. */
  elements?: Element[];
  /** Facts about texts shared with the later stages of the parse. */
  facts?: TextFacts;
  /** The page's address, for relative links and images. */
  url?: string;
}

/**
 * What relative addresses of `doc` resolve against: its `<base href>` (itself relative to the page), else the page;
 * a saved page read from a file (no address of its own) goes by the address it names for itself (canonical, og:url).
 */
export function baseOf(doc: Document, url: string | undefined): string | undefined {
  const fromDoc = doc.location?.href;
  const named =
    doc.querySelector('link[rel="canonical"][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content') ??
    undefined;
  const page =
    url ??
    (fromDoc && /^https?:/i.test(fromDoc) ? fromDoc : undefined) ??
    (named ? (safeHref(named) ?? undefined) : undefined);
  const tag = doc.querySelector('base[href]')?.getAttribute('href');
  return (tag ? safeHref(tag, page) : null) ?? (page ? (safeHref(page) ?? undefined) : undefined);
}

/** The attribute that numbers the elements of a clone when Readability's output must be mapped back through HTML. */
const NUMBER_ATTR = 'data-diglot-n';

/** Whether any element of Readability's `content` is one of the clone's own (numbered in `index`). */
function mapsAny(content: Element, index: WeakMap<Node, number>): boolean {
  if (index.has(content)) return true;
  const all = content.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (index.has(all[i]!)) return true;
  return false;
}

/**
 * Readability without its link rewriting. Before returning, Readability resolves every link in the article against the
 * page's base URL (a `URL` object per link); Diglot reads only text, so that pass (about 7% of `parse()` on the
 * fixture pages, linkedom) is time spent for nothing. Outputs are the same with and without it on all 175 fixture and
 * corpus pages. The override is checked against the installed Readability by a unit test: were the method ever
 * renamed, the test fails instead of the saving silently vanishing.
 */
export class TextReadability extends Readability<Element> {
  _fixRelativeUris(): void {}
}

const SENTENCE_END = /[.!?。！？…][\s"”'’)）」』»]*$/;
const HAS_URL = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|org|net|gov|edu)\b/i;
const BRACKETED = /^[(（[【].*[)）\]】]$/;

/** A block Readability dropped that is still article text: a sentence, a caption or quote, a line with an address. */
function readsAsArticleText(b: RawBlock, facts: TextFacts): boolean {
  if (b.linkDensity > 0.5) return false;
  const mass = weightedCount(facts.histogram(b.text, 400));
  if (mass < 12) return false;
  if (SENTENCE_END.test(b.text) && mass >= 20) return true;
  if (HAS_URL.test(b.text) && mass >= 20) return true;
  if (BRACKETED.test(b.text)) return true; // a translator's or author's note in brackets
  return (
    (b.kind === 'caption' || b.kind === 'quote' || b.kind === 'list-item' || b.kind === 'table-cell') && mass >= 15
  );
}

const MAX_NOTES = 3;

/**
 * The translator's or editor's notes printed right after the article (`本文英文版由編輯部翻譯。`, `（本文由中文编辑部编译）`),
 * which Readability drops with the box they sit in: up to three short plain paragraphs that come straight after its
 * last block, before anything else the page prints there.
 */
function trailingNotes(raw: readonly RawBlock[], dropped: readonly RawBlock[], hi: number): RawBlock[] {
  const ok = new Set(dropped);
  const out: RawBlock[] = [];
  for (const b of raw) {
    if (b.order <= hi) continue;
    const note = ok.has(b) && b.kind === 'paragraph' && b.linkDensity === 0 && b.text.length <= 200;
    if (!note || out.length === MAX_NOTES) break;
    out.push(b);
  }
  return out;
}

/** Blocks long enough to count as the article text of a container rather than its furniture. */
function longBlocks(blocks: readonly RawBlock[], facts: TextFacts): number {
  let n = 0;
  for (const b of blocks) if (weightedCount(facts.histogram(b.text, 400)) >= 60) n++;
  return n;
}

/** Lowest common ancestor of two nodes (iterative; pages nest deep). */
function commonAncestor(a: Node, b: Node): Node | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}

function lastDescendant(el: Element): Element {
  let n = el;
  while (n.lastElementChild) n = n.lastElementChild;
  return n;
}

/** Main language of a set of blocks, by weighted text mass, with that mass. */
function languageMass(blocks: readonly { text: string }[], facts: TextFacts): Map<string, number> {
  const mass = new Map<string, number>();
  for (const b of blocks) {
    const h = facts.histogram(b.text, 2000);
    const w = weightedCount(h);
    if (w < 40) continue;
    // No model here: this runs over every long block of every sibling container, and only has to tell "the same
    // language as the main text" from "another one". A Latin text the stopwords cannot place counts as `Latin`.
    const script = dominantScript(h);
    if (!script) continue;
    const lang = facts.quickLanguage(b.text, script) ?? script;
    mass.set(lang, (mass.get(lang) ?? 0) + w);
  }
  return mass;
}

function top(mass: Map<string, number>): [string, number] | null {
  let best: [string, number] | null = null;
  for (const e of mass) if (!best || e[1] > best[1]) best = e;
  return best;
}

function total(mass: Map<string, number>): number {
  let t = 0;
  for (const v of mass.values()) t += v;
  return t;
}

function toBlockPlain(b: RawBlock): ExtractedBlock {
  const out: ExtractedBlock = { kind: b.kind, text: b.text, order: b.order, source: b.el };
  if (b.level !== undefined) out.level = b.level;
  if (b.group !== undefined) out.group = b.group;
  return out;
}

/** A block Readability gave (not one the extraction added to find a second language). */
export function fromReadability(b: ExtractedBlock | undefined): boolean {
  return !b?.recovered && !b?.reread;
}

/**
 * The blocks of a page found not to be bilingual: the article as Readability finds it. What the extraction added to
 * find a second language (a sibling container Readability dropped, paragraphs read back from the page) goes: on a
 * one-language page it is a French paywall beside an English article, or another story's teaser. Ids are renumbered
 * (a one-language article has no pairs to refer to them). Never empties an article that had Readability's blocks.
 */
export function readabilityBlocksOnly<T extends { id: string }>(
  extracted: readonly ExtractedBlock[],
  blocks: T[],
): T[] {
  const kept = blocks.filter((_, i) => fromReadability(extracted[i]));
  if (kept.length === blocks.length || kept.length === 0) return blocks;
  return kept.map((b, i) => ({ ...b, id: `b${i + 1}` }));
}

/** Blocks of the article in `doc`, in reading order. Never modifies `doc`. */
export function extractBlocks(doc: Document, opts: ExtractOptions = {}): Extraction {
  const warnings: string[] = [];
  const facts = opts.facts ?? new TextFacts();
  const root = doc.documentElement;
  if (!root) return { blocks: [], method: 'body', warnings: ['empty document'] };
  const original = opts.elements ?? elementsInOrder(root);
  const indexOf = new Map<Element, number>();
  original.forEach((el, i) => indexOf.set(el, i));

  if (opts.skipReadability) {
    const body = doc.body ?? root;
    const raw = collectBlocks(body, { skipChrome: true, orderOf: (el) => indexOf.get(el), maxBlocks: opts.maxBlocks });
    const blocks = dropChrome(raw, 'page').map((b) => toBlockPlain(b));
    return { blocks, method: 'body', warnings: ['page nested too deep for Readability; read without it'] };
  }
  const clone = doc.cloneNode(true) as Document;
  // Number the clone's elements (and remember each text node's parent number) so that Readability's output maps back
  // to the page. A WeakMap, not attributes: setting an attribute on every element cost as much as the rest of the
  // extraction, and the page's markup is never touched either way.
  const cloneIndex = new WeakMap<Node, number>();
  const textParent = new WeakMap<Node, number>();
  let counted = 0;
  if (clone.documentElement) {
    walk(clone.documentElement, {
      enter: (el) => {
        cloneIndex.set(el, counted++);
      },
      text: (t) => {
        const p = t.parentNode ? cloneIndex.get(t.parentNode) : undefined;
        if (p !== undefined) textParent.set(t, p);
      },
    });
  }
  const mapped = counted === original.length;
  if (!mapped) warnings.push('clone differs from the page; recovery of dropped containers disabled');

  let article: ReturnType<Readability<Element>['parse']> = null;
  // keepClasses: the chrome filter reads class names in Readability's output too.
  const readability = (d: Document) =>
    new TextReadability(d, { serializer: (el) => el as Element, keepClasses: true }).parse();
  try {
    article = readability(clone);
  } catch (e) {
    warnings.push(`readability failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Where Readability's first try finds too little text it tries again on the page's HTML as it cached it
  // (`innerHTML`): the article it returns is then made of new nodes, none of them in the map. Read again, on a clone
  // whose elements carry their number as an attribute, which survives the HTML. Only on those pages (about 1 in 16
  // of Readability's corpus): numbering every element costs as much as the rest of the extraction.
  let numbered = false;
  if (mapped && article?.content && typeof article.content === 'object' && !mapsAny(article.content, cloneIndex)) {
    const again = doc.cloneNode(true) as Document;
    let n = 0;
    if (again.documentElement)
      walk(again.documentElement, { enter: (el) => el.setAttribute(NUMBER_ATTR, String(n++)) });
    try {
      const retried = readability(again);
      if (retried?.content && n === original.length) [article, numbered] = [retried, true];
    } catch {
      // The first result stands, unmapped.
    }
  }

  const meta = {
    title: article?.title?.trim() || doc.title?.trim() || undefined,
    byline: article?.byline?.trim() || undefined,
    siteName: article?.siteName?.trim() || undefined,
    publishedTime: article?.publishedTime?.trim() || undefined,
    pageLang: article?.lang?.trim() || root.getAttribute('lang') || undefined,
  };
  const clean = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  const toBlock = (b: RawBlock, source: Element | null, recovered: boolean): ExtractedBlock => {
    const out: ExtractedBlock = { kind: b.kind, text: b.text, order: b.order, source };
    if (b.level !== undefined) out.level = b.level;
    if (b.group !== undefined) out.group = b.group;
    if (recovered) out.recovered = true;
    return out;
  };

  const content = article?.content;
  if (!content || typeof content !== 'object') {
    const body = doc.body ?? root;
    const raw = collectBlocks(body, { skipChrome: true, orderOf: (el) => indexOf.get(el), maxBlocks: opts.maxBlocks });
    const blocks = dropChrome(raw, 'page').map((b) => toBlock(b, b.el, false));
    return { ...clean(meta), blocks, method: 'body', warnings };
  }

  // A node's number in the page: from the map, or on a page read again from its attribute.
  const numberOf = (n: Node): number | undefined => {
    if (numbered) {
      const attr = n.nodeType === 1 ? (n as Element).getAttribute(NUMBER_ATTR) : null;
      return attr === null ? undefined : Number(attr);
    }
    return cloneIndex.get(n);
  };
  // Readability replaces some elements (a <div> of text becomes a <p>) by new ones holding the same children: those
  // are found through their first child.
  const dgOf = (el: Element): number | undefined => {
    if (!mapped) return undefined;
    const direct = numberOf(el);
    if (direct !== undefined) return direct;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const t = textParent.get(c);
      if (t !== undefined) return t;
      const ci = numberOf(c);
      if (ci !== undefined) {
        const parent = original[ci]?.parentElement;
        return parent ? indexOf.get(parent) : undefined;
      }
    }
    return undefined;
  };
  const originalOf = (el: Element): Element | null => {
    for (let n: Element | null = el; n && mapped; n = n.parentElement) {
      const i = dgOf(n);
      if (i !== undefined) return original[i] ?? null;
    }
    return null;
  };

  const mainRaw = dropChrome(
    collectBlocks(content, { orderOf: dgOf, maxBlocks: opts.maxBlocks, skipChrome: true, article: true }),
    'article',
  );
  const blocks = mainRaw.map((b) => toBlock(b, originalOf(b.el), false));
  let method: Extraction['method'] = 'readability';

  if (mapped && blocks.length > 0) {
    const survivors: number[] = [];
    for (const el of elementsInOrder(content)) {
      const i = dgOf(el);
      if (i !== undefined) survivors.push(i);
    }
    survivors.sort((a, b) => a - b);
    const survived = new Set(survivors);
    const hasSurvivor = (from: number, to: number): boolean => {
      let lo = 0;
      let hi = survivors.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (survivors[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < survivors.length && survivors[lo]! <= to;
    };
    const sources = blocks.map((b) => b.source).filter((s): s is Element => s !== null);
    const first = sources[0];
    const last = sources[sources.length - 1];
    let chosen = first && last ? (commonAncestor(first, last) as Element | null) : null;
    if (chosen && chosen.nodeType === 1) {
      // Read the chosen container back from the page itself: Readability drops paragraphs it finds link-heavy (a
      // sentence around a URL, short CJK text with a link) and whole columns of a grid. Add the dropped blocks that
      // read as article text and sit between blocks Readability kept; what it kept stays as it gave it (replacing it
      // with the page's own blocks lost table rows and brought back teasers it had rightly dropped).
      const lo = blocks.reduce((m, b) => Math.min(m, b.order), Infinity);
      const hi = blocks.reduce((m, b) => Math.max(m, b.order), -Infinity);
      const have = new Set(blocks.map((b) => b.text));
      const raw = collectBlocks(chosen, {
        skipChrome: true,
        orderOf: (el) => indexOf.get(el),
        maxBlocks: opts.maxBlocks,
      });
      const dropped = dropChrome(raw, 'page').filter(
        (b) => !survived.has(indexOf.get(b.el) ?? -1) && !have.has(b.text) && readsAsArticleText(b, facts),
      );
      const added = [...dropped.filter((b) => b.order > lo && b.order < hi), ...trailingNotes(raw, dropped, hi)].map(
        (b) => ({ ...toBlock(b, b.el, false), reread: true }),
      );
      if (added.length > 0) {
        blocks.push(...added);
        blocks.sort((a, b) => a.order - b.order);
      }
    }
    const mainMass = languageMass(blocks, facts);
    const mainTotal = total(mainMass);
    // Readability kept both languages already (one container, interleaved rows): nothing to recover.
    const bothKept = [...mainMass.values()].filter((m) => m >= 0.2 * mainTotal).length >= 2;
    const mainTop = bothKept ? null : top(mainMass);
    const recovered: ExtractedBlock[] = [];
    // Climb a few levels: the other language's container is a sibling, or a sibling of a wrapper ("cousin").
    for (let level = 0; chosen && mainTop && level < 4; level++) {
      const parent: Element | null = chosen.parentElement;
      if (!parent || parent === root) break;
      // Small siblings (a second headline, a translator's note) belong to the article when a container of the other
      // language was recovered at the same level.
      const small: RawBlock[][] = [];
      let recoveredHere = false;
      for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
        if (s === chosen || NEVER_TEXT.has(upperTagName(s)) || isHidden(s) || looksLikeChrome(s)) continue;
        const from = indexOf.get(s);
        const to = indexOf.get(lastDescendant(s));
        if (from === undefined || to === undefined || hasSurvivor(from, to)) continue;
        const raw = collectBlocks(s, { skipChrome: true, orderOf: (el) => indexOf.get(el), maxBlocks: opts.maxBlocks });
        const cand = dropChrome(raw, 'page');
        if (cand.length > 0 && cand.length <= 3 && (from > (indexOf.get(chosen) ?? 0) || cand[0]!.kind === 'heading')) {
          small.push(cand);
        }
        const mass = languageMass(cand, facts);
        const candTop = top(mass);
        if (!candTop) continue;
        const candTotal = total(mass);
        const otherLanguage = candTop[0] !== mainTop[0] && (mainMass.get(candTop[0]) ?? 0) < 0.2 * mainTotal;
        const comparable = candTop[1] >= 0.25 * mainTop[1] && candTop[1] <= 4 * mainTop[1];
        if (otherLanguage && comparable && candTop[1] >= 0.6 * candTotal && longBlocks(cand, facts) >= 2) {
          recovered.push(...cand.map((b) => toBlock(b, b.el, true)));
          recoveredHere = true;
          small.pop();
        }
      }
      if (recoveredHere) for (const cand of small) recovered.push(...cand.map((b) => toBlock(b, b.el, true)));
      chosen = parent;
    }
    if (recovered.length > 0) {
      method = 'readability+recovered';
      blocks.push(...recovered);
      blocks.sort((a, b) => a.order - b.order);
    }
  }
  const headlines = headlinesAbove(original, blocks);
  const base = baseOf(doc, opts.url);
  const figures = mapped ? findFigures(content, dgOf, originalOf, base) : [];
  return {
    ...clean(meta),
    ...(headlines.length > 0 ? { headlines } : {}),
    ...(base ? { base } : {}),
    figures,
    blocks,
    method,
    warnings,
  };
}

const HEADLINE_TAGS = new Set(['H1', 'H2']);
const HEADLINE_SCAN = 400;

/**
 * The `<h1>`/`<h2>` texts among the elements just before the article's first block (at most four, in page order):
 * not inside navigation, asides or footers, not a link (a logo), and not chrome by their text.
 */
function headlinesAbove(original: readonly Element[], blocks: readonly ExtractedBlock[]): string[] {
  const first = blocks.reduce((m, b) => Math.min(m, b.order), Infinity);
  const out: string[] = [];
  const from = Math.min(original.length, Number.isFinite(first) ? first : 0) - 1;
  for (let i = from; i >= 0 && i > from - HEADLINE_SCAN && out.length < 4; i--) {
    const el = original[i]!;
    if (!HEADLINE_TAGS.has(upperTagName(el)) || isHidden(el)) continue;
    if (el.firstElementChild && upperTagName(el.firstElementChild) === 'A') continue;
    let chrome = false;
    for (let p = el.parentElement; p && !chrome; p = p.parentElement) {
      const tag = upperTagName(p);
      chrome = tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER';
    }
    const text = cleanText(el.textContent ?? '');
    if (chrome || text.length < 6 || text.length > 200 || chromeKindAnyLanguage(text)) continue;
    out.unshift(text);
  }
  return out;
}
