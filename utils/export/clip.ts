/**
 * A clip: one parsed article and its citation. The one type the popup, the clip library, the exporters and the CLI
 * pass around.
 */
import type { ParsedArticle } from '../contract';
import { readCitation, type Citation, type CitationOptions } from '../citation';

export type { Citation, CitationOptions };

export interface Clip {
  article: ParsedArticle;
  citation: Citation;
}

/** Clip a parsed article: read its citation from the document it was parsed from (the document is only read). */
export function makeClip(doc: Document, article: ParsedArticle, opts: CitationOptions): Clip {
  return { article, citation: readCitation(doc, article, opts) };
}
