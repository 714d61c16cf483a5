/**
 * Chrome inside the article container, in any language, on the fixture pages written for it (issue 11): it is never a
 * block and never in a pair, the article is all there, and a headline or a second-language title printed in the body
 * becomes that language's title.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { parseHtml } from '../../../utils/parse-html';
import { matchBlocks, norm, type Gold } from '../../../scripts/eval';

const DIR = join(import.meta.dirname, '../../fixtures/pages');

function load(name: string): { out: ParsedArticle; gold: Gold } {
  const out = parseHtml(readFileSync(join(DIR, `${name}.html`), 'utf8'), { source: name });
  const gold = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Gold;
  return { out, gold };
}

const PAGES = [
  'blocks--en-ko--usa-journal-korea-cms',
  'negative--en--french-paper-english-edition',
  'negative--zh-Hans--portal-english-rails',
  'interleaved--en-zh-Hans--bilingual-chrome',
  'containers--en-fr--bilingual-chrome',
];

describe.each(PAGES)('chrome inside the article on %s', (name) => {
  const { out, gold } = load(name);

  it('puts no chrome string in any block', () => {
    expect(gold.chrome?.length).toBeGreaterThan(10);
    const leaked = (gold.chrome ?? []).filter((c) => out.blocks.some((b) => norm(b.text).includes(norm(c))));
    expect(leaked).toEqual([]);
  });

  it('returns every paragraph of the article and nothing else', () => {
    const paragraphs = gold.paragraphs ?? [];
    const match = matchBlocks(out.blocks, paragraphs);
    expect(out.blocks.filter((_, i) => match[i]!.length === 0).map((b) => b.text)).toEqual([]);
    const found = new Set(match.flat());
    const missing = paragraphs.filter((p, i) => !p.optional && !found.has(i)).map((p) => p.text);
    expect(missing).toEqual([]);
  });

  it('reads the page as the gold says: languages and bilingual or not', () => {
    expect(out.bilingual).toBe(gold.bilingual);
    expect(out.languages).toEqual(gold.languages);
    if (!gold.bilingual) expect(new Set(out.blocks.map((b) => b.lang))).toEqual(new Set(gold.languages));
  });
});

describe('titles printed in the body', () => {
  it('takes the Korean title in ["…"] inside the Korean CMS body as the Korean title, unpaired', () => {
    const { out } = load('blocks--en-ko--usa-journal-korea-cms');
    expect(out.title).toEqual({
      en: 'President Biden discusses easing tensions with Putin',
      ko: '바이든 대통령, 푸틴과 긴장완화 방안 논의',
    });
  });

  it('takes each language’s headline above an alternating article as its title, without the site name', () => {
    const { out } = load('interleaved--en-zh-Hans--bilingual-chrome');
    expect(out.title).toEqual({
      en: 'Hangzhou tests turbines to harvest power from the Qiantang tidal bore',
      'zh-Hans': '杭州试验涡轮机 利用钱塘江涌潮发电',
    });
  });

  it('takes the first container’s headline over the page title that adds the paper’s name', () => {
    const { out } = load('containers--en-fr--bilingual-chrome');
    expect(out.title.en).toBe('Masson-Cumberland ferry back in service after late thaw');
    expect(out.title.fr).toBe('Le traversier Masson-Cumberland reprend du service après un dégel tardif');
  });
});
