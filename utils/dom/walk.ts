/**
 * Iterative document-order walk with enter and exit callbacks.
 *
 * Never recursion: real pages nest 50,000 elements deep (generated markup, broken tag soup) and a recursive walk would
 * blow the stack. Moves only by firstChild / nextSibling / parentNode, which are O(1) in browsers and in linkedom
 * (`childNodes` is not: linkedom builds a new list on every call).
 */

/** What the walk does after `enter`: go into the children, skip them, or stop the whole walk. */
export type Visit = 'descend' | 'skip' | 'stop';

export interface WalkHandlers {
  /** Called on entering an element; return `skip` to leave its subtree out (then `exit` is still called). */
  enter?: (el: Element) => Visit | void;
  exit?: (el: Element) => void;
  text?: (node: Text) => Visit | void;
}

import { drain } from '../slices';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Walks `root` and everything under it in document order. Returns false when a handler stopped the walk. */
export function walk(root: Node, h: WalkHandlers): boolean {
  return drain(walkSteps(root, h, Infinity));
}

/** The same walk, yielding after every `every` nodes (see `utils/slices.ts`). */
export function* walkSteps(root: Node, h: WalkHandlers, every = 64): Generator<void, boolean> {
  let node: Node = root;
  let visited = 0;
  for (;;) {
    if (++visited >= every) {
      visited = 0;
      yield;
    }
    let visit: Visit | void = 'skip';
    if (node.nodeType === ELEMENT_NODE) visit = h.enter ? h.enter(node as Element) : 'descend';
    else if (node.nodeType === TEXT_NODE && h.text) visit = h.text(node as Text) === 'stop' ? 'stop' : 'skip';
    if (visit === 'stop') return false;
    const first = visit === 'skip' ? null : node.firstChild;
    if (first) {
      node = first;
      continue;
    }
    // Leave `node`, then climb until a next sibling exists.
    for (;;) {
      if (node.nodeType === ELEMENT_NODE && h.exit) h.exit(node as Element);
      if (node === root) return true;
      const next: Node | null = node.nextSibling;
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = node.parentNode;
      if (!parent) return true;
      node = parent;
    }
  }
}

/** All elements under `root` (itself included) in document order. */
export function elementsInOrder(root: Node): Element[] {
  const out: Element[] = [];
  walk(root, {
    enter: (el) => {
      out.push(el);
    },
  });
  return out;
}
