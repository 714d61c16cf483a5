/**
 * The two-page set: `parsePagePairHtml` on every page pair of test/fixtures/two-pages/ (an article and its translation
 * published at another address, and pairs that are not translations). Called by scripts/eval.ts after the real-page
 * tables; `npx tsx scripts/eval-pages.ts [--only=<substring>] [--json] [--verbose]` runs it alone.
 *
 * Per pair: detection (bilingual with the right languages, in page order), false positives and warnings on the
 * non-translation pairs, share of gold article text recovered and the share of it given its page's language, chrome
 * pairs (a pair holding a block that contains a listed chrome string or matches no gold paragraph), and alignment
 * precision/recall/F1 over links, counted as scripts/eval.ts counts them: every (a, b) of a gold pair is a link, except
 * that n lines facing n paragraphs are n diagonal links. Blocks are matched to gold paragraphs of their own page (the
 * block's `page`) by eval.ts's `matchBlocks`. Beside F1, the index-pairing baseline: the i-th gold paragraph of the first
 * page with the i-th of the second, what a reader gets by putting the two pages side by side and scrolling.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from '../utils/contract';
import { parsePagePairHtml } from '../utils/parse-html';
import { fmt, matchBlocks, norm, type GoldParagraph } from './eval';

export interface PageGold {
  lang: string;
  url?: string;
  paragraphs: Array<{ text: string; optional?: boolean }>;
}

export interface PairGold {
  bilingual: boolean;
  languages: [string, string];
  first: PageGold;
  second: PageGold;
  pairs: Array<Record<string, number[]>>;
  chrome: string[];
}

export interface PairScore {
  name: string;
  goldBilingual: boolean;
  detected: boolean;
  /** Bilingual, with the gold languages in page order. */
  rightLanguages: boolean;
  falsePositive: boolean;
  /** A non-translation pair that came back with a warning saying why. */
  warned: boolean;
  languages: string[];
  layout: string;
  goldChars: number;
  recoveredChars: number;
  rightLangChars: number;
  blocks: number;
  blocksWithoutPage: number;
  duplicateIds: number;
  /** Pairs holding a chrome block, with the offending text (shortened). */
  chromePairs: string[];
  links: { gold: number; found: number; correct: number; baselineFound: number; baselineCorrect: number };
  /** Gold links the parser missed and links it made wrongly, as `first#i ~ second#j` with the texts shortened. */
  missed: string[];
  wrong: string[];
  ms: number;
  warnings: string[];
}

export interface PagePairsRow {
  group: string;
  pairs: number;
  translations: number;
  detected: number;
  negatives: number;
  falsePositives: number;
  negativesWarned: number;
  recovered: number;
  langAccuracy: number;
  chromePairs: number;
  precision: number;
  recall: number;
  f1: number;
  baselineF1: number;
  ms: number;
}

export interface PagePairsResult {
  dir: string;
  scores: PairScore[];
  rows: PagePairsRow[];
  all: PagePairsRow;
}

export const TWO_PAGES_DIR = join(import.meta.dirname, '..', 'test', 'fixtures', 'two-pages');

const short = (s: string, n = 50): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The fixture pairs in the folder: every subfolder with first.html, second.html and expected.json. */
export function listPagePairs(dir = TWO_PAGES_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'expected.json')))
    .map((d) => d.name)
    .sort();
}

export function readPagePair(name: string, dir = TWO_PAGES_DIR): { first: string; second: string; gold: PairGold } {
  return {
    first: readFileSync(join(dir, name, 'first.html'), 'utf8'),
    second: readFileSync(join(dir, name, 'second.html'), 'utf8'),
    gold: JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as PairGold,
  };
}

function linkKey(a: number, b: number): string {
  return `${a}:${b}`;
}

/** Gold links as scripts/eval.ts counts them: n lines facing n paragraphs are n diagonal links. */
export function goldLinks(gold: PairGold): Set<string> {
  const [la, lb] = gold.languages;
  const links = new Set<string>();
  for (const pair of gold.pairs) {
    const ga = pair[la] ?? [];
    const gb = pair[lb] ?? [];
    if (ga.length >= 2 && ga.length === gb.length) ga.forEach((a, k) => links.add(linkKey(a, gb[k]!)));
    else for (const a of ga) for (const b of gb) links.add(linkKey(a, b));
  }
  return links;
}

