import { describe, expect, it } from 'vitest';
import { dominantScript, scriptHistogram } from '../../../utils/lang/script';
import { identify } from '../../../utils/lang/identify';
import { assignSections, type SectionBlock } from '../../../utils/sections';

describe('script histogram', () => {
  it('counts letters per script and ignores digits and punctuation', () => {
    expect(scriptHistogram('Hello, 세계! 123')).toEqual({ Latin: 5, Hangul: 2 });
  });

  it('should keep `NATO` and `10만` inside a Korean sentence Korean', () => {
    const text = '푸틴 대통령은 우크라이나 접경지역에 10만 병력을 집결시키고 NATO에 안전보장을 요구했다.';
    expect(dominantScript(scriptHistogram(text))).toBe('Hangul');
    expect(identify(text, ['en', 'ko']).lang).toBe('ko');
  });

  it('should keep a short `NATO 10만` Korean', () => {
    expect(identify('NATO 10만', ['en', 'ko']).lang).toBe('ko');
  });

  it('should keep English names and URLs inside Chinese text Chinese', () => {
    const text = 'Seaview每周四在 www.seaview-analytics.com/freight 发布完整的运价指数。';
    expect(identify(text, ['en', 'zh-Hans']).lang).toBe('zh-Hans');
  });

  it('should leave an English paragraph with one Korean word English', () => {
    expect(identify('The restaurant, called 한옥 (hanok), opened on Friday in Annandale.', ['en', 'ko']).lang).toBe(
      'en',
    );
  });

  it('should give no language to digits and punctuation', () => {
    expect(identify('12-30-2021 (17:33)', ['en', 'ko']).lang).toBe('und');
  });

  it('should give a lone `NATO` block between Korean paragraphs the language around it', () => {
    const ko = (text: string): SectionBlock => ({ text, kind: 'paragraph', source: null });
    const blocks = [
      ko('President Biden urged Russia to ease tensions with Ukraine and warned of a decisive response.'),
      ko('He also expressed support for diplomacy at the Organization for Security and Cooperation in Europe.'),
      ko('바이든 대통령은 러시아에 우크라이나와의 긴장을 완화할 것을 촉구했다.'),
      { text: 'NATO', kind: 'heading', source: null } as SectionBlock,
      ko('그는 러시아가 우크라이나를 추가로 침공할 경우 단호하게 대응할 것임을 분명히 했다.'),
      ko('바이든 대통령은 또한 유럽안보협력기구에서 외교에 대한 지지를 표명했다.'),
    ];
    expect(assignSections(blocks).langs).toEqual(['en', 'en', 'ko', 'ko', 'ko', 'ko']);
  });
});
