/**
 * Languages of the blocks, the page's language pair, and how the two languages are laid out.
 *
 * The pair is decided from the long text first (short blocks are where language identification errs), then each block
 * is identified within that pair, and blocks too short or too neutral to judge (`NATO`, a date) take the language of
 * their neighbours. A page is bilingual only when the second language carries a substantial share of the article text
 * in several paragraphs; whether the two sides are translations of each other is checked after alignment, in parse.ts.
 */
import type { BlockKind, LangTag, Layout } from './contract';
import { scriptOfLanguage } from './lang/identify';
import { areClose, soleLanguageOf } from './lang/languages';
import { isRomanisation } from './lang/romanisation';
import { dominantScript, weightedCount, type Script, type ScriptCounts } from './lang/script';
import { TextFacts } from './lang/text-facts';
import { upperTagName } from './dom/tag-name';
import { capAtTypical } from './weights';

export interface SectionBlock {
  text: string;
  kind: BlockKind;
  /** The block's element in the original document, for `lang` attributes and table/column structure. */
  source: Element | null;
  /**
   * Blocks of one element are read apart when their keys differ: the lines of one stanza of a poem printed in `<pre>`
   * share a key (and are identified together), the two halves of a block printed in both languages have one each.
   */
  group?: string;
}

export interface Sections {
  /** Language of each block (same order as the input). */
  langs: LangTag[];
  /** The pair in reading order, or one language. */
  languages: LangTag[];
  /** Enough text in a second language to try aligning (the final verdict needs the alignment too). */
  bilingual: boolean;
  layout: Layout;
  /** Weighted text mass per language. */
  mass: Record<LangTag, number>;
  /** Weighted text mass of each block (same order as the input), for the alignment and the translation check. */
  weights: number[];
  /** 0..1 for the language decision. */
  confidence: number;
  reasons: string[];
}

export interface SectionOptions {
  /** A pair forced by the user. */
  languages?: readonly [LangTag, LangTag];
  /** Facts about the block texts that the extraction already worked out. */
  facts?: TextFacts;
}

/** Blocks the cheap guess cannot place that franc looks at in the first pass. */
const MAX_MODEL_CALLS = 16;
/** Blocks shorter than this (Latin-letter equivalents) do not vote on the page's languages. */
const LONG = 40;
/** The second language must carry this share of the first language's text... */
const MIN_SHARE = 0.1;
/** ...or this share when its text is verse (stanzas of `VERSE_LINES` lines or more). */
const MIN_VERSE_SHARE = 0.04;
const VERSE_LINES = 2;
/** ...or be within this factor of the first language's verse. */
const VERSE_FACTOR = 3;
/** ...in at least this many long blocks. */
const MIN_BLOCKS = 2;
/** The second language's long text, at least (a couple of sentences, or a short poem). */
const MIN_SECOND_MASS = 90;
/** ...or one block of at least this mass. */
const ONE_BLOCK_MASS = 150;

const COLUMN_HINT =
  /(?:^|[\s_-])(?:col|cols|column|columns|grid|split|side|pane|panes|half|left|right|cell|two-up|parallel)(?:$|[\s_-]|\d)/i;
// A container that says it holds columns, around exactly two children: `<div class="poem-columns">` with the original
// and the translation (the children's own classes, `poem original`, say nothing of the layout).
const COLUMNS_PARENT = /(?:^|[\s_-])(?:cols|columns|split|two-up|parallel|side-by-side|facing)(?:$|[\s_-]|\d)/i;
const COLUMN_STYLE =
  /display\s*:\s*(?:grid|flex|inline-block|table-cell)|float\s*:\s*(?:left|right)|column-count|width\s*:\s*(?:4\d|50)%/i;

// Blocks share their ancestors: what each ancestor says (its `lang`, whether it is a column) is read once per page.
// `PAGE` marks <html> (and for columns <body>), where the search stops.
const PAGE = 0;
type LangRole = string | typeof PAGE | null;
type ColumnRole = 'column' | typeof PAGE | null;
/** Column verdicts of the elements seen so far on one page (see `columnOf`). */
export type ColumnRoles = Map<Element, ColumnRole>;

/** What `n` says, read once per page: `roles` remembers each element's verdict across the blocks. */
function roleOf<R>(roles: Map<Element, R>, n: Element, read: (n: Element) => R): R {
  let role = roles.get(n);
  if (role === undefined) {
    role = read(n);
    roles.set(n, role);
  }
  return role;
}

