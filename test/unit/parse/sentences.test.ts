import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/sentences';

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
});
