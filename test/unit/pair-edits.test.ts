/**
 * Corrections a person makes to the alignment (utils/pair-edits.ts), on the seed article as the parser reads it:
 * English b1 (caption) to b7, Korean b8 (title in brackets) to b14, English notes b15 to b17; pairs b2-b9 ... b7-b14.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pair, ParsedArticle } from '../../utils/contract';
import { exportJson, importClips } from '../../utils/export/json';
import { exportTmx } from '../../utils/export/tmx';
import { exportTsv } from '../../utils/export/tsv';
import { applyEdit, EditHistory, replayEdits, saveEdits, type PairEdit } from '../../utils/pair-edits';
import { parseHtml } from '../../utils/parse-html';
import { clipOf } from './export/sample';

const SEED = parseHtml(readFileSync('test/fixtures/pages/blocks--en-ko--usa-journal-korea.html', 'utf8'));

const ids = (p: Pair): string => `${p.blocks['en']!.join('+')}|${p.blocks['ko']!.join('+')}`;
const pairIds = (a: ParsedArticle): string[] => a.pairs.map(ids);

function apply(article: ParsedArticle, edit: PairEdit): ParsedArticle {
  const out = applyEdit(article, edit);
  if (!out.ok) throw new Error(out.reason);
  return out.article;
}

describe('the seed article as parsed', () => {
  it('has the six pairs these tests start from', () => {
    expect(pairIds(SEED)).toEqual(['b2|b9', 'b3|b10', 'b4|b11', 'b5|b12', 'b6|b13', 'b7|b14']);
  });
});

describe('one step at a time', () => {
  it('pairs the caption with the Korean title: a pair by the reader, score 1, the other pairs untouched', () => {
    const a = apply(SEED, { op: 'pair', blocks: ['b1', 'b8'] });
    expect(pairIds(a)).toEqual(['b1|b8', 'b2|b9', 'b3|b10', 'b4|b11', 'b5|b12', 'b6|b13', 'b7|b14']);
    const made = a.pairs[0]!;
    expect(made.by).toBe('reader');
    expect(made.score).toBe(1);
    expect(a.pairs.slice(1)).toEqual(SEED.pairs);
  });

  it('re-pairs a block: what it was paired with before becomes unpaired', () => {
    // b3 faces b10; pair it with b11 instead. b4's pair loses b11, is left with one side and goes; b10 and b4 are free.
    const a = apply(SEED, { op: 'pair', blocks: ['b3', 'b11'] });
    expect(pairIds(a)).toEqual(['b2|b9', 'b3|b11', 'b5|b12', 'b6|b13', 'b7|b14']);
  });

  it('refuses a pair that would cross another, and says which and why', () => {
    const out = applyEdit(SEED, { op: 'pair', blocks: ['b2', 'b13'] });
    expect(out.ok).toBe(false);
    expect(out.ok ? '' : out.reason).toMatch(/would cross the pair of “.+”: pairs keep the order of the page/);
  });

  it('unpairs, merges into the pair above, and splits that pair back', () => {
    const unpaired = apply(SEED, { op: 'unpair', block: 'b10' });
    expect(pairIds(unpaired)).toEqual(['b2|b9', 'b4|b11', 'b5|b12', 'b6|b13', 'b7|b14']);
    const merged = apply(unpaired, { op: 'merge', block: 'b10', into: 'above' });
    expect(pairIds(merged)[0]).toBe('b2|b9+b10');
    expect(merged.pairs[0]!.by).toBe('reader');
    const split = apply(merged, { op: 'split', block: 'b10' });
    expect(pairIds(split)[0]).toBe('b2|b9');
    expect(applyEdit(SEED, { op: 'split', block: 'b9' }).ok).toBe(false);
  });

  it('realigns the sentences of a corrected pair', () => {
    const merged = apply(apply(SEED, { op: 'unpair', block: 'b10' }), { op: 'merge', block: 'b10', into: 'above' });
    const sentences = merged.pairs[0]!.sentences;
    const ko = sentences.flatMap((s) => s['ko'] ?? []);
    const total = (SEED.sentences!['b9']!.length ?? 0) + (SEED.sentences!['b10']!.length ?? 0);
    expect(ko.sort((x, y) => x - y)).toEqual([...Array(total).keys()]);
  });

  it('leaves a block out of the article and brings it back; exports never carry it', () => {
    const out = apply(SEED, { op: 'exclude', block: 'b14' });
    expect(out.blocks.find((b) => b.id === 'b14')!.excluded).toBe(true);
    expect(pairIds(out)).not.toContain('b7|b14');
    const text = SEED.blocks.find((b) => b.id === 'b14')!.text;
    expect(exportTmx(clipOf(out))).not.toContain(text.slice(0, 20));
    expect(exportTsv(clipOf(out))).not.toContain(text.slice(0, 20));
    expect(applyEdit(out, { op: 'pair', blocks: ['b7', 'b14'] }).ok).toBe(false);
    const back = apply(out, { op: 'include', block: 'b14' });
    expect(back.blocks.find((b) => b.id === 'b14')!.excluded).toBeUndefined();
  });

  it('refuses what cannot be done with a reason: one language, an unknown block', () => {
    expect(applyEdit(SEED, { op: 'pair', blocks: ['b2', 'b3'] })).toEqual({
      ok: false,
      code: 'need-both-languages',
      reason: 'Choose a paragraph in each language to pair them.',
    });
    expect(applyEdit(SEED, { op: 'unpair', block: 'b99' }).ok).toBe(false);
    expect(applyEdit(SEED, { op: 'unpair', block: 'b1' }).ok).toBe(false);
  });
});

describe('sentences', () => {
  // b2|b9 after merging b10 into it: Korean sentences of b9 then b10, English of b2.
  const merged = apply(apply(SEED, { op: 'unpair', block: 'b10' }), { op: 'merge', block: 'b10', into: 'above' });
  const pair = (a: ParsedArticle): Pair => a.pairs.find((p) => p.blocks['en']!.includes('b2'))!;
  const pair3 = (a: ParsedArticle): Pair => a.pairs.find((p) => p.blocks['en']!.includes('b3'))!;
  const en = SEED.sentences!['b2']!.length;
  const ko = SEED.sentences!['b9']!.length + SEED.sentences!['b10']!.length;

  it('makes a sentence group; the groups it cuts into are split, every sentence still in exactly one group', () => {
    const a = apply(merged, { op: 'sentences', block: 'b2', a: [0], b: [ko - 1] });
    const groups = pair(a).sentences;
    expect(groups).toContainEqual({ en: [0], ko: [ko - 1] });
    expect(groups.flatMap((g) => g['en'] ?? []).sort((x, y) => x - y)).toEqual([...Array(en).keys()]);
    expect(groups.flatMap((g) => g['ko'] ?? []).sort((x, y) => x - y)).toEqual([...Array(ko).keys()]);
    expect(pair(a).by).toBe('reader');
  });

  it('refuses sentences outside the pair, and a group that would cross another', () => {
    expect(applyEdit(merged, { op: 'sentences', block: 'b2', a: [0], b: [ko] }).ok).toBe(false);
    // b3|b10: two sentences a side, paired 0-0 and 1-1. Pairing English 1 with Korean 0 cuts both groups (English 0
    // and Korean 1 then stand alone); pairing English 0 with Korean 1 after that crosses English 1 - Korean 0.
    const first = apply(SEED, { op: 'sentences', block: 'b3', a: [1], b: [0] });
    expect(pair3(first).sentences).toContainEqual({ en: [1], ko: [0] });
    const out = applyEdit(first, { op: 'sentences', block: 'b3', a: [0], b: [1] });
    expect(out.ok ? '' : out.reason).toMatch(/cross another sentence pair/);
  });
});

describe('exports of a corrected article', () => {
  it('TMX says which units a person made', () => {
    const a = apply(SEED, { op: 'pair', blocks: ['b1', 'b8'] });
    const tmx = exportTmx(clipOf(a));
    expect(tmx.match(/<prop type="x-alignment-by">reader<\/prop>/g)?.length).toBe(1);
  });

  it('JSON keeps the corrections, and the clip library reads them back', () => {
    const a = apply(apply(SEED, { op: 'pair', blocks: ['b1', 'b8'] }), { op: 'exclude', block: 'b15' });
    const back = importClips(exportJson(clipOf(a)));
    expect(back.errors).toEqual([]);
    expect(back.clips[0]!.article.pairs[0]!.by).toBe('reader');
    expect(back.clips[0]!.article.blocks.find((b) => b.id === 'b15')!.excluded).toBe(true);
  });
});

describe('undo, redo, and the saved steps', () => {
  const steps: PairEdit[] = [
    { op: 'pair', blocks: ['b1', 'b8'] },
    { op: 'unpair', block: 'b10' },
    { op: 'merge', block: 'b10', into: 'above' },
    { op: 'exclude', block: 'b16' },
  ];

  it('takes every step back and forward again', () => {
    const h = new EditHistory(SEED);
    for (const s of steps) expect(h.apply(s)).toBeNull();
    const edited = h.current;
    while (h.undo());
    expect(h.current).toEqual(SEED);
    expect(h.canUndo).toBe(false);
    while (h.redo());
    expect(h.current).toEqual(edited);
    // A new step after an undo drops the undone ones.
    h.undo();
    expect(h.apply({ op: 'exclude', block: 'b17' })).toBeNull();
    expect(h.canRedo).toBe(false);
    expect(h.edits).toEqual([...steps.slice(0, 3), { op: 'exclude', block: 'b17' }]);
  });

  it('a refused step changes nothing', () => {
    const h = new EditHistory(SEED);
    expect(h.apply({ op: 'pair', blocks: ['b2', 'b13'] })).toMatchObject({ code: 'crosses', reason: /cross/ });
    expect(h.canUndo).toBe(false);
    expect(h.current).toBe(SEED);
  });

  it('replays on the same text, and skips the steps whose text changed', () => {
    const h = new EditHistory(SEED);
    for (const s of steps) h.apply(s);
    const saved = saveEdits('https://example.test/a', SEED, h.edits, '2026-12-06T00:00:00Z');
    const again = replayEdits(SEED, saved);
    expect(again).toMatchObject({ applied: 4, skipped: 0 });
    expect(again.article).toEqual(h.current);
    // The page changed: the Korean title was rewritten.
    const changed: ParsedArticle = {
      ...SEED,
      blocks: SEED.blocks.map((b) => (b.id === 'b8' ? { ...b, text: '["바이든, 푸틴과 통화"]' } : b)),
    };
    const partial = replayEdits(changed, saved);
    expect(partial).toMatchObject({ applied: 3, skipped: 1 });
    expect(pairIds(partial.article)).not.toContain('b1|b8');
  });
});