function langRole(n: Element): LangRole {
  if (upperTagName(n) === 'HTML') return PAGE;
  return n.getAttribute('lang') || null;
}

/** The nearest `lang` attribute below `<html>` (the page-wide one says nothing about a bilingual page's blocks). */
function langAttribute(el: Element | null, roles: Map<Element, LangRole>): string | null {
  for (let n = el, depth = 0; n && depth < 12; n = n.parentElement, depth++) {
    const role = roleOf(roles, n, langRole);
    if (role === PAGE) return null;
    if (role) return role;
  }
  return null;
}

/** Normalises `zh-CN`, `zh-TW`, `pt-BR`, `EN` to the tags Diglot reports. */
export function normaliseTag(tag: string): LangTag {
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (t.startsWith('zh')) {
    if (/hant|tw|hk|mo/.test(t)) return 'zh-Hant';
    return 'zh-Hans';
  }
  return t.split('-')[0] ?? t;
}

function columnRole(n: Element): ColumnRole {
  const tag = upperTagName(n);
  if (tag === 'TD' || tag === 'TH') return 'column';
  if (tag === 'BODY' || tag === 'HTML') return PAGE;
  const cls = `${n.getAttribute('class') ?? ''} ${n.getAttribute('id') ?? ''}`;
  return COLUMN_HINT.test(cls) || COLUMN_STYLE.test(n.getAttribute('style') ?? '') ? 'column' : null;
}

/**
 * One of exactly two children of a container whose class says it holds columns: `<div class="poem-columns">` around
 * the original and its translation, whose own classes (`poem original`) say nothing of the layout.
 */
function facingHalf(el: Element | null): Element | null {
  for (let n = el, depth = 0; n && depth < 6; n = n.parentElement, depth++) {
    const parent = n.parentElement;
    if (!parent || upperTagName(parent) === 'BODY') return null;
    if (parent.children.length === 2 && COLUMNS_PARENT.test(parent.getAttribute('class') ?? '')) return n;
  }
  return null;
}

/**
 * A column of a side-by-side layout: a table cell, or an element whose class or style says it is a column. `roles`
 * remembers each element's verdict across the calls for one page.
 */
export function columnOf(el: Element | null, roles: ColumnRoles = new Map()): Element | null {
  for (let n = el, depth = 0; n && depth < 6; n = n.parentElement, depth++) {
    const role = roleOf(roles, n, columnRole);
    if (role === 'column') return n;
    if (role === PAGE) return null;
  }
  return null;
}

/**
 * `columns` when the two languages sit in different columns side by side: cells of one table row, or sibling
 * column containers (a whole-article grid, or one grid row per paragraph pair), or the two halves of a container
 * that says it holds columns.
 */
function isColumns(
  blocks: readonly SectionBlock[],
  langs: LangTag[],
  a: LangTag,
  b: LangTag,
  roles: ColumnRoles,
): boolean {
  return sideBySide(blocks, langs, a, b, (el) => columnOf(el, roles)) || sideBySide(blocks, langs, a, b, facingHalf);
}

function sideBySide(
  blocks: readonly SectionBlock[],
  langs: LangTag[],
  a: LangTag,
  b: LangTag,
  columnOfBlock: (el: Element | null) => Element | null,
): boolean {
  let total = 0;
  let inColumns = 0;
  const colsA = new Set<Element>();
  const colsB = new Set<Element>();
  blocks.forEach((blk, i) => {
    const l = langs[i];
    if (l !== a && l !== b) return;
    total++;
    const col = columnOfBlock(blk.source);
    if (!col) return;
    inColumns++;
    (l === a ? colsA : colsB).add(col);
  });
  if (total === 0 || inColumns < 0.7 * total) return false;
  // One column holding both languages is not side by side (a stray misidentified block may be forgiven).
  let shared = 0;
  for (const c of colsA) if (colsB.has(c)) shared++;
  if (shared > 0.1 * Math.max(colsA.size, colsB.size)) return false;
  // Some column of A must sit right beside a column of B (the cells of a row, the two halves of a grid). Sibling
  // containers with an ad or a second headline between them are sections one after the other, not columns.
  for (const c of colsB) {
    const prev = c.previousElementSibling;
    const next = c.nextElementSibling;
    if ((prev && colsA.has(prev)) || (next && colsA.has(next))) return true;
  }
  return false;
}

