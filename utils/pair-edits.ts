/**
 * Corrections a person makes to an alignment: pair, unpair, merge into the pair above or below, split a many-to-one
 * pair back, mark a block as not part of the article and bring it back. Pure data in and out (the reader's editor,
 * the clip library and the exporters share it), so every step is a plain, serialisable `PairEdit` that can be saved
 * with the page's address and replayed on the same text later.
 *
 * Rules, as a desktop aligner's review table keeps them: the alignment stays monotone (a pair that would cross
 * another is refused, with the reason), a step touches only the pairs it names (the others do not move), and a pair
 * a person made says so (`by: "reader"`, score 1).
 */
import type { Block, LangTag, Pair, ParsedArticle, SentencePair } from './contract';
import { alignSentences } from './align/sentences';
import { scriptOfLanguage } from './lang/identify';

export type PairEdit =
  /** Pair these blocks (ids of each language, at least one a side); what they were paired with before is unpaired. */
  | { op: 'pair'; blocks: string[] }
  /** Dissolve the pair holding this block: its blocks become unpaired. */
  | { op: 'unpair'; block: string }
  /** Add this block (unpaired, or its whole pair) to the pair above or below it in reading order. */
  | { op: 'merge'; block: string; into: 'above' | 'below' }
  /** Take this block out of its pair: it becomes unpaired, the rest of the pair stays a (smaller) pair. */
  | { op: 'split'; block: string }
  /** This block is not part of the article (chrome that slipped in): never shown, paired or exported. */
  | { op: 'exclude'; block: string }
  /** Bring an excluded block back, unpaired. */
  | { op: 'include'; block: string }
  /**
   * Within the pair holding `block`, make these sentences one group (indexes into each side's sentences, concatenated
   * over its blocks); the groups they were in before are split into single sentences.
   */
  | { op: 'sentences'; block: string; a: number[]; b: number[] };

/** The blocks a step names (a sentence step names its pair by one block; it depends on the pair's text). */
function editBlocks(edit: PairEdit): string[] {
  return edit.op === 'pair' ? edit.blocks : [edit.block];
}

/** Why a step was refused: a code the interface can put in its own words (with `params`), and the English reason. */
export type RefusalCode =
  | 'one-language'
  | 'no-block'
  | 'already-left-out'
  | 'already-shown'
  | 'left-out'
  | 'other-language'
  | 'need-both-languages'
  | 'no-counterpart'
  | 'in-no-pair'
  | 'cannot-split'
  | 'nothing-above'
  | 'nothing-below'
  | 'crosses'
  | 'need-sentence-each'
  | 'sentences-outside'
  | 'sentences-cross';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  params?: Record<string, string>;
}

export type EditOutcome = { ok: true; article: ParsedArticle } | Refusal;

function refuse(code: RefusalCode, reason: string, params?: Record<string, string>): Refusal {
  return params ? { ok: false, code, reason, params } : { ok: false, code, reason };
}

/** The article's two languages, or null when it is not a two-language article. */
function pairLanguages(article: ParsedArticle): [LangTag, LangTag] | null {
  const [a, b] = article.languages;
  return a !== undefined && b !== undefined ? [a, b] : null;
}

function blockIndex(article: ParsedArticle): Map<string, number> {
  return new Map(article.blocks.map((b, i) => [b.id, i]));
}

/** Reading-order span of a pair: the index of its first and last block. */
function span(pair: Pair, index: Map<string, number>, lang: LangTag): [number, number] | null {
  const ids = pair.blocks[lang] ?? [];
  if (ids.length === 0) return null;
  const at = ids.map((id) => index.get(id)!);
  return [Math.min(...at), Math.max(...at)];
}

/**
 * Whether the pairs are monotone: ordered by their first language's blocks, their second language's blocks are in
 * the same order. Pairs with one side empty do not constrain.
 */
function crossing(pairs: Pair[], index: Map<string, number>, la: LangTag, lb: LangTag): [Pair, Pair] | null {
  const both = pairs
    .map((p) => ({ p, a: span(p, index, la), b: span(p, index, lb) }))
    .filter((x): x is { p: Pair; a: [number, number]; b: [number, number] } => x.a !== null && x.b !== null)
    .sort((x, y) => x.a[0] - y.a[0]);
  for (let k = 1; k < both.length; k++) {
    const prev = both[k - 1]!;
    const cur = both[k]!;
    if (cur.b[0] <= prev.b[1] || cur.a[0] <= prev.a[1]) return [prev.p, cur.p];
  }
  return null;
}

