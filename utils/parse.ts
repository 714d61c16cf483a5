/**
 * `parseArticle`: a page's `Document` in, the parsed-article contract out.
 *
 * Extraction (Readability on a clone, plus the dropped language recovered), languages and layout, paragraph
 * alignment, then sentences. Pure: no extension APIs, no network, no Node APIs, so the same function runs in the
 * content script and in the CLI. It never throws and never modifies `doc`; a page too large to parse in bounded time
 * comes back as a non-bilingual article with a "page too large" warning.
 */
import {
  SCHEMA_VERSION,
  type Block,
  type LangTag,
  type Layout,
  type Pair,
  type ParsedArticle,
  type SentencePair,
} from './contract';
import { alignParagraphs, type AlignItem, type AlignOptions } from './align/paragraphs';
import { alignMany, MAX_MANY_ITEMS } from './align/many';
import { alignSentences } from './align/sentences';
import { alignStanzasAndProse, alignVerse, hasStanzas, isVerse } from './align/stanzas';
import { walk } from './dom/walk';
import { extractBlocks, fromReadability, readabilityBlocksOnly, type ExtractedBlock, type Extraction } from './extract';
import { addForm, withFigures } from './form/apply';
import { discoverInlineLanguage, splitInlinePairs, type InlineBlock } from './inline-pairs';
import { isRtl, scriptOfLanguage } from './lang/identify';
import type { ScriptCounts } from './lang/script';
import { TextFacts } from './lang/text-facts';
import { assignSections, columnOf, type ColumnRoles, type SectionOptions, type Sections } from './sections';
import { splitSentences } from './sentences';
import { capAtTypical } from './weights';

export interface ParseOptions {
  /** Page URL (the extension), recorded in the output. */
  url?: string;
  /** Path or URL as given to the CLI, recorded in the output. */
  source?: string;
  /** A language pair forced by the user: skips detection of the pair (blocks are still identified within it). */
  languages?: [string, string];
  /** Text characters above which the page is refused as too large (default 5,000,000). */
  maxChars?: number;
  /** Blocks above which the page is refused as too large (default 50,000). */
  maxBlocks?: number;
}

const DEFAULT_MAX_CHARS = 5_000_000;
const DEFAULT_MAX_BLOCKS = 50_000;
/** Share of each language's text that must sit in aligned pairs for the two sides to count as translations. */
const MIN_PAIRED_SHARE = 0.5;
/** The larger language may be paired only this far when its pairs are clean (mean score) and several. */
const MIN_LARGE_SHARE = 0.2;
/** ...and this far with clean pairs or two poems facing each other whole. */
const MIN_SMALL_PART = 0.1;
const MIN_PARTIAL_SCORE = 0.5;
const MIN_PARTIAL_PAIRS = 3;
const MIN_MEAN_SCORE = 0.3;
/** Pairs needed before their length correlation is trusted, and the correlation a translation shows at least. */
const MIN_PAIRS_FOR_CORRELATION = 5;
const MIN_CORRELATION = 0.4;
/** A mean pair score this high needs no length correlation. */
const CLEAN_SCORE = 0.75;
/** Lines paired line by line in stanzas of as many lines, at least, for a poem to need no share of the page. */
const MIN_MIRRORED_LINES = 6;
/** Two poems facing each other whole may differ in length by this factor at most. */
const MAX_WHOLE_RATIO = 2;

/** The article of a page with none (too large, unreadable): every field empty, and the warnings that say why. */
export function emptyArticle(opts: ParseOptions, warnings: string[]): ParsedArticle {
  const a: ParsedArticle = {
    schema: SCHEMA_VERSION,
    bilingual: false,
    confidence: 0,
    languages: [],
    layout: 'single',
    title: {},
    blocks: [],
    pairs: [],
    warnings,
  };
  if (opts.source !== undefined) a.source = opts.source;
  if (opts.url !== undefined) a.url = opts.url;
  return a;
}

/**
 * Text characters, elements and nesting depth of the page, stopping as soon as a size limit is passed; the elements
 * in document order are kept for the extraction (one walk instead of two).
 */
