import { describe, expect, it } from 'vitest';
import { nfc } from '../../../utils/lang/nfc';
import { oneSegment, splitSentences } from '../../../utils/sentences';

describe('sentence splitting', () => {
  it('splits English sentences and keeps abbreviations inside them', () => {
    expect(splitSentences('Mr. Biden spoke with Mr. Putin. They talked for an hour.', 'en')).toEqual([
      'Mr. Biden spoke with Mr. Putin.',
      'They talked for an hour.',
    ]);
  });

  it('splits at CJK full stops written without spaces', () => {
    expect(splitSentences('工程总造价约为9.8亿澳门元。文化局解释，费用主要用于加固。', 'zh-Hans')).toEqual([
      '工程总造价约为9.8亿澳门元。',
      '文化局解释，费用主要用于加固。',
    ]);
    expect(splitSentences('新しい税は3月に始まる。市は観光客に説明する。', 'ja')).toHaveLength(2);
  });

  it('splits Korean sentences', () => {
    expect(splitSentences('바이든 대통령은 긴장 완화를 촉구했다. 그는 단호한 대응을 경고했다.', 'ko')).toHaveLength(2);
  });

  it('keeps a one-sentence block whole, with decimals, an address and closing quotes in it', () => {
    const text = '“Fares rise 4.5% on Sept 1, see www.example.org/fares.”';
    expect(splitSentences(text, 'en')).toEqual([text]);
    expect(splitSentences('Breaking news', 'en')).toEqual(['Breaking news']);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('still splits where a stop inside the text ends a sentence', () => {
    expect(splitSentences('Fares rise 4.5% at www.example.org/fares. Buses are free.', 'en')).toEqual([
      'Fares rise 4.5% at www.example.org/fares.',
      'Buses are free.',
    ]);
    expect(splitSentences('Τι έγινε; Κανείς δεν ξέρει.', 'el')).toEqual(['Τι έγινε;', 'Κανείς δεν ξέρει.']);
  });

  it('skips the segmenter only for text the segmenter would return whole', () => {
    const pieces = [
      'a',
      'B',
      ' ',
      '.',
      '!',
      '?',
      '。',
      '！',
      '”',
      '"',
      ')',
      '»',
      ';',
      '4',
      '가',
      '中',
      '…',
      '\u037e',
      '\u0964',
    ];
    const texts: string[] = [];
    for (const x of pieces)
      for (const y of pieces) texts.push(`ab${x}${y}`, `ab${x}${y}.`, `x${x}a${y}`, `${x}${y} B c`);
    for (const lang of ['en', 'el', 'ja', 'ko', 'zh-Hans', 'ar', 'hi']) {
      const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
      for (const text of texts) if (oneSegment(text)) expect([...segmenter.segment(text)]).toHaveLength(1);
    }
  });
});

describe('NFC normalisation', () => {
  it('returns Latin text as it is', () => {
    expect(nfc('Crème brûlée, 4.5 %')).toBe('Crème brûlée, 4.5 %');
  });

  it('composes accents and Hangul jamo written as separate characters', () => {
    expect(nfc('Cre\u0300me')).toBe('Crème');
    expect(nfc('\u1112\u1161\u11ab')).toBe('한');
  });
});
