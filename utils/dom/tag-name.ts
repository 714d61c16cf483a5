/**
 * `el.tagName.toUpperCase()`, read from `localName` when the element has no namespace prefix (always, in HTML
 * documents). linkedom builds `tagName` by upper-casing `localName` on every read, through ICU when the page's source
 * holds any character beyond Latin-1 (most bilingual pages), and the parser asks for the tag of every element it walks.
 */
const upper = new Map<string, string>();

export function upperTagName(el: Element): string {
  if (el.prefix) return el.tagName.toUpperCase();
  const local = el.localName;
  let tag = upper.get(local);
  if (tag === undefined) {
    tag = local.toUpperCase();
    // Custom elements make the names unbounded; the usual few dozen are all this needs to hold.
    if (upper.size > 1000) upper.clear();
    upper.set(local, tag);
  }
  return tag;
}
