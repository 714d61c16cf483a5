/**
 * The pair editor's rules that need no DOM: which key does what, how a click changes the selection, how saved
 * corrections are checked when read back and replayed one step at a time. The steps themselves are
 * utils/pair-edits.ts; this module only decides which step a person asked for.
 */
import type { LangTag, ParsedArticle } from '../utils/contract';
import { replayEdits, type PairEdit, type SavedEdits } from '../utils/pair-edits';

export type EditAction =
  'pair' | 'unpair' | 'merge-up' | 'merge-down' | 'split' | 'exclude' | 'undo' | 'redo' | 'done' | 'discard';

/** The keys each action answers to (also the buttons' `aria-keyshortcuts`). */
export const EDIT_KEYS: Record<EditAction, string> = {
  pair: 'P',
  unpair: 'U',
  'merge-up': '[',
  'merge-down': ']',
  split: 'S',
  exclude: 'X',
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

/** The article as every view but the editor shows it: blocks a person left out are gone. */
export function withoutExcluded(article: ParsedArticle): ParsedArticle {
  if (!article.blocks.some((b) => b.excluded)) return article;
  return { ...article, blocks: article.blocks.filter((b) => !b.excluded) };
}

/**
 * Replays saved corrections on a fresh parse and keeps the steps that still apply, so saving again after a new
 * session drops the ones that no longer match (and the notice about them goes away with them).
 */
export function replaySaved(
  article: ParsedArticle,
  saved: SavedEdits,
): { article: ParsedArticle; kept: PairEdit[]; skipped: number } {
  let current = article;
  const kept: PairEdit[] = [];
  for (const edit of saved.edits) {
    const one = replayEdits(current, { ...saved, edits: [edit] });
    if (one.applied === 1) {
      current = one.article;
      kept.push(edit);
    }
  }
  return { article: current, kept, skipped: saved.edits.length - kept.length };
}