function preview(article: ParsedArticle, pair: Pair): string {
  const first = Object.values(pair.blocks).flat()[0];
  const text = article.blocks.find((b) => b.id === first)?.text ?? '';
  return text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`;
}

/** Sentences of a pair aligned again (a person changed its blocks). */
function sentencePairs(article: ParsedArticle, pair: Pair, la: LangTag, lb: LangTag): SentencePair[] {
  const sentences = article.sentences ?? {};
  const gather = (lang: LangTag): string[] => (pair.blocks[lang] ?? []).flatMap((id) => sentences[id] ?? []);
  const a = gather(la);
  const b = gather(lb);
  if (a.length === 0 || b.length === 0) return [];
  const latin = (lang: LangTag): boolean => scriptOfLanguage(lang) === 'Latin';
  return alignSentences(a, b, latin(la), latin(lb)).map((s) => ({ [la]: s.a, [lb]: s.b }));
}

/** A pair a person made: its blocks in reading order, score 1, sentences re-aligned. */
function readerPair(article: ParsedArticle, ids: string[], la: LangTag, lb: LangTag, index: Map<string, number>): Pair {
  const side = (lang: LangTag): string[] =>
    ids.filter((id) => article.blocks[index.get(id)!]!.lang === lang).sort((x, y) => index.get(x)! - index.get(y)!);
  const pair: Pair = { blocks: { [la]: side(la), [lb]: side(lb) }, score: 1, sentences: [], by: 'reader' };
  pair.sentences = sentencePairs(article, pair, la, lb);
  return pair;
}

function pairOf(article: ParsedArticle, id: string): Pair | undefined {
  return article.pairs.find((p) => Object.values(p.blocks).some((ids) => ids.includes(id)));
}

/** The article with `pairs`, in reading order of each pair's first block. */
function withPairs(article: ParsedArticle, pairs: Pair[], index: Map<string, number>): ParsedArticle {
  const first = (p: Pair): number =>
    Math.min(
      ...Object.values(p.blocks)
        .flat()
        .map((id) => index.get(id)!),
    );
  return { ...article, pairs: [...pairs].sort((x, y) => first(x) - first(y)) };
}

/** Applies one step; refuses it (with the reason, in words a reader understands) when it cannot be done. */
export function applyEdit(article: ParsedArticle, edit: PairEdit): EditOutcome {
  const langs = pairLanguages(article);
  if (!langs) return refuse('one-language', 'This article has one language: there is nothing to pair.');
  const [la, lb] = langs;
  const index = blockIndex(article);
  const ids = editBlocks(edit);
  for (const id of ids) {
    if (!index.has(id)) return refuse('no-block', `No block ${id} on this page.`, { block: id });
  }
  const block = (id: string): Block => article.blocks[index.get(id)!]!;

  if (edit.op === 'exclude' || edit.op === 'include') {
    const b = block(edit.block);
    if ((edit.op === 'exclude') === (b.excluded === true)) {
      return edit.op === 'exclude'
        ? refuse('already-left-out', 'That block is already left out.')
        : refuse('already-shown', 'That block is shown.');
    }
    const blocks = article.blocks.map((x) => {
      if (x.id !== b.id) return x;
      const copy: Block = { ...x };
      if (edit.op === 'exclude') copy.excluded = true;
      else delete copy.excluded;
      return copy;
    });
    // A block left out leaves its pair; the rest of the pair stays paired if both languages remain.
    const pairs = article.pairs
      .map((p) =>
        edit.op === 'exclude' && Object.values(p.blocks).some((v) => v.includes(b.id)) ? without(p, b.id) : p,
      )
      .filter((p): p is Pair => p !== null);
    return { ok: true, article: withPairs({ ...article, blocks }, pairs, index) };
  }

  if (edit.op === 'sentences') return pairSentences(article, edit, la, lb);

  for (const id of ids) {
    if (block(id).excluded) return refuse('left-out', 'That block is left out of the article; bring it back first.');
    const lang = block(id).lang;
    if (lang !== la && lang !== lb)
      return refuse('other-language', `That block is in ${lang}, not in this article's languages.`, { lang });
  }

  let pairs: Pair[];
  if (edit.op === 'pair') {
    const langsOf = new Set(edit.blocks.map((id) => block(id).lang));
    if (langsOf.size < 2) return refuse('need-both-languages', 'Choose a paragraph in each language to pair them.');
    const touched = new Set(edit.blocks);
    pairs = article.pairs
      .map((p) => {
        let q: Pair | null = p;
        for (const id of touched) if (q && Object.values(q.blocks).some((v) => v.includes(id))) q = without(q, id);
        return q;
      })
      .filter((p): p is Pair => p !== null);
    pairs.push(readerPair(article, edit.blocks, la, lb, index));
  } else if (edit.op === 'unpair') {
    const p = pairOf(article, edit.block);
    if (!p) return refuse('no-counterpart', 'That paragraph has no counterpart to unpair.');
    pairs = article.pairs.filter((x) => x !== p);
  } else if (edit.op === 'split') {
    const p = pairOf(article, edit.block);
    if (!p) return refuse('in-no-pair', 'That paragraph is in no pair.');
    const lang = block(edit.block).lang;
    if ((p.blocks[lang] ?? []).length < 2) {
      return refuse('cannot-split', 'Only a pair with two or more paragraphs on one side can be split.');
    }
    const rest = without(p, edit.block);
    pairs = article.pairs.flatMap((x) =>
      x === p ? (rest ? [readerPairFrom(article, rest, la, lb, index)] : []) : [x],
    );
  } else {
    // merge: the block (or its whole pair) joins the nearest pair above or below it, in the order of the block's own
    // language (on a page printing one language after the other, "above" is the previous paragraph of that language).
    const own = pairOf(article, edit.block);
    const moving = own ? Object.values(own.blocks).flat() : [edit.block];
    const lang = block(edit.block).lang;
    const at = index.get(edit.block)!;
    const candidates = article.pairs.filter((p) => p !== own && (p.blocks[lang] ?? []).length > 0);
    const place = (p: Pair): number => Math.min(...p.blocks[lang]!.map((id) => index.get(id)!));
    const target =
      edit.into === 'above'
        ? candidates.filter((p) => place(p) < at).sort((x, y) => place(y) - place(x))[0]
        : candidates.filter((p) => place(p) > at).sort((x, y) => place(x) - place(y))[0];
    if (!target)
      return refuse(
        edit.into === 'above' ? 'nothing-above' : 'nothing-below',
        `There is no pair ${edit.into} to merge into.`,
      );
    const merged = readerPair(article, [...Object.values(target.blocks).flat(), ...moving], la, lb, index);
    pairs = [...candidates.filter((p) => p !== target), merged];
  }

  const cross = crossing(pairs, index, la, lb);
  if (cross) {
    const other = preview(article, cross[0] === pairs.at(-1) ? cross[1] : cross[0]);
    return refuse(
      'crosses',
      `That pair would cross the pair of ${other}: pairs keep the order of the page. Unpair that one first.`,
      { pair: other },
    );
  }
  return { ok: true, article: withPairs(article, pairs, index) };
}