/** The index-pairing baseline: the i-th required gold paragraph of each page, paired. */
export function baselineLinks(gold: PairGold): Set<string> {
  const required = (p: PageGold): number[] => p.paragraphs.flatMap((x, i) => (x.optional ? [] : [i]));
  const a = required(gold.first);
  const b = required(gold.second);
  const links = new Set<string>();
  for (let k = 0; k < Math.min(a.length, b.length); k++) links.add(linkKey(a[k]!, b[k]!));
  return links;
}

export function scorePagePair(name: string, first: string, second: string, gold: PairGold): PairScore {
  const t0 = performance.now();
  const out: ParsedArticle = parsePagePairHtml(first, second, {
    sources: [`${name}/first.html`, `${name}/second.html`],
  });
  const ms = performance.now() - t0;
  const pages = [gold.first, gold.second] as const;
  const asGold = (p: PageGold): GoldParagraph[] => p.paragraphs.map((x) => ({ ...x, lang: p.lang }));

  // Each block is matched against the gold of the page it says it came from; a block with no page matches nothing.
  const match: number[][] = out.blocks.map(() => []);
  for (const k of [0, 1] as const) {
    const idx = out.blocks.flatMap((b, i) => (b.page === k ? [i] : []));
    const m = matchBlocks(
      idx.map((i) => out.blocks[i]!),
      asGold(pages[k]),
    );
    idx.forEach((bi, j) => (match[bi] = m[j]!));
  }

  // Recovered text and its language, per page.
  let goldChars = 0;
  let recoveredChars = 0;
  let rightLangChars = 0;
  for (const k of [0, 1] as const) {
    const page = pages[k];
    page.paragraphs.forEach((p, gi) => {
      if (p.optional) return;
      const len = norm(p.text).length;
      goldChars += len;
      const bs = out.blocks.flatMap((b, bi) => (b.page === k && match[bi]!.includes(gi) ? [bi] : []));
      if (bs.length === 0) return;
      const got = Math.min(
        len,
        bs.reduce((s, bi) => s + Math.min(norm(out.blocks[bi]!.text).length, len), 0),
      );
      recoveredChars += got;
      rightLangChars += (got * bs.filter((bi) => out.blocks[bi]!.lang === page.lang).length) / bs.length;
    });
  }

  // Chrome pairs, then links: a link joins a required gold paragraph of the first page with one of the second.
  const chrome = gold.chrome.map(norm).filter(Boolean);
  const byId = new Map(out.blocks.map((b, i) => [b.id, i]));
  const chromePairs: string[] = [];
  const found = new Set<string>();
  const optional = (k: 0 | 1, gi: number): boolean => !!pages[k].paragraphs[gi]?.optional;
  for (const pair of out.bilingual ? out.pairs : []) {
    const ids = Object.values(pair.blocks).flat();
    const bad = ids
      .map((id) => byId.get(id) ?? -1)
      .find((bi) => {
        const b = out.blocks[bi];
        return !b || match[bi]!.length === 0 || chrome.some((c) => norm(b.text).includes(c));
      });
    if (bad !== undefined) chromePairs.push(short(out.blocks[bad]?.text ?? `unknown block in ${ids.join(',')}`));
    const ends = (k: 0 | 1): number[] =>
      ids.flatMap((id) => {
        const bi = byId.get(id) ?? -1;
        return out.blocks[bi]?.page === k ? match[bi]!.filter((gi) => !optional(k, gi)) : [];
      });
    const [a, b] = [ends(0), ends(1)];
    for (const x of a) for (const y of b) found.add(linkKey(x, y));
    // A pair inside one page (both ends on the first page, or on the second) is wrong whatever it holds.
    if (a.length > 1 && b.length === 0) found.add(`same-page:0:${a.join('+')}`);
    if (b.length > 1 && a.length === 0) found.add(`same-page:1:${b.join('+')}`);
  }
  const gl = gold.bilingual ? goldLinks(gold) : new Set<string>();
  const base = gold.bilingual ? baselineLinks(gold) : new Set<string>();
  const correct = [...found].filter((l) => gl.has(l)).length;
  const describe = (l: string): string => {
    const [x, y] = l.split(':').map(Number) as [number, number];
    if (Number.isNaN(x) || Number.isNaN(y)) return l;
    return `first#${x} "${short(gold.first.paragraphs[x]?.text ?? '?', 30)}" ~ second#${y} "${short(gold.second.paragraphs[y]?.text ?? '?', 30)}"`;
  };
  const ids = out.blocks.map((b) => b.id);

  return {
    name,
    goldBilingual: gold.bilingual,
    detected: out.bilingual,
    rightLanguages: out.bilingual && out.languages[0] === gold.languages[0] && out.languages[1] === gold.languages[1],
    falsePositive: !gold.bilingual && out.bilingual,
    warned: (out.warnings ?? []).length > 0,
    languages: out.languages,
    layout: out.layout,
    goldChars,
    recoveredChars,
    rightLangChars,
    blocks: out.blocks.length,
    blocksWithoutPage: out.blocks.filter((b) => b.page !== 0 && b.page !== 1).length,
    duplicateIds: ids.length - new Set(ids).size,
    chromePairs,
    links: {
      gold: gl.size,
      found: found.size,
      correct,
      baselineFound: base.size,
      baselineCorrect: [...base].filter((l) => gl.has(l)).length,
    },
    missed: gold.bilingual ? [...gl].filter((l) => !found.has(l)).map(describe) : [],
    wrong: gold.bilingual ? [...found].filter((l) => !gl.has(l)).map(describe) : [],
    ms,
    warnings: out.warnings ?? [],
  };
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function summarisePairs(group: string, scores: PairScore[]): PagePairsRow {
  const pos = scores.filter((s) => s.goldBilingual);
  const neg = scores.filter((s) => !s.goldBilingual);
  const sum = (f: (s: PairScore) => number, list = pos): number => list.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.links.gold);
  const found = sum((s) => s.links.found);
  const correct = sum((s) => s.links.correct);
  const bFound = sum((s) => s.links.baselineFound);
  const bCorrect = sum((s) => s.links.baselineCorrect);
  const p = found ? correct / found : pos.length ? 0 : NaN;
  const r = gold ? correct / gold : NaN;
  const bp = bFound ? bCorrect / bFound : NaN;
  const br = gold ? bCorrect / gold : NaN;
  const recovered = sum((s) => s.recoveredChars);
  const goldChars = sum((s) => s.goldChars);
  const times = scores.map((s) => s.ms).sort((x, y) => x - y);
  return {
    group,
    pairs: scores.length,
    translations: pos.length,
    detected: pos.filter((s) => s.rightLanguages).length,
    negatives: neg.length,
    falsePositives: neg.filter((s) => s.falsePositive).length,
    negativesWarned: neg.filter((s) => !s.falsePositive && s.warned).length,
    recovered: goldChars ? recovered / goldChars : NaN,
    langAccuracy: recovered ? sum((s) => s.rightLangChars) / recovered : NaN,
    chromePairs: sum((s) => s.chromePairs.length, scores),
    precision: p,
    recall: r,
    f1: pos.length ? f1(p || 0, r || 0) : NaN,
    baselineF1: pos.length ? f1(bp || 0, br || 0) : NaN,
    ms: times[Math.floor(times.length / 2)] ?? NaN,
  };
}

