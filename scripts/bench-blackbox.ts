/**
 * The always-on cost measured from outside (issue 16): what a page load pays for having Diglot installed, as
 * Chromium's own main-thread counters report it, not as Diglot times itself.
 *
 * Three Chromium profiles run side by side: no extension, the built Diglot, and an extension whose content script is
 * one empty statement (the floor: what any content script costs to inject). Every page is loaded in each profile in
 * turn (the order rotates with the page), from 127.0.0.1; after `load` and a quiet second (Diglot's detector waits
 * for an idle callback), `Performance.getMetrics` over the DevTools protocol gives the page's `ScriptDuration` and
 * `TaskDuration`. The extra time of a profile is its figure minus the no-extension figure for the same page, median
 * over rounds. On the bilingual fixture pages it also takes the time from `load` to Diglot's badge.
 *
 * `npx tsx scripts/bench-blackbox.ts [--rounds=N] [--pages=N] [--from=N] [--verbose] [--no-badge] [--compare=label=DIR]`,
 * after `npm run build`. Part of `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';
import { serveStatic, type StaticServer } from '../test/e2e/server';
import { median, percentile } from './stats';

const DIGLOT = resolve('.output/chrome-mv3');
const CORPUS = resolve('../shared/corpus/readability');
const FIXTURES = resolve('test/fixtures/pages');
const QUIET_MS = 1000;

type ProfileName = string;

interface Profile {
  name: ProfileName;
  context: BrowserContext;
  worker?: Worker;
}

interface Sample {
  script: number;
  task: number;
}

/** An extension whose content script is one empty statement, on every page, at the same moment as Diglot's. */
async function emptyExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'diglot-empty-extension-'));
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle' }],
    }),
  );
  await writeFile(join(dir, 'empty.js'), ';\n');
  return dir;
}

async function launch(name: ProfileName, extension?: string): Promise<Profile> {
  const profile = await mkdtemp(join(tmpdir(), `diglot-blackbox-${name}-`));
  const args = [...CHROMIUM_ARGS];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new is in the arguments: the old headless mode cannot load extensions.
    args,
    viewport: { width: 1280, height: 900 },
  });
  let worker: Worker | undefined;
  if (extension && name !== 'empty') {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }
  return worker ? { name, context, worker } : { name, context };
}

/** Loads `url` in a fresh tab and reads the page's main-thread counters once it has been quiet for a second. */
async function measure(profile: Profile, url: string): Promise<Sample> {
  const page = await profile.context.newPage();
  try {
    const cdp = await profile.context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return { script: get('ScriptDuration'), task: get('TaskDuration') };
  } finally {
    await page.close();
  }
}

/** Milliseconds from `load` to Diglot's badge on a bilingual page, or null when no badge came within 5 s. */
async function loadToBadge(profile: Profile, url: string): Promise<number | null> {
  const page: Page = await profile.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const start = Date.now();
    await page.bringToFront();
    while (Date.now() - start < 5000) {
      const text = await profile.worker!.evaluate(async () => {
        interface Api {
          tabs: { query(query: object): Promise<{ id?: number }[]> };
          action: { getBadgeText(details: { tabId: number }): Promise<string> };
        }
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? '' : api.action.getBadgeText({ tabId: tab.id });
      });
      if (text) return Date.now() - start;
      await new Promise((done) => setTimeout(done, 10));
    }
    return null;
  } finally {
    await page.close();
  }
}

const p90 = (xs: number[]): number => percentile(xs, 90);
/** A corpus page's name: the folder its `source.html` is served from. */
const pageName = (url: string): string => decodeURIComponent(url.split('/').at(-2) ?? url);
const fmt = (ms: number): string => (Number.isNaN(ms) ? '–' : ms.toFixed(1));

async function pagesOf(server: StaticServer, limit: number, from = 0): Promise<string[]> {
  const names = (await readdir(CORPUS)).filter((n) => existsSync(join(CORPUS, n, 'source.html'))).sort();
  return names.slice(from, from + limit).map((n) => `${server.url}/${encodeURIComponent(n)}/source.html`);
}

export interface BlackBoxOptions {
  rounds?: number;
  pages?: number;
  /** Skip this many pages of the corpus (in name order) before the first one measured. */
  from?: number;
  /** Print each page's extra script time per profile, not only the summary. */
  verbose?: boolean;
  /** More builds to measure in the same run, beside Diglot (e.g. a baseline build): label and extension folder. */
  compare?: { label: string; dir: string }[];
  /** Time from `load` to the badge on the bilingual fixtures (default on). */
  badge?: boolean;
}

