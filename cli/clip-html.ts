/** An HTML page to a clip in Node: the parser and the citation reader on one linkedom document. */
import type { LangTag } from '../utils/contract';
import { makeClip, type Clip } from '../utils/export/clip';
import { parseArticle } from '../utils/parse';
import { htmlToDocument } from '../utils/parse-html';

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
