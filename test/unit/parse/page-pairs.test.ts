/**
 * Two pages, one article (issue 12): `parsePagePairHtml` on the page pairs of test/fixtures/two-pages/, an article and
 * its translation published at another address, each in its own site chrome, and pairs that are not translations.
 * The figures come from scripts/eval-pages.ts, the same scorer `npm run eval` prints.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../../utils/contract';
import { parsePagePairHtml } from '../../../utils/parse-html';
import {
  listPagePairs,
  readPagePair,
  scorePagePair,
  summarisePairs,
  type PairGold,
  type PairScore,
} from '../../../scripts/eval-pages';

const names = listPagePairs();
const fixtures = new Map(names.map((name) => [name, readPagePair(name)]));
const translations = names.filter((n) => fixtures.get(n)!.gold.bilingual);
const negatives = names.filter((n) => !fixtures.get(n)!.gold.bilingual);

const parsed = new Map<string, ParsedArticle>();
function parse(name: string): ParsedArticle {
  let out = parsed.get(name);
  if (!out) {
    const { first, second } = fixtures.get(name)!;
    out = parsePagePairHtml(first, second, { sources: [`${name}/first.html`, `${name}/second.html`] });
    parsed.set(name, out);
  }
  return out;
}

const scores = new Map<string, PairScore>();
function score(name: string): PairScore {
  let s = scores.get(name);
  if (!s) {
    const { first, second, gold } = fixtures.get(name)!;
    s = scorePagePair(name, first, second, gold);
    scores.set(name, s);
  }
  return s;
}

const gold = (name: string): PairGold => fixtures.get(name)!.gold;

describe('the two-page fixture set', () => {
  it('has at least 14 page pairs, 3 of them not translations', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
    expect(negatives.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(translations)('the translation pair %s', (name) => {
  it('is read as bilingual, layout "pages", with each page’s language in page order', () => {
    const out = parse(name);
    expect(out.bilingual).toBe(true);
    expect(out.layout).toBe('pages');
    expect(out.languages).toEqual(gold(name).languages);
  });

  it('gives every block a page, the first page’s blocks first, and ids unique across both pages', () => {
    const out = parse(name);
    expect(out.blocks.length).toBeGreaterThan(0);
    const pages = out.blocks.map((b) => b.page);
    for (const p of pages) expect([0, 1]).toContain(p);
    expect(pages).toEqual([...pages].sort());
    expect(pages).toContain(0);
    expect(pages).toContain(1);
    expect(new Set(out.blocks.map((b) => b.id)).size).toBe(out.blocks.length);
  });

  it('pairs only blocks that exist, never two blocks of one page', () => {
    const out = parse(name);
    const page = new Map(out.blocks.map((b) => [b.id, b.page]));
    for (const pair of out.pairs) {
      const ids = Object.values(pair.blocks).flat();
      for (const id of ids) expect(page.has(id)).toBe(true);
      const onPages = new Set(ids.map((id) => page.get(id)));
      expect(onPages).toEqual(new Set([0, 1]));
    }
  });

  it('records both sources', () => {
    expect(parse(name).sources).toEqual([`${name}/first.html`, `${name}/second.html`]);
  });

  it('pairs no chrome block (site chrome, or text that is no article paragraph)', () => {
    expect(score(name).chromePairs).toEqual([]);
  });
});

describe.each(negatives)('the pair %s, which is not a translation', (name) => {
  it('is not bilingual, and a warning says why', () => {
    const out = parse(name);
    expect(out.bilingual).toBe(false);
    expect(out.pairs).toEqual([]);
    expect(out.warnings?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('over all translation pairs', () => {
  it('aligns paragraphs with F1 of at least 0.97, well above pairing by index', () => {
    const row = summarisePairs('all', translations.map(score));
    expect(row.f1).toBeGreaterThanOrEqual(0.97);
    expect(row.f1).toBeGreaterThan(row.baselineF1);
  });

  it('gives at least 99% of the article text its page’s language', () => {
    const row = summarisePairs('all', translations.map(score));
    expect(row.recovered).toBeGreaterThan(0.95);
    expect(row.langAccuracy).toBeGreaterThanOrEqual(0.99);
  });
});
