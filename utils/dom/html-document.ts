/**
 * A page's HTML as a document again, for the parser away from the page and for the reader (the other page of a pair,
 * for its citation). Kept apart from the parser so the reader carries none of it.
 */

/**
 * `html` as an inert document (no script of it runs, nothing loads), its relative links resolved against `url` as on
 * the page itself. `parser` is the browser's DOMParser.
 */
export function inertDocument(html: string, url: string, parser: DOMParser): Document {
  const doc = parser.parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
