/**
 * The parsed-article contract, schema 1.
 *
 * One object describes a page's article for every consumer: the reader UI, the popup, the exporters and the
 * `diglot parse` CLI. It is plain JSON (no DOM nodes, no class instances) so it can cross extension messaging,
 * be written to disk, and be diffed in tests. Add fields freely; never rename or remove the ones below without
 * bumping `SCHEMA_VERSION`.
 */

export const SCHEMA_VERSION = 1 as const;

/** BCP 47 language tag, e.g. `en`, `ko`, `zh-Hans`, `zh-Hant`, `pt`. */
export type LangTag = string;

/**
 * How the two languages are laid out on the page. `single` when the article is not bilingual; `pages` when each
 * language is a page of its own (an article and its translation published at another address, see pages.ts).
 */
export type Layout = 'blocks' | 'interleaved' | 'columns' | 'pages' | 'single';

/** What kind of article block a text came from. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'table-cell' | 'preformatted';

export interface Block {
  /** Stable within one parse: `b1`, `b2`, ... in reading order. */
  id: string;
  /** Language of the block (a tag from `languages`, or another tag / `und` for blocks outside the pair). */
  lang: LangTag;
  kind: BlockKind;
  /** Plain text, NFC-normalised, whitespace collapsed. Never HTML. */
  text: string;
  /** Writing direction, present only for right-to-left text. */
  dir?: 'rtl';
  /** Heading level (1-6) when `kind` is `heading`. */
  level?: number;
  /** Layout `pages` only: which of the two pages the block is from (0 the first, 1 the second). */
  page?: 0 | 1;
  /** A person marked the block as not part of the article (pair-edits.ts): never shown, paired or exported. */
  excluded?: true;
}

/** One aligned sentence group inside a pair: indexes into each side's sentence list. */
export type SentencePair = Record<LangTag, number[]>;

export interface Pair {
  /** Block ids on each side: one language may have 0, 1 or 2 blocks (1-0, 1-1, 1-2, 2-1). */
  blocks: Record<LangTag, string[]>;
  /** Alignment confidence 0..1. */
  score: number;
  /** Sentence alignment within the pair. Sentence lists are those of `sentences[blockId]` concatenated in order. */
  sentences: SentencePair[];
  /** `reader` when a person made or corrected the pair (pair-edits.ts); its score is then 1. */
  by?: 'reader';
}

export interface ParsedArticle {
  schema: typeof SCHEMA_VERSION;
  /** The path or URL as given to the CLI; the page URL in the extension. */
  source?: string;
  /** Page URL when known. */
  url?: string;
  bilingual: boolean;
  /** 0..1: how sure the detector is of `bilingual` and `languages`. */
  confidence: number;
  /** The article's languages in reading order (first language first). One entry when not bilingual. */
  languages: LangTag[];
  layout: Layout;
  /** Title per language, where each is known. */
  title: Record<LangTag, string>;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** Article blocks in reading order. */
  blocks: Block[];
  /** Monotone paragraph alignment. A block in no pair has no counterpart. */
  pairs: Pair[];
  /** Sentences of each block (by block id), from `Intl.Segmenter`; the indexes in `Pair.sentences` refer to these. */
  sentences?: Record<string, string[]>;
  /** Human-readable reasons when the parse gave up or is uncertain (e.g. "page too large"). */
  warnings?: string[];
  /** Two pages read as one article (layout `pages`): the path or URL of each, in the order given. */
  sources?: [string, string];
  /** Two pages read as one article: what each page says of itself, in the order of `sources`. */
  pages?: [PageInfo, PageInfo];
}

/** One of two pages read as one article: its language and the citation fields Readability found on it. */
export interface PageInfo {
  lang: LangTag;
  source?: string;
  url?: string;
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}
