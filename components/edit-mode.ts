/**
 * The pair editor's rules that need no DOM: which key does what, how a click changes the selection, which message
 * says why a step was refused. The steps themselves, and replaying saved ones, are utils/pair-edits.ts; this module
 * only decides which step a person asked for.
 */
import type { MessageKey } from '../platform/i18n';
import type { Block, LangTag, Pair, ParsedArticle } from '../utils/contract';
import type { PairEdit, Refusal, RefusalCode } from '../utils/pair-edits';
import { segmentBlock } from './rows';

export type EditAction =
  | 'pair'
  | 'unpair'
  | 'merge-up'
  | 'merge-down'
  | 'split'
  | 'exclude'
  | 'sentences'
  | 'undo'
  | 'redo'
  | 'done'
  | 'discard';

/** The keys each action answers to (also the buttons' `aria-keyshortcuts`). */
export const EDIT_KEYS: Record<EditAction, string> = {
  pair: 'P',
  unpair: 'U',
  'merge-up': '[',
  'merge-down': ']',
  split: 'S',
  exclude: 'X',
  sentences: 'T',
  undo: 'Control+Z',
  redo: 'Control+Shift+Z Control+Y',
  done: 'Enter',
  discard: 'Escape',
};

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The action a key press asks for in edit mode, or null. Cmd counts as Ctrl so Mac users get their own undo. */
export function editActionFor(e: KeyPress): EditAction | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.altKey) return null;
  if (mod) {
    if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (key === 'y') return 'redo';
    return null;
  }
  switch (key) {
    case 'p':
      return 'pair';
    case 'u':
      return 'unpair';
    case '[':
      return 'merge-up';
    case ']':
      return 'merge-down';
    case 's':
      return 'split';
    case 'x':
      return 'exclude';
    case 't':
      return 'sentences';
    case 'Enter':
      return 'done';
    case 'Escape':
      return 'discard';
    default:
      return null;
  }
}

/**
 * A click (or Space) on a block: on its own it becomes the one chosen block of its language, the other language's
 * choice is kept (pick one side, then the other); with Shift or Ctrl it is added or taken away, for 1-2 and 2-1 pairs.
 */
export function toggleSelection(
  selected: readonly string[],
  id: string,
  langOf: (id: string) => LangTag | undefined,
  additive: boolean,
): string[] {
  if (additive) return selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id];
  const lang = langOf(id);
  const others = selected.filter((x) => langOf(x) !== lang);
  return selected.includes(id) && selected.filter((x) => langOf(x) === lang).length === 1 ? others : [...others, id];
}

/** The step an action on `target` (the block with the keyboard's or the mouse's attention) stands for. */
export function editFor(
  action: EditAction,
  target: string | null,
  selected: readonly string[],
  article: ParsedArticle,
): PairEdit | null {
  if (action === 'pair') return selected.length > 0 ? { op: 'pair', blocks: [...selected] } : null;
  if (target === null) return null;
  switch (action) {
    case 'unpair':
      return { op: 'unpair', block: target };
    case 'merge-up':
      return { op: 'merge', block: target, into: 'above' };
    case 'merge-down':
      return { op: 'merge', block: target, into: 'below' };
    case 'split':
      return { op: 'split', block: target };
    case 'exclude':
      return article.blocks.find((b) => b.id === target)?.excluded
        ? { op: 'include', block: target }
        : { op: 'exclude', block: target };
    default:
      return null;
  }
}

/**
 * The message that says why a step was refused, one per refusal code (`satisfies` makes the list exhaustive: a new
 * code in utils/pair-edits.ts is a type error here until it has its words). The English `reason` stays for logs.
 */
export const REFUSAL_MESSAGES = {
  'one-language': 'editRefusedOneLanguage',
  'no-block': 'editRefusedNoBlock',
  'already-left-out': 'editRefusedAlreadyLeftOut',
  'already-shown': 'editRefusedAlreadyShown',
  'left-out': 'editRefusedLeftOut',
  'other-language': 'editRefusedOtherLanguage',
  'need-both-languages': 'editRefusedNeedBothLanguages',
  'no-counterpart': 'editRefusedNoCounterpart',
  'in-no-pair': 'editRefusedInNoPair',
  'cannot-split': 'editRefusedCannotSplit',
  'nothing-above': 'editRefusedNothingAbove',
  'nothing-below': 'editRefusedNothingBelow',
  crosses: 'editRefusedCrosses',
  'need-sentence-each': 'editRefusedNeedSentenceEach',
  'sentences-outside': 'editRefusedSentencesOutside',
  'sentences-cross': 'editRefusedSentencesCross',
} as const satisfies Record<RefusalCode, MessageKey>;

