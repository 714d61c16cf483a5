/**
 * Marks as a tree over a stretch of text, for the writers that nest (the reader's elements, Markdown): each mark
 * holds the text and marks inside it. Marks that cross (`<b>a<i>b</b>c</i>`) are cut at the outer one's end, marks
 * inside code are dropped (code shows its text as it is), and a stretch of the text (one sentence of a block) gets
 * the part of each mark that falls in it.
 */
import type { Mark } from '../contract';

export type MarkNode = string | { mark: Mark; children: MarkNode[] };

interface Open {
  mark: Mark;
  end: number;
  children: MarkNode[];
}

/** The marks of `text[from, to)` as a tree; plain text is a string. Offsets of the marks are those of `text`. */
export function markTree(text: string, marks: readonly Mark[] | undefined, from = 0, to = text.length): MarkNode[] {
  const root: MarkNode[] = [];
  const clipped = (marks ?? [])
    .map((m) => ({ ...m, start: Math.max(m.start, from), end: Math.min(m.end, to) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Open[] = [];
  const children = (): MarkNode[] => stack[stack.length - 1]?.children ?? root;
  let at = from;
  const emitText = (until: number): void => {
    if (until > at) children().push(text.slice(at, until));
    at = Math.max(at, until);
  };
  const close = (until: number): void => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      emitText(stack[stack.length - 1]!.end);
      const top = stack.pop()!;
      children().push({ mark: top.mark, children: top.children });
    }
  };
  for (const m of clipped) {
    close(m.start);
    emitText(m.start);
    const parent = stack[stack.length - 1];
    if (parent && parent.mark.kind === 'code') continue;
    const end = parent ? Math.min(m.end, parent.end) : m.end;
    if (end <= m.start) continue;
    stack.push({ mark: { ...m, end }, end, children: [] });
  }
  close(Infinity);
  emitText(to);
  return root;
}

/** The text of a tree, marks left out (TMX and TSV flatten links and code to their text). */
export function plainOf(nodes: readonly MarkNode[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : plainOf(n.children))).join('');
}
