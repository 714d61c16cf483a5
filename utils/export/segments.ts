/**
 * Shared by the exporters: which two languages become the columns, the text of each side of a pair, sentence units
 * inside a pair, and table rows that keep unpaired blocks in reading order.
 */
import type { Block, LangTag, Pair, ParsedArticle } from '../contract';

/**
 * The article as exported in text formats and shown outside the pair editor: without the blocks a person marked as
 * not part of the article (they leave their pairs, and a pair left with no block goes). JSON keeps them, marked, so a
 * clip opens as it was.
 */
export function withoutExcluded(article: ParsedArticle): ParsedArticle {
  const excluded = new Set(article.blocks.filter((b) => b.excluded).map((b) => b.id));
  if (excluded.size === 0) return article;
  const pairs = article.pairs
    .map((p) => ({
      ...p,
      blocks: Object.fromEntries(
        Object.entries(p.blocks).map(([l, ids]) => [l, ids.filter((id) => !excluded.has(id))]),
      ),
    }))
    .filter((p) => Object.values(p.blocks).some((ids) => ids.length > 0));
  return { ...article, blocks: article.blocks.filter((b) => !excluded.has(b.id)), pairs };
}

/** The exported columns: the article's first two languages (reading order), or its only one. */
export function columnLanguages(article: ParsedArticle): LangTag[] {
  if (article.languages.length > 0) return article.languages.slice(0, 2);
  const first = article.blocks[0]?.lang;
  return first ? [first] : [];
}

function blockIndex(article: ParsedArticle): Map<string, { block: Block; index: number }> {
  return new Map(article.blocks.map((block, index) => [block.id, { block, index }]));
}

/** The blocks on one side of a pair, in reading order; ids the article does not hold are skipped. */
export function sideBlocks(article: ParsedArticle, pair: Pair, lang: LangTag): Block[] {
  const byId = blockIndex(article);
  return (pair.blocks[lang] ?? [])
    .map((id) => byId.get(id)?.block)
    .filter((block): block is Block => block !== undefined);
}

/** One side of a pair as one line of text: a 2-1 side joins its blocks with a space. */
export function sideText(article: ParsedArticle, pair: Pair, lang: LangTag): string {
  return sideBlocks(article, pair, lang)
    .map((block) => block.text)
    .join(' ');
}

/** A translation unit: the text on each side (empty when that side has none). */
export interface Unit {
  texts: string[];
  /** Alignment confidence of the pair the unit comes from. */
  score: number;
  /** `reader` when a person made the pair. */
  by?: 'reader';
}

/** One unit per pair, in order (1-0 pairs give a unit with an empty side). */
export function pairUnits(article: ParsedArticle, langs: LangTag[]): Unit[] {
  return article.pairs.map((pair) => {
    const unit: Unit = { texts: langs.map((lang) => sideText(article, pair, lang)), score: pair.score };
    if (pair.by) unit.by = pair.by;
    return unit;
  });
}

/**
 * One unit per aligned sentence group. A pair without a sentence alignment (or an article without sentences)
 * falls back to the whole pair as one unit, so no aligned text is lost.
 */
export function sentenceUnits(article: ParsedArticle, langs: LangTag[]): Unit[] {
  const units: Unit[] = [];
  for (const pair of article.pairs) {
    const lists = langs.map((lang) => (pair.blocks[lang] ?? []).flatMap((id) => article.sentences?.[id] ?? []));
    if (!article.sentences || pair.sentences.length === 0) {
      const unit: Unit = { texts: langs.map((lang) => sideText(article, pair, lang)), score: pair.score };
      if (pair.by) unit.by = pair.by;
      units.push(unit);
      continue;
    }
    for (const group of pair.sentences) {
      const texts = langs.map((lang, side) =>
        (group[lang] ?? [])
          .map((i) => lists[side]?.[i])
          .filter((s): s is string => s !== undefined)
          .join(' '),
      );
      units.push(pair.by ? { texts, score: pair.score, by: pair.by } : { texts, score: pair.score });
    }
  }
  return units;
}

/** A row of a side-by-side table: the blocks in each column (one column may be empty), and the pair if any. */
export interface Row {
  cells: Block[][];
  pair?: Pair;
}

/**
 * Table rows in reading order: every pair, and every block that is in no pair as a row of its own with the other
 * cell empty, placed before the first pair that follows it in its column. A block in neither column language (a
 * copyright line tagged `und`) goes to the column of the nearest column-language block before it.
 */
export function tableRows(article: ParsedArticle, langs: LangTag[]): Row[] {
  const byId = blockIndex(article);
  const paired = new Set(article.pairs.flatMap((pair) => Object.values(pair.blocks).flat()));
  const pending: { block: Block; index: number; column: number }[] = [];
  let lastColumn = 0;
  article.blocks.forEach((block, index) => {
    const own = langs.indexOf(block.lang);
    if (own >= 0) lastColumn = own;
    if (!paired.has(block.id)) pending.push({ block, index, column: own >= 0 ? own : lastColumn });
  });

  const rows: Row[] = [];
  const emit = (due: typeof pending): void => {
    for (const p of due.sort((x, y) => x.index - y.index)) {
      pending.splice(pending.indexOf(p), 1);
      rows.push({ cells: langs.map((_, c) => (c === p.column ? [p.block] : [])) });
    }
  };
  for (const pair of article.pairs) {
    const cells = langs.map((lang) => sideBlocks(article, pair, lang));
    const firsts = cells.map((blocks) => Math.min(...blocks.map((b) => byId.get(b.id)?.index ?? Infinity)));
    emit(pending.filter((p) => p.index < (firsts[p.column] ?? Infinity)));
    rows.push({ cells, pair });
  }
  emit([...pending]);
  return rows;
}
