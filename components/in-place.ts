/**
 * One language in place: hide the other language's blocks on the live page, keeping the site's own look, and undo
 * exactly what was done. The parsed blocks carry no DOM references (the contract is plain JSON), so each block is
 * found again by its text among the page's block-level elements.
 */
import type { Block, LangTag, ParsedArticle } from '../utils/contract';

/** NFC, whitespace collapsed and trimmed: the form the parser gives `Block.text`. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A looser key for a second pass: the parser may have joined inline pieces with or without a space. */
function looseKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

/** Elements a block can come from. `<br>`-split lines inside a `<p>` are found as runs of its child nodes. */
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, pre';
const SKIP_SELECTOR = 'diglot-reader, script, style, template, noscript, head';

/** Where a block lives on the page: a whole element, or a run of a `<p>`'s children between `<br>`s. */
export type Target = { kind: 'element'; element: Element } | { kind: 'run'; parent: Element; nodes: Node[] };

interface Candidate {
  target: Target;
  /** The element whose subtree holds the target (the run's `<p>` for a run). */
  container: Element;
  key: string;
  loose: string;
  order: number;
  used: boolean;
}

function isBr(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'br';
}

/** A `<p>`'s lines: runs of child nodes split at `<br>`, each run taking its closing `<br>` along. */
function brRuns(p: Element): Node[][] {
  const runs: Node[][] = [];
  let run: Node[] = [];
  for (const child of Array.from(p.childNodes)) {
    run.push(child);
    if (isBr(child)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

function runText(nodes: Node[]): string {
  return nodes.map((n) => n.textContent ?? '').join('');
}

function collectCandidates(root: ParentNode): Candidate[] {
  const out: Candidate[] = [];
  let order = 0;
  const add = (target: Target, container: Element, text: string): void => {
    const key = normalizeText(text);
    if (key) out.push({ target, container, key, loose: looseKey(text), order: order++, used: false });
  };
  for (const element of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (element.closest(SKIP_SELECTOR)) continue;
    add({ kind: 'element', element }, element, element.textContent ?? '');
    if (element.localName !== 'p') continue;
    const runs = brRuns(element);
    if (runs.length < 2) continue;
    for (const nodes of runs) add({ kind: 'run', parent: element, nodes }, element, runText(nodes));
  }
  return out;
}

function related(a: Candidate, b: Candidate): boolean {
  if (a.target.kind === 'run' && b.target.kind === 'run') {
    return (
      a.target.parent === b.target.parent &&
      a.target.nodes.some((n) => (b.target as { nodes: Node[] }).nodes.includes(n))
    );
  }
  return a.container.contains(b.container) || b.container.contains(a.container);
}

/**
 * Finds the page element (or `<br>` line) of each block, by normalised text, in document order. Of nested elements
 * with the same text (`<blockquote><p>`, `<li><p>`) the outermost wins, so hiding it leaves no empty frame behind.
 * Blocks whose text is found nowhere are left out of the map.
 */
export function findBlockTargets(root: ParentNode, blocks: readonly Pick<Block, 'id' | 'text'>[]): Map<string, Target> {
  const candidates = collectCandidates(root);
  const byKey = new Map<string, Candidate[]>();
  const byLoose = new Map<string, Candidate[]>();
  for (const c of candidates) {
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    byLoose.set(c.loose, [...(byLoose.get(c.loose) ?? []), c]);
  }
  const found = new Map<string, Target>();
  let last = -1;
  const pick = (list: Candidate[] | undefined): Candidate | undefined => {
    const free = (list ?? []).filter((c) => !c.used);
    return free.find((c) => c.order > last) ?? free[0];
  };
  for (const block of blocks) {
    const chosen = pick(byKey.get(normalizeText(block.text))) ?? pick(byLoose.get(looseKey(block.text)));
    if (!chosen) continue;
    for (const c of candidates) if (c === chosen || related(c, chosen)) c.used = true;
    last = chosen.order;
    found.set(block.id, chosen.target);
  }
  return found;
}

export const HIDDEN_ATTRIBUTE = 'data-diglot-hidden';
const HIDE_STYLE = 'display: none !important;';

/** Hides the targets and returns the function that puts every touched node back exactly as it was. */
export function hideTargets(doc: Document, targets: Iterable<Target>): () => void {
  const undos: (() => void)[] = [];
  for (const target of targets) {
    if (target.kind === 'element') {
      const { element } = target;
      if (element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
      const style = element.getAttribute('style');
      const base = style === null ? '' : style.trim();
      element.setAttribute('style', base ? `${base.replace(/;?$/, ';')} ${HIDE_STYLE}` : HIDE_STYLE);
      element.setAttribute(HIDDEN_ATTRIBUTE, '');
      undos.push(() => {
        if (style === null) element.removeAttribute('style');
        else element.setAttribute('style', style);
        element.removeAttribute(HIDDEN_ATTRIBUTE);
      });
    } else {
      const { parent, nodes } = target;
      const first = nodes[0];
      if (!first || first.parentNode !== parent) continue;
      // A line inside one <p> has no element of its own: wrap it in a span of ours for as long as it is hidden.
      const span = doc.createElement('span');
      span.setAttribute(HIDDEN_ATTRIBUTE, '');
      span.setAttribute('style', HIDE_STYLE);
      parent.insertBefore(span, first);
      for (const node of nodes) span.appendChild(node);
      undos.push(() => {
        const home = span.parentNode;
        if (!home) return;
        while (span.firstChild) home.insertBefore(span.firstChild, span);
        home.removeChild(span);
      });
    }
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const undo of undos.reverse()) undo();
  };
}

export interface InPlaceResult {
  /** Blocks of the hidden language found on the page. */
  matched: number;
  /** Blocks of the hidden language in the article. */
  total: number;
  undo(): void;
}

/**
 * Hides one language's blocks (and its title, when the page prints it as a heading) on the live page. The caller
 * decides from `matched / total` whether the result is good enough to keep.
 */
export function hideLanguageInPlace(doc: Document, article: ParsedArticle, hide: LangTag): InPlaceResult {
  const root = doc.body ?? doc.documentElement;
  const blocks = article.blocks.filter((b) => b.lang === hide);
  const targets = findBlockTargets(root, blocks);
  const matched = blocks.filter((b) => targets.has(b.id)).length;
  const all: Target[] = [...targets.values()];
  // The page's own heading for the hidden language's title (not a block), looked for only among headings so a
  // "most read" link repeating the headline is never hidden.
  const title = article.title[hide] ? normalizeText(article.title[hide]) : '';
  if (title) {
    const taken = all.map((t) => (t.kind === 'element' ? t.element : t.parent));
    const heading = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).find(
      (h) =>
        !h.closest(SKIP_SELECTOR) &&
        normalizeText(h.textContent ?? '') === title &&
        !taken.some((t) => t.contains(h) || h.contains(t)),
    );
    if (heading) all.push({ kind: 'element', element: heading });
  }
  return { matched, total: blocks.length, undo: hideTargets(doc, all) };
}
