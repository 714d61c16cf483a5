import { describe, expect, it } from 'vitest';
import { editActionFor, editFor, replaySaved, toggleSelection, withoutExcluded } from '../../../components/edit-mode';
import { editsKey, validateSavedEdits } from '../../../platform/saved-edits';
import { applyEdit, saveEdits, type PairEdit } from '../../../utils/pair-edits';
import { enKo } from './articles';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => editActionFor({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('the pair editor keys', () => {
  it('should map each letter and bracket to its step, in either case', () => {
    expect([key('p'), key('P'), key('u'), key('['), key(']'), key('s'), key('x')]).toEqual([
      'pair',
      'pair',
      'unpair',
      'merge-up',
      'merge-down',
      'split',
      'exclude',
    ]);
  });

  it('should read Ctrl+Z as undo, Ctrl+Shift+Z and Ctrl+Y as redo, Cmd like Ctrl', () => {
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('z', { metaKey: true })).toBe('undo');
  });

  it('should leave letters with Ctrl or Alt alone (the browser keeps its own shortcuts)', () => {
    expect(key('p', { ctrlKey: true })).toBeNull();
    expect(key('s', { altKey: true })).toBeNull();
    expect(key('a')).toBeNull();
  });

  it('should read Enter as done and Escape as discard', () => {
    expect(key('Enter')).toBe('done');
    expect(key('Escape')).toBe('discard');
  });
});

describe('choosing paragraphs', () => {
  const article = enKo();
  const langOf = (id: string) => article.blocks.find((b) => b.id === id)?.lang;

  it('should keep one paragraph per language on a plain click, and the other language’s choice', () => {
    let chosen = toggleSelection([], 'b1', langOf, false);
    chosen = toggleSelection(chosen, 'b5', langOf, false);
    expect(chosen).toEqual(['b1', 'b5']);
    expect(toggleSelection(chosen, 'b2', langOf, false)).toEqual(['b5', 'b2']);
  });

  it('should add and take away with Shift or Ctrl, for pairs of more than one paragraph a side', () => {
    const chosen = toggleSelection(['b2', 'b6'], 'b7', langOf, true);
    expect(chosen).toEqual(['b2', 'b6', 'b7']);
    expect(toggleSelection(chosen, 'b6', langOf, true)).toEqual(['b2', 'b7']);
  });

  it('should unchoose a paragraph clicked again', () => {
    expect(toggleSelection(['b1', 'b5'], 'b5', langOf, false)).toEqual(['b1']);
  });
});

describe('the step an action stands for', () => {
  const article = enKo();

  it('should pair what is chosen and act on the focused paragraph otherwise', () => {
    expect(editFor('pair', 'b1', ['b1', 'b5'], article)).toEqual({ op: 'pair', blocks: ['b1', 'b5'] });
    expect(editFor('merge-up', 'b7', [], article)).toEqual({ op: 'merge', block: 'b7', into: 'above' });
    expect(editFor('split', 'b7', [], article)).toEqual({ op: 'split', block: 'b7' });
    expect(editFor('unpair', null, [], article)).toBeNull();
  });

  it('should bring back a paragraph already left out instead of leaving it out twice', () => {
    const out = applyEdit(article, { op: 'exclude', block: 'b8' });
    if (!out.ok) throw new Error(out.reason);
    expect(editFor('exclude', 'b8', [], article)).toEqual({ op: 'exclude', block: 'b8' });
    expect(editFor('exclude', 'b8', [], out.article)).toEqual({ op: 'include', block: 'b8' });
    expect(withoutExcluded(out.article).blocks.map((b) => b.id)).not.toContain('b8');
    expect(withoutExcluded(article)).toBe(article);
  });
});

describe('saved corrections', () => {
  const edits: PairEdit[] = [
    { op: 'split', block: 'b7' },
    { op: 'exclude', block: 'b8' },
  ];

  it('should replay the steps that still match and count those that do not', () => {
    const saved = saveEdits('https://news.example.com/a', enKo(), edits, '2026-12-06T00:00:00Z');
    const changed = enKo();
    changed.blocks = changed.blocks.map((b) => (b.id === 'b8' ? { ...b, text: 'Another caption.' } : b));
    const replayed = replaySaved(changed, saved);
    expect(replayed.kept).toEqual([edits[0]]);
    expect(replayed.skipped).toBe(1);
    expect(replayed.article.pairs.find((p) => p.blocks['en']?.includes('b2'))?.blocks['ko']).toEqual(['b6']);
    expect(replayed.article.blocks.find((b) => b.id === 'b8')?.excluded).toBeUndefined();
  });

  it('should read back a saved record as it was written, and a damaged one as none', () => {
    const saved = saveEdits('https://news.example.com/a', enKo(), edits, '2026-12-06T00:00:00Z');
    expect(validateSavedEdits(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(validateSavedEdits({ ...saved, edits: [{ op: 'merge', block: 'b1', into: 'sideways' }] })).toBeNull();
    expect(validateSavedEdits({ ...saved, texts: { b1: 3 } })).toBeNull();
    expect(validateSavedEdits('nonsense')).toBeNull();
  });

  it('should key a page by its address without the fragment', () => {
    expect(editsKey('https://a.example/x?id=2#part')).toBe('https://a.example/x?id=2');
  });
});
