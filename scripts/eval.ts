/**
 * `npm run eval`: the parser against the gold fixtures, and the real monolingual corpus as negatives.
 *
 * Per page: detection (bilingual with the right languages), false positives, share of gold article text recovered,
 * share of it assigned the right language, share of block text that is chrome (matches no gold paragraph) plus any
 * listed chrome string found, and paragraph-alignment precision/recall/F1 over links (every (a, b) of a gold pair is
 * a link) with the index-pairing baseline (i-th block of A with i-th block of B) beside it. Optional gold paragraphs
 * count neither as recovered nor as leaked. Parser blocks are matched to gold paragraphs by normalised containment.
 * A gold unit of n >= 2 lines facing n paragraphs is scored as its n diagonal links (line i with paragraph i), as in
 * the seed article's gold; the contract could not hold n > 2 as one pair anyway.
 * Prints one markdown table per layout and per language pair; `--json` prints everything as JSON instead.
 * Then the real-page corpus (scripts/eval-real.ts: `../shared/corpus/bilingual-real`, rendered as its sites would serve
 * it, gold in test/real/) in tables of its own. `--real` prints only those; `--only=<substring>` keeps the fixture pages
 * and real items whose name holds it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from '../utils/contract';
import { parseHtml, htmlToDocument } from '../utils/parse-html';
import { precheck } from '../utils/precheck';
import { printReal, scoreReal, type RealResult } from './eval-real';
import { printOneLang } from './eval-onelang';
import { lidReport } from './eval-lid';
import { evalLong } from './eval-long';
import { printPagePairs } from './eval-pages';

export interface GoldParagraph {
  lang: string;
  text: string;
  optional?: boolean;
}

export interface Gold {
  bilingual: boolean;
  languages: string[];
  layout: string;
  paragraphs?: GoldParagraph[];
  pairs?: Array<Record<string, number[]>>;
  chrome?: string[];
}

export interface PageScore {
  page: string;
  layout: string;
  pair: string;
  goldBilingual: boolean;
  detected: boolean;
  rightLanguages: boolean;
  rightLayout: boolean;
  falsePositive: boolean;
  /** The languages the parser reported. */
  languages: string[];
  goldChars: number;
  recoveredChars: number;
  rightLangChars: number;
  blockChars: number;
  leakedChars: number;
  chromeHits: string[];
  /**
   * `correct` counts found links that are right (precision); `credited` is what recall counts, equal to `correct`
   * unless the gold has group pairs (see `ScoreOptions.groupPairs`); the same for the baseline.
   */
  links: {
    gold: number;
    found: number;
    correct: number;
    credited: number;
    baselineFound: number;
    baselineCorrect: number;
    baselineCredited: number;
  };
  precheck: boolean;
  ms: number;
  warnings: string[];
}