/**
 * Text mass and number of long blocks per language, from the long blocks only. A block's own `lang` attribute, else
 * the cheap guess, else franc for an even sample of the blocks the cheap guess cannot place: the pair is a page-level
 * decision, and franc is dear. franc chooses among the languages the cheap guess already found in the block's script
 * when it found two or more there and the blocks it placed outweigh the unplaced ones two to one (short Spanish lines
 * on an English/Spanish page: even if every unplaced block were a third language, it could not outweigh the pair);
 * otherwise among every language Diglot knows. Two candidates cost franc a tenth of nineteen.
 */
function longTextLanguages(
  blocks: readonly SectionBlock[],
  hists: ScriptCounts[],
  weights: number[],
  scripts: Array<Script | null>,
  attrs: Array<LangTag | null>,
  lines: number[],
  facts: TextFacts,
): { mass: Map<LangTag, number>; longCount: Map<LangTag, number>; verse: Map<LangTag, number> } {
  const verse = new Map<LangTag, number>();
  const mass = new Map<LangTag, number>();
  const longCount = new Map<LangTag, number>();
  // A stanza shorter than a long block (a haiku) still votes when its script names its language by itself: no model
  // is asked, so its length cannot mislead one.
  const votes = blocks.map(
    (_, i) =>
      weights[i]! >= LONG ||
      (lines[i]! >= VERSE_LINES &&
        weights[i]! >= LONG / 2 &&
        scripts[i] != null &&
        soleLanguageOf(scripts[i]!) !== null),
  );
  const quick: Array<LangTag | null> = blocks.map((b, i) => {
    if (!votes[i] || !scripts[i]) return null;
    const attr = attrs[i];
    return attr && compatible(attr, scripts[i]!) ? attr : facts.quickLanguage(b.text, scripts[i]!);
  });
  const capped = capAtTypical(weights.map((w, i) => (votes[i] && scripts[i] ? w : 0)));
  // Per script: the mass the cheap guess placed, by language, and the mass it could not place.
  const placed = new Map<Script, Map<LangTag, number>>();
  const unplacedMass = new Map<Script, number>();
  let unplaced = 0;
  for (let i = 0; i < blocks.length; i++) {
    const s = scripts[i];
    if (!votes[i] || !s) continue;
    const q = quick[i];
    if (q === null || q === undefined) {
      unplaced++;
      unplacedMass.set(s, (unplacedMass.get(s) ?? 0) + capped[i]!);
    } else if (scriptOfLanguage(q) === s) {
      const m = placed.get(s) ?? new Map<LangTag, number>();
      placed.set(s, m.set(q, (m.get(q) ?? 0) + capped[i]!));
    }
  }
  const pools = new Map<Script, LangTag[]>();
  for (const [s, um] of unplacedMass) {
    const m = placed.get(s);
    if (!m || m.size < 2) continue;
    let placedMass = 0;
    for (const v of m.values()) placedMass += v;
    if (placedMass >= 2 * um)
      pools.set(
        s,
        [...m.entries()].sort((x, y) => y[1] - x[1]).map(([l]) => l),
      );
  }
  const stride = Math.max(1, Math.ceil(unplaced / MAX_MODEL_CALLS));
  let unplacedSeen = 0;
  for (let i = 0; i < blocks.length; i++) {
    if (!votes[i] || !scripts[i]) continue;
    let lang = quick[i] ?? null;
    if (lang === null && unplacedSeen++ % stride === 0) {
      lang = facts.identify(blocks[i]!.text, pools.get(scripts[i]!) ?? [], hists[i]).lang;
    }
    if (lang === null) continue;
    if (lang === 'und') continue;
    mass.set(lang, (mass.get(lang) ?? 0) + capped[i]!);
    longCount.set(lang, (longCount.get(lang) ?? 0) + 1);
    if (lines[i]! >= VERSE_LINES) verse.set(lang, (verse.get(lang) ?? 0) + capped[i]!);
  }
  return { mass, longCount, verse };
}

/** Two lines in one writing system: one script, or kanji beside kana (a haiku's `玉霰` line between kana lines). */
function sameWriting(a: Script | null, b: Script | null): boolean {
  return a === b || (a !== null && b !== null && (a === 'Han' || a === 'Kana') && (b === 'Han' || b === 'Kana'));
}

