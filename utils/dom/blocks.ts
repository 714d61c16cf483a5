/**
 * Text blocks of a subtree: what a reader sees as separate paragraphs, with the kind of element each came from.
 *
 * Works like a browser's `innerText` reduced to what Diglot needs: every block-level element starts and ends a block,
 * inline elements join their neighbours, `<br>` is kept as a line break until we know whether the lines are separate
 * sentences (the seed article's last Korean paragraph is two sentences joined by `<br>`, facing two English
 * paragraphs). Text is NFC, whitespace-collapsed and plain.
 */
import type { BlockKind } from '../contract';
import { walk } from './walk';
import { BLOCK_TAGS, NEVER_TEXT, chromeStrength, isHidden, looksLikeChrome } from './tags';
import { upperTagName } from './tag-name';
import { nfc } from '../lang/nfc';
import { namesCodeLanguage, verseStanzas } from './pre-verse';

export interface RawBlock {
  kind: BlockKind;
  level?: number;
  text: string;
  /** Share of the text inside links: menus and related lists are mostly links. */
  linkDensity: number;
  /** Document-order key (index of the element in the original document); blocks sort by it. */
  order: number;
  /** Innermost block-level element the text sits in (in the walked tree). */
  el: Element;
  /** In `article` mode: the text is (nearly) all inside inline elements named as chrome (`<span class="date">`). */
  namedChrome?: boolean;
  /**
   * Lines of one stanza of a poem printed in `<pre>` share this key (unique on the page); the lines of a stanza
   * printed with `<br>` share their element instead.
   */
  group?: string;
}

export interface CollectOptions {
  /** Leave out landmarks and class/id names of site chrome (for subtrees Readability did not clean). */
  skipChrome?: boolean;
  /**
   * With `skipChrome`: the subtree is Readability's article, already cleaned. Strong chrome (menus, share bars, related
   * lists, comments, ads) is still left out; weak names (`meta`, `date`, `label`, `header`) only on small elements that
   * hold no sentence; and inline elements are never cut out of a sentence: a block whose text is nearly all inside
   * chrome-named inline elements is marked `namedChrome` instead.
   */
  article?: boolean;
  /** Order key of an element; the walk remembers the last element entered. */
  orderOf: (el: Element) => number | undefined;
  /** Stop after this many blocks (the caller reports "page too large"). */
  maxBlocks?: number;
}

