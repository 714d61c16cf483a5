/**
 * Does Diglot ever freeze a page? (issue 16) On bilingual pages the glance says maybe, the pre-check says yes and the
 * page is parsed at once; this measures what the page's main thread feels of that, from outside.
 *
 * Pages: an ordinary interleaved news fixture, and the generated novel (`test/fixtures/long/`) as a two-column table
 * of 150 and of 5,000 rows, served from 127.0.0.1. Each is loaded in Chromium without any extension and with Diglot,
 * alternately; a trace of the page's renderer main thread gives every task it ran after the load event (a long-task
 * observer in the page would miss the ones an extension starts), and CDP's `TaskDuration` the thread's total. A load with Diglot is read once its badge is shown and
 * one more second has passed. Then, on the 5,000-row page, the click on "Side by side" in the popup is timed to the
 * reader's first screen painted (two animation frames after the reader's host appears on the page).
 *
 * `npx tsx scripts/bench-longtasks.ts [--rounds=N]`, after `npm run build`. Part of `npm run bench`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import { badgeOf, launchWithExtension, type ExtensionBrowser } from '../test/e2e/extension';
import { serveStatic } from '../test/e2e/server';
import { longPage, longPageName, type LongPageOptions } from '../test/fixtures/long/page';
import { median } from './stats';

const NEWS = resolve('test/fixtures/pages/interleaved--en-zh-Hans--container-freight-rates.html');
const SETTLE_MS = 1000;

interface Load {
  longest: number;
  count: number;
  task: number;
  /** The tasks over 50 ms: how long, and what they were busy with. */
  long: { dur: number; kind: string }[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/** What a long task was busy with, read from the trace events inside it. */
function kindOf(inside: TraceEvent[]): string {
  const url = (e: TraceEvent): string => String((e.args as { data?: { url?: string } } | undefined)?.data?.url ?? '');
  const ours = (e: TraceEvent): boolean => url(e).startsWith('chrome-extension://');
  const script = inside.find((e) => e.name === 'EvaluateScript' && ours(e));
  if (script) return `evaluating ${url(script).split('/').pop()}`;
  const call = inside.find((e) => (e.name === 'FunctionCall' || e.name === 'TimerFire') && ours(e));
  if (call) return `Diglot's code (${url(call).split('/').pop()})`;
  const longest = (names: RegExp): number =>
    Math.max(0, ...inside.filter((e) => names.test(e.name)).map((e) => e.dur ?? 0));
  const gc = longest(/^(MajorGC|MinorGC|V8\.GC_HEAP_EXTERNAL_SECOND_PASS_CALLBACKS)$/);
  const frame = longest(/UpdateLifecycle$/);
  const promises = longest(/^RunMicrotasks$/);
  const top = Math.max(gc, frame, promises);
  if (top === 0) return 'other';
  if (top === frame) return 'a rendering frame, no script in it';
  if (top === promises) return 'promise jobs (script)';
  return 'garbage collection';
}

/**
 * The tasks of the page's renderer main thread after its load event, from a Chromium trace: every top-level task
 * (`RunTask`) the thread ran, whoever queued it (the page, Diglot's isolated world, the browser), and for the long
 * ones what they were busy with.
 */
function tasksAfterLoad(events: TraceEvent[]): { start: number; dur: number; kind?: string }[] {
  // The page's load event, marked by its renderer: that process's main thread is the page's.
  const load = events.filter((e) => e.name === 'MarkLoad').at(-1);
  if (!load) return [];
  const tid = events.find(
    (e) => e.pid === load.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  )?.tid;
  const main = events.filter((e) => e.pid === load.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined);
  return main
    .filter((e) => e.name === 'RunTask' && e.ts >= load.ts)
    .map((e) => {
      const task = { start: e.ts / 1000, dur: e.dur! / 1000 };
      if (task.dur <= 50) return task;
      const inside = main.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur! <= e.ts + e.dur!);
      return { ...task, kind: kindOf(inside) };
    });
}

async function load(context: BrowserContext, url: string, until: (page: Page) => Promise<void>): Promise<Load> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      traceConfig: {
        includedCategories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink',
          'v8.execute',
          '__metadata',
        ],
      },
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await until(page);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    await cdp.send('Tracing.end');
    await complete;
    const after = tasksAfterLoad(events);
    const long = after.filter((t) => t.dur > 50);
    return {
      longest: Math.max(0, ...after.map((t) => t.dur)),
      count: long.length,
      long: long.map((t) => ({ dur: t.dur, kind: t.kind ?? 'other' })),
      task: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000,
    };
  } finally {
    await page.close();
  }
}

