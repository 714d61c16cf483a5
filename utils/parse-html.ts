/**
 * `parseHtml`: the parser for HTML text, in Node (the CLI, tests, eval and bench).
 *
 * Separate from parse.ts because it imports linkedom, which the extension must never bundle: in the browser the page's
 * own `document` is parsed.
 */
import { DOMParser } from 'linkedom';
import type { ParsedArticle } from './contract';
import { parsePagePair, type PagePairOptions } from './pages';
import { parseArticle, type ParseOptions } from './parse';

/**
 * Parses an HTML string into a `Document` with linkedom. A fragment (a saved article body with no `<html>` or
 * `<body>`) is wrapped first: linkedom, unlike a browser, would make its first element the document element and
 * leave the body empty.
 */
export function htmlToDocument(html: string): Document {
  const whole = /<(html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(whole, 'text/html') as unknown as Document;
}

/** Parses the article in an HTML page. Never throws. */
export function parseHtml(html: string, opts: ParseOptions = {}): ParsedArticle {
  let doc: Document;
  try {
    doc = htmlToDocument(html);
  } catch (e) {
    // linkedom does not throw on tag soup, but an input it cannot read at all is reported like an empty page.
    const empty = parseArticle(htmlToDocument('<html><body></body></html>'), opts);
    return { ...empty, warnings: [...(empty.warnings ?? []), `html parse failed: ${String(e)}`] };
  }
  return parseArticle(doc, opts);
}

/** Reads two HTML pages, an article and its translation, as one article (pages.ts). Never throws. */
export function parsePagePairHtml(firstHtml: string, secondHtml: string, opts: PagePairOptions = {}): ParsedArticle {
  const read = (html: string): Document | string => {
    try {
      return htmlToDocument(html);
    } catch (e) {
      return `html parse failed: ${String(e)}`;
    }
  };
  const first = read(firstHtml);
  const second = read(secondHtml);
  if (typeof first === 'string' || typeof second === 'string') {
    const empty = htmlToDocument('<html><body></body></html>');
    const out = parsePagePair(empty, empty, opts);
    const why = [
      typeof first === 'string' ? `first page: ${first}` : '',
      typeof second === 'string' ? `second page: ${second}` : '',
    ];
    return { ...out, warnings: [...why.filter(Boolean), ...(out.warnings ?? [])] };
  }
  return parsePagePair(first, second, opts);
}