export async function runBlackBox(options: BlackBoxOptions = {}): Promise<void> {
  const rounds = options.rounds ?? 2;
  if (!existsSync(join(DIGLOT, 'manifest.json'))) throw new Error('No built extension: run `npm run build` first.');
  if (!existsSync(CORPUS)) {
    console.log(`\nBlack-box cost: skipped (${CORPUS} is missing; it holds the real pages).\n`);
    return;
  }
  const corpus = await serveStatic(CORPUS);
  const fixtures = await serveStatic(FIXTURES);
  const profiles = [
    await launch('none'),
    await launch('diglot', DIGLOT),
    await launch('empty', await emptyExtension()),
  ];
  for (const { label, dir } of options.compare ?? []) profiles.push(await launch(label, dir));
  const measured = profiles.filter((p) => p.name !== 'none').map((p) => p.name);
  try {
    const urls = await pagesOf(corpus, options.pages ?? Infinity, options.from ?? 0);
    const extra = new Map(measured.map((name) => [name, { script: [] as number[], task: [] as number[] }]));
    const skipped: string[] = [];
    for (const [k, url] of urls.entries()) {
      // A page that does not finish loading (a script waiting on the network it cannot reach) is left out, and said.
      try {
        const perProfile = new Map<ProfileName, Sample[]>();
        for (let r = 0; r < rounds; r++) {
          // Rotate the order with the page and the round, so no profile always runs first on a warm disk cache.
          const order = profiles.map((_, i) => profiles[(i + k + r) % profiles.length]!);
          for (const p of order) perProfile.set(p.name, [...(perProfile.get(p.name) ?? []), await measure(p, url)]);
        }
        const med = (name: ProfileName, key: keyof Sample): number => median(perProfile.get(name)!.map((s) => s[key]));
        for (const name of measured) {
          extra.get(name)!.script.push(med(name, 'script') - med('none', 'script'));
          extra.get(name)!.task.push(med(name, 'task') - med('none', 'task'));
        }
        if (options.verbose)
          process.stderr.write(
            `\r${pageName(url)}: ${measured.map((name) => `${name} ${fmt(med(name, 'script') - med('none', 'script'))}`).join(', ')} ms script\n`,
          );
      } catch (error) {
        skipped.push(`${pageName(url)} (${String((error as Error).message ?? error).split('\n')[0]})`);
      }
      process.stderr.write(`\r[${k + 1}/${urls.length}]`);
    }
    process.stderr.write('\r\x1b[K');

    const row = (label: string, xs: number[]): string =>
      `| ${label} | ${fmt(median(xs))} | ${fmt(p90(xs))} | ${fmt(Math.max(...xs))} |`;
    console.log(`\n## Black-box cost of a page load (Chromium's own counters)\n`);
    const measuredPages = urls.length - skipped.length;
    console.log(
      `${measuredPages} real one-language pages of ../shared/corpus/readability, served from 127.0.0.1; each loaded ${rounds}× in each profile (no extension, Diglot, an empty content script${(options.compare ?? []).map((c) => `, ${c.label}`).join('')}), order rotating; \`Performance.getMetrics\` a second after \`load\`; extra = profile minus no extension, median of the rounds per page, then over pages (ms).\n`,
    );
    const label = (name: string): string =>
      name === 'diglot' ? 'Diglot (this build)' : name === 'empty' ? 'empty content script (the floor)' : name;
    for (const [key, title] of [
      ['script', 'extra script time (`ScriptDuration`)'],
      ['task', 'extra main-thread task time (`TaskDuration`)'],
    ] as const) {
      console.log(`| ${title} per page load, ms | median | p90 | max |`);
      console.log('| --- | ---: | ---: | ---: |');
      for (const name of measured) console.log(row(label(name), extra.get(name)![key]));
      console.log('');
    }
    if (skipped.length) console.log(`Left out (did not load within 30 s in some profile): ${skipped.join('; ')}.\n`);
    if (options.badge !== false) {
      const bilingual = (await readdir(FIXTURES))
        .filter((n) => n.endsWith('.html') && !n.startsWith('negative--') && !n.startsWith('hostile--'))
        .filter((_, i) => i % 4 === 0);
      const badge: number[] = [];
      let missing = 0;
      for (const name of bilingual) {
        const ms = await loadToBadge(profiles[1]!, `${fixtures.url}/${encodeURIComponent(name)}`);
        if (ms === null) missing++;
        else badge.push(ms);
      }

      console.log(
        `\nFrom \`load\` to Diglot's badge on ${bilingual.length} bilingual fixture pages: median ${fmt(median(badge))} ms, p90 ${fmt(p90(badge))} ms, max ${fmt(Math.max(...badge))} ms${missing ? ` (${missing} without a badge within 5 s)` : ''}.\n`,
      );
    }
  } finally {
    for (const p of profiles) await p.context.close();
    await corpus.close();
    await fixtures.close();
  }
}

if (process.argv[1] && /bench-blackbox\.ts$/.test(process.argv[1])) {
  const arg = (name: string): number | undefined => {
    const v = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
    return v === undefined ? undefined : Number(v);
  };
  const opts: BlackBoxOptions = {
    badge: !process.argv.includes('--no-badge'),
    verbose: process.argv.includes('--verbose'),
  };
  // --compare=label=DIR (repeatable): another build measured in the same run, e.g. the build before a change.
  opts.compare = process.argv
    .filter((a) => a.startsWith('--compare='))
    .map((a) => a.slice('--compare='.length))
    .map((v) => ({ label: v.slice(0, v.indexOf('=')), dir: resolve(v.slice(v.indexOf('=') + 1)) }));
  const rounds = arg('rounds');
  const pages = arg('pages');
  const from = arg('from');
  if (from !== undefined) opts.from = from;
  if (rounds !== undefined) opts.rounds = rounds;
  if (pages !== undefined) opts.pages = pages;
  runBlackBox(opts).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