/** Waits for Diglot's badge on the page's tab (the parse has finished), at most 60 s. */
function untilBadge(ext: ExtensionBrowser) {
  return async (page: Page): Promise<void> => {
    const tab = await ext.tabId(page);
    const start = Date.now();
    while (Date.now() - start < 60_000) {
      if ((await badgeOf(ext.worker, tab)).text) return;
      await page.waitForTimeout(50);
    }
    throw new Error(`no badge on ${page.url()} within 60 s`);
  };
}

/** Milliseconds from the click on "Side by side" in the popup to the reader's first screen painted. */
async function clickToReader(ext: ExtensionBrowser, url: string): Promise<number> {
  const page = await ext.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await untilBadge(ext)(page);
    const popup = await ext.openPopup(page);
    await popup.waitForSelector('input[type=radio][name=view][value="side-by-side"]', { timeout: 60_000 });
    await page.bringToFront();
    // A string, not a function: the bench runs through tsx, whose helpers the page does not have.
    const painted = page.evaluate<number>(`new Promise((done) => {
      const check = () => {
        if (document.querySelector('diglot-reader[data-view="side-by-side"]'))
          requestAnimationFrame(() => requestAnimationFrame(() => done(performance.timeOrigin + performance.now())));
        else requestAnimationFrame(check);
      };
      check();
    })`);
    const clicked = Date.now();
    await popup
      .locator('input[type=radio][name=view][value="side-by-side"]')
      .evaluate((input) => (input as HTMLElement).click());
    const ms = (await painted) - clicked;
    await popup.close();
    return ms;
  } finally {
    await page.close();
  }
}

const fmt = (n: number) => (Number.isNaN(n) ? '–' : `${Math.round(n)}`);

export async function runLongTasks(options: { rounds?: number } = {}): Promise<void> {
  const rounds = options.rounds ?? 2;
  const dir = await mkdtemp(join(tmpdir(), 'diglot-longtasks-'));
  const novels: LongPageOptions[] = [
    { layout: 'table', pair: ['en', 'fr'], rows: 150 },
    { layout: 'table', pair: ['en', 'fr'], rows: 5000 },
  ];
  const pages = [{ label: 'interleaved news page (en/zh-Hans fixture)', file: 'news.html' }];
  await writeFile(join(dir, 'news.html'), await readFile(NEWS, 'utf8'));
  for (const opts of novels) {
    const file = `${longPageName(opts)}.html`;
    await writeFile(join(dir, file), longPage(opts).html);
    pages.push({ label: `novel, two-column table, ${opts.rows.toLocaleString('en')} rows`, file });
  }
  const server = await serveStatic(dir);
  const profile = await mkdtemp(join(tmpdir(), 'diglot-longtasks-none-'));
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  const ext = await launchWithExtension();
  try {
    console.log(`\n## Long tasks on bilingual pages (Chromium, with and without Diglot)\n`);
    console.log(
      `Each page loaded ${rounds}× in each profile, alternately; the tasks of the page's renderer main thread after its load event, from a Chromium trace (\`RunTask\`), read once Diglot's badge is up and one more second has passed; median over the loads (ms).\n`,
    );
    console.log(
      '| bilingual page | longest task, no extension | longest task, Diglot | tasks > 50 ms, Diglot | extra main-thread task time |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: |');
    const overFifty: string[] = [];
    for (const { label, file } of pages) {
      const url = `${server.url}/${file}`;
      const without: Load[] = [];
      const withDiglot: Load[] = [];
      for (let r = 0; r < rounds; r++) {
        without.push(await load(plain, url, async () => {}));
        withDiglot.push(await load(ext.context, url, untilBadge(ext)));
      }
      const long = withDiglot.flatMap((l) => l.long);
      if (long.length > 0) overFifty.push(`${label}: ${long.map((t) => `${fmt(t.dur)} ms, ${t.kind}`).join('; ')}`);
      console.log(
        `| ${label} | ${fmt(median(without.map((l) => l.longest)))} | ${fmt(median(withDiglot.map((l) => l.longest)))} | ${fmt(median(withDiglot.map((l) => l.count)))} | +${fmt(median(withDiglot.map((l) => l.task)) - median(without.map((l) => l.task)))} |`,
      );
    }
    console.log(
      `\nEvery task over 50 ms in the ${rounds} loads with Diglot, and what the trace shows inside it:\n${
        overFifty.length > 0 ? overFifty.map((line) => `- ${line}`).join('\n') : '- none'
      }`,
    );
    const big = pages.at(-1)!;
    const clicks: number[] = [];
    for (let r = 0; r < rounds + 1; r++) clicks.push(await clickToReader(ext, `${server.url}/${big.file}`));
    console.log(
      `\nFrom the click on "Side by side" to the reader's first screen painted, ${big.label}: median ${fmt(median(clicks))} ms (${clicks.map(fmt).join(', ')}).\n`,
    );
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && /bench-longtasks\.ts$/.test(process.argv[1])) {
  const rounds = process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length);
  runLongTasks(rounds ? { rounds: Number(rounds) } : {}).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
