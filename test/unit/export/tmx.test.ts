import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportTmx, mergeTmx, tmxDate } from '../../../utils/export/tmx';
import { checkTmx } from './dtd';
import { TRICKY, articleOf, clipOf, trickyClip } from './sample';

async function expectValidTmx(xml: string): Promise<void> {
  expect(await checkTmx(xml)).toEqual([]);
}

function units(xml: string): { lang: string; text: string }[][] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return Array.from(doc.getElementsByTagName('tu')).map((tu) =>
    Array.from(tu.getElementsByTagName('tuv')).map((tuv) => ({
      lang: tuv.getAttribute('xml:lang') ?? '',
      text: tuv.getElementsByTagName('seg')[0]?.textContent ?? '',
    })),
  );
}

describe('TMX export', () => {
  it('should write a file that is well-formed and valid against the TMX 1.4b DTD', async () => {
    await expectValidTmx(exportTmx(trickyClip()));
    await expectValidTmx(exportTmx(trickyClip(), { segtype: 'sentence' }));
  });

  it('should be checked by a validator that rejects broken files', async () => {
    const xml = exportTmx(trickyClip());
    expect(await checkTmx(xml.replace('&amp;', '&'))).not.toEqual([]);
    expect(await checkTmx(xml.replace(' srclang="en"', ''))).toContain('/tmx/header[1]: srclang is required');
    expect(await checkTmx(xml.replace('segtype="paragraph"', 'segtype="para"'))).toHaveLength(1);
    expect(await checkTmx(xml.replace(/<tuv xml:lang="ar">.*?<\/tuv>/, '<seg>stray</seg>'))).not.toEqual([]);
  });

  it('should write one tu per paragraph pair, each with a tuv per language', () => {
    const clip = trickyClip();
    const tus = units(exportTmx(clip));
    expect(tus).toHaveLength(clip.article.pairs.length);
    for (const tu of tus) expect(tu.map((tuv) => tuv.lang)).toEqual(['en', 'ar']);
  });

  it('should read back markup, ampersands, quotes, tabs and newlines unchanged', () => {
    const tus = units(exportTmx(trickyClip()));
    expect(tus[0]![0]!.text).toBe(TRICKY.markup);
    expect(tus[1]![0]!.text).toBe(TRICKY.whitespace);
    expect(tus[1]![1]!.text).toBe(TRICKY.backslash);
  });

  it('should keep right-to-left text, emoji and zero-width characters', () => {
    const tus = units(exportTmx(trickyClip()));
    expect(tus[0]![1]!.text).toBe(TRICKY.arabic);
    expect(tus[2]![0]!.text).toBe(`${TRICKY.pipe} ${TRICKY.emoji}`);
    expect(tus[2]![1]!.text).toBe(TRICKY.zeroWidth);
    expect(tus[3]![1]!.text).toBe(TRICKY.hebrew);
  });

  it('should strip control characters and lone surrogates, which XML 1.0 cannot carry', () => {
    const xml = exportTmx(trickyClip());
    expect(xml.includes('\u0007') || xml.includes('\uD800')).toBe(false);
    expect(units(xml)[3]![0]!.text).toBe('bell and lone surrogate');
  });

  it('should join the two paragraphs of a 2-1 pair with a space', () => {
    expect(units(exportTmx(trickyClip()))[2]![0]!.text).toBe(`${TRICKY.pipe} ${TRICKY.emoji}`);
  });

  it('should write one tu per aligned sentence group with segtype sentence', () => {
    const xml = exportTmx(trickyClip(), { segtype: 'sentence' });
    expect(xml).toContain('segtype="sentence"');
    const tus = units(xml);
    // Four one-sentence pairs, and a three-sentence pair aligned one to one.
    expect(tus).toHaveLength(7);
    expect(tus.slice(4).map((tu) => tu[0]!.text)).toEqual(['One.', 'Two.', 'Three.']);
    expect(tus.slice(4).map((tu) => tu[1]!.text)).toEqual(['واحد.', 'اثنان.', 'ثلاثة.']);
  });

  it('should fill the header attributes the standard requires', () => {
    const doc = new DOMParser().parseFromString(exportTmx(trickyClip()), 'text/xml');
    const header = doc.getElementsByTagName('header')[0]!;
    expect(header.getAttribute('creationtool')).toBe('Diglot');
    expect(header.getAttribute('creationtoolversion')).toBe('0.0.0-test');
    expect(header.getAttribute('segtype')).toBe('paragraph');
    expect(header.getAttribute('o-tmf')).toBe('Diglot');
    expect(header.getAttribute('adminlang')).toBe('en');
    expect(header.getAttribute('srclang')).toBe('en');
    expect(header.getAttribute('datatype')).toBe('plaintext');
    expect(header.getAttribute('creationdate')).toBe('20260101T000000Z');
  });

  it('should record the source URL and title of every unit as props', () => {
    const doc = new DOMParser().parseFromString(exportTmx(trickyClip()), 'text/xml');
    const tu = doc.getElementsByTagName('tu')[0]!;
    const props = Array.from(tu.getElementsByTagName('prop')).map((p) => [p.getAttribute('type'), p.textContent]);
    expect(props).toContainEqual(['x-source-url', 'https://news.example/article']);
    expect(props).toContainEqual(['x-source-title', 'Title in en']);
  });

  it('should leave out pairs with text on one side only', () => {
    const article = articleOf(['en', 'ko'], [{ en: ['Hello.'], ko: ['안녕.'] }]);
    article.pairs.push({ blocks: { en: ['b1'], ko: [] }, score: 0.2, sentences: [] });
    expect(units(exportTmx(clipOf(article)))).toHaveLength(1);
  });

  it('should write an empty body for an article that is not bilingual', async () => {
    const article = { ...articleOf(['en', 'ko'], []), bilingual: false, languages: ['en'], layout: 'single' as const };
    const xml = exportTmx(clipOf(article));
    expect(units(xml)).toHaveLength(0);
    await expectValidTmx(xml);
  });

  it('should merge many clips into one memory, keeping each unit with its own source', async () => {
    const enKo = clipOf(articleOf(['en', 'ko'], [{ en: ['One.'], ko: ['하나.'] }], { url: 'https://a.example/1' }));
    const enKo2 = clipOf(articleOf(['en', 'ko'], [{ en: ['Two.'], ko: ['둘.'] }], { url: 'https://a.example/2' }));
    enKo.citation.canonicalUrl = enKo.citation.url = 'https://a.example/1';
    enKo2.citation.canonicalUrl = enKo2.citation.url = 'https://a.example/2';
    const xml = mergeTmx([enKo, enKo2, trickyClip()]);
    await expectValidTmx(xml);
    expect(units(xml)).toHaveLength(2 + trickyClip().article.pairs.length);
    expect(xml).toContain('srclang="en"');
    expect(xml).toContain('https://a.example/2');
  });

  it('should declare srclang *all* when the merged clips start with different languages', () => {
    const enKo = clipOf(articleOf(['en', 'ko'], [{ en: ['One.'], ko: ['하나.'] }]));
    const heEn = clipOf(articleOf(['he', 'en'], [{ he: ['אחת.'], en: ['One.'] }]));
    expect(mergeTmx([enKo, heEn])).toContain('srclang="*all*"');
  });

  it('should format TMX dates in UTC basic format', () => {
    expect(tmxDate('2021-12-31T17:33:00+09:00')).toBe('20211231T083300Z');
    expect(tmxDate('not a date')).toBeUndefined();
  });
});
