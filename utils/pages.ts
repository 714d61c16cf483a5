/**
 * Two pages, one article: an article and its translation published at another address (an English edition and a
 * Korean one, linked by `hreflang`), read as one bilingual article with layout `pages`.
 *
 * Each page is read as the one-page parser reads it (extraction, chrome removed, languages identified); each page's
 * language is the one with the most text on it. The two pages' blocks are then set one after the other, as a page that
 * prints one language after the other would print them, and aligned by the same aligner with the same translation
 * check: nothing on either page hints at the units, so the aligner's length and anchor costs do all the work, and each
 * pair's score says how sure it is. A block of one page in the other page's language (an English quote in the Korean
 * edition) is kept with its language but never paired across: a page pairs only with the other page.
 */
import { SCHEMA_VERSION, type Block, type LangTag, type PageInfo, type ParsedArticle } from './contract';
import { features, overlap } from './align/features';
import type { ExtractedBlock } from './extract';
import { addForm, withFigures } from './form/apply';
import { isRtl, scriptOfLanguage } from './lang/identify';
import { TextFacts } from './lang/text-facts';
import { alignPair, emptyArticle, readPage, titlesFromHeadlines, type ParseOptions, type ReadPage } from './parse';

export interface PagePairOptions {
  /** The path or URL of each page as given (recorded in `sources`). */
  sources?: [string, string];
  /** Each page's URL when known (the extension). */
  urls?: [string | undefined, string | undefined];
  /** Each page's language, when the user knows better than the identifier (first page's first). */
  languages?: [LangTag, LangTag];
  maxChars?: number;
  maxBlocks?: number;
}

/** Weighted letters under which a block in the other page's language is not trusted to be in it (a name, a label). */
const TRUSTED_OTHER = 40;
/** A block marked so is left out of the alignment (its own language is restored in the output). */
const OUT_OF_PAIR = 'und';
/**
 * Numbers each page must print before they can confirm or refute a translation, and the share of the smaller page's
 * numbers the other must print too. A translation keeps its figures, dates and prices (0.7 to 1.0 on the two-page
 * fixtures); two articles of one site in two languages share a year at most (0 to 0.1), while the length-based
 * aligner pairs their paragraphs about as confidently as a translation's: nothing on two pages hints at the units.
 */
const MIN_NUMBERS = 3;
/** Leaving a paragraph unpaired costs less across two editions than within one page (see AlignOptions.skipPrior). */
const SKIP_PRIOR = 3;
const MIN_SHARED_NUMBERS = 0.4;

