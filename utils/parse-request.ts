/**
 * A parse asked for by the reader and run away from the page (the offscreen document in Chromium, the background page
 * in Firefox): the page's HTML as the browser holds it, parsed into an inert document and read by the same parser the
 * CLI runs. The page's main thread then pays only for serialising its HTML, never for the parse itself, so a 5,000-row
 * page does not freeze while it is read.
 */
import type { LangTag, ParsedArticle } from './contract';
import { parsePagePair } from './pages';
import { parseArticle } from './parse';
import { inertDocument } from './dom/html-document';

export type ParseRequest =
  | { kind: 'page'; html: string; url: string; languages?: [LangTag, LangTag] }
  /** Two pages read as one article (pages.ts), in the order given. */
  | { kind: 'pages'; html: [string, string]; urls: [string, string]; languages?: [LangTag, LangTag] };

/** Runs the request. Never throws (the parsers return an empty article with a warning instead). */
export function runParseRequest(request: ParseRequest, parser: DOMParser): ParsedArticle {
  const { languages } = request;
  if (request.kind === 'page')
    return parseArticle(inertDocument(request.html, request.url, parser), { url: request.url, languages });
  const [first, second] = request.html.map((html, i) => inertDocument(html, request.urls[i]!, parser)) as [
    Document,
    Document,
  ];
  return parsePagePair(first, second, { urls: request.urls, languages });
}
