import { describe, expect, it } from 'vitest';
import {
  REFUSAL_MESSAGES,
  editActionFor,
  editFor,
  refusalMessage,
  sentenceEdit,
  sentenceGroupNumbers,
  sentenceRuns,
  toggleSelection,
} from '../../../components/edit-mode';
import { editsKey, validateSavedEdits } from '../../../platform/saved-edits';
import en from '../../../public/_locales/en/messages.json';
import ko from '../../../public/_locales/ko/messages.json';
import type { ParsedArticle } from '../../../utils/contract';
import { withoutExcluded } from '../../../utils/export/segments';
import { EditHistory, applyEdit, replayEdits, saveEdits, type PairEdit, type Refusal } from '../../../utils/pair-edits';
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

  it('should read T as the sentences of the pair', () => {
    expect([key('t'), key('T')]).toEqual(['sentences', 'sentences']);
    expect(key('t', { ctrlKey: true })).toBeNull();
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
    const replayed = replayEdits(changed, saved);
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
    const sentences = { op: 'sentences', block: 'b1', a: [0], b: [1] };
    expect(validateSavedEdits({ ...saved, edits: [sentences] })?.edits).toEqual([sentences]);
    expect(validateSavedEdits({ ...saved, edits: [{ ...sentences, b: [-1] }] })).toBeNull();
    expect(validateSavedEdits('nonsense')).toBeNull();
  });

  it('should key a page by its address without the fragment', () => {
    expect(editsKey('https://a.example/x?id=2#part')).toBe('https://a.example/x?id=2');
  });
});

/** One English paragraph of three sentences facing two Korean paragraphs (two sentences, then one), aligned 1-1. */
function bridge(): ParsedArticle {
  return {
    schema: 1,
    bilingual: true,
    confidence: 0.9,
    languages: ['en', 'ko'],
    layout: 'blocks',
    title: {},
    blocks: [
      {
        id: 'b1',
        lang: 'en',
        kind: 'paragraph',
        text: 'The bridge opened in May. It is two kilometres long. Cyclists may use it.',
      },
      { id: 'b2', lang: 'ko', kind: 'paragraph', text: '다리는 5월에 개통했다. 길이는 2킬로미터다.' },
      { id: 'b3', lang: 'ko', kind: 'paragraph', text: '자전거도 다닐 수 있다.' },
    ],
    pairs: [
      {
        blocks: { en: ['b1'], ko: ['b2', 'b3'] },
        score: 0.9,
        sentences: [
          { en: [0], ko: [0] },
          { en: [1], ko: [1] },
          { en: [2], ko: [2] },
        ],
      },
    ],
    sentences: {
      b1: ['The bridge opened in May. ', 'It is two kilometres long. ', 'Cyclists may use it.'],
      b2: ['다리는 5월에 개통했다. ', '길이는 2킬로미터다.'],
      b3: ['자전거도 다닐 수 있다.'],
    },
  };
}

describe('correcting the sentences of a pair', () => {
  it('should number each side’s sentences over its paragraphs, as the sentence step counts them', () => {
    const article = bridge();
    const b3 = article.blocks[2]!;
    expect(sentenceRuns(article, b3, 0)).toEqual([{ text: '자전거도 다닐 수 있다.', key: 'ko:2' }]);
    const runs = sentenceRuns(article, article.blocks[0]!, 0);
    expect(runs.map((r) => r.key).filter((k) => k !== null)).toEqual(['en:0', 'en:1', 'en:2']);
    expect(runs.map((r) => r.text).join('')).toBe(article.blocks[0]!.text);
  });

  it('should make one group of the chosen sentences, leave the cut group’s others alone, and undo it', () => {
    const history = new EditHistory(bridge());
    const edit = sentenceEdit('b1', ['ko:0', 'en:1', 'en:0'], 'en', 'ko');
    expect(edit).toEqual({ op: 'sentences', block: 'b1', a: [0, 1], b: [0] });
    expect(history.apply(edit)).toBeNull();
    const pair = history.current.pairs[0]!;
    expect(pair.sentences).toEqual([
      { en: [0, 1], ko: [0] },
      { en: [], ko: [1] },
      { en: [2], ko: [2] },
    ]);
    expect(pair).toMatchObject({ by: 'reader', score: 1 });
    const numbers = sentenceGroupNumbers(pair);
    expect([numbers.get('en:0'), numbers.get('en:1'), numbers.get('ko:0')]).toEqual([1, 1, 1]);
    expect(numbers.get('ko:1')).toBeNull();
    expect(numbers.get('ko:2')).toBe(2);
    history.undo();
    expect(history.current.pairs[0]!.sentences).toEqual(bridge().pairs[0]!.sentences);
  });

  it('should refuse a sentence pair that crosses another, and change nothing', () => {
    const history = new EditHistory(bridge());
    const refused = history.apply(sentenceEdit('b1', ['en:0', 'ko:2'], 'en', 'ko'));
    expect(refused?.code).toBe('sentences-cross');
    expect(refusalMessage(refused!).key).toBe('editRefusedSentencesCross');
    expect(history.canUndo).toBe(false);
    expect(history.current.pairs[0]!.sentences).toEqual(bridge().pairs[0]!.sentences);
  });
});

