/**
 * Saved corrections to a page's alignment, checked when read back from storage (like settings, on every read).
 * Pure: the storage items themselves are in storage.ts.
 */
import type { PairEdit, SavedEdits } from '../utils/pair-edits';

const isString = (v: unknown): v is string => typeof v === 'string';

function validEdit(value: unknown): PairEdit | null {
  if (!value || typeof value !== 'object') return null;
  const e = value as Record<string, unknown>;
  if (e['op'] === 'pair') {
    const blocks = e['blocks'];
    return Array.isArray(blocks) && blocks.length > 0 && blocks.every(isString) ? { op: 'pair', blocks } : null;
  }
  if (!isString(e['block'])) return null;
  const block = e['block'];
  switch (e['op']) {
    case 'unpair':
    case 'split':
    case 'exclude':
    case 'include':
      return { op: e['op'], block };
    case 'merge':
      return e['into'] === 'above' || e['into'] === 'below' ? { op: 'merge', block, into: e['into'] } : null;
    case 'sentences': {
      // Sentence indexes: whole numbers from 0 (applyEdit checks them against the pair's sentences).
      const indexes = (v: unknown): v is number[] =>
        Array.isArray(v) && v.every((i) => typeof i === 'number' && Number.isInteger(i) && i >= 0);
      const { a, b } = e;
      return indexes(a) && indexes(b) ? { op: 'sentences', block, a, b } : null;
    }
    default:
      return null;
  }
}

/** Saved corrections as read from storage: a damaged record is dropped (null), never half-applied. */
export function validateSavedEdits(value: unknown): SavedEdits | null {
  if (!value || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  if (!isString(r['url']) || !isString(r['savedAt']) || !Array.isArray(r['edits'])) return null;
  const texts = r['texts'];
  if (!texts || typeof texts !== 'object' || !Object.values(texts).every(isString)) return null;
  const edits = r['edits'].map(validEdit);
  if (edits.some((e) => e === null)) return null;
  return { url: r['url'], savedAt: r['savedAt'], edits: edits as PairEdit[], texts: texts as Record<string, string> };
}

/** The key corrections are saved under: the page's address without its fragment (a #section is the same text). */
export function editsKey(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
