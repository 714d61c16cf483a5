/**
 * Inline form of a block: which ranges of its text the page printed as a link, emphasis, strong emphasis, code or a
 * superscript. The block's text is never changed; the marks are found by reading the block's element again and
 * locating its text there, so the extraction's own rules (lines split at `<br>`, a block printed in both languages
 * split in two) need not know about form.
 */
import type { Mark, MarkKind } from '../contract';
import { walk } from '../dom/walk';
import { upperTagName } from '../dom/tag-name';
import { BLOCK_TAGS, NEVER_TEXT, isHidden } from '../dom/tags';
import { nfc } from '../lang/nfc';
import { safeHref } from './urls';

const MARK_TAGS = new Map<string, MarkKind>([
  ['A', 'link'],
  ['EM', 'em'],
  ['I', 'em'],
  ['CITE', 'em'],
  ['STRONG', 'strong'],
  ['B', 'strong'],
  ['CODE', 'code'],
  ['KBD', 'code'],
  ['SAMP', 'code'],
  ['SUP', 'sup'],
]);

const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
const SPACE = /[\s\u00a0\u2028\u2029]/;

/** An element's inline text, cleaned as blocks are (see dom/blocks.ts), with the marks over it. */
export interface InlineText {
  text: string;
  marks: Mark[];
}

/**
 * The inline text of `el` (nested block elements stand as a space: their text is a block of its own) with whitespace
 * collapsed and invisible characters dropped as `cleanText` does, and the marks of its inline elements.
 */
export function inlineText(el: Element, base: string | undefined): InlineText {
  let text = '';
  let pendingSpace = false;
  const open: Array<{ kind: MarkKind; start: number; href?: string } | null> = [];
  const marks: Mark[] = [];
  const add = (s: string): void => {
    for (const ch of s) {
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace) text += ' ';
      pendingSpace = false;
      text += ch;
    }
  };
  walk(el, {
    enter: (node) => {
      if (node === el) return 'descend';
      const tag = upperTagName(node);
      if (NEVER_TEXT.has(tag) || isHidden(node)) return 'skip';
      if (tag === 'BR' || BLOCK_TAGS.has(tag)) {
        pendingSpace = text.length > 0;
        return 'skip';
      }
      const kind = MARK_TAGS.get(tag);
      if (!kind) {
        open.push(null);
        return 'descend';
      }
      // A mark starts at its first letter: a space before it belongs to the text outside.
      const start = text.length + (pendingSpace ? 1 : 0);
      if (kind === 'link') {
        const href = safeHref(node.getAttribute('href') ?? '', base);
        open.push(href ? { kind, start, href } : null);
      } else open.push({ kind, start });
      return 'descend';
    },
    exit: (node) => {
      if (node === el) return;
      const tag = upperTagName(node);
      if (NEVER_TEXT.has(tag) || tag === 'BR' || BLOCK_TAGS.has(tag) || isHidden(node)) return;
      const m = open.pop();
      if (m && text.length > m.start) {
        const mark: Mark = { kind: m.kind, start: m.start, end: text.length };
        if (m.href) mark.href = m.href;
        marks.push(mark);
      }
    },
    text: (t) => add(t.nodeValue ?? ''),
  });
  return { text, marks };
}

/**
 * The marks of `blockText` within the inline text of its element: where the block's text sits in it (a line of a
 * `<br>` paragraph, one half of a two-language block), and the marks that fall there, shifted. Marks are dropped
 * when the text is not found as it is (NFC changed it, or the block's text was built otherwise).
 */
export function marksFor(blockText: string, inline: InlineText, from = 0): { marks: Mark[]; at: number } | null {
  const whole = nfc(inline.text);
  if (whole.length !== inline.text.length) return null;
  const at = whole.indexOf(blockText, from);
  if (at < 0) return null;
  const end = at + blockText.length;
  const out: Mark[] = [];
  for (const m of inline.marks) {
    const start = Math.max(m.start, at);
    const stop = Math.min(m.end, end);
    if (stop <= start) continue;
    const mark: Mark = { kind: m.kind, start: start - at, end: stop - at };
    if (m.href) mark.href = m.href;
    out.push(mark);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { marks: out, at };
}
