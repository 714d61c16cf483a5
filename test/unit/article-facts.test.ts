/**
 * The popup is told a parse's facts, not the article: the answer stays the same small size however long the article.
 */
import { describe, expect, it } from 'vitest';
import { articleFacts } from '../../utils/article-facts';
import { parseArticle } from '../../utils/parse';
import { htmlToDocument } from '../../utils/parse-html';
import { longPage } from '../fixtures/long/page';

const parse = (rows: number) =>
  parseArticle(htmlToDocument(longPage({ layout: 'table', pair: ['en', 'fr'], rows }).html), {
    url: 'https://books.example/novel',
  });

describe('the facts of a parse', () => {
  it('are the counts and languages the popup shows, and their size does not grow with the article', () => {
    const short = parse(20);
    const long = parse(400);
    const facts = articleFacts(long);
    expect(facts).toEqual({
      bilingual: true,
      confidence: long.confidence,
      languages: ['en', 'fr'],
      layout: long.layout,
      blocks: long.blocks.length,
      pairs: long.pairs.length,
    });
    expect(facts.pairs).toBeGreaterThan(350);
    expect(JSON.stringify(facts).length).toBeLessThan(300);
    expect(JSON.stringify(facts).length - JSON.stringify(articleFacts(short)).length).toBeLessThan(10);
    expect(JSON.stringify(long).length).toBeGreaterThan(100 * JSON.stringify(facts).length);
  });

  it('keep both pages of a two-page article, for the pairing the background saves', () => {
    const long = parse(20);
    const pages: [{ lang: string; title: string }, { lang: string; title: string }] = [
      { lang: 'en', title: 'The novel' },
      { lang: 'fr', title: 'Le roman' },
    ];
    expect(articleFacts({ ...long, layout: 'pages', pages }).pages).toEqual(pages);
  });
});
