/**
 * A clip: one parsed article and its citation. The one type the popup, the clip library, the exporters and the CLI
 * pass around.
 */
import type { ParsedArticle } from '../contract';
import { readCitation, type Citation, type CitationOptions } from '../citation';

export type { Citation, CitationOptions };

export interface Clip {
  article: ParsedArticle;
  /** The article's citation; for two pages read as one (layout `pages`), the first page's, with both titles. */
  citation: Citation;
  /** Two pages read as one: each page's own citation, in the order of `article.sources`. */
  citations?: [Citation, Citation];
}

/** Clip a parsed article: read its citation from the document it was parsed from (the document is only read). */
export function makeClip(doc: Document, article: ParsedArticle, opts: CitationOptions): Clip {
  return { article, citation: readCitation(doc, article, opts) };
}

export interface PairCitationOptions {
  /** Each page's URL when known. */
  urls?: [string | undefined, string | undefined];
  clippedAt: string;
  diglotVersion: string;
}

/**
 * Clip two pages read as one article (pages.ts): each page's citation is read from its own document, for its own
 * language; the clip's `citation` is the first page's with both pages' titles and languages, so readers of one
 * citation (file names, TMX props) still find what they need.
 */
export function makePairClip(
  first: Document,
  second: Document,
  article: ParsedArticle,
  opts: PairCitationOptions,
): Clip {
  const docs = [first, second] as const;
  const one = (k: 0 | 1): Citation => {
    const lang = article.pages?.[k]?.lang ?? article.languages[k] ?? 'und';
    const title = article.title[lang];
    const page: ParsedArticle = { ...article, languages: [lang], title: title ? { [lang]: title } : {} };
    const url = opts.urls?.[k] ?? article.pages?.[k]?.url;
    if (k === 1) {
      delete page.byline;
      if (article.pages?.[1]?.byline) page.byline = article.pages[1].byline;
    }
    return readCitation(docs[k], page, { url, clippedAt: opts.clippedAt, diglotVersion: opts.diglotVersion });
  };
  const citations: [Citation, Citation] = [one(0), one(1)];
  const citation: Citation = {
    ...citations[0],
    title: { ...citations[1].title, ...citations[0].title },
    languages: [...article.languages],
  };
  return { article, citation, citations };
}