/** Reads two pages as one article. Never throws: what went wrong is in `warnings`. */
export function parsePagePair(first: Document, second: Document, opts: PagePairOptions = {}): ParsedArticle {
  try {
    return pairUnsafe(first, second, opts);
  } catch (e) {
    return notAPair(opts, [], [`parse failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

function notAPair(
  opts: PagePairOptions,
  languages: LangTag[],
  warnings: string[],
  pages?: [PageInfo, PageInfo],
): ParsedArticle {
  const one: ParseOptions = {};
  if (opts.sources) one.source = opts.sources[0];
  if (opts.urls?.[0]) one.url = opts.urls[0];
  const a: ParsedArticle = { ...emptyArticle(one, warnings), languages };
  if (opts.sources) a.sources = opts.sources;
  if (pages) a.pages = pages;
  return a;
}

/** The language with the most text on the page, or null for a page with no article text. */
function mainLanguage(page: ReadPage): LangTag | null {
  let best: LangTag | null = null;
  let mass = 0;
  for (const [lang, m] of Object.entries(page.sec.mass)) {
    if (lang !== 'und' && m > mass) [best, mass] = [lang, m];
  }
  return best ?? page.sec.languages[0] ?? null;
}

function pageInfo(page: ReadPage, lang: LangTag, opts: PagePairOptions, k: 0 | 1): PageInfo {
  const info: PageInfo = { lang };
  const source = opts.sources?.[k];
  const url = opts.urls?.[k];
  if (source !== undefined) info.source = source;
  if (url !== undefined) info.url = url;
  if (page.ex.title) info.title = page.ex.title;
  if (page.ex.byline) info.byline = page.ex.byline;
  if (page.ex.siteName) info.siteName = page.ex.siteName;
  if (page.ex.publishedTime) info.publishedTime = page.ex.publishedTime;
  return info;
}

/** Each block of a page in the page's language, unless it is long enough to be trusted in another. */
function pageLanguages(page: ReadPage, lang: LangTag): LangTag[] {
  return page.sec.langs.map((l, i) => (l !== lang && l !== 'und' && page.sec.weights[i]! >= TRUSTED_OTHER ? l : lang));
}

function pairUnsafe(first: Document, second: Document, opts: PagePairOptions): ParsedArticle {
  const facts = new TextFacts();
  const parseOpts = (k: 0 | 1): ParseOptions => {
    const o: ParseOptions = {};
    if (opts.maxChars !== undefined) o.maxChars = opts.maxChars;
    if (opts.maxBlocks !== undefined) o.maxBlocks = opts.maxBlocks;
    if (opts.sources) o.source = opts.sources[k];
    // The page's address resolves its relative links and images.
    const url = opts.urls?.[k];
    if (url) o.url = url;
    return o;
  };
  const pa = readPage(first, parseOpts(0), facts);
  const pb = readPage(second, parseOpts(1), facts);
  const failed: string[] = [];
  if ('schema' in pa) failed.push(...(pa.warnings ?? []).map((w) => `first page: ${w}`));
  if ('schema' in pb) failed.push(...(pb.warnings ?? []).map((w) => `second page: ${w}`));
  if ('schema' in pa || 'schema' in pb) return notAPair(opts, [], failed);

  const la = opts.languages?.[0] ?? mainLanguage(pa);
  const lb = opts.languages?.[1] ?? mainLanguage(pb);
  const empty = [la ? null : 'the first page has no article text', lb ? null : 'the second page has no article text'];
  if (!la || !lb)
    return notAPair(
      opts,
      [la, lb].filter((l): l is LangTag => !!l),
      empty.filter((w): w is string => !!w),
    );
  const pages: [PageInfo, PageInfo] = [pageInfo(pa, la, opts, 0), pageInfo(pb, lb, opts, 1)];
  const warnings = [...pa.warnings.map((w) => `first page: ${w}`), ...pb.warnings.map((w) => `second page: ${w}`)];
  if (la === lb) {
    return notAPair(opts, [la], [...warnings, `both pages are in ${la}: not a translation`], pages);
  }

  const raw: ExtractedBlock[] = [...pa.ex.blocks, ...pb.ex.blocks];
  const weights = [...pa.sec.weights, ...pb.sec.weights];
  const langs = [...pageLanguages(pa, la), ...pageLanguages(pb, lb)];
  const onFirst = pa.ex.blocks.length;
  const blocks: Block[] = raw.map((b, i) => {
    const out: Block = { id: `b${i + 1}`, lang: langs[i]!, kind: b.kind, text: b.text, page: i < onFirst ? 0 : 1 };
    if (isRtl(out.lang)) out.dir = 'rtl';
    if (b.level !== undefined) out.level = b.level;
    return out;
  });
  // Form per page, each against its own address (blocks are the same objects in the slices).
  addForm(blocks.slice(0, onFirst), raw.slice(0, onFirst), pa.ex.base);
  addForm(blocks.slice(onFirst), raw.slice(onFirst), pb.ex.base);
  // Only the first page's blocks in its language face only the second page's blocks in its language.
  const forAlignment = blocks.map((b) =>
    (b.page === 0 && b.lang === la) || (b.page === 1 && b.lang === lb) ? b : { ...b, lang: OUT_OF_PAIR },
  );

  const title: Record<LangTag, string> = {};
  if (pa.ex.title) title[la] = pa.ex.title;
  if (pb.ex.title) title[lb] = pb.ex.title;
  if (pa.ex.headlines) titlesFromHeadlines(title, pa.ex.headlines, [la], facts);
  if (pb.ex.headlines) titlesFromHeadlines(title, pb.ex.headlines, [lb], facts);

  const aligned = alignPair(raw, forAlignment, weights, la, lb, 'blocks', title, facts, { skipPrior: SKIP_PRIOR });
  const shared = sharedNumbers(forAlignment, la, lb);
  if (aligned.translation && shared !== null && shared < MIN_SHARED_NUMBERS) {
    aligned.translation = false;
    aligned.reason = `they print different numbers (${Math.round(shared * 100)}% of the figures and dates shared)`;
  }
  const article: ParsedArticle = {
    schema: SCHEMA_VERSION,
    bilingual: aligned.translation,
    confidence: aligned.translation ? Math.min(1, 0.5 * aligned.quality + 0.5) : 0,
    languages: [la, lb],
    layout: aligned.translation ? 'pages' : 'single',
    title,
    // A photo both editions print is one figure, where the first page prints it, with both pages' captions: the second
    // page's places come after all of the first's.
    blocks: withFigures(
      blocks,
      raw.map((b, i) => b.order + (i < onFirst ? 0 : SECOND_PAGE)),
      raw.map((b) => b.source),
      [...(pa.ex.figures ?? []), ...(pb.ex.figures ?? []).map((f) => ({ ...f, order: f.order + SECOND_PAGE }))],
    ),
    pairs: aligned.translation ? aligned.pairs : [],
    pages,
  };
  // A figure belongs to the page of the text it stands before (or after, at the very end).
  article.blocks.forEach((b, i) => {
    if (b.page !== undefined) return;
    const near = article.blocks.slice(i + 1).find((x) => x.page !== undefined) ?? blocks[blocks.length - 1];
    b.page = near?.page ?? 0;
  });
  if (aligned.translation) article.sentences = aligned.sentences;
  if (opts.sources) {
    article.source = opts.sources[0];
    article.sources = opts.sources;
  }
  if (opts.urls?.[0]) article.url = opts.urls[0];
  if (pa.ex.byline) article.byline = pa.ex.byline;
  if (pa.ex.siteName) article.siteName = pa.ex.siteName;
  if (pa.ex.publishedTime) article.publishedTime = pa.ex.publishedTime;
  if (!aligned.translation) warnings.push(`the pages do not read as a translation of each other: ${aligned.reason}`);
  if (warnings.length) article.warnings = warnings;
  return article;
}

/** Added to the second page's element numbers so that its places sort after the first page's. */
const SECOND_PAGE = 1e9;

/**
 * The share of the numbers printed on the page with fewer that the other page prints too (years, prices, dates),
 * or null when the pages print too few to say.
 */
function sharedNumbers(blocks: readonly Block[], la: LangTag, lb: LangTag): number | null {
  const numbers = (lang: LangTag): Set<string> => {
    const latin = scriptOfLanguage(lang) === 'Latin';
    const out = new Set<string>();
    for (const b of blocks) if (b.lang === lang) for (const n of features(b.text, latin).numbers) out.add(n);
    return out;
  };
  const a = numbers(la);
  const b = numbers(lb);
  const [fewer, more] = a.size <= b.size ? [a.size, b.size] : [b.size, a.size];
  // One page printing figures and the other almost none is as telling as two printing different ones.
  if (more < MIN_NUMBERS || (fewer === 0 && more < 2 * MIN_NUMBERS)) return null;
  return fewer === 0 ? 0 : overlap(a, b) / fewer;
}