/** The refusal's parameter each message shows as its `$1` (codes not listed take none). */
const REFUSAL_PARAM: Partial<Record<RefusalCode, string>> = {
  crosses: 'pair',
  'other-language': 'lang',
  'no-block': 'block',
};

/**
 * A refusal as a message key and its substitutions; `languageName` turns a language tag into its name in the
 * interface's language (the `other-language` refusal names the block's language).
 */
export function refusalMessage(
  refusal: Refusal,
  languageName: (tag: string) => string = (tag) => tag,
): { key: MessageKey; substitutions: string[] } {
  const name = REFUSAL_PARAM[refusal.code];
  const value = name === undefined ? undefined : (refusal.params?.[name] ?? '');
  const shown = value !== undefined && refusal.code === 'other-language' ? languageName(value) : value;
  return { key: REFUSAL_MESSAGES[refusal.code], substitutions: shown === undefined ? [] : [shown] };
}

/**
 * A sentence of an open pair, as the sentence editor names it: its language and its index among that side's
 * sentences concatenated over the side's blocks (the indexes of `pair.sentences` and of the `sentences` step).
 */
export function sentenceKey(lang: LangTag, index: number): string {
  return `${lang}:${index}`;
}

function parseSentenceKey(key: string): { lang: LangTag; index: number } {
  const at = key.lastIndexOf(':');
  return { lang: key.slice(0, at), index: Number(key.slice(at + 1)) };
}

/** The language of a sentence key (to choose sentences like paragraphs: one a side unless Shift adds more). */
export function sentenceLang(key: string): LangTag {
  return parseSentenceKey(key).lang;
}

/** The `sentences` step for the chosen sentences of the pair holding `block`. */
export function sentenceEdit(block: string, chosen: readonly string[], first: LangTag, second: LangTag): PairEdit {
  const side = (lang: LangTag): number[] =>
    chosen
      .map(parseSentenceKey)
      .filter((k) => k.lang === lang)
      .map((k) => k.index)
      .sort((x, y) => x - y);
  return { op: 'sentences', block, a: side(first), b: side(second) };
}

/**
 * How the pair's sentence groups are shown: each group with sentences on both sides gets a number (1, 2, … in the
 * pair's order), shared by all its sentences; a sentence with no counterpart gets null.
 */
export function sentenceGroupNumbers(pair: Pair): Map<string, number | null> {
  const numbers = new Map<string, number | null>();
  let next = 1;
  for (const group of pair.sentences) {
    const sides = Object.entries(group);
    const both = sides.filter(([, ids]) => ids.length > 0).length >= 2;
    const number = both ? next++ : null;
    for (const [lang, ids] of sides) for (const i of ids) numbers.set(sentenceKey(lang, i), number);
  }
  return numbers;
}

/** A run of a block's text in the sentence editor: a sentence (with its key) or the text between sentences. */
export interface SentenceRun {
  text: string;
  key: string | null;
}

/**
 * A block of the open pair as runs of its text, each sentence keyed by its index on its side. When the sentences
 * cannot be found in the text (segmentBlock keeps the text whole then), they are listed one after the other, so
 * every sentence can still be chosen.
 */
export function sentenceRuns(article: ParsedArticle, block: Block, pairIndex: number): SentenceRun[] {
  const pair = article.pairs[pairIndex];
  const sentences = article.sentences?.[block.id] ?? [];
  const ids = pair?.blocks[block.lang] ?? [];
  const at = ids.indexOf(block.id);
  if (!pair || at < 0 || sentences.length === 0) return [{ text: block.text, key: null }];
  // The side's sentence indexes count over its blocks concatenated: add the earlier blocks' sentences.
  const offset = ids.slice(0, at).reduce((n, id) => n + (article.sentences?.[id]?.length ?? 0), 0);
  const segments = segmentBlock(article, block, pairIndex);
  if (segments.some((s) => s.sentence !== null)) {
    return segments.map((s) => ({
      text: s.text,
      key: s.sentence === null ? null : sentenceKey(block.lang, offset + s.sentence),
    }));
  }
  return sentences.flatMap((text, k) => [
    ...(k > 0 ? [{ text: ' ', key: null }] : []),
    { text: text.trim(), key: sentenceKey(block.lang, offset + k) },
  ]);
}

/** How many sentences each side of a pair has (a pair with none on a side has nothing to align). */
export function sentenceCounts(article: ParsedArticle, pair: Pair): number[] {
  return Object.values(pair.blocks).map((ids) => ids.reduce((n, id) => n + (article.sentences?.[id]?.length ?? 0), 0));
}
