/**
 * Lines of verse as blocks (blocks.ts), respellings beside a poem (romanisation.ts, sections.ts) and quatrains that
 * alternate with their translations (parse.ts's leading language, counted by stanza). Pages and lines invented.
 */
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../utils/dom/blocks';
import { isRomanisation } from '../../../utils/lang/romanisation';
import { TextFacts } from '../../../utils/lang/text-facts';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { page } from './helpers';

/** The texts of the blocks of `<body>html</body>`. */
function lines(html: string): string[] {
  const doc = htmlToDocument(`<!doctype html><html><body>${html}</body></html>`);
  return collectBlocks(doc.body, { orderOf: () => 0 }).map((b) => b.text);
}

describe('lines split at <br>', () => {
  it('split a stanza with a one-word line, the word staying with the line before it', () => {
    expect(lines('<p>И вечером, из окна мансарды —<br>Флейта,<br>и сам флейтист в окне.</p>')).toEqual([
      'И вечером, из окна мансарды — Флейта,',
      'и сам флейтист в окне.',
    ]);
  });

  it('join a word that opens the block to the line after it', () => {
    expect(lines('<p>Beware.<br>Of my hunger,<br>and of my rage.</p>')).toEqual([
      'Beware. Of my hunger,',
      'and of my rage.',
    ]);
  });

  it('split haiku and Korean lines, whose few letters are whole words', () => {
    expect(lines('<p>朝の霧<br>川をわたる<br>鳥の声</p>')).toEqual(['朝の霧', '川をわたる', '鳥の声']);
    expect(lines('<p>바람이 불면<br>진달래 꽃<br>피어난다</p>')).toEqual(['바람이 불면', '진달래 꽃', '피어난다']);
  });

  it('keep a label and its value together', () => {
    expect(lines('<p>Price:<br>4,10 €</p>')).toEqual(['Price: 4,10 €']);
  });
});

describe('isRomanisation', () => {
  const facts = new TextFacts();

  it('knows a Russian stanza respelt in Latin letters is not English', () => {
    const stanza = 'Nad rekoyu tikhiy vecher, lodka spit u beregov, i goryat nad nami svechi nevysokikh oblakov.';
    expect(isRomanisation(stanza, 'en', facts)).toBe(true);
  });

  it('knows an English stanza is English, however plain its words', () => {
    const stanza = 'A quiet evening over the river, the boat is asleep by the shore, and above us burn the candles';
    expect(isRomanisation(stanza, 'en', facts)).toBe(false);
  });

  it('says nothing of a line too short to tell', () => {
    expect(isRomanisation('Nad rekoyu tikhiy vecher', 'en', facts)).toBe(false);
  });
});

describe('a Russian poem printed with its transliteration beside its English translation', () => {
  const a = parseHtml(page('poem--ru-en--transliteration'));

  it('is Russian and English', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['ru', 'en']);
  });

  it('leaves the transliteration in neither language, and out of every pair', () => {
    const respelt = a.blocks.filter((b) => /^(?:Nad|lodka|Veter|travy|gde-to) /.test(b.text));
    expect(respelt).toHaveLength(5);
    expect(respelt.every((b) => b.lang === 'und')).toBe(true);
    const paired = new Set(a.pairs.flatMap((p) => Object.values(p.blocks).flat()));
    expect(respelt.some((b) => paired.has(b.id))).toBe(false);
  });

  it('pairs the Russian lines with the English ones', () => {
    const text = (id: string): string => a.blocks.find((b) => b.id === id)!.text;
    const pairs = a.pairs.map((p) => [text(p.blocks.ru![0]!), text(p.blocks.en![0]!)]);
    expect(pairs).toHaveLength(8);
    expect(pairs[0]).toEqual(['Над рекою тихий вечер,', 'A quiet evening over the river,']);
    expect(pairs[7]).toEqual(['где-то очень вдалеке.', 'somewhere very far away.']);
  });
});

describe('Chinese quatrains, each followed by its English', () => {
  const a = parseHtml(page('interleaved--zh-en--quatrains'));

  it('are interleaved Chinese and English', () => {
    expect(a.bilingual).toBe(true);
    expect(a.languages).toEqual(['zh-Hans', 'en']);
    expect(a.layout).toBe('interleaved');
  });

  it('pair each quatrain with the translation after it, not the one before', () => {
    const text = (id: string): string => a.blocks.find((b) => b.id === id)!.text;
    const pairs = a.pairs.map((p) => [p.blocks['zh-Hans']!.map(text), p.blocks.en!.map(text)]);
    expect(pairs).toHaveLength(12);
    expect(pairs[0]).toEqual([['春山雨后青'], ['After the rain the spring hills have turned green again,']]);
    expect(pairs[4]).toEqual([['月明江上路'], ['The moon is bright on the road beside the river,']]);
    expect(pairs[11]).toEqual([['书信几时来'], ['and I wonder when his next letter will arrive.']]);
  });
});
