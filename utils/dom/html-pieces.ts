/**
 * A page's HTML in pieces, serialised a subtree at a time, so a 5,000-row page is written out in many short tasks
 * rather than one `outerHTML` call that holds the page's main thread for a quarter of a second. The pieces joined are
 * the page's HTML as `outerHTML` gives it, except for a doctype in front (the parser reads both the same).
 */

/** Subtrees with no more elements than this are serialised whole (a few milliseconds at most). */
const WHOLE_BELOW = 400;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

/** Text content as the HTML serialiser escapes it outside attributes. */
function escapeText(text: string): string {
  return text.replace(/[&<>\u00a0]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&nbsp;',
  );
}

/** `el`'s start tag, as the serialiser writes it (attributes escaped), without its children or end tag. */
function startTag(el: Element): string {
  const shallow = (el.cloneNode(false) as Element).outerHTML;
  const end = `</${el.localName}>`;
  return shallow.endsWith(end) ? shallow.slice(0, -end.length) : shallow;
}

/** Pieces of `doc`'s HTML in document order, yielding after each subtree (see `utils/slices.ts`). */
export function* htmlPiecesSteps(doc: Document): Generator<void, string[]> {
  const out: string[] = ['<!doctype html>'];
  function* piece(node: Node): Generator<void, void> {
    if (node.nodeType === TEXT_NODE) {
      // Inside a raw-text element (script, style) text is written as is; those are always serialised whole below.
      out.push(escapeText((node as Text).data));
      return;
    }
    if (node.nodeType === COMMENT_NODE) {
      out.push(`<!--${(node as Comment).data}-->`);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    if (el.getElementsByTagName('*').length < WHOLE_BELOW || el.localName === 'template') {
      out.push(el.outerHTML);
      yield;
      return;
    }
    out.push(startTag(el));
    for (let child = el.firstChild; child; child = child.nextSibling) yield* piece(child);
    out.push(`</${el.localName}>`);
  }
  yield* piece(doc.documentElement);
  return out;
}

/**
 * Joins pieces into strings of about `size` characters (messages small enough to serialise in a few milliseconds),
 * one at a time as they are asked for: joining a 5,000-row page's pieces all at once was a 20 ms task of its own.
 */
export function* chunkPieces(pieces: string[], size = 256 * 1024): Generator<string> {
  let current: string[] = [];
  let length = 0;
  let any = false;
  for (const p of pieces) {
    current.push(p);
    length += p.length;
    if (length >= size) {
      any = true;
      yield current.join('');
      current = [];
      length = 0;
    }
  }
  if (current.length > 0 || !any) yield current.join('');
}
