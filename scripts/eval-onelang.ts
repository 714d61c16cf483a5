/**
 * `npx tsx scripts/eval-onelang.ts`: on one-language pages, is the text Diglot returns the article Readability finds?
 *
 * Reads the 84 real pages of Readability's own test corpus (`../shared/corpus/readability/<name>/`, never copied into
 * the project) and scores, per page, the token F1 of Diglot's blocks (their texts, concatenated) against the text of
 * Readability's expected output (`expected.html`), beside plain Readability (the installed version, run on the same
 * source with linkedom) against the same. Tokens are runs of letters and digits, lower-cased, with every Han, kana or
 * Thai character a token of its own (those scripts do not space words). F1 is over token multisets, so order does not
 * count but repeats do. Pages below 0.97 are listed with what they lost and what they gained.
 *
 * `--json` prints the scores as JSON; `--only=<substring>` runs a subset.
 */
import { Readability } from '@mozilla/readability';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromeReasons } from '../utils/chrome-blocks';
import { collectBlocks } from '../utils/dom/blocks';
import { BLOCK_TAGS, NEVER_TEXT } from '../utils/dom/tags';
import { walk } from '../utils/dom/walk';
import { TextReadability } from '../utils/extract';
import { htmlToDocument, parseHtml } from '../utils/parse-html';

export const GOAL = 0.97;

/** Scripts that do not separate words by spaces: each character is a token. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The tokens of a text, as counts. */
export function tokens(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const add = (t: string): void => {
    out.set(t, (out.get(t) ?? 0) + 1);
  };
  for (const word of text.normalize('NFC').toLowerCase().match(WORD) ?? []) {
    if (!UNSPACED.test(word)) {
      add(word);
      continue;
    }
    let run = '';
    for (const ch of word) {
      if (UNSPACED.test(ch)) {
        if (run) add(run);
        run = '';
        add(ch);
      } else run += ch;
    }
    if (run) add(run);
  }
  return out;
}

function size(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

export interface Overlap {
  precision: number;
  recall: number;
  f1: number;
  /** Token counts: shared, only in the candidate, only in the reference. */
  common: number;
  candidate: number;
  reference: number;
}

/** Token-multiset precision, recall and F1 of `candidate` against `reference`. */
export function overlap(candidate: Map<string, number>, reference: Map<string, number>): Overlap {
  let common = 0;
  for (const [t, n] of candidate) common += Math.min(n, reference.get(t) ?? 0);
  const c = size(candidate);
  const r = size(reference);
  const precision = c ? common / c : r ? 0 : 1;
  const recall = r ? common / r : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, common, candidate: c, reference: r };
}

/** Visible text of an element, a space at every block boundary (so `</p><p>` does not glue two words). */
export function textOf(root: Element): string {
  const parts: string[] = [];
  walk(root, {
    enter: (el) => {
      const tag = el.tagName.toUpperCase();
      if (NEVER_TEXT.has(tag)) return 'skip';
      if (BLOCK_TAGS.has(tag) || tag === 'BR') parts.push(' ');
      return 'descend';
    },
    exit: (el) => {
      if (BLOCK_TAGS.has(el.tagName.toUpperCase())) parts.push(' ');
    },
    text: (t) => {
      parts.push(t.nodeValue ?? '');
    },
  });
  return parts.join('');
}

