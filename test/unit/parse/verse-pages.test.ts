/**
 * Poems facing their translations on pages of a journal of translated poetry (issue 11: the real DoubleSpeak pages
 * were missed or misaligned). Each page here is invented and pins one rule:
 * - a stanza printed on one line between stanzas of several is still a stanza of the poem (stanzas.ts);
 * - a poem printed as one stanza facing three or more faces the translation whole (stanzas.ts);
 * - poems whose every stanza pairs are a translation even when the pairs are one stanza facing two (parse.ts);
 * - haiku facing their English beside a long essay: short stanzas vote, verse faces verse, lines mirror lines
 *   (sections.ts, stanzas.ts, parse.ts, precheck.ts), and the same haiku beside an unrelated poem are no translation.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { precheck } from '../../../utils/precheck';
import { page } from './helpers';

/** Pairs as [A texts, B texts] in the article's language order. */
function pairTexts(a: ParsedArticle): Array<[string[], string[]]> {
  const [la, lb] = a.languages as [string, string];
  const text = (id: string): string => a.blocks.find((b) => b.id === id)?.text ?? '';
  return a.pairs.map((p) => [(p.blocks[la] ?? []).map(text), (p.blocks[lb] ?? []).map(text)]);
}

/** The pair holding a block whose text starts with `start`. */
function pairWith(a: ParsedArticle, start: string): [string[], string[]] | undefined {
  return pairTexts(a).find(([x, y]) => [...x, ...y].some((t) => t.startsWith(start)));
}

describe('a Korean poem whose second stanza is printed on one line', () => {
  const a = parseHtml(page('poem--ko-en--one-line-stanza'));

  it('is read as Korean and English', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['ko', 'en']);
  });

  it('calls the two poems columns: their container says so, though neither poem does (`poem original`)', () => {
    expect(a.layout).toBe('columns');
  });

  it('calls them blocks when the container holds more than the two poems (a third child is not a column pair)', () => {
    const html = page('poem--ko-en--one-line-stanza').replace(
      '<div class="poem translation">',
      '<div class="poem-credit"><p>Translated for the journal.</p></div>\n<div class="poem translation">',
    );
    const b = parseHtml(html);
    expect(b.languages).toEqual(['ko', 'en']);
    expect(b.layout).toBe('blocks');
  });

  it('pairs the one-line stanza with the second English stanza, whole', () => {
    const pair = pairWith(a, '골목 끝');
    expect(pair).toBeDefined();
    expect(pair![0]).toEqual(['골목 끝 가로등 아래 젖은 우산 하나가 서 있다']);
    expect(pair![1]).toEqual(['At the end of the alley', 'under the street lamp', 'a wet umbrella stands alone']);
  });

  it('keeps the stanzas after it in step, line by line', () => {
    expect(pairWith(a, '바람이 불어오면')).toEqual([['바람이 불어오면'], ['When the wind comes in']]);
    expect(pairWith(a, '나는 너를 기다린다')).toEqual([['나는 너를 기다린다'], ['and I wait for you']]);
  });
});

describe('a poem printed as one stanza facing its translation in three', () => {
  const a = parseHtml(page('poem--es-en--one-stanza-original'));

  it('is a translation', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['es', 'en']);
  });

  it('faces the English poem whole, all twelve lines a side in one pair', () => {
    const pair = pairWith(a, 'Volví a la casa del río');
    expect(pair).toBeDefined();
    expect(pair![0]).toHaveLength(12);
    expect(pair![1]).toHaveLength(12);
    expect(pair![1][0]).toBe('I came back to the river house');
    expect(pair![1][11]).toBe('promised me another morning.');
  });
});

describe('a poem of three stanzas whose translation splits the two long ones in two', () => {
  const a = parseHtml(page('poem--ru-en--stanzas-regrouped'));

  it('is a translation, though the notes around it are five times as long', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['ru', 'en']);
  });

  it('pairs the opening line with the opening line and each long stanza with two English stanzas', () => {
    expect(pairWith(a, 'Я тоже загадка')).toEqual([['Я тоже загадка, мой милый!'], ['My dear, I too am a riddle.']]);
    const second = pairWith(a, 'Вся сладость');
    expect(second![0]).toHaveLength(6);
    expect(second![1][0]).toBe('All the sweetness of laughter and wine,');
    expect(second![1][second![1].length - 1]).toBe('in the joyful river.');
    const third = pairWith(a, 'Из каждой клетки');
    expect(third![1][0]).toBe('Fire strikes from every cell,');
    expect(third![1][third![1].length - 1]).toBe('knows me.');
  });

  it('leaves the notes and the biographies unpaired', () => {
    const paired = new Set(a.pairs.flatMap((p) => Object.values(p.blocks).flat()));
    const notes = a.blocks.filter((b) => b.text.length > 150);
    expect(notes.length).toBeGreaterThan(5);
    expect(notes.every((b) => !paired.has(b.id))).toBe(true);
  });
});

describe('four haiku facing their English beside an essay twenty times as long', () => {
  const html = page('poem--ja-en--haiku-notes');
  const a = parseHtml(html);

  it('is Japanese and English', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['ja', 'en']);
  });

  it('pairs every haiku line with the English line in its place', () => {
    const pairs = pairTexts(a);
    expect(pairs).toHaveLength(12);
    expect(pairs[0]).toEqual([['朝の霧'], ['morning mist:']]);
    expect(pairs[4]).toEqual([['窓のすだれが'], ['the bamboo blind at the window']]);
    expect(pairs[11]).toEqual([['つもる夜'], ['piling up at night']]);
  });

  it('has the pre-check say maybe', () => {
    expect(precheck(htmlToDocument(html)).candidate).toBe(true);
  });
});

describe('the same haiku beside an English poem that does not translate them', () => {
  it('is not bilingual: a tercet is no quatrain', () => {
    const a = parseHtml(page('negative--ja-en--haiku-beside-other-poem'));
    expect(a.bilingual).toBe(false);
    expect(a.languages).toEqual(['en']);
  });
});