const BR = '\u0000';
const URL_TEXT = /^\s*(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?\s*$/i;
const HAS_TEXT = /[\p{L}\p{N}]/u;
const NOT_SPACE = /\S/;
// A Map, not an object: most tags asked about (DIV, P, SECTION) are missing, and a miss on an object searches its
// prototype chain.
const KIND_TAGS = new Map<string, BlockKind>([
  ['H1', 'heading'],
  ['H2', 'heading'],
  ['H3', 'heading'],
  ['H4', 'heading'],
  ['H5', 'heading'],
  ['H6', 'heading'],
  ['LI', 'list-item'],
  ['DT', 'list-item'],
  ['DD', 'list-item'],
  ['FIGCAPTION', 'caption'],
  ['CAPTION', 'caption'],
  ['TD', 'table-cell'],
  ['TH', 'table-cell'],
  ['PRE', 'preformatted'],
  ['BLOCKQUOTE', 'quote'],
]);

/** Elements whose weak chrome names say nothing: data cells, captions, code (`token comment`, `header_cell`). */
const NEVER_WEAK = new Set([
  'TD',
  'TH',
  'TR',
  'TABLE',
  'TBODY',
  'THEAD',
  'CAPTION',
  'FIGCAPTION',
  'FIGURE',
  'PRE',
  'CODE',
]);
/** A weak-named element is furniture when short and without a sentence. */
const SMALL_CHROME = 200;
const SENTENCE = /[.!?。！？](?:[\s"”’)）]|$)/u;

const SPACES = /\s+/g;
const SPACE_FREE = /^\S*$/;

const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
const SPACE_RUN = /[\s\u00a0\u2028\u2029]+/g;
// Whitespace other than single spaces. Most text has none, and collapsing runs would rebuild it at every word gap.
const ODD_SPACE = /[^\S ]| {2}/;

/**
 * Collapses whitespace (not the `<br>` marker) and normalises to NFC. Invisible characters that only hint at line
 * breaks or hyphenation (zero-width space, word joiner, BOM, soft hyphen) are removed, not turned into spaces: pages
 * sprinkle them inside words ("def\u200baced"), and readers and exports must see the word. ZWJ and ZWNJ stay: they
 * shape Persian, Indic scripts and emoji.
 */
export function cleanText(s: string): string {
  const visible = s.replace(INVISIBLE, '');
  const spaced = ODD_SPACE.test(visible) ? visible.replace(SPACE_RUN, ' ') : visible;
  return nfc(spaced.trim());
}

/** Letters of the scripts written densely (a Han or kana character, a Hangul syllable: a word or most of one). */
const DENSE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * A line that stands as a line: two words, or a long word. A dense letter counts as three (`初雪や`, `玉霰`, `진달래 꽃`:
 * whole lines of haiku and of a Korean poem), and two of them are a phrase.
 */
function substantialLine(l: string): boolean {
  const dense = l.match(DENSE)?.length ?? 0;
  const w = l.length + 2 * dense;
  return w >= 6 && (/\S\s+\S/.test(l) || w >= 12 || dense >= 2);
}

/**
 * Lines joined by `<br>` are separate blocks: bilingual sites break one language's paragraph into lines where the other
 * has separate paragraphs (the seed's last Korean paragraph; fact boxes `Price: 4,10 €<br>Harvest: 1.6 Mt`). A line of
 * a single word (a stray label, a lone date, `Флейта,` or `Beware.` in a poem) stays joined to the line before it (the
 * line after it, at the start): one such line used to keep a whole stanza in one block, and the stanza then faced its
 * translation's lines as one paragraph.
 */
function splitLines(raw: string): string[] {
  if (!raw.includes(BR)) return [cleanText(raw)];
  const lines = raw
    .split(BR)
    .map(cleanText)
    .filter((l) => l.length > 0);
  if (lines.length < 2) return lines;
  const out: string[] = [];
  let lead = '';
  for (const l of lines) {
    if (substantialLine(l)) {
      out.push(lead ? `${lead} ${l}` : l);
      lead = '';
    } else if (out.length > 0) out[out.length - 1] += ` ${l}`;
    else lead = lead ? `${lead} ${l}` : l;
  }
  if (lead) out.push(lead);
  return out;
}

/** Class names on a `<pre>`, its `<code>` and the two wrappers a highlighter puts around it. */
function preClasses(pre: Element): string {
  const parts: string[] = [];
  for (let n: Element | null = pre, k = 0; n && k < 3; n = n.parentElement, k++)
    parts.push(n.getAttribute('class') ?? '');
  const code = pre.firstElementChild;
  if (code) parts.push(code.getAttribute('class') ?? '');
  return parts.join(' ');
}

/**
 * The stanzas of a `<pre>` that holds verse (see pre-verse.ts), or null: code, and `<pre>`s whose classes name a
 * programming language, stay one block.
 */
function preVerse(raw: string, pre: Element): string[][] | null {
  if (upperTagName(pre) !== 'PRE' || namesCodeLanguage(preClasses(pre))) return null;
  return verseStanzas(raw.split(BR).join('\n'));
}

/** Collects the text blocks under `root` in document order. */
export function collectBlocks(root: Element, opts: CollectOptions): RawBlock[] {
  const out: RawBlock[] = [];
  // Open block elements, with their tag names as they are beside them (the kinds below are looked up by those); and the
  // upper-case tag of every element entered (null for one left out), for its `exit`.
  const stack: Element[] = [];
  const stackTags: string[] = [];
  const entered: Array<string | null> = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  let linkText = '';
  let namedDepth = 0;
  // Non-space characters of the block, and those inside chrome-named inline elements (article mode only).
  let namedChars = 0;
  let solidChars = 0;
  // Element entered in article mode with a chrome name but kept (inline), for its `exit`.
  const named: boolean[] = [];
  let order = opts.orderOf(root) ?? 0;
  let bufferOrder = order;
  const maxBlocks = opts.maxBlocks ?? Infinity;

  const flush = (): void => {
    if (chars === 0) {
      parts = [];
      return;
    }
    const raw = parts.join('');
    const density = linkChars / Math.max(1, chars);
    const namedChrome = namedChars > 0 && namedChars >= 0.8 * solidChars;
    parts = [];
    chars = 0;
    linkChars = 0;
    namedChars = 0;
    solidChars = 0;
    let kind: BlockKind = 'paragraph';
    let level: number | undefined;
    let el: Element = root;
    for (let i = stackTags.length - 1; i >= 0; i--) {
      const k = KIND_TAGS.get(stackTags[i]!);
      if (k) {
        kind = k;
        if (k === 'heading') level = Number(stackTags[i]!.slice(1));
        break;
      }
    }
    if (stack.length > 0) el = stack[stack.length - 1]!;
    // A quote is a quote even when its paragraphs are <p> inside <blockquote>.
    if (kind === 'paragraph' && stackTags.includes('BLOCKQUOTE')) kind = 'quote';
    const push = (text: string, k: BlockKind, group?: string): void => {
      if (!text || !HAS_TEXT.test(text)) return;
      const b: RawBlock = { kind: k, text, linkDensity: density, order: bufferOrder, el };
      if (level !== undefined) b.level = level;
      if (namedChrome) b.namedChrome = true;
      if (group !== undefined) b.group = group;
      out.push(b);
    };
    // A poem in <pre>: one block per line, the lines of a stanza sharing a key. Paragraphs, not `preformatted`: that
    // kind is code to the reader (monospace, never split into sentences), and these lines are text.
    const stanzas = kind === 'preformatted' ? preVerse(raw, el) : null;
    if (stanzas) {
      stanzas.forEach((lines, k) => {
        for (const line of lines) push(cleanText(line), 'paragraph', `${bufferOrder}:${k}`);
      });
      return;
    }
    const lines = kind === 'heading' ? [cleanText(raw.split(BR).join(' '))] : splitLines(raw);
    for (const text of lines) push(text, kind);
  };

  // Text length of the root, worked out on the first chrome-named element met: an element holding half of it is the
  // article itself, whatever its class says (WordPress's `<article class="post category-news tag-jobs">`).
  let rootChars = -1;
  const holdsMost = (el: Element): boolean => {
    if (rootChars < 0) rootChars = root.textContent?.length ?? 0;
    return (el.textContent?.length ?? 0) >= 0.5 * rootChars;
  };
  let preDepth = 0;
  /** In article mode: 'skip' the element, 'named' keep it but count its text as chrome-named, or keep it. */
  const articleVerdict = (el: Element, tag: string): 'skip' | 'named' | 'keep' => {
    const strength = chromeStrength(el);
    if (!strength) return 'keep';
    if (!BLOCK_TAGS.has(tag)) return 'named';
    if (strength === 'strong') return holdsMost(el) ? 'keep' : 'skip';
    if (NEVER_WEAK.has(tag) || preDepth > 0) return 'keep';
    const text = el.textContent ?? '';
    if (text.length > SMALL_CHROME * 3) return 'keep';
    const t = cleanText(text);
    return t.length > SMALL_CHROME || (t.length >= 40 && SENTENCE.test(t)) ? 'keep' : 'skip';
  };

  walk(root, {
    enter: (el) => {
      const tag = upperTagName(el);
      let verdict: 'skip' | 'named' | 'keep' = 'keep';
      if (NEVER_TEXT.has(tag) || (el !== root && isHidden(el))) verdict = 'skip';
      else if (opts.skipChrome && el !== root) {
        if (opts.article) verdict = articleVerdict(el, tag);
        else if (looksLikeChrome(el) && !holdsMost(el)) verdict = 'skip';
      }
      if (verdict === 'skip') {
        // Left out, but still exited: a skipped <a> must not unbalance the link depth.
        entered.push(null);
        return 'skip';
      }
      entered.push(tag);
      named.push(verdict === 'named');
      if (verdict === 'named') namedDepth++;
      if (tag === 'PRE' || tag === 'CODE') preDepth++;
      const o = opts.orderOf(el);
      if (o !== undefined) order = o;
      if (tag === 'BR') {
        parts.push(BR);
        return 'skip';
      }
      if (tag === 'A') linkDepth++;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push(el);
        stackTags.push(el.tagName);
        bufferOrder = order;
      }
      if (out.length >= maxBlocks) return 'stop';
      return 'descend';
    },
    exit: (el) => {
      const tag = entered.pop();
      if (!tag) return;
      if (named.pop()) namedDepth--;
      if (tag === 'PRE' || tag === 'CODE') preDepth--;
      if (tag === 'A' && linkDepth > 0 && --linkDepth === 0) {
        // A link whose text is its own address (`www.example.org/tax`) is content, not navigation.
        if (URL_TEXT.test(linkText)) linkChars = Math.max(0, linkChars - linkText.length);
        linkText = '';
      }
      if (BLOCK_TAGS.has(tag) && stack[stack.length - 1] === el) {
        flush();
        stack.pop();
        stackTags.pop();
        bufferOrder = order;
      }
    },
    text: (node) => {
      const v = node.nodeValue ?? '';
      if (v.length === 0) return;
      if (chars === 0) {
        if (!NOT_SPACE.test(v)) return;
        bufferOrder = order;
      }
      parts.push(v);
      chars += v.length;
      if (opts.article) {
        const solid = SPACE_FREE.test(v) ? v.length : v.replace(SPACES, '').length;
        solidChars += solid;
        if (namedDepth > 0) namedChars += solid;
      }
      if (linkDepth > 0) {
        linkChars += v.length;
        linkText += v;
      }
    },
  });
  flush();
  return out;
}