function measure(
  doc: Document,
  maxChars: number,
  maxElements: number,
): { chars: number; elements: number; depth: number; list: Element[] } {
  let chars = 0;
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  const list: Element[] = [];
  const root = doc.documentElement;
  if (!root) return { chars, elements, depth, list };
  walk(root, {
    enter: (el) => {
      list.push(el);
      maxDepth = Math.max(maxDepth, ++depth);
      return ++elements > maxElements ? 'stop' : 'descend';
    },
    exit: () => {
      depth--;
    },
    text: (t) => {
      chars += t.nodeValue?.length ?? 0;
      return chars > maxChars ? 'stop' : undefined;
    },
  });
  return { chars, elements, depth: maxDepth, list };
}

/**
 * Nesting beyond which Readability is not run: it recurses and rescans ancestors, and on 5,000 nested elements takes
 * minutes (on 10,000 it overflows the stack); the fuzz test found 450 elements nested 275 deep taking 10 s. The 84
 * real pages of the Readability corpus nest at most 37 deep, so 120 leaves them all to Readability.
 */
const MAX_READABILITY_DEPTH = 120;

const BRACKETS: ReadonlyArray<readonly [string, string]> = [
  ['[', ']'],
  ['(', ')'],
  ['（', '）'],
  ['「', '」'],
  ['『', '』'],
  ['【', '】'],
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’'],
];

