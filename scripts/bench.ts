/**
 * `npm run bench`: what the parser costs, measured in one run, in Node with linkedom as the DOM.
 *
 * 1. Per page (fixture pages and the real corpus): `new Readability(clone).parse()` alone against the whole
 *    `parseArticle` pipeline (which runs Readability once inside); goal: pipeline <= 1.5x Readability.
 * 2. `precheck` against Readability; goal: <= 3%. Readability's `parse` is wrapped with a counter while the precheck
 *    runs, which proves the precheck never calls it.
 * 3. Paragraph alignment of 1,000 / 2,000 / 5,000 paragraphs a side: time, and memory growth (heap plus typed-array
 *    buffers) to show it is linear; goal: 5,000 a side under 1 s.
 *
 * Method: every page is parsed into a linkedom Document first (not timed); then a warm-up round and `--rounds=N`
 * (default 7) timed rounds, each running the three measured calls once on every page (see `timePages`); each page
 * keeps its median, and medians and 90th percentiles are then taken over pages. The functions are exported so that browser measurements (the same pages in a real DOM) can be added beside
 * these later and printed with the same table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { median, percentile } from './stats';
import { defaultBand } from '../utils/align/dp';
import { alignParagraphs, type AlignItem } from '../utils/align/paragraphs';
import { parseArticle } from '../utils/parse';
import { htmlToDocument } from '../utils/parse-html';
import { precheck } from '../utils/precheck';

export interface PageTiming {
  page: string;
  readabilityMs: number;
  pipelineMs: number;
  precheckMs: number;
  precheckSaysYes: boolean;
}

export interface AlignTiming {
  perSide: number;
  ms: number;
  memoryMB: number;
  /** Bytes of the band tables (cost and back-pointer per cell): the alignment's memory by construction. */
  bandMB: number;
}