/** Scores every page pair (those whose name holds `only`, when given). */
export function scorePagePairs(opts: { only?: string | undefined; dir?: string } = {}): PagePairsResult {
  const dir = opts.dir ?? TWO_PAGES_DIR;
  const scores = listPagePairs(dir)
    .filter((name) => !opts.only || name.includes(opts.only))
    .map((name) => {
      const { first, second, gold } = readPagePair(name, dir);
      return scorePagePair(name, first, second, gold);
    });
  const rows = scores.map((s) => summarisePairs(s.name, [s]));
  return { dir, scores, rows, all: summarisePairs('all', scores) };
}

export function pagePairsTable(result: PagePairsResult): string {
  const head =
    '| pair of pages | translation | detected | FP | recovered | lang acc | chrome pairs | P | R | F1 | baseline F1 | ms |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const line = (r: PagePairsRow): string => {
    const detected =
      r.group === 'all'
        ? `${r.detected}/${r.translations}`
        : r.translations
          ? r.detected
            ? 'yes'
            : 'no'
          : r.falsePositives
            ? 'FP'
            : r.negativesWarned
              ? 'no (warned)'
              : 'no (no warning)';
    const translation = r.group === 'all' ? `${r.translations} + ${r.negatives} not` : r.translations ? 'yes' : 'no';
    return `| ${r.group} | ${translation} | ${detected} | ${r.falsePositives} | ${fmt(r.recovered)} | ${fmt(r.langAccuracy)} | ${r.chromePairs} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${fmt(r.baselineF1)} | ${fmt(r.ms, 0)} |`;
  };
  return [
    '### Two pages, one article (test/fixtures/two-pages)',
    '',
    head,
    sep,
    ...result.rows.map(line),
    line(result.all),
    '',
  ].join('\n');
}

