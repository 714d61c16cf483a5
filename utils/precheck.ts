/**
 * The cheap "could this page be bilingual?" test the content script runs on every page.
 *
 * It must cost a few percent of a Readability parse and say no on ordinary pages, so it never runs Readability: one
 * iterative walk over the body's text (site chrome skipped), stopped by a budget, and a Unicode-script histogram over
 * paragraph-sized blocks. Two scripts with substantial long-form text each make a candidate. Pairs in one script are
 * told apart by block-level `lang` attributes, Ukrainian/Russian-only letters, Simplified/Traditional characters, and
 * stopword counts for the Latin-script languages of bilingual news. It may say yes on a page the full parse then
 * rejects; it must not say no on a bilingual article.
 */
import { soleLanguageOf } from './lang/languages';
import { quickLanguage } from './lang/quick';
import { coreStopwords } from './lang/stopwords';
import { dominantScript, scriptHistogram, weightedCount, type Script } from './lang/script';
import { BLOCK_TAGS, NEVER_TEXT, chromeStrength, isHidden } from './dom/tags';
import { walkSteps } from './dom/walk';
import { drain, runInSlices } from './slices';
import { hanVariantTable } from './lang/han-variant';
import { countText, countTextSteps, type CensusOptions, type TextCensus } from './text-census';
import { oneLanguage } from './one-language';
import { primaryLang } from './page-text';

export interface PrecheckResult {
  candidate: boolean;
  /** Scripts with long-form text, most text first. */
  scripts: Script[];
  /** Language hints (BCP 47 where known, otherwise a script name) with long-form text, most text first. */
  langs: string[];
  /** Why the answer is what it is, for logs and the popup's "why not?". */
  reason: string;
  /** Which stage answered: the text census (a quick "one language") or the element walk. */
  decidedBy: 'census' | 'walk';
}

export interface PrecheckOptions {
  /** Elements visited before giving up. */
  maxElements?: number;
  /** Characters of text read before giving up. */
  maxChars?: number;
}

// Block-sized texts shorter than this (in Latin-letter equivalents) are menus, buttons and captions: not evidence.
const LONG_BLOCK = 40;
const LONG_STANZA = 35;
const SHORT_STANZA = 20;
// Each language needs this many long blocks and this share of the larger language's text.
const MIN_BLOCKS = 2;
// Under the parser's own thresholds (10% of the first language, 4% for verse, and 90 weighted letters; one block
// from 150), since the walk reads only the first 300 characters of a block.
const MIN_SHARE = 0.08;
// A second language placed only by loose leads needs this share.
const LOOSE_SHARE = 0.2;
// Pages with less long text than this are "short" (see the end of precheck()).
const SMALL_PAGE_MASS = 800;
const SMALL_PAGE_SHARE = 0.3;
const MIN_VERSE_SHARE = 0.03;
const VERSE_FACTOR = 3;
const MIN_SECOND_MASS = 80;
const ONE_BLOCK_MASS = 120;
// Unplaced same-script text must weigh this share of the placed language to count as a possible second language.
const UNPLACED_SHARE = 0.5;
// Function words are counted for the first blocks of a script, then for every third.
const KEY_ALL_FIRST = 12;
const KEY_STRIDE = 3;
// Nodes walked between two chances for the page to run. A block's first look at its words is a few milliseconds
// cold, and a table row holds several blocks: a step of 64 nodes made 10–15 ms tasks on a 5,000-row page.
const WALK_STEP = 16;
const KEY_MIN_SCORE = 1;
const KEY_MARGIN = 1.25;

interface Tally {
  blocks: number;
  mass: number;
  /** Mass of the blocks whose language led by the parser's own margin (the others led by less). */
  sure: number;
  /** Mass of the blocks that read as verse (lines split by <br>). */
  verse: number;
}

/**
 * The language of a long block, as far as letters and function words tell (no model here); a script name (`Latin`,
 * `Devanagari`) when they cannot. Shared with the census's idea of a language.
 */
function languageKey(text: string, script: Script): string {
  if (script === 'Latin') return wordsLanguage(text, script);
  const quick = quickLanguage(text, script, coreStopwords());
  if (quick) return quick;
  return script === 'Cyrillic' ? wordsLanguage(text, script) : script;
}