/** Lower-case, letters and digits only: robust to quotes, spacing and punctuation differences. */
export function norm(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** For each parser block, the gold paragraphs it holds or belongs to. */
export function matchBlocks(blocks: Array<{ text: string; kind?: string }>, gold: GoldParagraph[]): number[][] {
  const g = gold.map((p) => norm(p.text));
  // Lines found inside several golds (a refrain printed in every stanza): which of them, once the rest is matched.
  const ambiguous: Array<{ bi: number; holders: number[] }> = [];
  const taken = new Set<number>();
  const out = blocks.map((b, bi) => {
    const t = norm(b.text);
    if (!t) return [];
    const hits: number[] = [];
    g.forEach((gt, i) => {
      if (gt && (gt === t || (t.length >= 4 && gt.includes(t)) || (gt.length >= 4 && t.includes(gt)))) hits.push(i);
    });
    if (hits.length <= 1) return hits;
    const holders = hits.filter((i) => !t.includes(g[i]!));
    // A short block found inside several golds (a name, "Stage result"): keep the exact match, else the first. Of two
    // golds with one text (a poem's title and its first line), the one no block before took.
    const exact = hits.filter((i) => g[i] === t);
    if (exact.length > 0) {
      const pick = exact.find((i) => !taken.has(i)) ?? exact[0]!;
      taken.add(pick);
      // (A heading that opens the paragraph after it, `Le référentiel` / `Le référentiel contient…`, is the heading.)
      if (holders.length > 0 && b.kind !== 'heading') ambiguous.push({ bi, holders: [pick, ...holders] });
      return [pick];
    }
    const inside = hits.filter((i) => t.includes(g[i]!));
    // A line that holds a short gold (a poem's one-word title, "Futile") but lies inside a longer gold is a line of
    // the longer one, unless what it holds is most of it.
    const insideChars = inside.reduce((s, i) => s + g[i]!.length, 0);
    if (inside.length > 0 && (holders.length === 0 || 2 * insideChars >= t.length)) return inside;
    if (holders.length > 1) ambiguous.push({ bi, holders });
    return [holders[0] ?? hits[0]!];
  });
  // A line inside several golds (or equal to one and inside others: a line the translator's note quotes) belongs with
  // the lines around it: the gold the nearest line before it (else after it) was matched to, when that is one of them.
  const single = (bi: number): number | undefined => (out[bi]?.length === 1 ? out[bi]![0] : undefined);
  const isAmbiguous = new Set(ambiguous.map((a) => a.bi));
  for (const { bi, holders } of ambiguous) {
    const near = (step: -1 | 1): number | undefined => {
      for (let k = bi + step; k >= 0 && k < blocks.length; k += step) if (!isAmbiguous.has(k)) return single(k);
      return undefined;
    };
    const before = near(-1);
    const after = near(1);
    const pick = holders.includes(before ?? -1) ? before : holders.includes(after ?? -1) ? after : undefined;
    if (pick !== undefined) out[bi] = [pick];
  }
  return out;
}

function linkKey(a: number, b: number): string {
  return `${a}:${b}`;
}

export interface ScoreOptions {
  /**
   * Score group pairs by text coverage instead of links. A group pair is a gold pair of several paragraphs on both sides
   * that are not n lines facing n paragraphs, or of more than two on one side: a whole poem facing its translation
   * stanza by stanza where the stanzas break differently (3 Hindi stanzas against 5 English, 1 Thai paragraph against 6
   * English stanzas). Counting every (a, b) of such a pair as a gold link asks for links no 1-1/1-2/2-1 aligner can
   * produce (the contract holds at most two blocks a side), so for these pairs only:
   * - a found link is correct when both ends lie in the group pair (precision counts links as everywhere else);
   * - the pair weighs as many gold links as it has paragraphs on its longer side, and is credited that weight times the
   *   share of its paragraph text (normalised characters, both sides) lying at an end of a correct found link.
   * Used for the real corpus; the fixtures have no group pair, and their scoring is unchanged.
   */
  groupPairs?: boolean;
}

interface GroupPair {
  a: Set<number>;
  b: Set<number>;
  weight: number;
}

function isGroupPair(na: number, nb: number): boolean {
  return na !== nb && ((na >= 2 && nb >= 2) || Math.max(na, nb) > 2);
}

/** Links that are correct (gold links, or links inside a group pair), and the recall credit they earn. */
function creditLinks(
  found: Set<string>,
  goldLinks: Set<string>,
  groups: GroupPair[],
  chars: (gi: number) => number,
): { correct: number; credited: number } {
  let correct = 0;
  let credited = 0;
  const covered = groups.map(() => new Set<number>());
  for (const key of found) {
    if (goldLinks.has(key)) {
      correct++;
      credited++;
      continue;
    }
    const [x, y] = key.split(':').map(Number) as [number, number];
    const g = groups.findIndex((gp) => gp.a.has(x) && gp.b.has(y));
    if (g < 0) continue;
    correct++;
    covered[g]!.add(x).add(y);
  }
  groups.forEach((gp, g) => {
    const all = [...gp.a, ...gp.b];
    const total = all.reduce((s, gi) => s + chars(gi), 0);
    const got = [...covered[g]!].reduce((s, gi) => s + chars(gi), 0);
    if (total > 0) credited += (gp.weight * got) / total;
  });
  return { correct, credited };
}

export function scorePage(page: string, html: string, gold: Gold, opts: ScoreOptions = {}): PageScore {
  const [layout = '?', pairName = '?'] = page.split('--');
  const t0 = performance.now();
  const out: ParsedArticle = parseHtml(html, { source: page });
  const ms = performance.now() - t0;
  const pc = precheck(htmlToDocument(html)).candidate;
  const paragraphs = gold.paragraphs ?? [];
  const match = matchBlocks(out.blocks, paragraphs);
  const sameSet = (x: string[], y: string[]): boolean => x.length === y.length && x.every((l) => y.includes(l));

  // Text recovered and language: a gold paragraph is recovered by the blocks matched to it.
  let goldChars = 0;
  let recoveredChars = 0;
  let rightLangChars = 0;
  const coveredBy = paragraphs.map(() => [] as number[]);
  match.forEach((golds, bi) => golds.forEach((gi) => coveredBy[gi]!.push(bi)));
  paragraphs.forEach((p, gi) => {
    if (p.optional) return;
    const len = norm(p.text).length;
    goldChars += len;
    const bs = coveredBy[gi]!;
    if (bs.length === 0) return;
    const got = Math.min(
      len,
      bs.reduce((s, bi) => s + Math.min(norm(out.blocks[bi]!.text).length, len), 0),
    );
    recoveredChars += got;
    const right = bs.filter((bi) => out.blocks[bi]!.lang === p.lang).length / bs.length;
    rightLangChars += got * right;
  });

  // Leaked: block text that matches no gold paragraph (optional golds are not leaks), plus listed chrome strings.
  let blockChars = 0;
  let leakedChars = 0;
  out.blocks.forEach((b, bi) => {
    const len = norm(b.text).length;
    blockChars += len;
    if (match[bi]!.length === 0) leakedChars += len;
  });
  const chromeHits = (gold.chrome ?? []).filter((c) =>
    out.blocks.some((b) => norm(b.text).includes(norm(c)) && norm(c)),
  );

  // Alignment links.
  const goldLinks = new Set<string>();
  const groups: GroupPair[] = [];
  const [la, lb] = gold.languages;
  for (const pair of gold.pairs ?? []) {
    const ga = pair[la ?? ''] ?? [];
    const gb = pair[lb ?? ''] ?? [];
    if (opts.groupPairs && isGroupPair(ga.length, gb.length)) {
      groups.push({ a: new Set(ga), b: new Set(gb), weight: Math.max(ga.length, gb.length) });
    } else if (ga.length >= 2 && ga.length === gb.length) {
      // A unit of n lines facing n paragraphs (a <br>-split paragraph against separate ones) is scored as line i with
      // paragraph i: the seed's convention (its two Korean lines face two English paragraphs as two pairs), and the
      // only form the contract can hold for n > 2 (at most two blocks a side).
      ga.forEach((a, k) => goldLinks.add(linkKey(a, gb[k]!)));
    } else for (const a of ga) for (const b of gb) goldLinks.add(linkKey(a, b));
  }
  const blockIndex = new Map(out.blocks.map((b, i) => [b.id, i]));
  const found = new Set<string>();
  const goldLang = (gi: number): string => paragraphs[gi]?.lang ?? '';
  if (out.bilingual) {
    for (const pair of out.pairs) {
      const sides = Object.values(pair.blocks);
      if (sides.length !== 2) continue;
      // Optional gold paragraphs (titles printed in the body) are ignored: pairing the two titles is neither right nor
      // wrong.
      const required = (gi: number): boolean => !paragraphs[gi]?.optional;
      const ga = sides[0]!.flatMap((id) => match[blockIndex.get(id) ?? -1] ?? []).filter(required);
      const gb = sides[1]!.flatMap((id) => match[blockIndex.get(id) ?? -1] ?? []).filter(required);
      for (const x of ga) {
        for (const y of gb) {
          if (goldLang(x) === la && goldLang(y) === lb) found.add(linkKey(x, y));
          else if (goldLang(x) === lb && goldLang(y) === la) found.add(linkKey(y, x));
          else found.add(`bad:${x}:${y}`);
        }
      }
    }
  }
  // Baseline: the parser's blocks of each language, paired by index.
  const baseline = new Set<string>();
  if (la && lb) {
    const ia = out.blocks.map((b, i) => (b.lang === la ? i : -1)).filter((i) => i >= 0);
    const ib = out.blocks.map((b, i) => (b.lang === lb ? i : -1)).filter((i) => i >= 0);
    for (let k = 0; k < Math.min(ia.length, ib.length); k++) {
      for (const x of match[ia[k]!]!) {
        for (const y of match[ib[k]!]!)
          if (!paragraphs[x]?.optional && !paragraphs[y]?.optional) baseline.add(linkKey(x, y));
      }
    }
  }
  const chars = (gi: number): number => norm(paragraphs[gi]?.text ?? '').length;
  const { correct, credited } = creditLinks(found, goldLinks, groups, chars);
  const base = creditLinks(baseline, goldLinks, groups, chars);

  return {
    page,
    layout,
    pair: gold.bilingual ? pairName : 'negative',
    goldBilingual: gold.bilingual,
    detected: out.bilingual,
    rightLanguages: out.bilingual && sameSet(out.languages, gold.languages),
    rightLayout: out.layout === gold.layout,
    falsePositive: !gold.bilingual && out.bilingual,
    languages: out.languages,
    goldChars,
    recoveredChars,
    rightLangChars,
    blockChars,
    leakedChars,
    chromeHits,
    links: {
      gold: goldLinks.size + groups.reduce((sum, g) => sum + g.weight, 0),
      found: found.size,
      correct,
      credited,
      baselineFound: baseline.size,
      baselineCorrect: base.correct,
      baselineCredited: base.credited,
    },
    precheck: pc,
    ms,
    warnings: out.warnings ?? [],
  };
}

export interface Row {
  group: string;
  pages: number;
  positives: number;
  recall: number;
  falsePositives: number;
  layoutRight: number;
  recovered: number;
  langAccuracy: number;
  leaked: number;
  chromeHits: number;
  precision: number;
  linkRecall: number;
  f1: number;
  baselineF1: number;
  precheckYes: number;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

export function summarise(group: string, scores: PageScore[]): Row {
  const pos = scores.filter((s) => s.goldBilingual);
  const sum = (f: (s: PageScore) => number, list = scores): number => list.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.links.gold, pos);
  const found = sum((s) => s.links.found, pos);
  const correct = sum((s) => s.links.correct, pos);
  const credited = sum((s) => s.links.credited, pos);
  const bFound = sum((s) => s.links.baselineFound, pos);
  const bCorrect = sum((s) => s.links.baselineCorrect, pos);
  const bCredited = sum((s) => s.links.baselineCredited, pos);
  const p = found ? correct / found : 0;
  const r = gold ? credited / gold : 0;
  const bp = bFound ? bCorrect / bFound : 0;
  const br = gold ? bCredited / gold : 0;
  const goldChars = sum((s) => s.goldChars, pos);
  const recovered = sum((s) => s.recoveredChars, pos);
  return {
    group,
    pages: scores.length,
    positives: pos.length,
    recall: pos.length ? pos.filter((s) => s.rightLanguages).length / pos.length : NaN,
    falsePositives: scores.filter((s) => s.falsePositive).length,
    layoutRight: pos.length ? pos.filter((s) => s.rightLayout).length / pos.length : NaN,
    recovered: goldChars ? recovered / goldChars : NaN,
    langAccuracy: recovered ? sum((s) => s.rightLangChars, pos) / recovered : NaN,
    leaked: sum((s) => s.blockChars, pos) ? sum((s) => s.leakedChars, pos) / sum((s) => s.blockChars, pos) : NaN,
    chromeHits: sum((s) => s.chromeHits.length),
    precision: p,
    linkRecall: r,
    f1: f1(p, r),
    baselineF1: f1(bp, br),
    precheckYes: scores.filter((s) => s.precheck).length,
  };
}

export const fmt = (x: number, d = 3): string => (Number.isNaN(x) ? '–' : x.toFixed(d));

export function markdownTable(title: string, rows: Row[]): string {
  const head =
    '| group | pages | recall | FP | layout | recovered | lang acc | leaked | chrome hits | P | R | F1 | baseline F1 | precheck yes |';
  const sep = '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
  const lines = rows.map(
    (r) =>
      `| ${r.group} | ${r.pages} | ${fmt(r.recall)} | ${r.falsePositives} | ${fmt(r.layoutRight, 2)} | ${fmt(r.recovered)} | ${fmt(r.langAccuracy)} | ${fmt(r.leaked)} | ${r.chromeHits} | ${fmt(r.precision)} | ${fmt(r.linkRecall)} | ${fmt(r.f1)} | ${fmt(r.baselineF1)} | ${r.precheckYes}/${r.pages} |`,
  );
  return [`### ${title}`, '', head, sep, ...lines, ''].join('\n');
}

export interface CorpusResult {
  pages: number;
  bilingual: string[];
  precheckYes: string[];
}

/** The real monolingual pages: none may come out bilingual; precheck should say no on (nearly) all. */
export function scoreCorpus(dir: string): CorpusResult | null {
  if (!existsSync(dir)) return null;
  const res: CorpusResult = { pages: 0, bilingual: [], precheckYes: [] };
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'source.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    res.pages++;
    if (parseHtml(html).bilingual) res.bilingual.push(name);
    if (precheck(htmlToDocument(html)).candidate) res.precheckYes.push(name);
  }
  return res;
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const pagesDir = join(root, 'test/fixtures/pages');
  const json = process.argv.includes('--json');
  const verbose = process.argv.includes('--verbose');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  const real: RealResult | null = scoreReal({ only });
  if (process.argv.includes('--real')) {
    if (json) console.log(JSON.stringify({ real }, null, 2));
    else printReal(real);
    return;
  }
  const scores: PageScore[] = [];
  for (const f of existsSync(pagesDir) ? readdirSync(pagesDir).sort() : []) {
    if (!f.endsWith('.expected.json')) continue;
    const page = f.replace(/\.expected\.json$/, '');
    if (only && !page.includes(only)) continue;
    const gold = JSON.parse(readFileSync(join(pagesDir, f), 'utf8')) as Gold;
    const html = readFileSync(join(pagesDir, `${page}.html`), 'utf8');
    scores.push(scorePage(page, html, gold));
  }
  const corpus = only ? null : scoreCorpus(join(root, '../shared/corpus/readability'));
  const group = (key: (s: PageScore) => string): Row[] => {
    const m = new Map<string, PageScore[]>();
    for (const s of scores) m.set(key(s), [...(m.get(key(s)) ?? []), s]);
    return [...[...m.entries()].sort().map(([k, v]) => summarise(k, v)), summarise('all', scores)];
  };
  const byLayout = group((s) => s.layout);
  const byPair = group((s) => s.pair);
  if (json) {
    console.log(JSON.stringify({ byLayout, byPair, pages: scores, corpus, real }, null, 2));
    return;
  }
  console.log(markdownTable('Fixtures by layout', byLayout));
  console.log(markdownTable('Fixtures by language pair', byPair));
  if (corpus) {
    console.log(
      `### Real corpus (negatives)\n\n${corpus.pages} pages: bilingual ${corpus.bilingual.length} ${JSON.stringify(corpus.bilingual)}, precheck yes ${corpus.precheckYes.length} ${JSON.stringify(corpus.precheckYes)}\n`,
    );
  } else if (!only) console.log('### Real corpus\n\nskipped: ../shared/corpus/readability not found\n');
  const bad = scores.filter(
    (s) =>
      s.falsePositive ||
      (s.goldBilingual && (!s.rightLanguages || !s.rightLayout)) ||
      (s.goldBilingual &&
        (s.recoveredChars < s.goldChars * 0.99 ||
          s.leakedChars > 0 ||
          s.chromeHits.length > 0 ||
          s.links.correct < s.links.gold ||
          s.links.found > s.links.correct)),
  );
  if (bad.length > 0) {
    console.log('### Pages below goal\n');
    for (const s of bad) {
      console.log(
        `- ${s.page}: detected=${s.detected} langs=${s.rightLanguages} layout=${s.rightLayout} recovered=${fmt(s.recoveredChars / (s.goldChars || 1))} leaked=${s.leakedChars} chrome=${JSON.stringify(s.chromeHits)} links ${s.links.correct}/${s.links.found} of ${s.links.gold}${verbose && s.warnings.length ? ` warnings=${JSON.stringify(s.warnings)}` : ''}`,
      );
    }
  }
  // A fixture-only `--only=` selection prints no empty real section.
  if (!only || !real || real.items > 0) printReal(real);
  printPagePairs({ only, verbose });
  if (only) return;
  // The other sets, each with its own table: one-language pages against Readability's own output, identification
  // on short text, and the long generated pages (skipped with --quick: they take a minute).
  printOneLang();
  console.log(lidReport(join(root, 'test/fixtures/lid')));
  if (!process.argv.includes('--quick')) evalLong({ runs: 3 });
}

if (process.argv[1] && /eval\.ts$/.test(process.argv[1])) main();
