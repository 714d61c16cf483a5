/**
 * The parsed-article contract, schema 1.
 *
 * One object describes a page's article for every consumer: the reader UI, the popup, the exporters and the
 * `diglot parse` CLI. It is plain JSON (no DOM nodes, no class instances) so it can cross extension messaging,
 * be written to disk, and be diffed in tests. Add fields freely; never rename or remove the ones below without
 * bumping `SCHEMA_VERSION`. The article's form (figures, marks, lists, table cells, code as printed) came as optional
 * fields and one new block kind: every field a schema-1 reader knows keeps its meaning, so the schema stays 1.
 */

export const SCHEMA_VERSION = 1 as const;

/** BCP 47 language tag, e.g. `en`, `ko`, `zh-Hans`, `zh-Hant`, `pt`. */
export type LangTag = string;

/**
 * How the two languages are laid out on the page. `single` when the article is not bilingual; `pages` when each
 * language is a page of its own (an article and its translation published at another address, see pages.ts).
 */
export type Layout = 'blocks' | 'interleaved' | 'columns' | 'pages' | 'single';

/**
 * What kind of article block a text came from. `figure` is an image of the article (no text of its own but its `alt`,
 * in `text` too so that a reader that does not know figures still shows something meaningful).
 */
export type BlockKind =
  'heading' | 'paragraph' | 'list-item' | 'quote' | 'caption' | 'table-cell' | 'preformatted' | 'figure';

/** Inline form kept from the page: a link, emphasis, strong emphasis, inline code, a superscript. */
export type MarkKind = 'link' | 'em' | 'strong' | 'code' | 'sup';

/**
 * A range of a block's `text` that the page printed in an inline element: `start` and `end` are UTF-16 offsets into
 * `text` (end exclusive). Marks of different kinds may nest or overlap; the text itself never changes.
 */
export interface Mark {
  kind: MarkKind;
  start: number;
  end: number;
  /** `link` only: an absolute `http:`, `https:` or `mailto:` address (links to anything else are not kept). */
  href?: string;
}

/** Where a list item stands in its list. */
export interface ListPlace {
  /** 1 for an item of a top-level list, 2 for an item of a list inside an item, and so on. */
  depth: number;
  /** The list is numbered (`<ol>`). */
  ordered?: true;
  /** The item's number in a numbered list (its `start` and `value` attributes honoured). */
  number?: number;
}

/** Where a cell of a data table stands (layout tables, whose cells are paragraphs, carry no `cell`). */
export interface CellPlace {
  /** The table, numbered from 0 in reading order within the article. */
  table: number;
  /** Row and column from 0, columns counting `colspan`. */
  row: number;
  col: number;
  /** A header cell (`<th>`, or a cell of `<thead>`). */
  header?: true;
}

/** An image of the article. */
export interface FigureInfo {
  /** The one address to load: absolute `http(s)`, or a `data:` raster image; chosen from `srcset`/`<picture>`. */
  src: string;
  /** The page's `alt` text ('' when the page says the image is decorative or says nothing). */
  alt: string;
  /** Intrinsic size when the page gives it, for the reader to reserve the space. */
  width?: number;
  height?: number;
  /** Ids of the caption blocks printed with the image (one per language when the page captions it in both). */
  captions?: string[];
}

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
  /** Inline form over `text` (links, emphasis, code, superscripts), in order of `start`. */
  marks?: Mark[];
  /** `list-item` from `<li>`: depth and numbering. */
  list?: ListPlace;
  /** `table-cell` of a data table: its place in the table. */
  cell?: CellPlace;
  /**
   * `preformatted` code: the text as printed, line breaks and indentation kept (`text` stays whitespace-collapsed, as
   * schema 1 says, for the aligner and for readers that do not know this field).
   */
  verbatim?: string;
  /** `figure` only: the image. */
  figure?: FigureInfo;
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