/** Paragraph-sized texts of the reference, for naming what a page lost. */
function referenceParagraphs(root: Element): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(
    'p, li, h1, h2, h3, h4, h5, h6, td, th, blockquote, pre, figcaption, dd, dt',
  )) {
    const t = textOf(el).replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

/** Tokens of `a` that are also in `reference`, as a count (multiset intersection). */
function shared(a: Map<string, number>, reference: Map<string, number>): number {
  let n = 0;
  for (const [t, k] of a) n += Math.min(k, reference.get(t) ?? 0);
  return n;
}

/**
 * Which rule of the extraction lost how many of the reference's tokens: left out by class or landmark name inside
 * Readability's article, or dropped as chrome by text or place (`meta`, `related`, `menu`…), with an example each.
 */
export function lossByRule(
  html: string,
  reference: Map<string, number>,
): Array<{ rule: string; tokens: number; example: string }> {
  let content: Element | undefined;
  try {
    const art = new TextReadability(htmlToDocument(html), {
      serializer: (el) => el as Element,
      keepClasses: true,
    }).parse();
    content = (art?.content as Element | undefined) ?? undefined;
  } catch {
    return [];
  }
  if (!content) return [];
  const out: Array<{ rule: string; tokens: number; example: string }> = [];
  const all = collectBlocks(content, { orderOf: () => 0 });
  const kept = collectBlocks(content, { orderOf: () => 0, skipChrome: true, article: true });
  const byNames =
    shared(tokens(all.map((b) => b.text).join('\n')), reference) -
    shared(tokens(kept.map((b) => b.text).join('\n')), reference);
  if (byNames > 0) {
    const keptTexts = new Set(kept.map((b) => b.text));
    const example = all.find((b) => !keptTexts.has(b.text))?.text ?? '';
    out.push({ rule: 'class/landmark name', tokens: byNames, example });
  }
  const why = chromeReasons(kept, 'article');
  const rules = new Map<string, { tokens: number; example: string }>();
  kept.forEach((b, i) => {
    const rule = why[i];
    if (!rule) return;
    const n = shared(tokens(b.text), reference);
    if (n === 0) return;
    const r = rules.get(rule) ?? { tokens: 0, example: b.text };
    r.tokens += n;
    rules.set(rule, r);
  });
  for (const [rule, r] of rules) out.push({ rule, ...r });
  return out.sort((a, b) => b.tokens - a.tokens);
}

export interface OneLangScore {
  page: string;
  diglot: Overlap;
  readability: Overlap;
  blocks: number;
  bilingual: boolean;
  /** Why the page is below goal (empty when it is not). */
  reason: string;
}

const clip = (s: string, n = 70): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Scores one page of the corpus; null when it has no source or expected output. */
export function scoreOneLangPage(dir: string, page: string): OneLangScore | null {
  const srcFile = join(dir, page, 'source.html');
  const expFile = join(dir, page, 'expected.html');
  if (!existsSync(srcFile) || !existsSync(expFile)) return null;
  const html = readFileSync(srcFile, 'utf8');
  const expectedRoot = htmlToDocument(readFileSync(expFile, 'utf8')).body;
  const reference = tokens(textOf(expectedRoot));

  const out = parseHtml(html, { source: page });
  const mine = tokens(out.blocks.map((b) => b.text).join('\n'));
  const diglot = overlap(mine, reference);

  let plainText = '';
  try {
    const art = new Readability(htmlToDocument(html), { serializer: (el) => el as Element }).parse();
    if (art?.content) plainText = textOf(art.content);
  } catch {
    plainText = '';
  }
  const readability = overlap(tokens(plainText), reference);

  let reason = '';
  if (diglot.f1 < GOAL) {
    const why: string[] = [];
    if (out.blocks.length === 0) {
      why.push(`no blocks${out.warnings?.length ? ` (${out.warnings.join('; ')})` : ''}`);
    }
    if (diglot.recall < GOAL && out.blocks.length > 0) {
      // The longest reference paragraphs most of whose tokens Diglot lacks.
      const missing = referenceParagraphs(expectedRoot)
        .map((p) => ({ p, o: overlap(tokens(p), mine) }))
        .filter((x) => x.o.precision < 0.5 && x.o.candidate >= 4)
        .sort((a, b) => b.o.candidate - a.o.candidate);
      const rules = lossByRule(html, reference)
        .slice(0, 3)
        .map((r) => `${r.rule} ${r.tokens} tokens, e.g. "${clip(r.example, 50)}"`);
      why.push(
        `lost ${Math.round((1 - diglot.recall) * 100)}% of tokens` +
          (missing.length ? ` (${missing.length} paragraphs, e.g. "${clip(missing[0]!.p)}")` : '') +
          (rules.length ? `; by rule: ${rules.join('; ')}` : ''),
      );
    }
    if (diglot.precision < GOAL && out.blocks.length > 0) {
      const extra = out.blocks
        .map((b) => ({ t: b.text, o: overlap(tokens(b.text), reference) }))
        .filter((x) => x.o.precision < 0.5 && x.o.candidate >= 3)
        .sort((a, b) => b.o.candidate - a.o.candidate);
      why.push(
        `added ${Math.round((1 - diglot.precision) * 100)}% extra tokens` +
          (extra.length ? ` (${extra.length} blocks, e.g. "${clip(extra[0]!.t)}")` : ''),
      );
    }
    reason = why.join('; ');
  }
  return { page, diglot, readability, blocks: out.blocks.length, bilingual: out.bilingual, reason };
}

export interface OneLangSummary {
  pages: OneLangScore[];
  /** Mean of per-page F1. */
  macro: { diglot: number; readability: number };
  /** F1 over all tokens of all pages pooled. */
  micro: { diglot: Overlap; readability: Overlap };
  empty: string[];
  below: OneLangScore[];
}

function pooled(list: Overlap[]): Overlap {
  const common = list.reduce((s, o) => s + o.common, 0);
  const c = list.reduce((s, o) => s + o.candidate, 0);
  const r = list.reduce((s, o) => s + o.reference, 0);
  const precision = c ? common / c : 0;
  const recall = r ? common / r : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, common, candidate: c, reference: r };
}

