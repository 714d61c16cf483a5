import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readCitation } from '../../utils/citation';
import type { ParsedArticle } from '../../utils/contract';

const OPTS = { clippedAt: '2026-01-01T00:00:00.000Z', diglotVersion: '0.0.0-test' };

function doc(head: string, body = '', lang = ''): Document {
  return parseHTML(
    `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`,
  ).document as unknown as Document;
}

function article(extra: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    schema: 1,
    bilingual: true,
    confidence: 0.9,
    languages: ['en', 'ko'],
    layout: 'blocks',
    title: {},
    blocks: [],
    pairs: [],
    ...extra,
  };
}

describe('readCitation', () => {
  it('should read Open Graph and article meta tags', () => {
    const page = doc(`
      <meta property="og:title" content="President Biden discusses easing tensions with Putin">
      <meta property="og:site_name" content="USA JOURNAL KOREA">
      <meta property="og:url" content="https://usajournal.example/news/123">
      <meta property="og:locale" content="en_US">
      <meta property="article:published_time" content="2021-12-31T17:33:00+09:00">
      <meta property="article:modified_time" content="2022-01-01T09:00:00+09:00">
      <meta property="article:author" content="https://usajournal.example/author/janne">
      <meta name="author" content="By Janne Pak">`);
    const citation = readCitation(page, article({ title: { ko: '바이든 대통령, 푸틴과 긴장완화 방안 논의' } }), {
      ...OPTS,
      url: 'https://usajournal.example/news/123?utm_source=x',
    });
    expect(citation).toEqual({
      title: {
        ko: '바이든 대통령, 푸틴과 긴장완화 방안 논의',
        en: 'President Biden discusses easing tensions with Putin',
      },
      authors: ['Janne Pak'],
      publishedTime: '2021-12-31T17:33:00+09:00',
      modifiedTime: '2022-01-01T09:00:00+09:00',
      siteName: 'USA JOURNAL KOREA',
      url: 'https://usajournal.example/news/123?utm_source=x',
      canonicalUrl: 'https://usajournal.example/news/123',
      languages: ['en', 'ko'],
      clippedAt: '2026-01-01T00:00:00.000Z',
      diglotVersion: '0.0.0-test',
    });
  });

  it('should read every citation_author and the citation_ dates as Google Scholar does', () => {
    const page = doc(`
      <meta name="citation_title" content="Bilingual headlines in the diaspora press">
      <meta name="citation_author" content="Kim, Min-jun">
      <meta name="citation_author" content="Lee, Seo-yeon">
      <meta name="citation_publication_date" content="2021/12/31">
      <meta name="citation_journal_title" content="Journal of Diaspora Media">`);
    const citation = readCitation(page, article(), OPTS);
    expect(citation.authors).toEqual(['Kim, Min-jun', 'Lee, Seo-yeon']);
    expect(citation.publishedTime).toBe('2021/12/31');
    expect(citation.siteName).toBe('Journal of Diaspora Media');
    expect(citation.title).toEqual({ en: 'Bilingual headlines in the diaspora press' });
  });

  it('should read a NewsArticle from JSON-LD, inside @graph and arrays', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Not the article' },
        {
          '@type': ['NewsArticle'],
          headline: 'Harbour tram returns',
          datePublished: '2026-03-14T08:00:00Z',
          author: [{ '@type': 'Person', name: 'Anna Petrova' }, 'Ivan Sidorov'],
          publisher: { '@type': 'Organization', name: 'Harbour Daily' },
          mainEntityOfPage: { '@id': '/news/tram' },
          inLanguage: 'ru',
        },
      ],
    };
    const page = doc(`<script type="application/ld+json">${JSON.stringify([ld])}</script>`);
    const citation = readCitation(page, article({ languages: ['en', 'ru'] }), {
      ...OPTS,
      url: 'https://harbour.example/news/tram?page=1',
    });
    expect(citation.title).toEqual({ ru: 'Harbour tram returns' });
    expect(citation.authors).toEqual(['Anna Petrova', 'Ivan Sidorov']);
    expect(citation.publishedTime).toBe('2026-03-14T08:00:00Z');
    expect(citation.siteName).toBe('Harbour Daily');
    expect(citation.canonicalUrl).toBe('https://harbour.example/news/tram');
  });

  it('should ignore JSON-LD that is not valid JSON and read the next script', () => {
    const page = doc(`
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken",}</script>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Whole", "author": {"name": "Noa Levi"}}</script>`);
    const citation = readCitation(page, article(), OPTS);
    expect(citation.title).toEqual({ en: 'Whole' });
    expect(citation.authors).toEqual(['Noa Levi']);
  });

  it('should prefer the article fields Readability found, and resolve a relative canonical link', () => {
    const page = doc(`
      <meta property="og:site_name" content="Meta Site">
      <meta property="article:published_time" content="2020-01-01">
      <link rel="canonical" href="/story/42">`);
    const citation = readCitation(
      page,
      article({ siteName: 'Readability Site', publishedTime: '2021-12-31', title: { en: 'Own title' } }),
      { ...OPTS, url: 'https://example.org/story/42?ref=home' },
    );
    expect(citation.siteName).toBe('Readability Site');
    expect(citation.publishedTime).toBe('2021-12-31');
    expect(citation.canonicalUrl).toBe('https://example.org/story/42');
    expect(citation.title).toEqual({ en: 'Own title' });
  });

  it('should read Dublin Core tags, whatever their case', () => {
    const page = doc(`
      <meta name="DC.title" content="Olive oil prices">
      <meta name="DC.creator" content="Lucía Gómez">
      <meta name="DC.date" content="2025-11-02">
      <meta name="DC.publisher" content="Diario Andino">`);
    const citation = readCitation(page, article({ languages: ['es', 'pt'] }), OPTS);
    expect(citation).toMatchObject({
      title: { es: 'Olive oil prices' },
      authors: ['Lucía Gómez'],
      publishedTime: '2025-11-02',
      siteName: 'Diario Andino',
    });
  });

  it('should fall back to the byline when no tag names an author', () => {
    const citation = readCitation(doc('<title>T</title>'), article({ byline: 'By Janne Pak and Kim Min' }), OPTS);
    expect(citation.authors).toEqual(['Janne Pak', 'Kim Min']);
  });

  it('should give the page title to the language the page declares', () => {
    const page = doc('<title>바이든 대통령</title>', '', 'ko');
    expect(readCitation(page, article({ title: { en: 'English' } }), OPTS).title).toEqual({
      en: 'English',
      ko: '바이든 대통령',
    });
  });

  it('should leave out what the page does not say, so the citation survives a JSON round trip', () => {
    const citation = readCitation(doc(''), article(), OPTS);
    expect(citation).toEqual({
      title: {},
      authors: [],
      languages: ['en', 'ko'],
      clippedAt: OPTS.clippedAt,
      diglotVersion: OPTS.diglotVersion,
    });
    expect(JSON.parse(JSON.stringify(citation))).toEqual(citation);
  });

  it('should not change the document', () => {
    const page = doc('<meta name="author" content="A"><script type="application/ld+json">{}</script>', '<p>x</p>');
    const before = String(page);
    readCitation(page, article(), OPTS);
    expect(String(page)).toBe(before);
  });
});
