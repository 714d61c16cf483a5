import { describe, expect, it } from 'vitest';
import { identify } from '../../../utils/lang/identify';
import { quickLanguage } from '../../../utils/lang/quick';
import { scriptHistogram } from '../../../utils/lang/script';
import { fullStopwords } from '../../../utils/lang/stopwords-full';
import { TextFacts } from '../../../utils/lang/text-facts';

describe('facts about the texts of one parse', () => {
  it('gives the histogram scriptHistogram gives, whatever limit a text shorter than the limit is asked with', () => {
    const facts = new TextFacts();
    const text = '바이든 대통령은 NATO 정상회의에서 10만 명을 언급했다.';
    expect(facts.histogram(text, 400)).toEqual(scriptHistogram(text, 400));
    expect(facts.histogram(text, 20000)).toBe(facts.histogram(text, 400));
  });

  it('counts only the first characters of a text longer than the limit', () => {
    const facts = new TextFacts();
    const text = `${'가'.repeat(10)}${'a'.repeat(30)}`;
    expect(facts.histogram(text, 10)).toEqual({ Hangul: 10 });
    expect(facts.histogram(text, 4000)).toEqual(scriptHistogram(text, 4000));
  });

  it('gives the cheap language guess for the script asked about', () => {
    const facts = new TextFacts();
    const text = 'The council said that the fare will rise for all of the riders in the city.';
    expect(facts.quickLanguage(text, 'Latin')).toBe(quickLanguage(text, 'Latin', fullStopwords()));
    expect(facts.quickLanguage(text, 'Hangul')).toBe('ko');
    expect(facts.quickLanguage(text, 'Latin')).toBe('en');
  });

  it('identifies a text once per set of candidates, with the answer identify gives', () => {
    const facts = new TextFacts();
    const text = 'Los agricultores cobran ahora unos 4,10 euros por kilo, frente a los 6,90 de hace un año.';
    const within = facts.identify(text, ['es', 'pt']);
    expect(within).toEqual(identify(text, ['es', 'pt']));
    expect(within.lang).toBe('es');
    expect(facts.identify(text, ['es', 'pt'])).toBe(within);
    // Other candidates are another question: not answered from the first one's memo.
    expect(facts.identify(text, ['en'])).toEqual(identify(text, ['en']));
    expect(facts.identify(text, ['en']).lang).toBe('en');
    expect(facts.identify(text, [])).toEqual(identify(text, []));
  });

  it('normalises to NFC before identifying, as identify does, when no histogram is given', () => {
    const facts = new TextFacts();
    const decomposed = 'Os agricultores recebem agora cerca de 4,10 euros por quilo, contra 6,90 ha\u0301 um ano.';
    expect(facts.identify(decomposed, ['es', 'pt'])).toEqual(identify(decomposed, ['es', 'pt']));
  });
});