/** Scores every page of the corpus in `dir`; null when the folder is missing. */
export function scoreOneLang(dir: string, only?: string): OneLangSummary | null {
  if (!existsSync(dir)) return null;
  const pages: OneLangScore[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (only && !name.includes(only)) continue;
    const s = scoreOneLangPage(dir, name);
    if (s) pages.push(s);
  }
  const mean = (f: (s: OneLangScore) => number): number =>
    pages.length ? pages.reduce((a, s) => a + f(s), 0) / pages.length : NaN;
  return {
    pages,
    macro: { diglot: mean((s) => s.diglot.f1), readability: mean((s) => s.readability.f1) },
    micro: { diglot: pooled(pages.map((s) => s.diglot)), readability: pooled(pages.map((s) => s.readability)) },
    // Never empty where Readability finds an article (its expected output has text).
    empty: pages.filter((s) => s.blocks === 0 && s.diglot.reference > 0).map((s) => s.page),
    below: pages.filter((s) => s.diglot.f1 < GOAL),
  };
}

const f3 = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));

/** The markdown report: one row per page, the overall figures, and the pages below goal with the reason. */
export function oneLangTable(sum: OneLangSummary): string {
  const lines = [
    '### One-language pages: token F1 against Readability’s expected output',
    '',
    '| page | blocks | Diglot P | Diglot R | Diglot F1 | Readability F1 |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const s of sum.pages) {
    const mark = s.diglot.f1 < GOAL ? ' ⚠' : '';
    lines.push(
      `| ${s.page}${mark} | ${s.blocks} | ${f3(s.diglot.precision)} | ${f3(s.diglot.recall)} | ${f3(s.diglot.f1)} | ${f3(s.readability.f1)} |`,
    );
  }
  lines.push(
    `| **macro** (mean of pages) | | | | **${f3(sum.macro.diglot)}** | ${f3(sum.macro.readability)} |`,
    `| **micro** (all tokens) | | ${f3(sum.micro.diglot.precision)} | ${f3(sum.micro.diglot.recall)} | **${f3(sum.micro.diglot.f1)}** | ${f3(sum.micro.readability.f1)} |`,
    '',
    `${sum.pages.length} pages; empty where Readability finds an article: ${sum.empty.length}${sum.empty.length ? ` (${sum.empty.join(', ')})` : ''}; below ${GOAL}: ${sum.below.length}; bilingual: ${sum.pages.filter((s) => s.bilingual).length}`,
    '',
  );
  if (sum.below.length > 0) {
    lines.push(`Pages below ${GOAL}:`, '');
    for (const s of sum.below) lines.push(`- ${s.page} (F1 ${f3(s.diglot.f1)}): ${s.reason}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Prints the report for the corpus beside the project, or says why it cannot. */
export function printOneLang(dir = join(import.meta.dirname, '../../shared/corpus/readability'), only?: string): void {
  const sum = scoreOneLang(dir, only);
  if (!sum) {
    console.log(`### One-language pages\n\nskipped: ${dir} not found\n`);
    return;
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(sum, null, 2));
  else console.log(oneLangTable(sum));
}

if (process.argv[1] && /eval-onelang\.ts$/.test(process.argv[1])) {
  printOneLang(undefined, process.argv.find((a) => a.startsWith('--only='))?.slice(7));
}
