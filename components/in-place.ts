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
    if (!key) return;
    // An element inside another with the same text (<li><p>) is the same spot: keep the outermost only.
    if (target.kind === 'element' && out.some((c) => c.key === key && c.container.contains(container))) return;
    out.push({ target, container, key, loose: looseKey(text), order: order++, used: false });
  };
  for (const element of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (element.closest(SKIP_SELECTOR)) continue;
    add({ kind: 'element', element }, element, element.textContent ?? '');
    if (element.localName !== 'p') continue;
    const runs = brRuns(element).filter((nodes) => normalizeText(runText(nodes)));
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
 * Finds the page element (or `<br>` line) of each block by its normalised text. Of nested elements with the same
 * text (`<blockquote><p>`, `<li><p>`) the outermost is taken, so hiding it leaves no empty frame behind.
 *
 * A text can be printed more than once (the headline above the article and again inside it, "Photo: AP" under two
 * pictures). Blocks whose text occurs once are placed first; they anchor the rest, which take the copy between
 * their neighbours' elements in document order, nearest the previous one (or the next one, at the start). Pass all
 * of the article's blocks, both languages, for the most anchors. Blocks found nowhere are left out of the map.
 */
export function findBlockTargets(root: ParentNode, blocks: readonly Pick<Block, 'id' | 'text'>[]): Map<string, Target> {
  const candidates = collectCandidates(root);
  const byKey = new Map<string, Candidate[]>();
  const byLoose = new Map<string, Candidate[]>();
  for (const c of candidates) {
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    byLoose.set(c.loose, [...(byLoose.get(c.loose) ?? []), c]);
  }
  const free = (block: Pick<Block, 'text'>): Candidate[] => {
    const exact = (byKey.get(normalizeText(block.text)) ?? []).filter((c) => !c.used);
    return exact.length ? exact : (byLoose.get(looseKey(block.text)) ?? []).filter((c) => !c.used);
  };
  const chosen: (Candidate | undefined)[] = blocks.map(() => undefined);
  const take = (i: number, c: Candidate): void => {
    for (const other of candidates) if (other === c || related(other, c)) other.used = true;
    chosen[i] = c;
  };

  // Pass 1: texts that occur exactly once on the page and in the article.
  const textCount = new Map<string, number>();
  for (const b of blocks) textCount.set(normalizeText(b.text), (textCount.get(normalizeText(b.text)) ?? 0) + 1);
  blocks.forEach((block, i) => {
    const list = free(block);
    if (list.length === 1 && textCount.get(normalizeText(block.text)) === 1) take(i, list[0]!);
  });

  // Pass 2: the rest, in reading order, between their anchored neighbours.
  blocks.forEach((block, i) => {
    if (chosen[i]) return;
    const list = free(block);
    if (!list.length) return;
    let prev = -1;
    for (let j = i - 1; j >= 0 && prev < 0; j--) prev = chosen[j]?.order ?? -1;
    const next = chosen.slice(i + 1).find((c) => c)?.order ?? Infinity;
    const between = list.filter((c) => c.order > prev && c.order < next);
    const pick = between.length ? (prev >= 0 ? between[0] : between[between.length - 1]) : list[0];
    take(i, pick!);
  });

  const found = new Map<string, Target>();
  blocks.forEach((block, i) => {
    const c = chosen[i];
    if (c) found.set(block.id, c.target);
  });
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
  // Both languages are matched, so the shown language's blocks anchor the hidden ones and keep their own elements.
  const targets = findBlockTargets(root, article.blocks);
  const matched = blocks.filter((b) => targets.has(b.id)).length;
  const all: Target[] = blocks.flatMap((b) => targets.get(b.id) ?? []);
  // Headings that repeat the hidden language's title or one of its blocks: the site's headline above the article,
  // printed again inside it. Only headings, so a "most read" link repeating the headline is never hidden.
  const repeated = new Set(blocks.map((b) => normalizeText(b.text)));
  const title = article.title[hide];
  if (title) repeated.add(normalizeText(title));
  const taken = [...targets.values()].map((t) => (t.kind === 'element' ? t.element : t.parent));
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (heading.closest(SKIP_SELECTOR) || !repeated.has(normalizeText(heading.textContent ?? ''))) continue;
    if (taken.some((t) => t.contains(heading) || heading.contains(t))) continue;
    all.push({ kind: 'element', element: heading });
    taken.push(heading);
  }
  return { matched, total: blocks.length, undo: hideTargets(doc, collapseEmptyContainers(root, all)) };
}

/** Content that shows without text: a container holding any of it is never emptied by hiding its text. */
const NON_TEXT_CONTENT =
  'img, picture, video, audio, iframe, embed, object, canvas, svg, input, button, select, textarea';

/**
 * Hiding every paragraph of a list, a table row or a language's own `<div>` leaves its empty frame behind (list
 * margins, a bordered box). When nothing but hidden text is left in a block's parent, the parent is hidden in its
 * place, and so on upward; a parent holding any other text or an image stays, so no picture is ever hidden.
 */
function collapseEmptyContainers(root: Element, targets: Target[]): Target[] {
  const hidden = new Set<Node>();
  for (const t of targets) {
    if (t.kind === 'element') hidden.add(t.element);
    else for (const n of t.nodes) hidden.add(n);
  }
  const isEmptyBesidesHidden = (node: Node): boolean => {
    if (hidden.has(node)) return true;
    if (node.nodeType === 3) return !(node.textContent ?? '').trim();
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (el.matches(NON_TEXT_CONTENT)) return false;
    return Array.from(el.childNodes).every(isEmptyBesidesHidden);
  };
  const collapsed = new Set<Element>();
  let frontier = targets.map((t) => (t.kind === 'element' ? t.element.parentElement : t.parent));
  while (frontier.length) {
    const next: (Element | null)[] = [];
    for (const parent of new Set(frontier)) {
      if (!parent || parent === root || !root.contains(parent) || hidden.has(parent)) continue;
      if (parent.closest(SKIP_SELECTOR) || !isEmptyBesidesHidden(parent)) continue;
      hidden.add(parent);
      collapsed.add(parent);
      next.push(parent.parentElement);
    }
    frontier = next;
  }
  if (!collapsed.size) return targets;
  const insideCollapsed = (node: Node): boolean => {
    for (let p = node.parentElement; p; p = p.parentElement) if (collapsed.has(p)) return true;
    return false;
  };
  const kept = targets.filter((t) => !insideCollapsed(t.kind === 'element' ? t.element : t.nodes[0]!));
  const outer = [...collapsed]
    .filter((el) => !insideCollapsed(el))
    .map((element): Target => ({ kind: 'element', element }));
  return [...kept, ...outer];
}