/** Block i and the one before it are in one group: both without, or with the same key (see `SectionBlock.group`). */
function sameGroup(blocks: readonly SectionBlock[], i: number): boolean {
  return blocks[i]!.group === blocks[i - 1]!.group;
}

/**
 * The page's paragraphs for the language vote: blocks split from one element at its `<br>`s (the lines of a stanza,
 * a fact box) are joined again, and the lines of each stanza of a poem printed in `<pre>`. A poem's lines are each too
 * short to vote, and a reader sees its stanzas. The two halves of a block printed in both languages vote apart.
 */
function paragraphUnits(
  blocks: readonly SectionBlock[],
  hists: ScriptCounts[],
  weights: number[],
  scripts: Array<Script | null>,
  attrs: Array<LangTag | null>,
  facts: TextFacts,
): [SectionBlock[], ScriptCounts[], number[], Array<Script | null>, Array<LangTag | null>, number[]] {
  let joined = false;
  for (let i = 1; i < blocks.length && !joined; i++)
    joined = blocks[i]!.source !== null && blocks[i]!.source === blocks[i - 1]!.source && sameGroup(blocks, i);
  if (!joined) return [[...blocks], hists, weights, scripts, attrs, blocks.map(() => 1)];
  const out: SectionBlock[] = [];
  const outAttrs: Array<LangTag | null> = [];
  const lines: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const prev = out[out.length - 1];
    if (
      prev &&
      b.source !== null &&
      b.source === prev.source &&
      sameWriting(scripts[i] ?? null, scripts[i - 1] ?? null) &&
      sameGroup(blocks, i)
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.text}` };
      lines[lines.length - 1]!++;
    } else {
      out.push(b);
      outAttrs.push(attrs[i]!);
      lines.push(1);
    }
  }
  const h = out.map((b) => facts.histogram(b.text, 4000));
  return [out, h, h.map(weightedCount), h.map(dominantScript), outAttrs, lines];
}

/**
 * The text of each group of blocks, by its key: a stanza of a poem printed in `<pre>` (its lines joined), or one half
 * of a block printed in both languages (its own text).
 */
function stanzaTexts(blocks: readonly SectionBlock[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of blocks) {
    if (b.group === undefined) continue;
    const t = out.get(b.group);
    out.set(b.group, t === undefined ? b.text : `${t} ${b.text}`);
  }
  return out;
}

/** Assigns languages and decides the pair and the layout. */
export function assignSections(blocks: readonly SectionBlock[], opts: SectionOptions = {}): Sections {
  const reasons: string[] = [];
  const n = blocks.length;
  const facts = opts.facts ?? new TextFacts();
  const hists = blocks.map((b) => facts.histogram(b.text, 4000));
  const weights = hists.map(weightedCount);
  const scripts = hists.map(dominantScript);
  const langRoles = new Map<Element, LangRole>();
  const columnRoles: ColumnRoles = new Map();
  const attrs = blocks.map((b) => {
    const a = langAttribute(b.source, langRoles);
    return a ? normaliseTag(a) : null;
  });

  // 1. The page's languages, from long blocks only, identified against every language Diglot knows.
  // (A pair forced by the user needs none of this.)
  const { mass, longCount, verse } = opts.languages
    ? { mass: new Map<LangTag, number>(), longCount: new Map<LangTag, number>(), verse: new Map<LangTag, number>() }
    : longTextLanguages(...paragraphUnits(blocks, hists, weights, scripts, attrs, facts), facts);
  if (!opts.languages) mergeCloseLanguages(mass, longCount, attrs, reasons);
  const ranked = [...mass.entries()].sort((x, y) => y[1] - x[1]);
  let pair: LangTag[];
  let bilingual: boolean;
  if (opts.languages) {
    pair = [normaliseTag(opts.languages[0]), normaliseTag(opts.languages[1])];
    bilingual = true;
    reasons.push(`pair forced: ${pair.join('/')}`);
  } else if (ranked.length === 0) {
    pair = [];
    bilingual = false;
    reasons.push('no long-form text');
  } else {
    const [l1, m1] = ranked[0]!;
    const second = ranked[1];
    const longBlocks = longCount.get(second?.[0] ?? '') ?? 0;
    // One long block may be the whole second language (a poem printed as one paragraph facing its translation in
    // stanzas): the alignment then decides whether it is a translation or a quotation.
    const enough = longBlocks >= MIN_BLOCKS || (longBlocks === 1 && (second?.[1] ?? 0) >= ONE_BLOCK_MASS);
    // Verse may be a small share: a poem and its translation beside the translator's notes and the poet's biography.
    const inVerse = second !== undefined && (verse.get(second[0]) ?? 0) >= 0.5 * second[1];
    const share = inVerse ? MIN_VERSE_SHARE : MIN_SHARE;
    // However long the notes, a poem facing its translation is as long as the first language's verse, give or take
    // (three haiku and their English beside an essay on them).
    const firstVerse = verse.get(l1) ?? 0;
    const facingVerse =
      inVerse &&
      firstVerse >= MIN_SECOND_MASS &&
      second[1] * VERSE_FACTOR >= firstVerse &&
      second[1] <= VERSE_FACTOR * firstVerse;
    if (second && (second[1] >= share * m1 || facingVerse) && second[1] >= MIN_SECOND_MASS && enough) {
      pair = [l1, second[0]];
      bilingual = true;
      reasons.push(`second language ${second[0]} has ${Math.round((100 * second[1]) / m1)}% of ${l1}'s text`);
    } else {
      pair = [l1];
      bilingual = false;
      reasons.push(
        second
          ? `second language ${second[0]} too small (${Math.round((100 * second[1]) / m1)}% of ${l1}, ${longCount.get(second[0])} long blocks)`
          : `one language: ${l1}`,
      );
    }
  }

  // 2. Each block within the pair. Blocks in a script no pair language uses keep their own language.
  const langs: LangTag[] = new Array<LangTag>(n).fill('und');
  const confident: boolean[] = new Array<boolean>(n).fill(false);
  const certainty: number[] = new Array<number>(n).fill(0);
  const pairScripts = new Set(pair.map(scriptOfLanguage));
  const stanzas = stanzaTexts(blocks);
  const sameScript = pair.length === 2 && scriptOfLanguage(pair[0]!) === scriptOfLanguage(pair[1]!);
  const romanised = romanisedStanzas(blocks, scripts, pair, facts);
  for (let i = 0; i < n; i++) {
    const s = scripts[i];
    if (!s) continue;
    const attr = attrs[i];
    if (attr && pair.includes(attr) && compatible(attr, s)) {
      langs[i] = attr;
      confident[i] = true;
      continue;
    }
    const source = blocks[i]!.source;
    if (source !== null && romanised.has(source)) {
      // In neither language of the pair: left out of the alignment, and of the smoothing (it is sure of itself).
      langs[i] = 'und';
      confident[i] = true;
      continue;
    }
    const within = pairScripts.has(s) || (s === 'Han' && pairScripts.has('Kana'));
    // A line of verse ("tráth", "for my beauty") is too short to tell two languages of one script apart; its stanza
    // is not.
    const stanza = stanzas.get(blocks[i]!.group ?? '');
    const hist = stanza ? facts.histogram(stanza, 4000) : hists[i];
    const weight = stanza ? weightedCount(hist!) : weights[i]!;
    const id = facts.identify(stanza ?? blocks[i]!.text, within ? pair : [], hist);
    langs[i] = id.lang;
    certainty[i] = id.confidence;
    // Within one script, short blocks ("Stage result", "Winner: Bellini (ITA)") are where the model errs: they take
    // their section's language below unless the model is sure.
    confident[i] = id.lang !== 'und' && (!sameScript || !within || weight >= LONG || id.confidence >= 0.9);
    // "NATO", "OK", "Photo": a few letters say little even across scripts; the neighbours decide.
    if (weight < 15) confident[i] = false;
  }

  // 3. Reading order of the pair: the language whose first long block comes first.
  if (pair.length === 2) {
    const f0 = firstIndex(langs, pair[0]!, weights);
    const f1 = firstIndex(langs, pair[1]!, weights);
    if (f1 < f0) pair = [pair[1]!, pair[0]!];
  }

  // 4. Layout from the confident blocks, then smoothing of the rest by it.
  let layout: Layout = 'single';
  if (pair.length === 2 && bilingual) {
    const seq: LangTag[] = [];
    for (let i = 0; i < n; i++) if (confident[i] && pair.includes(langs[i]!)) seq.push(langs[i]!);
    let runs = 0;
    for (let k = 0; k < seq.length; k++) if (k === 0 || seq[k] !== seq[k - 1]) runs++;
    const countA = seq.filter((l) => l === pair[0]).length;
    const countB = seq.length - countA;
    layout = runs <= 4 || runs < 0.5 * Math.min(countA, countB) ? 'blocks' : 'interleaved';
    smooth(langs, confident, certainty, pair, layout);
    if (sameScript && layout === 'blocks') flipIslands(langs, certainty, pair);
    if (sameScript) followColumns(blocks, langs, certainty, weights, pair, columnRoles);
    if (isColumns(blocks, langs, pair[0]!, pair[1]!, columnRoles)) layout = 'columns';
    reasons.push(`layout ${layout}: ${runs} runs over ${seq.length} blocks`);
  } else {
    smooth(langs, confident, certainty, pair, 'blocks');
  }

  const massOut: Record<LangTag, number> = {};
  for (let i = 0; i < n; i++) massOut[langs[i]!] = (massOut[langs[i]!] ?? 0) + weights[i]!;
  const m0 = massOut[pair[0] ?? ''] ?? 0;
  const m1 = massOut[pair[1] ?? ''] ?? 0;
  const share = m0 > 0 ? Math.min(m0, m1) / Math.max(m0, m1) : 0;
  const confidence = pair.length === 0 ? 0 : bilingual ? Math.min(1, 0.5 + share) : Math.min(1, 1 - share * 2);
  return { langs, languages: pair, bilingual, layout, mass: massOut, weights, confidence, reasons };
}