function timeOnce(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Counts calls of Readability's `parse` while `fn` runs. */
export function countReadabilityCalls(fn: () => void): number {
  const proto = Readability.prototype as { parse: (...args: unknown[]) => unknown };
  const original = proto.parse;
  let calls = 0;
  proto.parse = function (this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    fn();
  } finally {
    proto.parse = original;
  }
  return calls;
}

/**
 * Times Readability alone, the whole pipeline and the precheck on every page, in rounds.
 *
 * Every page is parsed into a Document before any timing, so all of them have settled in V8's heap as a page's DOM
 * has in a browser. Timed right after its own parsing, back to back, the same code's per-page median ratio moved
 * between 1.50x and 1.60x from run to run, and to 1.45x-1.50x once the parsing alone was moved before the timing.
 * Each round visits every page and runs the three in an order that rotates with the round and the
 * page, so neither side is always the one that finds the page's nodes in the CPU cache. The first round is a warm-up;
 * each page keeps the median of the other `rounds`.
 */
export function timePages(pages: ReadonlyArray<readonly [string, string]>, rounds: number): PageTiming[] {
  const docs = pages.map(([, html]) => htmlToDocument(html));
  const runs: Array<() => unknown> = [];
  const samples = docs.map(() => [[], [], []] as [number[], number[], number[]]);
  for (let round = 0; round <= rounds; round++) {
    docs.forEach((doc, p) => {
      runs[0] = () => new Readability(doc.cloneNode(true) as Document).parse();
      runs[1] = () => parseArticle(doc);
      runs[2] = () => precheck(doc);
      for (let k = 0; k < 3; k++) {
        const which = (k + round + p) % 3;
        const ms = timeOnce(runs[which]!);
        if (round > 0) samples[p]![which]!.push(ms);
      }
    });
  }
  return pages.map(([page], p) => ({
    page,
    readabilityMs: median(samples[p]![0]!),
    pipelineMs: median(samples[p]![1]!),
    precheckMs: median(samples[p]![2]!),
    precheckSaysYes: precheck(docs[p]!).candidate,
  }));
}

/**
 * The older method, kept beside the rounds because it answers another question (a page timed again and again while
 * it is hot in the caches): each page is parsed and at once timed `reps` times in a row per call, after one warm-up
 * run, Readability first. Its ratios move by about 0.05 between runs of the same code.
 */
export function timePagesBackToBack(pages: ReadonlyArray<readonly [string, string]>, reps: number): PageTiming[] {
  const timeIt = (fn: () => unknown): number => {
    fn();
    const runs: number[] = [];
    for (let i = 0; i < reps; i++) runs.push(timeOnce(fn));
    return median(runs);
  };
  return pages.map(([page, html]) => {
    const doc = htmlToDocument(html);
    const readabilityMs = timeIt(() => new Readability(doc.cloneNode(true) as Document).parse());
    const pipelineMs = timeIt(() => parseArticle(doc));
    const precheckMs = timeIt(() => precheck(doc));
    return { page, readabilityMs, pipelineMs, precheckMs, precheckSaysYes: precheck(doc).candidate };
  });
}

/** Invented paragraphs of varied length, numbers every fifth, for the alignment benchmark. */
export function syntheticSide(n: number, script: 'latin' | 'hangul'): AlignItem[] {
  return Array.from({ length: n }, (_, i) => {
    const words = 8 + ((i * 7919) % 40);
    const body = script === 'latin' ? 'word '.repeat(words) : '낱말 '.repeat(Math.round(words / 2));
    return { text: `${body}${i % 5 === 0 ? `(${1000 + i})` : ''}`, kind: 'paragraph', pos: i };
  });
}

function collectGarbage(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

/** Aligns n paragraphs a side; memory is heap plus typed-array growth measured right after (before any collection). */
export function timeAlignment(n: number): AlignTiming {
  const gc = collectGarbage();
  const a = syntheticSide(n, 'latin');
  const b = syntheticSide(n, 'hangul');
  alignParagraphs(a.slice(0, 200), b.slice(0, 200), { latinB: false }); // warm-up
  gc?.();
  const m0 = process.memoryUsage();
  const t = performance.now();
  const groups = alignParagraphs(a, b, { latinB: false });
  const ms = performance.now() - t;
  const m1 = process.memoryUsage();
  if (groups.length === 0) throw new Error('no alignment');
  const memoryMB = (m1.heapUsed - m0.heapUsed + (m1.arrayBuffers - m0.arrayBuffers)) / 1e6;
  const band = defaultBand(n, n);
  return { perSide: n, ms, memoryMB, bandMB: ((n + 1) * (2 * band + 1) * 9) / 1e6 };
}

export function machine(): string {
  const c = cpus();
  return `${c[0]?.model ?? 'unknown CPU'}, ${c.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${platform()} ${release()}, Node ${process.version}, DOM: linkedom`;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const fmt = (x: number, d = 1): string => (Number.isNaN(x) ? '–' : x.toFixed(d));

/** The figures of one timing method over a set of pages, in the order of `pageTable`'s rows. */
function figures(rows: PageTiming[]): string[] {
  const r = rows.map((x) => x.readabilityMs);
  const p = rows.map((x) => x.pipelineMs);
  const c = rows.map((x) => x.precheckMs);
  const ratio = rows.map((x) => x.pipelineMs / x.readabilityMs);
  const share = rows.map((x) => x.precheckMs / x.readabilityMs);
  return [
    `${fmt(median(r))} | ${fmt(percentile(r, 90))}`,
    `${fmt(median(p))} | ${fmt(percentile(p, 90))}`,
    `**${fmt(median(ratio), 2)}x** | ${fmt(percentile(ratio, 90), 2)}x`,
    `${fmt(median(p) / median(r), 2)}x | ${fmt(sum(p) / sum(r), 2)}x (totals)`,
    `${fmt(median(c), 2)} | ${fmt(percentile(c, 90), 2)}`,
    `**${fmt(100 * median(share), 2)}%** | ${fmt(100 * percentile(share, 90), 2)}%`,
    `${fmt((100 * median(c)) / median(r), 2)}% | ${fmt((100 * sum(c)) / sum(r), 2)}% (totals)`,
    `${rows.filter((x) => x.precheckSaysYes).length} of ${rows.length} |`,
  ];
}

/** One table for a set of pages: the settled rounds (`timePages`) beside back-to-back runs (`timePagesBackToBack`). */
export function pageTable(title: string, settled: PageTiming[], backToBack: PageTiming[]): string {
  const measures: Array<[string, string]> = [
    ['Readability alone (clone + parse), ms', ''],
    ['parseArticle (whole pipeline), ms', ''],
    ['pipeline / Readability, per page', '<= 1.5x'],
    ['pipeline / Readability: ratio of medians; of totals', '<= 1.5x'],
    ['precheck, ms', ''],
    ['precheck / Readability, per page', '<= 3%'],
    ['precheck / Readability: ratio of medians; of totals', '<= 3%'],
    ['precheck says yes', ''],
  ];
  const a = figures(settled);
  const b = figures(backToBack);
  return [
    `### ${title} (${settled.length} pages)`,
    '',
    '| measure | settled rounds: median | p90 | back to back: median | p90 | goal |',
    '|---|---:|---:|---:|---:|---|',
    ...measures.map(([name, goal], i) => `| ${name} | ${a[i]} | ${b[i]} | ${goal} |`),
    '',
  ].join('\n');
}

export function alignTable(rows: AlignTiming[]): string {
  return [
    '### Paragraph alignment (synthetic English/Korean paragraphs)',
    '',
    '| paragraphs a side | time, ms | measured memory growth, MB | band tables, MB | band MB per 1,000 |',
    '|---:|---:|---:|---:|---:|',
    ...rows.map(
      (x) =>
        `| ${x.perSide} | ${fmt(x.ms)} | ${fmt(x.memoryMB, 1)} | ${fmt(x.bandMB, 2)} | ${fmt((1000 * x.bandMB) / x.perSide, 2)} |`,
    ),
    '',
  ].join('\n');
}

function readPages(dir: string, pick: (name: string) => string | null): Array<[string, string]> {
  if (!existsSync(dir)) return [];
  const out: Array<[string, string]> = [];
  for (const name of readdirSync(dir).sort()) {
    const file = pick(name);
    if (file && existsSync(file)) out.push([name, readFileSync(file, 'utf8')]);
  }
  return out;
}

function main(): void {
  const root = join(import.meta.dirname, '..');
  const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 7);
  const fixturesDir = join(root, 'test/fixtures/pages');
  const corpusDir = join(root, '../shared/corpus/readability');
  const fixtures = readPages(fixturesDir, (n) => (n.endsWith('.html') ? join(fixturesDir, n) : null));
  const corpus = readPages(corpusDir, (n) => join(corpusDir, n, 'source.html'));

  console.log(`## Diglot parser benchmark\n\nMachine: ${machine()}\n`);
  console.log(
    `Method: every page parsed into a linkedom Document first (not timed); then ${rounds} rounds after a warm-up round, each timing Readability, the pipeline and the precheck once on every page in rotating order; each page keeps its median ("settled rounds"). Beside it, the older method: each page parsed and at once timed 3 times in a row per call after a warm-up run ("back to back"). Medians and p90 are over pages.\n`,
  );
  console.log(pageTable('Fixture pages', timePages(fixtures, rounds), timePagesBackToBack(fixtures, 3)));
  if (corpus.length > 0) {
    console.log(
      pageTable('Real corpus (monolingual pages)', timePages(corpus, rounds), timePagesBackToBack(corpus, 3)),
    );
  } else console.log('### Real corpus\n\nskipped: ../shared/corpus/readability not found\n');

  // Proof that a "no" from the precheck costs no Readability run.
  let calls = 0;
  let noes = 0;
  for (const [, html] of [...fixtures, ...corpus]) {
    const doc = htmlToDocument(html);
    calls += countReadabilityCalls(() => {
      if (!precheck(doc).candidate) noes++;
    });
  }
  console.log(
    `### Precheck never runs Readability\n\nReadability.parse calls during ${fixtures.length + corpus.length} precheck runs (${noes} said no): ${calls}\n`,
  );

  console.log(alignTable([1000, 2000, 5000].map(timeAlignment)));
}

if (process.argv[1] && /bench\.ts$/.test(process.argv[1])) main();
