/**
 * One language in place: hide the other language's blocks on the live page, keeping the site's own look, and undo
 * exactly what was done. The parsed blocks carry no DOM references (the contract is plain JSON), so each block is
 * found again by its text. The page is read the way the parser reads it (`utils/dom`): the same block-level tags,
 * the same subtrees without text (scripts, SVG, buttons, hidden elements), the same whitespace, so a block's text
 * and its element's text agree.
 */
import { HIDDEN_ATTRIBUTE, usePageSheet } from './page-sheet';

export { HIDDEN_ATTRIBUTE };
import type { Block, LangTag, ParsedArticle } from '../utils/contract';
import { BLOCK_TAGS, NEVER_TEXT, isHidden } from '../utils/dom/tags';

/** NFC, whitespace collapsed (zero-width space and BOM count as space, as in the parser) and trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u200b]+/g, ' ')
    .trim();
}

/** A looser key for a second pass: the parser may have joined pieces with or without a space, or kept a soft hyphen. */
function looseKey(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200b-\u200d\u2060\u00ad]+/g, '');
}

/** Never looked into: our own reader, and what the parser never reads. */
function isOpaque(el: Element): boolean {
  return el.localName === 'diglot-reader' || NEVER_TEXT.has(el.tagName.toUpperCase()) || isHidden(el);
}

function insideOpaque(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (isOpaque(p)) return true;
  return false;
}

function isBlockLevel(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
}

function isBr(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'br';
}

/** The text the parser would read from a node: no script, SVG or hidden text; blocks and `<br>` as spaces. */
function textOf(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (isBr(el)) return ' ';
  if (isOpaque(el)) return '';
  let text = '';
  for (const child of Array.from(el.childNodes)) text += textOf(child);
  return isBlockLevel(el) ? ` ${text} ` : text;
}

function runText(nodes: Node[]): string {
  return nodes.map(textOf).join('');
}

/** Where a block lives on the page: a whole element, or a run of an element's children (a `<br>` line, or text
 * beside block-level children), which is wrapped in a span of ours while it is hidden. */
export type Target = { kind: 'element'; element: Element } | { kind: 'run'; parent: Element; nodes: Node[] };

interface Candidate {
  target: Target;
  /** The element whose subtree holds the target (the run's parent for a run). */
  container: Element;
  key: string;
  loose: string;
  order: number;
  used: boolean;
}