describe('refusals in the interface’s language', () => {
  /** One refusal of every kind, each produced by the step that earns it. */
  function everyRefusal(): Refusal[] {
    const article = enKo();
    const refusal = (a: ParsedArticle, edit: PairEdit): Refusal => {
      const out = applyEdit(a, edit);
      if (out.ok) throw new Error(`${JSON.stringify(edit)} was not refused`);
      return out;
    };
    const excluded = applyEdit(article, { op: 'exclude', block: 'b8' });
    if (!excluded.ok) throw new Error(excluded.reason);
    const withUnd: ParsedArticle = {
      ...article,
      blocks: [...article.blocks, { id: 'b11', lang: 'und', kind: 'paragraph', text: '© 2026' }],
    };
    return [
      refusal({ ...article, languages: ['en'] }, { op: 'unpair', block: 'b1' }),
      refusal(article, { op: 'unpair', block: 'b99' }),
      refusal(excluded.article, { op: 'exclude', block: 'b8' }),
      refusal(article, { op: 'include', block: 'b8' }),
      refusal(excluded.article, { op: 'pair', blocks: ['b1', 'b8'] }),
      refusal(withUnd, { op: 'unpair', block: 'b11' }),
      refusal(article, { op: 'pair', blocks: ['b1', 'b2'] }),
      refusal(article, { op: 'unpair', block: 'b8' }),
      refusal(article, { op: 'split', block: 'b8' }),
      refusal(article, { op: 'split', block: 'b1' }),
      refusal(article, { op: 'merge', block: 'b1', into: 'above' }),
      refusal(article, { op: 'merge', block: 'b4', into: 'below' }),
      refusal(article, { op: 'pair', blocks: ['b1', 'b10'] }),
      refusal(article, { op: 'sentences', block: 'b1', a: [], b: [0] }),
      refusal(article, { op: 'sentences', block: 'b1', a: [5], b: [0] }),
      refusal(bridge(), { op: 'sentences', block: 'b1', a: [0], b: [2] }),
    ];
  }

  it('should have a refusal for every code the interface has words for, and no code without them', () => {
    const codes = everyRefusal().map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(Object.keys(REFUSAL_MESSAGES).sort());
  });

  it('should say every refusal in English and in Korean, with the refusal’s own parameter in its place', () => {
    const locales: Record<string, Record<string, { message: string }>> = { en, ko };
    for (const refused of everyRefusal()) {
      const { key, substitutions } = refusalMessage(refused, (tag) => `[${tag}]`);
      for (const [name, messages] of Object.entries(locales)) {
        const message = messages[key]?.message;
        expect(message, `${key} in ${name}`).toBeTruthy();
        // Each parameter is used ($1), and no placeholder is left without one.
        const placeholders = new Set(message!.match(/\$\d/g) ?? []);
        expect(placeholders.size, `${key} in ${name}`).toBe(substitutions.length);
      }
      for (const value of substitutions) expect(value).not.toBe('');
    }
  });

  it('should pass the quoted pair, the block and the language’s name', () => {
    const [, noBlock, , , , otherLanguage, , , , , , , crosses] = everyRefusal();
    expect(refusalMessage(noBlock!).substitutions).toEqual(['b99']);
    expect(refusalMessage(otherLanguage!, (tag) => (tag === 'und' ? 'an unknown language' : tag))).toEqual({
      key: 'editRefusedOtherLanguage',
      substitutions: ['an unknown language'],
    });
    expect(refusalMessage(crosses!).substitutions).toEqual(['“Tickets cost 3,000 won, and children rid…”']);
  });
});