/** The first sentence of a group on one side. */
function g0(g: SentencePair, lang: LangTag): number {
  return g[lang]?.[0] ?? 0;
}

/** A sentence group a person made inside a pair: the groups it cuts into are split into single sentences. */
function pairSentences(
  article: ParsedArticle,
  edit: Extract<PairEdit, { op: 'sentences' }>,
  la: LangTag,
  lb: LangTag,
): EditOutcome {
  const pair = pairOf(article, edit.block);
  if (!pair) return refuse('in-no-pair', 'That paragraph is in no pair.');
  const count = (lang: LangTag): number =>
    (pair.blocks[lang] ?? []).reduce((n, id) => n + (article.sentences?.[id]?.length ?? 0), 0);
  const [na, nb] = [count(la), count(lb)];
  if (edit.a.length === 0 || edit.b.length === 0)
    return refuse('need-sentence-each', 'Choose a sentence in each language.');
  if (edit.a.some((i) => i < 0 || i >= na) || edit.b.some((i) => i < 0 || i >= nb)) {
    return refuse('sentences-outside', 'Those sentences are not in this pair.');
  }
  const chosenA = new Set(edit.a);
  const chosenB = new Set(edit.b);
  const groups: SentencePair[] = [];
  for (const g of pair.sentences) {
    const ga = g[la] ?? [];
    const gb = g[lb] ?? [];
    if (!ga.some((i) => chosenA.has(i)) && !gb.some((i) => chosenB.has(i))) {
      groups.push(g);
      continue;
    }
    for (const i of ga) if (!chosenA.has(i)) groups.push({ [la]: [i], [lb]: [] });
    for (const i of gb) if (!chosenB.has(i)) groups.push({ [la]: [], [lb]: [i] });
  }
  const made: SentencePair = { [la]: [...chosenA].sort((x, y) => x - y), [lb]: [...chosenB].sort((x, y) => x - y) };
  groups.push(made);
  // Groups with first-language sentences in their order; each group of the second language alone placed before the
  // first group whose second-language sentences come after it.
  const withA = groups.filter((g) => (g[la] ?? []).length > 0).sort((x, y) => g0(x, la) - g0(y, la));
  const onlyB = groups.filter((g) => (g[la] ?? []).length === 0).sort((x, y) => g0(x, lb) - g0(y, lb));
  const ordered: SentencePair[] = [];
  for (const g of withA) {
    const b = g[lb] ?? [];
    while (b.length > 0 && onlyB.length > 0 && g0(onlyB[0]!, lb) < b[0]!) ordered.push(onlyB.shift()!);
    ordered.push(g);
  }
  ordered.push(...onlyB);
  let lastB = -1;
  for (const g of ordered) {
    const b = g[lb] ?? [];
    if (b.length === 0) continue;
    if (b[0]! <= lastB) return refuse('sentences-cross', 'Those sentences would cross another sentence pair.');
    lastB = b[b.length - 1]!;
  }
  const corrected: Pair = { ...pair, sentences: ordered, score: 1, by: 'reader' };
  return { ok: true, article: { ...article, pairs: article.pairs.map((p) => (p === pair ? corrected : p)) } };
}