/** An element's lines: its children split at block-level children (left out) and at `<br>` (kept with its line). */
function childRuns(el: Element): { runs: Node[][]; hasBlockChild: boolean } {
  const runs: Node[][] = [];
  let run: Node[] = [];
  let hasBlockChild = false;
  for (const child of Array.from(el.childNodes)) {
    if (isBlockLevel(child)) {
      hasBlockChild = true;
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    run.push(child);
    if (isBr(child)) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return { runs: runs.filter((nodes) => normalizeText(runText(nodes))), hasBlockChild };
}

/** Content that shows without text: a container holding any of it is never hidden for its text alone. */
const NON_TEXT_CONTENT =
  'img, picture, video, audio, iframe, embed, object, canvas, svg, input, button, select, textarea';

function collectCandidates(root: Element): Candidate[] {
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate[]>();
  let order = 0;
  const add = (target: Target, container: Element, text: string): void => {
    const key = normalizeText(text);
    if (!key) return;
    const same = byKey.get(key) ?? [];
    // An element inside another with the same text (<li><p>, <div><p>) is the same spot: the outermost is taken,
    // so hiding it leaves no empty frame, unless the outer one also holds a picture, which must stay.
    if (target.kind === 'element') {
      const outer = same.find((c) => c.target.kind === 'element' && c.container.contains(container));
      if (outer && !outer.container.querySelector(NON_TEXT_CONTENT)) return;
      if (outer) outer.used = true;
    }
    const candidate: Candidate = { target, container, key, loose: looseKey(text), order: order++, used: false };
    out.push(candidate);
    byKey.set(key, [...same, candidate]);
  };
  const visit = (el: Element): void => {
    if (isOpaque(el)) return;
    if (isBlockLevel(el)) {
      if (el !== root) add({ kind: 'element', element: el }, el, textOf(el));
      const { runs, hasBlockChild } = childRuns(el);
      if (hasBlockChild || runs.length > 1 || el === root) {
        for (const nodes of runs) add({ kind: 'run', parent: el, nodes }, el, runText(nodes));
      }
    }
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  // A candidate given up for an inner one with a picture beside it is never offered.
  return out.filter((c) => !c.used);
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
export function findBlockTargets(root: Element, blocks: readonly Pick<Block, 'id' | 'text'>[]): Map<string, Target> {
  const wanted = new Set(blocks.flatMap((b) => [normalizeText(b.text), looseKey(b.text)]));
  const candidates = collectCandidates(root).filter((c) => wanted.has(c.key) || wanted.has(c.loose));
  const byKey = new Map<string, Candidate[]>();
  const byLoose = new Map<string, Candidate[]>();
  const byContainer = new Map<Element, Candidate[]>();
  for (const c of candidates) {
    byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
    byLoose.set(c.loose, [...(byLoose.get(c.loose) ?? []), c]);
    byContainer.set(c.container, [...(byContainer.get(c.container) ?? []), c]);
  }
  const free = (block: Pick<Block, 'text'>): Candidate[] => {
    const exact = (byKey.get(normalizeText(block.text)) ?? []).filter((c) => !c.used);
    return exact.length ? exact : (byLoose.get(looseKey(block.text)) ?? []).filter((c) => !c.used);
  };
  const chosen: (Candidate | undefined)[] = blocks.map(() => undefined);
  // Taking a spot takes the elements around it too: no block may later claim its ancestor, or a part of it.
  const take = (i: number, c: Candidate): void => {
    c.used = true;
    chosen[i] = c;
    const firstAncestor = c.target.kind === 'run' ? c.container : c.container.parentElement;
    for (let el = firstAncestor; el; el = el.parentElement) {
      for (const o of byContainer.get(el) ?? []) if (o.target.kind === 'element') o.used = true;
    }
    if (c.target.kind !== 'element') return;
    for (const o of byContainer.get(c.container) ?? []) o.used = true;
    for (const inner of Array.from(c.container.querySelectorAll('*'))) {
      for (const o of byContainer.get(inner) ?? []) o.used = true;
    }
  };

  // Pass 1: texts that occur exactly once on the page and in the article.
  const textCount = new Map<string, number>();
  for (const b of blocks) textCount.set(normalizeText(b.text), (textCount.get(normalizeText(b.text)) ?? 0) + 1);
  blocks.forEach((block, i) => {
    const list = free(block);
    if (list.length === 1 && textCount.get(normalizeText(block.text)) === 1) take(i, list[0]!);
  });

  // Pass 2: the rest, in reading order, between their anchored neighbours.
  const nextAnchor: number[] = new Array<number>(blocks.length);
  for (let i = blocks.length - 1, next = Infinity; i >= 0; i--) {
    nextAnchor[i] = next;
    next = chosen[i]?.order ?? next;
  }
  let prev = -1;
  blocks.forEach((block, i) => {
    const list = chosen[i] ? [] : free(block);
    if (list.length) {
      const between = list.filter((c) => c.order > prev && c.order < nextAnchor[i]!);
      take(i, (between.length ? (prev >= 0 ? between[0] : between[between.length - 1]) : list[0])!);
    }
    prev = chosen[i]?.order ?? prev;
  });

  const found = new Map<string, Target>();
  blocks.forEach((block, i) => {
    const c = chosen[i];
    if (c) found.set(block.id, c.target);
  });
  return found;
}

const LIVE_CONTENT = 'iframe, frame, object, embed, video, audio';

/** An element that reloads or restarts when moved in the DOM, or holds one. */
function isLive(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  return el.matches(LIVE_CONTENT) || !!el.querySelector(LIVE_CONTENT);
}
const HIDE_STYLE = 'display: none !important;';

/** Hides the targets and returns the function that puts every touched node back exactly as it was. */
export function hideTargets(doc: Document, targets: Iterable<Target>): () => void {
  const undos: (() => void)[] = [];
  // With Diglot's page sheet adopted, the attribute alone hides; the page's own style attributes stay untouched.
  const release = usePageSheet(doc);
  if (release) undos.push(release);
  for (const target of targets) {
    if (target.kind === 'element') {
      const { element } = target;
      if (element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
      element.setAttribute(HIDDEN_ATTRIBUTE, '');
      if (release) {
        undos.push(() => element.removeAttribute(HIDDEN_ATTRIBUTE));
        continue;
      }
      const style = element.getAttribute('style');
      const base = style === null ? '' : style.trim();
      element.setAttribute('style', base ? `${base.replace(/;?$/, ';')} ${HIDE_STYLE}` : HIDE_STYLE);
      undos.push(() => {
        if (style === null) element.removeAttribute('style');
        else element.setAttribute('style', style);
        element.removeAttribute(HIDDEN_ATTRIBUTE);
      });
    } else {
      const { parent, nodes } = target;
      if (nodes[0]?.parentNode !== parent) continue;
      // A line inside one element has no element of its own: wrap it in a span of ours while it is hidden. Frames,
      // media and plugins are never moved (moving one reloads it, and a frame's scripts run again): they stay where
      // they are, and the text on each side of them is wrapped on its own.
      const groups: Node[][] = [[]];
      for (const node of nodes) {
        if (isLive(node)) groups.push([]);
        else groups[groups.length - 1]!.push(node);
      }
      for (const group of groups) {
        const first = group[0];
        if (!first) continue;
        const span = doc.createElement('span');
        span.setAttribute(HIDDEN_ATTRIBUTE, '');
        if (!release) span.setAttribute('style', HIDE_STYLE);
        parent.insertBefore(span, first);
        for (const node of group) span.appendChild(node);
        undos.push(() => {
          const home = span.parentNode;
          if (!home) return;
          while (span.firstChild) home.insertBefore(span.firstChild, span);
          home.removeChild(span);
        });
      }
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
    if (insideOpaque(heading) || !repeated.has(normalizeText(textOf(heading)))) continue;
    if (taken.some((t) => t.contains(heading) || heading.contains(t))) continue;
    all.push({ kind: 'element', element: heading });
    taken.push(heading);
  }
  return { matched, total: blocks.length, undo: hideTargets(doc, collapseEmptyContainers(root, all)) };
}

/**
 * Hiding every paragraph of a list, a table row or a language's own `<div>` leaves its empty frame behind (list
 * margins, a bordered box). When nothing but hidden text is left in a block's parent, the parent is hidden in its
 * place, and so on upward; a parent holding any other text or an image stays, so no picture is ever hidden.
 */
function collapseEmptyContainers(root: Element, targets: Target[]): Target[] {
  const hidden = new Set<Node>();
  for (const t of targets) {
    if (t.kind === 'element') hidden.add(t.element);
    else for (const n of t.nodes) if (!isLive(n)) hidden.add(n);
  }
  const isEmptyBesidesHidden = (node: Node): boolean => {
    if (hidden.has(node)) return true;
    if (node.nodeType === 3) return !(node.textContent ?? '').trim();
    if (node.nodeType !== 1) return true;
    const el = node as Element;
    if (el.matches(NON_TEXT_CONTENT)) return false;
    if (isOpaque(el)) return true;
    return Array.from(el.childNodes).every(isEmptyBesidesHidden);
  };
  const collapsed = new Set<Element>();
  let frontier = targets.map((t) => (t.kind === 'element' ? t.element.parentElement : t.parent));
  while (frontier.length) {
    const next: (Element | null)[] = [];
    for (const parent of new Set(frontier)) {
      if (!parent || parent === root || !root.contains(parent) || hidden.has(parent)) continue;
      if (!isEmptyBesidesHidden(parent)) continue;
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