/** `["바이든 대통령, ..."]`: the whole text inside one pair of brackets or quotes (not `(12-30) by: Pak (…)`). */
function isBracketed(text: string): boolean {
  const t = text.trim();
  for (const [open, close] of BRACKETS) {
    if (t.length > 2 && t.startsWith(open) && t.endsWith(close) && !t.slice(1, -1).includes(close)) return true;
  }
  return false;
}
const STRIP_BRACKETS = /^[\s[“"「『(（【«‹‘']+|[\s\]”"」』)）】»›’']+$/g;

/** A title printed inside the body: short, a heading or bracketed, no full stop. */
function isInBodyTitle(b: ExtractedBlock): boolean {
  if (b.text.length > 160) return false;
  if (isBracketed(b.text)) return true;
  return b.kind === 'heading' && !/[.!?。！？]$/.test(b.text);
}

/** Blocks of a language searched for its title: a dateline or a caption may come before it. */
const TITLE_SEARCH = 3;

/**
 * Where a language's title printed inside the body sits among that language's blocks (`indexes`), or -1: the first
 * title-like block before the language's first substantial paragraph, among its first few blocks.
 */
function inBodyTitleAt(indexes: readonly number[], raw: readonly ExtractedBlock[], weights: readonly number[]): number {
  for (let k = 0; k < Math.min(TITLE_SEARCH, indexes.length); k++) {
    const i = indexes[k]!;
    if (isInBodyTitle(raw[i]!)) return k;
    if (weights[i]! >= 40) return -1;
  }
  return -1;
}

/**
 * Each language's headline printed above the article becomes its title (Readability keeps one title, from the page's
 * `<title>`, and drops the headlines that repeat it): the English `<h1>` over a Chinese-English story, the French
 * `<h1>` of a second container. A page title that is the headline plus the site's name gives way to the headline.
 */
export function titlesFromHeadlines(
  title: Record<LangTag, string>,
  headlines: readonly string[],
  languages: readonly LangTag[],
  facts: TextFacts,
): void {
  if (languages.length === 0) return;
  for (const h of headlines) {
    const lang = facts.identify(h, [...languages]).lang;
    if (!languages.includes(lang)) continue;
    const current = title[lang];
    if (current === undefined || (current !== h && current.includes(h))) title[lang] = h;
  }
}

/** Parses the article in `doc`. */
export function parseArticle(doc: Document, opts: ParseOptions = {}): ParsedArticle {
  try {
    return parseUnsafe(doc, opts);
  } catch (e) {
    return emptyArticle(opts, [`parse failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

/** A page read: its blocks, their languages, and the facts worked out on the way (shared with the rest of the parse). */
export interface ReadPage {
  ex: Extraction;
  sec: Sections;
  facts: TextFacts;
  sectionOpts: SectionOptions;
  warnings: string[];
}

/**
 * Extracts a page's article blocks and decides their languages; the empty article saying why when the page is too
 * large to read. Shared by the one-page parse and the two-page one (pages.ts).
 */
export function readPage(
  doc: Document,
  opts: ParseOptions,
  facts: TextFacts = new TextFacts(),
): ReadPage | ParsedArticle {
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const maxBlocks = opts.maxBlocks ?? DEFAULT_MAX_BLOCKS;
  const size = measure(doc, maxChars, maxBlocks * 20);
  if (size.chars > maxChars || size.elements > maxBlocks * 20) {
    return emptyArticle(opts, [
      `page too large: more than ${size.chars > maxChars ? `${maxChars} characters of text` : `${maxBlocks * 20} elements`}`,
    ]);
  }

  const ex = extractBlocks(doc, {
    maxBlocks: maxBlocks + 1,
    skipReadability: size.depth > MAX_READABILITY_DEPTH,
    elements: size.list,
    facts,
    ...(opts.url !== undefined ? { url: opts.url } : {}),
  });
  const warnings = [...ex.warnings];
  if (ex.blocks.length > maxBlocks) {
    return emptyArticle(opts, [...warnings, `page too large: more than ${maxBlocks} blocks`]);
  }
  const sectionOpts = opts.languages ? { languages: opts.languages, facts } : { facts };
  return { ex, sec: assignSections(ex.blocks, sectionOpts), facts, sectionOpts, warnings };
}

function parseUnsafe(doc: Document, opts: ParseOptions): ParsedArticle {
  const page = readPage(doc, opts);
  if ('schema' in page) return page;
  const { ex, sec, facts, sectionOpts, warnings } = page;
  // Blocks printing both languages one after the other ("Gosodiad / Installation") are split in two and the languages
  // decided again with the halves; the split stands only if the page then comes out bilingual.
  const inline = splitInline(ex.blocks, sec, sectionOpts, facts);
  if (inline) {
    const article = assemble(ex, inline.blocks, inline.sec, opts, facts, [...warnings]);
    if (article.bilingual) return article;
  }
  return assemble(ex, ex.blocks, sec, opts, facts, warnings);
}

/**
 * The page's blocks with those that print its two languages one after the other split in two (inline-pairs.ts), and
 * their languages; null when no block is split or the page still has one language. The pair is the page's, or when
 * the page looks like one language, the one the other halves of its separated blocks are in (a README printing every
 * line in Welsh and English).
 */
function splitInline(
  raw: ExtractedBlock[],
  sec: Sections,
  sectionOpts: SectionOptions,
  facts: TextFacts,
): { blocks: InlineBlock[]; sec: Sections } | null {
  const [first, second] = sec.languages;
  if (first === undefined) return null;
  const other = sec.bilingual && second !== undefined ? second : discoverInlineLanguage(raw, first, facts);
  if (other === null) return null;
  const split = splitInlinePairs(raw, [first, other], facts);
  if (split.split === 0) return null;
  const again = assignSections(split.blocks, sectionOpts);
  if (!again.bilingual) return null;
  // Each half in the language the split found it in (with the page's order to go by where it is short).
  split.blocks.forEach((b, i) => {
    if (b.inlineLang !== undefined && again.languages.includes(b.inlineLang)) again.langs[i] = b.inlineLang;
  });
  return { blocks: split.blocks, sec: again };
}

/** The parsed article from the page's blocks and their languages: titles, alignment, the translation check. */
function assemble(
  ex: Extraction,
  raw: InlineBlock[],
  sec: Sections,
  opts: ParseOptions,
  facts: TextFacts,
  warnings: string[],
): ParsedArticle {
  const blocks: Block[] = raw.map((b, i) => {
    const lang = sec.langs[i]!;
    const out: Block = { id: `b${i + 1}`, lang, kind: b.kind, text: b.text };
    if (isRtl(lang)) out.dir = 'rtl';
    if (b.level !== undefined) out.level = b.level;
    return out;
  });
  addForm(blocks, raw, ex.base);

  const article: ParsedArticle = {
    schema: SCHEMA_VERSION,
    bilingual: false,
    confidence: sec.confidence,
    languages: sec.languages.slice(0, sec.bilingual ? 2 : 1),
    layout: 'single',
    title: {},
    blocks,
    pairs: [],
  };
  if (opts.source !== undefined) article.source = opts.source;
  if (opts.url !== undefined) article.url = opts.url;
  if (ex.byline) article.byline = ex.byline;
  if (ex.siteName) article.siteName = ex.siteName;
  if (ex.publishedTime) article.publishedTime = ex.publishedTime;
  if (ex.title) {
    const lang = facts.identify(ex.title, sec.languages).lang;
    article.title[sec.languages.includes(lang) || sec.languages.length === 0 ? lang : sec.languages[0]!] = ex.title;
  }
  if (ex.headlines) titlesFromHeadlines(article.title, ex.headlines, sec.languages, facts);

  if (sec.bilingual && sec.languages.length === 2) {
    const [la, lb] = sec.languages as [LangTag, LangTag];
    const aligned = alignPair(raw, blocks, sec.weights, la, lb, sec.layout, article.title, facts);
    const forced = Boolean(opts.languages);
    if (forced || aligned.translation) {
      article.bilingual = true;
      article.layout = sec.layout;
      article.pairs = aligned.pairs;
      article.sentences = aligned.sentences;
      article.confidence = Math.min(1, sec.confidence * 0.5 + aligned.quality * 0.5);
    } else {
      // The page's one language is the one with more text, not the one printed first (PHP warnings or an English
      // cookie notice above a German article).
      const main = (sec.mass[lb] ?? 0) > (sec.mass[la] ?? 0) ? lb : la;
      article.languages = [main];
      article.confidence = Math.max(0.5, 1 - aligned.quality);
      for (const lang of Object.keys(article.title)) if (lang !== main) delete article.title[lang];
      warnings.push(`not bilingual: ${aligned.reason}`);
    }
  }
  // Figures go in last: ids of text blocks are final by then (one-language pages renumber theirs).
  let placed: readonly ExtractedBlock[] = raw;
  if (!article.bilingual) {
    const only = readabilityBlocksOnly(raw, article.blocks);
    if (only !== article.blocks) placed = raw.filter((b) => fromReadability(b));
    article.blocks = only;
  }
  article.blocks = withFigures(
    article.blocks,
    placed.map((b) => b.order),
    placed.map((b) => b.source),
    ex.figures ?? [],
  );
  if (warnings.length > 0) article.warnings = warnings;
  return article;
}

/**
 * For pages in sections (A then B, few runs): marks blocks outside their language's main run, such as the seed's
 * English copyright line and author note printed after the Korean text. Returns [] when the languages alternate
 * (interleaved or table rows), where the page order itself is the strongest evidence.
 */
function outsideMainSections(blocks: Block[], weights: number[], la: LangTag, lb: LangTag): boolean[] {
  const runs: Array<{ lang: LangTag; from: number; to: number; mass: number }> = [];
  blocks.forEach((b, i) => {
    if (b.lang !== la && b.lang !== lb) return;
    const last = runs[runs.length - 1];
    const m = weights[i]!;
    if (last && last.lang === b.lang) {
      last.to = i;
      last.mass += m;
    } else runs.push({ lang: b.lang, from: i, to: i, mass: m });
  });
  if (runs.length > 4) return [];
  const main = new Map<LangTag, { from: number; to: number; mass: number }>();
  for (const r of runs) if ((main.get(r.lang)?.mass ?? -1) < r.mass) main.set(r.lang, r);
  return blocks.map((b, i) => {
    const r = main.get(b.lang);
    return r !== undefined && (i < r.from || i > r.to);
  });
}

/**
 * How well the runs of an alternating page pair up when `lead` starts each pair: the mean distance, in log length,
 * of each run of `lead` from the run of the other language that follows it (0 when every pair has the expected
 * length ratio). A pair read one run out of step pairs unrelated paragraphs, and their lengths show it.
 */
function pairingMisfit(runs: Array<{ lang: LangTag; mass: number }>, lead: LangTag, ratio: number): number {
  let sum = 0;
  let count = 0;
  for (let k = 0; k + 1 < runs.length; k++) {
    if (runs[k]!.lang !== lead || runs[k + 1]!.lang === lead) continue;
    sum += Math.abs(Math.log((runs[k + 1]!.mass + 1) / ((runs[k]!.mass + 1) * ratio)));
    count++;
  }
  return count > 0 ? sum / count : Infinity;
}

/**
 * Which language leads each pair on an alternating page. With enough runs, the one whose pairs fit in length: a novel
 * that opens on a short line of dialogue ("Enough!" she cried) has its first substantial paragraph in the second
 * language, and reading that language as the lead put every pair of a 1,000-row page one paragraph out of step.
 * Otherwise the language of the first substantial paragraph (a title or heading in the other language may come first).
 */
function leadingLanguage(
  raw: ExtractedBlock[],
  blocks: Block[],
  weights: number[],
  la: LangTag,
  lb: LangTag,
): 'a-first' | 'b-first' {
  const runs: Array<{ lang: LangTag; mass: number }> = [];
  let massA = 0;
  let massB = 0;
  blocks.forEach((b, i) => {
    if (b.lang !== la && b.lang !== lb) return;
    if (b.lang === la) massA += weights[i]!;
    else massB += weights[i]!;
    const last = runs[runs.length - 1];
    if (last && last.lang === b.lang) last.mass += weights[i]!;
    else runs.push({ lang: b.lang, mass: weights[i]! });
  });
  if (runs.length >= 12 && massA > 0 && massB > 0) {
    const aFirst = pairingMisfit(runs, la, massB / massA);
    const bFirst = pairingMisfit(runs, lb, massA / massB);
    // Only a clear difference overrides the first paragraph (short articles fit about as well either way).
    if (Math.abs(aFirst - bFirst) > 0.15) return aFirst < bFirst ? 'a-first' : 'b-first';
  }
  // A line of verse is short, its stanza is not: the lines of one element count together (a Tang quatrain of four
  // five-character lines, then its English, read as English first put every quatrain with the previous translation).
  const elementMass = new Map<Element, number>();
  raw.forEach((r, i) => {
    if (r.source) elementMass.set(r.source, (elementMass.get(r.source) ?? 0) + weights[i]!);
  });
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const source = raw[i]!.source;
    const mass = source ? Math.max(weights[i]!, elementMass.get(source)!) : weights[i]!;
    if ((b.lang !== la && b.lang !== lb) || raw[i]!.kind === 'heading' || mass < 40) continue;
    return b.lang === la ? 'a-first' : 'b-first';
  }
  return 'a-first';
}

/** `el.closest('tr')` without a selector engine: linkedom compiles the selector anew on every call, for every block. */
function enclosingRow(el: Element | null): Element | null {
  for (let n = el; n; n = n.parentElement) if (n.localName === 'tr') return n;
  return null;
}

/**
 * The page's own units: table rows or grid rows holding both languages (columns layout), or on an alternating page
 * each run of leading-language blocks with the run of the other language that follows it.
 */
function pageUnits(
  raw: ExtractedBlock[],
  blocks: Block[],
  weights: number[],
  la: LangTag,
  lb: LangTag,
  layout: Layout,
  alternating: boolean,
): Array<number | undefined> {
  const units = new Array<number | undefined>(blocks.length).fill(undefined);
  if (layout === 'columns') {
    const ids = new Map<Element, number>();
    const langsOf = new Map<Element, Set<LangTag>>();
    const columnRoles: ColumnRoles = new Map();
    // A "column" holding both languages is the container of the columns (`poem-columns`), not one of them: its parent
    // is no row of paragraph pairs.
    const columns = raw.map((r) => columnOf(r.source, columnRoles));
    const columnLangs = new Map<Element, Set<LangTag>>();
    columns.forEach((c, i) => {
      const lang = blocks[i]!.lang;
      if (c && (lang === la || lang === lb)) columnLangs.set(c, (columnLangs.get(c) ?? new Set()).add(lang));
    });
    const rows = raw.map((r, i) => {
      const lang = blocks[i]!.lang;
      if (lang !== la && lang !== lb) return null;
      const col = columns[i];
      const row = enclosingRow(r.source) ?? (col && columnLangs.get(col)!.size === 1 ? col.parentElement : null);
      if (row) langsOf.set(row, (langsOf.get(row) ?? new Set()).add(lang));
      return row;
    });
    rows.forEach((row, i) => {
      // A row with both languages is a unit; a whole-article column is not.
      if (!row || langsOf.get(row)!.size < 2) return;
      if (!ids.has(row)) ids.set(row, ids.size);
      units[i] = ids.get(row);
    });
    return units;
  }
  if (!alternating) return units;
  const lead = leadingLanguage(raw, blocks, weights, la, lb) === 'a-first' ? la : lb;
  // A run of leading-language blocks and the run of the other language after it form one unit (a 2-1 unit prints
  // two paragraphs, then one translation).
  let current: number | undefined;
  let previous: LangTag | null = null;
  blocks.forEach((b, i) => {
    if (b.lang !== la && b.lang !== lb) return;
    if (b.lang === lead && previous !== lead) current = i;
    units[i] = current;
    previous = b.lang;
  });
  return units;
}

/**
 * A page in two sections (one language, then the other) whose sides break the text into paragraphs very differently:
 * one side has more than twice as many. Short pages only (see many.ts).
 */
function reparagraphed(n: number, m: number, layout: Layout, sections: boolean): boolean {
  if (layout !== 'blocks' || !sections || Math.max(n, m) > MAX_MANY_ITEMS || Math.min(n, m) < 2) return false;
  return Math.max(n, m) > 2 * Math.min(n, m);
}

export interface PairResult {
  pairs: Pair[];
  sentences: Record<string, string[]>;
  /** 0..1: share of text in pairs times mean score. */
  quality: number;
  translation: boolean;
  reason: string;
}

/**
 * Aligns the blocks of languages `la` and `lb` (blocks of any other language are left out) and checks that the two
 * sides read as a translation of each other.
 */
export function alignPair(
  raw: InlineBlock[],
  blocks: Block[],
  weights: number[],
  la: LangTag,
  lb: LangTag,
  layout: Layout,
  title: Record<LangTag, string>,
  facts: TextFacts,
  tuning: Pick<AlignOptions, 'skipPrior'> = {},
): PairResult {
  const interleaved = layout === 'interleaved';
  const ia: number[] = [];
  const ib: number[] = [];
  blocks.forEach((b, i) => {
    if (b.lang === la) ia.push(i);
    else if (b.lang === lb) ib.push(i);
  });
  // A title printed in the body for one language only has no counterpart among the blocks: keep it out of the
  // alignment (and use it as that language's title). When both languages print one, they pair with each other.
  const titleA = inBodyTitleAt(ia, raw, weights);
  const titleB = inBodyTitleAt(ib, raw, weights);
  if (titleB >= 0) title[lb] ??= blocks[ib[titleB]!]!.text.replace(STRIP_BRACKETS, '');
  if (titleA >= 0) title[la] ??= blocks[ia[titleA]!]!.text.replace(STRIP_BRACKETS, '');
  const useA = titleA >= 0 && titleB < 0 ? ia.filter((_, k) => k !== titleA) : ia;
  const useB = titleB >= 0 && titleA < 0 ? ib.filter((_, k) => k !== titleB) : ib;

  const outside = outsideMainSections(blocks, weights, la, lb);
  const units = pageUnits(raw, blocks, weights, la, lb, layout, interleaved || outside.length === 0);
  const item = (i: number): AlignItem => {
    const it: AlignItem = { text: blocks[i]!.text, kind: blocks[i]!.kind, pos: i, outside: outside[i] };
    // The two halves of a block printed in both languages are a unit of their own (after the page's unit numbers).
    const inline = raw[i]!.inline;
    const unit = inline === undefined ? units[i] : blocks.length + inline;
    if (unit !== undefined) it.unit = unit;
    return it;
  };
  const latinA = scriptOfLanguage(la) === 'Latin';
  const latinB = scriptOfLanguage(lb) === 'Latin';
  const histogram = (text: string, limit: number): ScriptCounts => facts.histogram(text, limit);
  // Lines of one stanza share a key: its element (a stanza's <br>-separated lines), or the stanza's own key (a poem
  // printed in <pre>, whose stanzas share one element). Verse aligns stanza by stanza first.
  const elementKeys = new Map<Element | string, number>();
  const elementKey = (i: number): number | undefined => {
    const el = raw[i]!.group ?? raw[i]!.source;
    if (!el) return undefined;
    let k = elementKeys.get(el);
    if (k === undefined) elementKeys.set(el, (k = elementKeys.size));
    return k;
  };
  const keysA = useA.map(elementKey);
  const keysB = useB.map(elementKey);
  // Stanzas of verse printed in <pre> alone: such verse sits among translated prose (notes on a poem, a README), which
  // alignVerse would leave out.
  const stanzaKey = (i: number): number | undefined => (raw[i]!.group === undefined ? undefined : elementKey(i));
  const stanzasA = useA.map(stanzaKey);
  const stanzasB = useB.map(stanzaKey);
  const alignOpts: AlignOptions = { latinA, latinB, histogram, ...tuning };
  const groups = hasStanzas(stanzasA, stanzasB)
    ? alignStanzasAndProse(useA.map(item), useB.map(item), stanzasA, stanzasB, alignOpts)
    : isVerse(keysA, keysB)
      ? alignVerse(useA.map(item), useB.map(item), keysA, keysB, alignOpts)
      : (reparagraphed(useA.length, useB.length, layout, outside.length > 0) &&
          alignMany(useA.map(item), useB.map(item), alignOpts)) ||
        alignParagraphs(useA.map(item), useB.map(item), alignOpts);

  // By block id for the contract, by block index for gathering each pair's sentences.
  const sentences: Record<string, string[]> = {};
  const sentencesOf: Array<string[] | undefined> = [];
  blocks.forEach((b, i) => {
    // Code is never split into sentences: it pairs whole, with its counterpart.
    if (b.lang === la || b.lang === lb)
      sentences[b.id] = sentencesOf[i] = b.kind === 'preformatted' ? [b.text] : splitSentences(b.text, b.lang);
  });
  const gather = (use: number[], group: number[]): string[] => {
    const out: string[] = [];
    for (const k of group) for (const s of sentencesOf[use[k]!] ?? []) out.push(s);
    return out;
  };

  const pairs: Pair[] = [];
  let massA = 0;
  let massB = 0;
  let pairedA = 0;
  let pairedB = 0;
  let scoreSum = 0;
  let scoreMass = 0;
  const pairMasses: Array<[number, number]> = [];
  const weightsA = capAtTypical(useA.map((i) => weights[i]!));
  const weightsB = capAtTypical(useB.map((i) => weights[i]!));
  for (const w of weightsA) massA += w;
  for (const w of weightsB) massB += w;
  for (const g of groups) {
    if (g.a.length === 0 || g.b.length === 0) continue;
    const idsA = g.a.map((k) => blocks[useA[k]!]!.id);
    const idsB = g.b.map((k) => blocks[useB[k]!]!.id);
    const sg = alignSentences(gather(useA, g.a), gather(useB, g.b), latinA, latinB, histogram);
    const sp: SentencePair[] = sg.map((s) => ({ [la]: s.a, [lb]: s.b }));
    pairs.push({ blocks: { [la]: idsA, [lb]: idsB }, score: Math.round(g.score * 1000) / 1000, sentences: sp });
    let m = 0;
    for (const k of g.a) m += weightsA[k]!;
    pairedA += m;
    for (const k of g.b) pairedB += weightsB[k]!;
    scoreSum += g.score * m;
    scoreMass += m;
    let mb = 0;
    for (const k of g.b) mb += weightsB[k]!;
    pairMasses.push([m, mb]);
  }
  const shareA = massA > 0 ? pairedA / massA : 0;
  const shareB = massB > 0 ? pairedB / massB : 0;
  const meanScore = scoreMass > 0 ? scoreSum / scoreMass : 0;
  // The smaller language must be mostly paired; the larger one may carry more of its own (a translator's note, the
  // poet's biography, commentary around a translated poem), but not so much that the pairs are a small coincidence.
  const [small, large] = massA <= massB ? [shareA, shareB] : [shareB, shareA];
  // Translations keep their paragraphs' lengths in step (Gale and Church's premise): pairs that a length model made
  // out of unrelated text do not.
  const r = pairMasses.length >= MIN_PAIRS_FOR_CORRELATION ? lengthCorrelation(pairMasses) : 1;
  // With most of the larger language unpaired, only clean pairs, several of them, show a translation; or two poems
  // facing each other whole, of comparable length (the stanzas of a free translation need not correspond).
  // Two poems whose stanzas all pair are as good as two facing each other whole: the pairs of stanzas a free
  // translation makes (one stanza facing two) score too low to count as clean.
  const whole = (pairMasses.length === 1 && groups.some((g) => g.whole)) || groups.some((g) => g.poem);
  const comparable = whole && pairedA <= MAX_WHOLE_RATIO * pairedB && pairedB <= MAX_WHOLE_RATIO * pairedA;
  const several = pairMasses.length >= MIN_PARTIAL_PAIRS;
  // A song translated inside a long blog post: a tenth of the larger language is enough when the pairs are clean. A
  // poem whose translation faces it stanza for stanza, line for line, cleanly, needs no share at all: the essay on it
  // may be twenty times as long (three haiku, their English, and the translator's notes).
  const mirrored = groups.filter((g) => g.mirror).length >= MIN_MIRRORED_LINES && meanScore >= CLEAN_SCORE;
  const partial =
    (large >= MIN_LARGE_SHARE && meanScore >= MIN_PARTIAL_SCORE && several) ||
    (large >= MIN_SMALL_PART && ((meanScore >= CLEAN_SCORE && several) || comparable)) ||
    mirrored;
  // Clean pairs need no length correlation: lines of verse are all about one length.
  const inStep = r >= MIN_CORRELATION || meanScore >= CLEAN_SCORE;
  const translation =
    small >= MIN_PAIRED_SHARE && (large >= MIN_PAIRED_SHARE || partial) && meanScore >= MIN_MEAN_SCORE && inStep;
  const reason = `paired text ${Math.round(shareA * 100)}% (${la}) / ${Math.round(shareB * 100)}% (${lb}), mean score ${meanScore.toFixed(2)}, length correlation ${r.toFixed(2)}`;
  return { pairs, sentences, quality: small * meanScore, translation, reason };
}

/** Pearson correlation of the log lengths of the two sides of each pair. */
function lengthCorrelation(masses: Array<[number, number]>): number {
  const xs = masses.map(([a]) => Math.log(a + 1));
  const ys = masses.map(([, b]) => Math.log(b + 1));
  const mean = (v: number[]): number => v.reduce((s, x) => s + x, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < xs.length; k++) {
    sxy += (xs[k]! - mx) * (ys[k]! - my);
    sxx += (xs[k]! - mx) ** 2;
    syy += (ys[k]! - my) ** 2;
  }
  // Pairs all of one length (a list of equal lines) say nothing either way.
  if (sxx < 1e-6 || syy < 1e-6) return 1;
  return sxy / Math.sqrt(sxx * syy);
}