/** The pair without one block; null when a side is left empty. */
function without(pair: Pair, id: string): Pair | null {
  const blocks: Record<LangTag, string[]> = {};
  for (const [lang, ids] of Object.entries(pair.blocks)) blocks[lang] = ids.filter((x) => x !== id);
  if (Object.values(blocks).some((v) => v.length === 0)) return null;
  return { ...pair, blocks };
}

function readerPairFrom(
  article: ParsedArticle,
  pair: Pair,
  la: LangTag,
  lb: LangTag,
  index: Map<string, number>,
): Pair {
  return readerPair(article, Object.values(pair.blocks).flat(), la, lb, index);
}

/**
 * Replays saved steps on an article parsed again: a step whose blocks no longer exist or whose text changed is
 * skipped and counted, the others are applied (the page's text may have changed in part).
 */
export function replayEdits(
  article: ParsedArticle,
  saved: SavedEdits,
): { article: ParsedArticle; kept: PairEdit[]; applied: number; skipped: number } {
  const texts = new Map(article.blocks.map((b) => [b.id, textKey(b.text)]));
  let current = article;
  // The steps that still apply: saving again after a new session keeps only these.
  const kept: PairEdit[] = [];
  for (const edit of saved.edits) {
    const ids = editBlocks(edit);
    const same = ids.every((id) => texts.get(id) !== undefined && texts.get(id) === saved.texts[id]);
    const outcome = same ? applyEdit(current, edit) : null;
    if (outcome?.ok) {
      current = outcome.article;
      kept.push(edit);
    }
  }
  return { article: current, kept, applied: kept.length, skipped: saved.edits.length - kept.length };
}

/** What is saved for a page: its steps, and a short key of the text of each block they touch. */
export interface SavedEdits {
  url: string;
  edits: PairEdit[];
  /** Block id → key of its text when the steps were made: a step is replayed only on the same text. */
  texts: Record<string, string>;
  savedAt: string;
}

/** A short, stable key of a text (FNV-1a over its code units, with its length). */
export function textKey(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

export function saveEdits(url: string, article: ParsedArticle, edits: PairEdit[], now: string): SavedEdits {
  const texts: Record<string, string> = {};
  const byId = new Map(article.blocks.map((b) => [b.id, b.text]));
  for (const e of edits)
    for (const id of e.op === 'pair' ? e.blocks : [e.block]) texts[id] = textKey(byId.get(id) ?? '');
  return { url, edits, texts, savedAt: now };
}

/**
 * Undo and redo over the steps of one editing session: `current` is always the base with the first `done` steps
 * applied; a new step after an undo drops the steps that were undone.
 */
export class EditHistory {
  private readonly steps: PairEdit[] = [];
  private readonly states: ParsedArticle[];
  private done = 0;

  constructor(readonly base: ParsedArticle) {
    this.states = [base];
  }

  get current(): ParsedArticle {
    return this.states[this.done]!;
  }

  /** The steps in effect, to save. */
  get edits(): PairEdit[] {
    return this.steps.slice(0, this.done);
  }

  get canUndo(): boolean {
    return this.done > 0;
  }

  get canRedo(): boolean {
    return this.done < this.steps.length;
  }

  /** Applies a step; why, when it is refused (nothing changes then). */
  apply(edit: PairEdit): Refusal | null {
    const outcome = applyEdit(this.current, edit);
    if (!outcome.ok) return outcome;
    this.steps.length = this.done;
    this.states.length = this.done + 1;
    this.steps.push(edit);
    this.states.push(outcome.article);
    this.done++;
    return null;
  }

  undo(): boolean {
    if (!this.canUndo) return false;
    this.done--;
    return true;
  }

  redo(): boolean {
    if (!this.canRedo) return false;
    this.done++;
    return true;
  }
}