/**
 * The language whose commonest words a block holds most of. Looser than the parser asks (a quarter ahead, not 60%):
 * a Spanish paragraph shares most of its small words with Catalan and Galician, and one wrong key among many right
 * ones changes nothing, while a page whose blocks all stay unplaced would hide its second language. A block whose
 * leader is not that far ahead gets the key `?xx` (unsure, leaning to xx); one with no hits at all the script's name.
 */
/** Whether the block's words put it in `key` by the parser's own margin (60% ahead), not just the loose one. */
function wordsAreSure(text: string, key: string): boolean {
  return coreStopwords().language(text) === key;
}

function wordsLanguage(text: string, script: Script): string {
  const core = coreStopwords();
  const sure = core.language(text, core.languages, KEY_MIN_SCORE, KEY_MARGIN);
  if (sure) return sure;
  const leaning = core.language(text, core.languages, KEY_MIN_SCORE, 1);
  return leaning ? `?${leaning}` : script;
}

/** The pre-check's census data: every core function word, and the Simplified/Traditional table. */
const FULL_DATA = () => ({ stopwords: coreStopwords(), hanVariants: hanVariantTable() });

/** The census with the pre-check's full data. */
export function takeCensus(doc: Document, opts: CensusOptions = {}): TextCensus | null {
  return countText(doc, FULL_DATA(), opts);
}

/** The census's best name for the page's one language (a BCP 47 tag), when it has one. */
function censusLanguage(c: TextCensus, script: Script, topStopword: string | undefined): string | undefined {
  const { uk, ru } = c.cyrillic;
  if (script === 'Latin') return topStopword;
  if (script === 'Cyrillic') return uk === ru ? undefined : uk > ru ? 'uk' : 'ru';
  if (script === 'Han') return (c.han?.traditional ?? 0) > (c.han?.simplified ?? 0) ? 'zh-Hant' : 'zh-Hans';
  const key = languageKey('', script);
  return /^[a-z]/.test(key) ? key : undefined;
}

/**
 * Chrome the walk leaves out: strong names (menus, share bars, comments, ads) and the page's header and footer. Weak
 * names (`date`, `meta`, `author`, `category`, `view-mode`) are not enough: WordPress and Drupal print them on the
 * article element itself (`category-news author-ana`, `node--view-mode-full`), and a short dateline is no long block.
 */
function isChrome(el: Element, tag: string): boolean {
  const strength = chromeStrength(el);
  if (strength === 'strong') return true;
  return strength === 'weak' && (tag === 'HEADER' || tag === 'FOOTER') && !el.parentElement?.closest('article');
}

/** Decides whether `doc` may hold a bilingual article. Never throws; never modifies `doc`. */
export function precheck(doc: Document, opts: PrecheckOptions = {}): PrecheckResult {
  return drain(precheckSteps(doc, opts));
}

/** The same decision in slices that give the page its main thread back between them (see `utils/slices.ts`). */
export function precheckInSlices(doc: Document, opts: PrecheckOptions = {}): Promise<PrecheckResult> {
  return runInSlices(precheckSteps(doc, opts));
}

