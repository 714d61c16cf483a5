/**
 * What both censuses of a page's text (the glance's, `glance.ts`, and the pre-check's, `text-census.ts`) read besides
 * its letters, kept in one place so the two cannot drift apart: which text nodes are prose, how much of a Latin-script
 * text is letters, and the languages the page and its blocks are marked in.
 */

// Text that is code or form data, never prose: a page's inline JSON or CSS would swamp its article. Only long text
// nodes are asked for their parent (more DOM calls); a short inline script cannot tip the counts.
export const NOT_PROSE = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'script',
  'style',
  'noscript',
  'textarea',
]);
export const CHECK_PARENT = 100;
// Letters per character of ordinary English or French text, spaces and punctuation included.
export const LATIN_DENSITY = 0.8;
// Elements whose `lang` marks a block: an inline element never holds a block by itself (`<a lang="de">Deutsch</a>`
// in a language menu), and the pre-check's walk only counts a lang attribute for whole blocks.
const BLOCK_LANG =
  '[lang]:not(a,abbr,b,bdi,bdo,br,cite,code,dfn,em,i,img,kbd,label,mark,option,q,s,samp,small,span,strong,sub,sup,time,u,var)';

/** A language tag's primary subtag, lower-cased (`zh-Hant` → `zh`). */
export function primaryLang(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}

/**
 * Primary subtags of the page's `lang` and of those on block elements in `body`. The page's own counts too: one block
 * marked in another language beside it is worth the next stage's look.
 */
export function blockLangs(doc: Document, body: Element): Set<string> {
  const langs = new Set<string>();
  const pageLang = doc.documentElement?.getAttribute('lang');
  if (pageLang) langs.add(primaryLang(pageLang));
  for (const el of body.querySelectorAll(BLOCK_LANG)) {
    const lang = el.getAttribute('lang');
    if (lang) langs.add(primaryLang(lang));
  }
  return langs;
}
