/**
 * Diglot's few rules for the page itself (hide a block, lock scrolling), as one constructed style sheet the document
 * adopts while a view needs it.
 *
 * Why not inline styles: rewriting an element's `style` attribute makes the browser fetch every `url()` in it again,
 * so a page's tracking pixel in a `background` would see each view switch (found by the hostile-page e2e test,
 * `hostile--en-zh-Hans--remote-css-base.html`). With the sheet, Diglot only adds and removes its own attributes.
 * A constructed sheet is also exempt from the page's `style-src` CSP. Where a document cannot adopt sheets (linkedom
 * in unit tests), callers fall back to inline styles.
 */
export const HIDDEN_ATTRIBUTE = 'data-diglot-hidden';
export const LOCK_ATTRIBUTE = 'data-diglot-lock';

// While the reader covers the page, the page's own content is not rendered at all (`content-visibility: hidden` on
// <body>): the browser then skips its style and layout. Without it, the reader's first frame waited for the whole page
// to be styled again (the `inert` on <body> reaches every element), a quarter of a second on a page of 5,000 rows.
const RULES = `[${HIDDEN_ATTRIBUTE}] { display: none !important; } [${LOCK_ATTRIBUTE}] { overflow: hidden !important; } body[${LOCK_ATTRIBUTE}] { content-visibility: hidden !important; }`;

interface Adopted {
  sheet: CSSStyleSheet;
  users: number;
}
const adopted = new WeakMap<Document, Adopted>();

type AdoptingDocument = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

/**
 * Adopts the sheet into `doc` (once, however many views use it) and returns the function that releases this use;
 * the last release removes the sheet. Returns null when the document cannot adopt style sheets.
 */
export function usePageSheet(doc: Document): (() => void) | null {
  const d = doc as AdoptingDocument;
  const Sheet = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (!Sheet || !Array.isArray(d.adoptedStyleSheets)) return null;
  let entry = adopted.get(doc);
  if (!entry) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(RULES);
      d.adoptedStyleSheets = [...d.adoptedStyleSheets, sheet];
      entry = { sheet, users: 0 };
      adopted.set(doc, entry);
    } catch {
      return null;
    }
  }
  entry.users += 1;
  let released = false;
  return () => {
    if (released || !entry) return;
    released = true;
    entry.users -= 1;
    if (entry.users > 0) return;
    adopted.delete(doc);
    d.adoptedStyleSheets = (d.adoptedStyleSheets ?? []).filter((s) => s !== entry!.sheet);
  };
}