/** What falls short of the goals, pair by pair. */
export function pagePairsMisses(result: PagePairsResult, verbose = false): string[] {
  const lines: string[] = [];
  for (const s of result.scores) {
    const problems: string[] = [];
    if (s.goldBilingual && !s.rightLanguages)
      problems.push(`detected=${s.detected} languages=${JSON.stringify(s.languages)} layout=${s.layout}`);
    if (s.falsePositive) problems.push(`false positive as ${JSON.stringify(s.languages)}`);
    if (!s.goldBilingual && !s.falsePositive && !s.warned) problems.push('not bilingual, but no warning says why');
    if (s.blocksWithoutPage) problems.push(`${s.blocksWithoutPage} blocks without page`);
    if (s.duplicateIds) problems.push(`${s.duplicateIds} duplicate block ids`);
    if (s.chromePairs.length) problems.push(`chrome paired: ${JSON.stringify(s.chromePairs)}`);
    if (s.goldBilingual && s.recoveredChars < 0.99 * s.goldChars)
      problems.push(`recovered ${fmt(s.recoveredChars / (s.goldChars || 1))}`);
    if (s.links.correct < s.links.gold || s.links.found > s.links.correct)
      problems.push(`links ${s.links.correct}/${s.links.found} of ${s.links.gold}`);
    if (problems.length === 0) continue;
    lines.push(`- ${s.name}: ${problems.join('; ')}`);
    if (verbose) {
      for (const m of s.missed) lines.push(`  - missed ${m}`);
      for (const w of s.wrong) lines.push(`  - wrong ${w}`);
      if (s.warnings.length) lines.push(`  - warnings ${JSON.stringify(s.warnings)}`);
    }
  }
  return lines;
}

/** Prints the table (and the pairs below goal); returns the figures. */
export function printPagePairs(opts: { only?: string | undefined; verbose?: boolean } = {}): PagePairsResult | null {
  if (!existsSync(TWO_PAGES_DIR)) {
    console.log('### Two pages, one article\n\nskipped: test/fixtures/two-pages not found\n');
    return null;
  }
  const result = scorePagePairs({ only: opts.only });
  if (result.scores.length === 0) return result;
  console.log(pagePairsTable(result));
  const misses = pagePairsMisses(result, opts.verbose);
  if (misses.length) console.log(['#### Page pairs below goal', '', ...misses, ''].join('\n'));
  return result;
}

if (process.argv[1] && /eval-pages\.ts$/.test(process.argv[1])) {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  if (process.argv.includes('--json')) console.log(JSON.stringify(scorePagePairs({ only }), null, 2));
  else printPagePairs({ only, verbose: process.argv.includes('--verbose') });
}
