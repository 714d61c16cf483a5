/**
 * What the popup and the background are told about a parse: the facts the popup shows, not the article itself.
 * Every answer to the popup used to carry the whole article; on a book of 5,000 pairs a trace of a view change showed
 * one more task of 60–230 ms on the page's main thread when that answer left. The clip asks for the article when it
 * is wanted (`content:clip`).
 */
import type { LangTag, Layout, PageInfo, ParsedArticle } from './contract';

export interface ArticleFacts {
  bilingual: boolean;
  confidence: number;
  languages: LangTag[];
  layout: Layout;
  /** How many blocks and pairs the article has. */
  blocks: number;
  pairs: number;
  /** Two pages read together: each page's language and citation. */
  pages?: [PageInfo, PageInfo];
}

export function articleFacts(article: ParsedArticle): ArticleFacts {
  const facts: ArticleFacts = {
    bilingual: article.bilingual,
    confidence: article.confidence,
    languages: article.languages,
    layout: article.layout,
    blocks: article.blocks.length,
    pairs: article.pairs.length,
  };
  if (article.pages) facts.pages = article.pages;
  return facts;
}