function* precheckSteps(doc: Document, opts: PrecheckOptions): Generator<void, PrecheckResult> {
  const maxElements = opts.maxElements ?? 40_000;
  const maxChars = opts.maxChars ?? 400_000;
  const body = doc.body;
  const none = (reason: string): PrecheckResult => ({
    candidate: false,
    scripts: [],
    langs: [],
    reason,
    decidedBy: 'census',
  });
  if (!body) return none('no body');
  // The script's evaluation is a task of its own; the word index and the Han table are built in the next one.
  yield;
  const census = yield* countTextSteps(doc, FULL_DATA(), { maxChars, maxTextNodes: maxElements });
  yield;
  const single = census && oneLanguage(census);
  if (single) {
    const lang = single.script && censusLanguage(census, single.script, single.topStopword);
    return {
      candidate: false,
      scripts: single.script ? [single.script] : [],
      langs: lang ? [lang] : [],
      reason: single.script ? `one language in the page's text (${lang ?? single.script})` : 'no text',
      decidedBy: 'census',
    };
  }

  const byKey = new Map<string, Tally>();
  const byScript = new Map<Script, Tally>();
  const byAttr = new Map<string, Tally>();
  const langStack: Array<{ el: Element; lang: string }> = [];
  let parts: string[] = [];
  let chars = 0;
  let breaks = 0;
  let totalChars = 0;
  let elements = 0;
  let exhausted = false;

  const add = (m: Map<string, Tally>, k: string, mass: number, verse: boolean, sure = true): void => {
    const t = m.get(k) ?? { blocks: 0, mass: 0, verse: 0, sure: 0 };
    t.blocks++;
    t.mass += mass;
    if (verse) t.verse += mass;
    if (sure) t.sure += mass;
    m.set(k, t);
  };

  const flush = (): void => {
    const verse = breaks >= 1;
    breaks = 0;
    // (A haiku is a dozen characters or so: lines are looked at from fewer.)
    if (chars < (verse ? 10 : 30)) {
      parts = [];
      chars = 0;
      return;
    }
    const text = parts.join('');
    parts = [];
    chars = 0;
    const h = scriptHistogram(text, 300);
    const mass = weightedCount(h);
    const script = dominantScript(h);
    if (!script) return;
    // A stanza is shorter than a paragraph: the parser counts its lines together from 40 weighted letters too, and
    // from 20 when its script names its language (a haiku).
    if (mass < (verse ? (soleLanguageOf(script) ? SHORT_STANZA : LONG_STANZA) : LONG_BLOCK)) return;
    add(byScript as Map<string, Tally>, script, mass, verse);
    // Stopword counting is the dearest step: on a long page look at the first blocks of a script and every third one
    // after (a second language in a later section is still seen). Not every second or fourth: on a page whose
    // languages alternate, that would only ever see one of them.
    const seen = byScript.get(script)!.blocks;
    if ((script !== 'Latin' && script !== 'Cyrillic') || seen <= KEY_ALL_FIRST || seen % KEY_STRIDE === 0) {
      const sample = text.length > 400 ? text.slice(0, 400) : text;
      const key = languageKey(sample, script);
      // A block keyed among every third stands for three: a second language printed after the first would
      // otherwise weigh a third of what it is.
      const stands = seen <= KEY_ALL_FIRST || (script !== 'Latin' && script !== 'Cyrillic') ? 1 : KEY_STRIDE;
      const sure = !(script === 'Latin' || script === 'Cyrillic') || wordsAreSure(sample, key);
      add(byKey, key, mass * stands, verse, sure);
    }
    const attr = langStack[langStack.length - 1]?.lang;
    if (attr) add(byAttr, attr, mass, verse);
    if (byScript.size > 1 && clearlyTwoScripts()) decided = true;
  };

  // A yes needs no more reading once two scripts each have several long blocks of comparable mass (the full parse
  // decides the rest); a no always reads the whole budget, since the second language may come last.
  let decided = false;
  const clearlyTwoScripts = (): boolean => {
    const t = [...byScript.values()].filter((x) => x.blocks >= 3).sort((x, y) => y.mass - x.mass);
    return t.length >= 2 && t[1]!.mass >= 0.3 * t[0]!.mass;
  };

  const skipped = new Set<Element>();
  yield;
  yield* walkSteps(
    body,
    {
      enter: (el) => {
        if (decided) return 'stop';
        if (++elements > maxElements) {
          exhausted = true;
          return 'stop';
        }
        const tag = el.tagName.toUpperCase();
        if (
          NEVER_TEXT.has(tag) ||
          (el !== body && (isHidden(el) || isChrome(el, tag))) ||
          // A <form> is a search box or a comment form, except on ASP.NET-style pages where one form wraps the body.
          (tag === 'FORM' && el.parentElement !== body)
        ) {
          skipped.add(el);
          return 'skip';
        }
        if (BLOCK_TAGS.has(tag)) flush();
        else if (tag === 'BR') breaks++;
        const lang = el.hasAttributes() ? el.getAttribute('lang') : null;
        if (lang && el !== body) langStack.push({ el, lang: primaryLang(lang) });
        return 'descend';
      },
      exit: (el) => {
        if (skipped.size > 0 && skipped.delete(el)) return;
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) flush();
        if (langStack.length > 0 && langStack[langStack.length - 1]!.el === el) langStack.pop();
      },
      text: (node) => {
        // Only a block's first 400 characters are ever looked at (the histogram reads 300, the stopwords 400), and
        // reading a text node's value is the dearest DOM call in Chromium: past that, count without reading.
        const length = (node as Text).length;
        if (chars < 400) parts.push(node.nodeValue ?? '');
        chars += length;
        totalChars += length;
        if (totalChars > maxChars) {
          exhausted = true;
          return 'stop';
        }
      },
    },
    WALK_STEP,
  );
  flush();

  // A language counts with two long blocks, or one block as long as a poem printed in one piece.
  const ranked = (m: Map<string, Tally>): Array<[string, Tally]> =>
    [...m.entries()]
      .filter(([, t]) => t.blocks >= MIN_BLOCKS || t.mass >= ONE_BLOCK_MASS)
      .sort((a, b) => b[1].mass - a[1].mass);
  const scripts = ranked(byScript as Map<string, Tally>);
  const keys = ranked(byKey).filter(([k]) => /^[a-z]/.test(k)); // 'Latin', 'Han', '?ca': undecided keys are no evidence
  const attrs = ranked(byAttr);
  const result = (candidate: boolean, reason: string): PrecheckResult => ({
    candidate,
    scripts: scripts.map(([s]) => s as Script),
    langs: keys.map(([k]) => k),
    reason:
      exhausted && !candidate ? `budget exhausted (${elements} elements, ${totalChars} chars); ${reason}` : reason,
    decidedBy: 'walk',
  });
  const pairOf = (list: Array<[string, Tally]>): [string, string] | null => {
    const [a, b] = list;
    if (!a || !b) return null;
    const share = b[1].mass / a[1].mass;
    const verse = b[1].verse >= 0.5 * b[1].mass;
    // A smaller second language counts when its blocks were placed by a clear lead of their words: a Czech page's
    // paragraphs sometimes lean to Lithuanian by a hair, never by that much.
    const sure = b[1].sure >= 0.5 * b[1].mass;
    // As in the parser: verse as long as a third of the first language's verse faces it, whatever the notes around.
    const facing = verse && a[1].verse >= MIN_SECOND_MASS && b[1].mass * VERSE_FACTOR >= a[1].verse;
    const enough =
      share >= LOOSE_SHARE || (sure && (share >= MIN_SHARE || (verse && (share >= MIN_VERSE_SHARE || facing))));
    return enough && b[1].mass >= MIN_SECOND_MASS ? [a[0], b[0]] : null;
  };

  const s = pairOf(scripts);
  if (s) return result(true, `long text in two scripts: ${s[0]} and ${s[1]}`);
  const k = pairOf(keys);
  if (k) return result(true, `long text in two languages: ${k[0]} and ${k[1]}`);
  const a = pairOf(attrs);
  if (a) return result(true, `blocks marked with two lang attributes: ${a[0]} and ${a[1]}`);
  // Long text the function words cannot place, beside a language they did place: a close neighbour (Galician beside
  // Spanish, Slovak beside Czech) often reads as neither. The parser's model decides.
  const top = keys[0];
  if (top) {
    const unsure = { blocks: 0, mass: 0 };
    for (const [k, t] of byKey) {
      if (!k.startsWith('?') || k === `?${top[0]}`) continue;
      unsure.blocks += t.blocks;
      unsure.mass += t.mass;
    }
    if (unsure.blocks >= MIN_BLOCKS && unsure.mass >= UNPLACED_SHARE * top[1].mass)
      return result(true, `long text beside ${top[0]} that leans to other languages`);
    // A short page (a README, a notice) may hold its second language in one or two blocks whose words say little;
    // parsing a short page costs little, so any other language or unplaced text of a fair share is reason enough.
    let total = 0;
    for (const t of byKey.values()) total += t.mass;
    if (total < SMALL_PAGE_MASS) {
      for (const [k, t] of byKey) {
        if (k === top[0] || k === `?${top[0]}`) continue;
        if (t.mass >= SMALL_PAGE_SHARE * top[1].mass)
          return result(true, `a short page with text in ${top[0]} and ${k.replace('?', '')}`);
      }
    }
  }
  if (scripts.length === 0) return result(false, 'no long-form text');
  return result(false, `long-form text in one language (${keys[0]?.[0] ?? scripts[0]![0]})`);
}