/**
 * Elements whose lines (a stanza split at its `<br>`s) respell the pair's other language in Latin letters (see
 * romanisation.ts), on a page whose pair is one language in Latin letters and one in another script.
 */
function romanisedStanzas(
  blocks: readonly SectionBlock[],
  scripts: Array<Script | null>,
  pair: readonly LangTag[],
  facts: TextFacts,
): Set<Element> {
  const out = new Set<Element>();
  const latin = pair.filter((l) => scriptOfLanguage(l) === 'Latin');
  if (pair.length !== 2 || latin.length !== 1) return out;
  const lines = new Map<Element, string[]>();
  blocks.forEach((b, i) => {
    if (b.source === null || b.group !== undefined || scripts[i] !== 'Latin') return;
    const list = lines.get(b.source);
    if (list) list.push(b.text);
    else lines.set(b.source, [b.text]);
  });
  for (const [el, list] of lines) if (list.length >= 2 && isRomanisation(list.join(' '), latin[0]!, facts)) out.add(el);
  return out;
}

/**
 * Croatian, Bosnian and Latin-script Serbian (or Indonesian and Malay, Norwegian and Danish) are one text to the model
 * on most paragraphs: a page in one of them comes out as a mix. Their long text counts for the language with the most
 * of it, unless the page's own `lang` attributes name both (the one way such a page can show it is bilingual).
 */
