/**
 * From a parsed article to what the reader lays out: rows of facing blocks and the sentence runs inside a block.
 * Pure functions over the contract (no DOM), so the layout rules are unit-tested in Node.
 */
import type { Block, LangTag, ParsedArticle } from '../utils/contract';

/** One row of the side-by-side grid: a pair, or one unpaired block. */
export interface Row {
  /** Index into `article.pairs`, or `null` for a block in no pair. */
  pair: number | null;
  /** Blocks of the language shown on the left (the first language unless swapped). */
  left: Block[];
  /** Blocks of the language shown on the right. */
  right: Block[];
  /** Blocks in neither of the article's two languages (e.g. `und`): they span both columns. */
  full: Block[];
}

/** The languages shown on the left and on the right. */
export function sides(
  article: ParsedArticle,
  swapped: boolean,
): { left: LangTag | undefined; right: LangTag | undefined } {
  const [first, second] = article.languages;
  return swapped ? { left: second, right: first } : { left: first, right: second };
}

/**
 * Rows in reading order: one per pair, in pair order, and one per unpaired block. An unpaired block is placed just
 * before the pair that holds the next paired block of its own language, so a caption only one language has stays
 * where its own text put it, even when the page printed the two languages one after the other.
 */
export function buildRows(article: ParsedArticle, swapped: boolean): Row[] {
  const { left, right } = sides(article, swapped);
  const byId = new Map(article.blocks.map((b) => [b.id, b]));
  const pairOf = new Map<string, number>();
  article.pairs.forEach((pair, index) => {
    for (const ids of Object.values(pair.blocks)) for (const id of ids) if (!pairOf.has(id)) pairOf.set(id, index);
  });

  const place = (row: Row, block: Block, lang: LangTag): void => {
    if (lang === left) row.left.push(block);
    else if (lang === right) row.right.push(block);
    else row.full.push(block);
  };

  // Unpaired blocks by the gap they fall in: gap g sits just before pair g (gap pairs.length is the end).
  const gaps = new Map<number, Block[]>();
  const { blocks } = article;
  blocks.forEach((block, i) => {
    if (pairOf.has(block.id)) return;
    const ownSide = block.lang === left || block.lang === right;
    let gap = article.pairs.length;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      const p = pairOf.get(next.id);
      if (p === undefined || (ownSide && next.lang !== block.lang)) continue;
      gap = p;
      break;
    }
    const list = gaps.get(gap) ?? [];
    list.push(block);
    gaps.set(gap, list);
  });

  const rows: Row[] = [];
  const unpairedRows = (gap: number): void => {
    for (const block of gaps.get(gap) ?? []) {
      const row: Row = { pair: null, left: [], right: [], full: [] };
      place(row, block, block.lang);
      rows.push(row);
    }
  };
  article.pairs.forEach((pair, index) => {
    unpairedRows(index);
    const row: Row = { pair: index, left: [], right: [], full: [] };
    for (const [lang, ids] of Object.entries(pair.blocks)) {
      for (const id of ids) {
        const block = byId.get(id);
        if (block && pairOf.get(id) === index) place(row, block, lang);
      }
    }
    if (row.left.length || row.right.length || row.full.length) rows.push(row);
  });
  unpairedRows(article.pairs.length);
  return rows;
}

/** The blocks of one language in reading order (and the figures), each with its pair index (`null` when unpaired). */
export function languageBlocks(
  article: ParsedArticle,
  lang: LangTag | undefined,
): { block: Block; pair: number | null }[] {
  const pairOf = new Map<string, number>();
  article.pairs.forEach((pair, index) => {
    for (const id of pair.blocks[lang ?? ''] ?? []) if (!pairOf.has(id)) pairOf.set(id, index);
  });
  // Figures are both languages': each one-language view shows them where they stand.
  return article.blocks
    .filter((b) => b.lang === lang || b.kind === 'figure')
    .map((block) => ({ block, pair: pairOf.get(block.id) ?? null }));
}

/** A run of a block's text: a sentence (with its group in the pair's sentence alignment) or the text between. */
export interface Segment {
  text: string;
  /** Index of the sentence within the block, `null` for text between sentences or an unsegmented block. */
  sentence: number | null;
  /** Index into `pair.sentences` of the group this sentence belongs to, `null` when it has no counterpart. */
  group: number | null;
}

/**
 * Splits a block's text into its sentences (from `article.sentences`), each tagged with its sentence group in the
 * pair. The sentences are found in the text in order, so the runs always join back to exactly `block.text`; when
 * the sentences are missing or do not match the text, the whole text is one run.
 */
export function segmentBlock(article: ParsedArticle, block: Block, pairIndex: number | null): Segment[] {
  const whole: Segment[] = [{ text: block.text, sentence: null, group: null }];
  const sentences = article.sentences?.[block.id];
  if (!sentences || sentences.length === 0) return whole;

  // The pair's sentence indexes count over the side's blocks concatenated, so add the earlier blocks' sentences.
  const pair = pairIndex === null ? undefined : article.pairs[pairIndex];
  let sideLang: LangTag | undefined;
  let offset = 0;
  if (pair) {
    for (const [lang, ids] of Object.entries(pair.blocks)) {
      const at = ids.indexOf(block.id);
      if (at < 0) continue;
      sideLang = lang;
      for (const id of ids.slice(0, at)) offset += article.sentences?.[id]?.length ?? 0;
      break;
    }
  }

  const out: Segment[] = [];
  let cursor = 0;
  for (const [k, raw] of sentences.entries()) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const at = block.text.indexOf(sentence, cursor);
    if (at < 0) return whole;
    if (at > cursor) out.push({ text: block.text.slice(cursor, at), sentence: null, group: null });
    let group: number | null = null;
    if (pair && sideLang !== undefined) {
      const g = pair.sentences.findIndex((sp) => sp[sideLang!]?.includes(offset + k));
      group = g < 0 ? null : g;
    }
    out.push({ text: sentence, sentence: k, group });
    cursor = at + sentence.length;
  }
  if (cursor < block.text.length) out.push({ text: block.text.slice(cursor), sentence: null, group: null });
  return out.length ? out : whole;
}

/** Right-to-left scripts: the block's own `dir`, or its language when the parser left `dir` out. */
const RTL_LANGS = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function blockDir(block: Pick<Block, 'dir' | 'lang'>): 'rtl' | 'auto' {
  return block.dir === 'rtl' || isRtlLang(block.lang) ? 'rtl' : 'auto';
}

export function isRtlLang(lang: LangTag | undefined): boolean {
  return RTL_LANGS.has((lang ?? '').split('-')[0]!.toLowerCase());
}
