/** An HTML page to a clip in Node: the parser and the citation reader on one linkedom document. */
import type { LangTag } from '../utils/contract';
import { makeClip, makePairClip, type Clip } from '../utils/export/clip';
import { parseArticle } from '../utils/parse';
import { htmlToDocument } from '../utils/parse-html';
import { parsePagePair } from '../utils/pages';

export interface ClipHtmlOptions {
  url?: string;
  source?: string;
  languages?: [LangTag, LangTag];
  clippedAt: string;
  diglotVersion: string;
}

/** parseHtml's steps, kept apart so the citation is read from the same document the parser saw. */
export function clipHtml(html: string, opts: ClipHtmlOptions): Clip {
  const doc = htmlToDocument(html);
  const article = parseArticle(doc, { url: opts.url, source: opts.source, languages: opts.languages });
  return makeClip(doc, article, { url: opts.url, clippedAt: opts.clippedAt, diglotVersion: opts.diglotVersion });
}

export interface ClipPairOptions {
  sources: [string, string];
  urls: [string | undefined, string | undefined];
  languages?: [LangTag, LangTag];
  clippedAt: string;
  diglotVersion: string;
}

/** Two pages, an article and its translation, to one clip (pages.ts), each page's citation read from its document. */
export function clipPairHtml(html: [string, string], opts: ClipPairOptions): Clip {
  const first = htmlToDocument(html[0]);
  const second = htmlToDocument(html[1]);
  const article = parsePagePair(first, second, { sources: opts.sources, urls: opts.urls, languages: opts.languages });
  return makePairClip(first, second, article, {
    urls: opts.urls,
    clippedAt: opts.clippedAt,
    diglotVersion: opts.diglotVersion,
  });
}