function mergeCloseLanguages(
  mass: Map<LangTag, number>,
  longCount: Map<LangTag, number>,
  attrs: Array<LangTag | null>,
  reasons: string[],
): void {
  const marked = new Set(attrs.filter((a): a is LangTag => a !== null));
  const ranked = [...mass.entries()].sort((x, y) => y[1] - x[1]).map(([l]) => l);
  for (const lead of ranked) {
    if (!mass.has(lead)) continue;
    for (const other of ranked) {
      if (other === lead || !mass.has(other) || !areClose(lead, other)) continue;
      if (marked.has(lead) && marked.has(other)) continue;
      mass.set(lead, mass.get(lead)! + mass.get(other)!);
      longCount.set(lead, (longCount.get(lead) ?? 0) + (longCount.get(other) ?? 0));
      mass.delete(other);
      longCount.delete(other);
      reasons.push(`${other} counted as ${lead} (too close to tell apart by model)`);
    }
  }
}

/** Whether a block in script `s` can be in `lang` (Japanese is written in kanji alone as well as with kana). */
function compatible(lang: LangTag, s: Script): boolean {
  const ls = scriptOfLanguage(lang);
  return ls === s || (ls === 'Kana' && s === 'Han');
}

function firstIndex(langs: LangTag[], lang: LangTag, weights: number[]): number {
  for (let i = 0; i < langs.length; i++) if (langs[i] === lang && weights[i]! >= LONG) return i;
  const i = langs.indexOf(lang);
  return i < 0 ? Infinity : i;
}

/**
 * Blocks whose language could not be judged with confidence are settled by their neighbours. In `blocks` layout they
 * take the language around them (the same before and after), else keep the model's guess. On alternating pages
 * (interleaved, table rows) the model's guess stands when it continues the alternation or is fairly sure; otherwise
 * the block takes the language opposite to the block before it (A is followed by its B).
 */
function smooth(langs: LangTag[], confident: boolean[], certainty: number[], pair: LangTag[], layout: Layout): void {
  if (pair.length === 0) return;
  const n = langs.length;
  if (layout === 'interleaved' && pair.length === 2) {
    let last: LangTag | null = null;
    for (let i = 0; i < n; i++) {
      const guess = langs[i]!;
      if (!confident[i]) {
        const keep = pair.includes(guess) && (last === null || guess !== last || certainty[i]! >= 0.6);
        if (!keep) langs[i] = last === null ? pair[0]! : last === pair[0] ? pair[1]! : pair[0]!;
      }
      if (pair.includes(langs[i]!)) last = langs[i]!;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    if (confident[i]) continue;
    let prev: LangTag | null = null;
    for (let k = i - 1; k >= 0; k--) {
      if (confident[k] && pair.includes(langs[k]!)) {
        prev = langs[k]!;
        break;
      }
    }
    let next: LangTag | null = null;
    for (let k = i + 1; k < n; k++) {
      if (confident[k] && pair.includes(langs[k]!)) {
        next = langs[k]!;
        break;
      }
    }
    const current = langs[i]!;
    if (prev && next && prev === next) langs[i] = prev;
    else if (pair.includes(current)) langs[i] = current;
    else langs[i] = prev ?? next ?? pair[0]!;
  }
}

/**
 * In a page of two sections in one script (Spanish then Portuguese), a lone block identified as the other language in
 * the middle of a section is a misidentification unless the model was sure: it takes its section's language.
 */
function flipIslands(langs: LangTag[], certainty: number[], pair: LangTag[]): void {
  const idx: number[] = [];
  langs.forEach((l, i) => {
    if (pair.includes(l)) idx.push(i);
  });
  for (let k = 1; k + 1 < idx.length; k++) {
    const prev = langs[idx[k - 1]!]!;
    const next = langs[idx[k + 1]!]!;
    const i = idx[k]!;
    if (prev === next && langs[i] !== prev && certainty[i]! < 0.9) langs[i] = prev;
  }
}

/** Key of a block's column position: the cell's index in its row, or the column element's class and index. */
function columnKey(el: Element | null, roles: ColumnRoles): string | null {
  const col = columnOf(el, roles);
  if (!col) return null;
  let index = 0;
  for (let p = col.previousElementSibling; p; p = p.previousElementSibling) index++;
  const tag = upperTagName(col);
  return tag === 'TD' || tag === 'TH' ? `cell:${index}` : `col:${col.getAttribute('class') ?? ''}:${index}`;
}

/**
 * Side by side in one script (Spanish | Portuguese cells), every block of a column position is in that column's
 * language: uncertain blocks take the language carrying most of their column position's text.
 */
function followColumns(
  blocks: readonly SectionBlock[],
  langs: LangTag[],
  certainty: number[],
  weights: number[],
  pair: LangTag[],
  roles: ColumnRoles,
): void {
  const keys = blocks.map((b) => columnKey(b.source, roles));
  const mass = new Map<string, Map<LangTag, number>>();
  keys.forEach((k, i) => {
    if (k === null || !pair.includes(langs[i]!)) return;
    const m = mass.get(k) ?? new Map<LangTag, number>();
    m.set(langs[i]!, (m.get(langs[i]!) ?? 0) + weights[i]!);
    mass.set(k, m);
  });
  keys.forEach((k, i) => {
    if (k === null || certainty[i]! >= 0.9 || !pair.includes(langs[i]!)) return;
    const m = mass.get(k)!;
    let best: LangTag | null = null;
    let bestMass = 0;
    let sum = 0;
    for (const [l, w] of m) {
      sum += w;
      if (w > bestMass) {
        best = l;
        bestMass = w;
      }
    }
    if (best && bestMass >= 0.75 * sum) langs[i] = best;
  });
}
