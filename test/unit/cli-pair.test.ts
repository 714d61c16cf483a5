/**
 * `diglot pair`: two pages, an article and its translation, read as one article, run as users run it
 * (`node bin/diglot.js` in a child process) on the two-page fixtures (test/fixtures/two-pages/).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedArticle } from '../../utils/contract';
import { importClips } from '../../utils/export/json';
import { checkTmx } from './export/dtd';
import { diglot as run, type Run } from './cli-run';

const PAIR = 'test/fixtures/two-pages/en-ko--plain';
const OTHER_ARTICLE = 'test/fixtures/two-pages/en-ko--other-article';
const FIRST = `${PAIR}/first.html`;
const SECOND = `${PAIR}/second.html`;

/** Runs `diglot` with a fixed clip time. */
const diglot = (args: string[]): Promise<Run> => run(args, { env: { SOURCE_DATE_EPOCH: '1767225600' } });

const tmp = mkdtempSync(join(tmpdir(), 'diglot-pair-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('diglot pair FIRST SECOND', () => {
  it('prints one contract object for the two pages: layout "pages", both sources, ids unique across them', async () => {
    const run = await diglot(['pair', FIRST, SECOND]);
    expect(run.code).toBe(0);
    const a = JSON.parse(run.stdout) as ParsedArticle & { citations: Array<{ languages: string[] }> };
    expect(a.bilingual).toBe(true);
    expect(a.layout).toBe('pages');
    expect(a.languages).toEqual(['en', 'ko']);
    expect(a.sources).toEqual([FIRST, SECOND]);
    expect(new Set(a.blocks.map((b) => b.id)).size).toBe(a.blocks.length);
    expect(a.blocks.some((b) => b.page === 0) && a.blocks.some((b) => b.page === 1)).toBe(true);
    // Every pair faces a block of the first page with one of the second.
    const pageOf = new Map(a.blocks.map((b) => [b.id, b.page]));
    for (const p of a.pairs) {
      expect(p.blocks['en']!.every((id) => pageOf.get(id) === 0)).toBe(true);
      expect(p.blocks['ko']!.every((id) => pageOf.get(id) === 1)).toBe(true);
    }
    expect(a.pairs.length).toBeGreaterThanOrEqual(5);
    // Each page's citation, for its own language.
    expect(a.citations.map((c) => c.languages)).toEqual([['en'], ['ko']]);
  });

  it('gives the languages in the order the pages are given', async () => {
    const run = await diglot(['pair', SECOND, FIRST]);
    const a = JSON.parse(run.stdout) as ParsedArticle;
    expect(a.languages).toEqual(['ko', 'en']);
    expect(a.bilingual).toBe(true);
  });

  it('writes a valid TMX whose every side names the page it came from', async () => {
    const run = await diglot(['pair', '--format', 'tmx', FIRST, SECOND]);
    expect(run.code).toBe(0);
    expect(await checkTmx(run.stdout)).toEqual([]);
    const sides = [
      ...run.stdout.matchAll(/<tuv xml:lang="(en|ko)">\s*<prop type="x-source(?:-url)?">([^<]+)<\/prop>/g),
    ];
    const sources = (lang: string): Set<string> => new Set(sides.filter((m) => m[1] === lang).map((m) => m[2]!));
    expect(sources('en').size).toBe(1);
    expect(sources('ko').size).toBe(1);
    expect([...sources('en')][0]).not.toBe([...sources('ko')][0]);
  });

  it('writes Markdown with each page in the front matter', async () => {
    const run = await diglot(['pair', '--format', 'md', FIRST, SECOND]);
    expect(run.stdout).toMatch(/layout: "pages"\npages:\n {2}- lang: "en"/);
    expect(run.stdout).toMatch(/ {2}- lang: "ko"/);
  });

  it('reads back its JSON with both citations (the clip library imports it)', async () => {
    const run = await diglot(['pair', FIRST, SECOND]);
    const imported = importClips(run.stdout);
    expect(imported.errors).toEqual([]);
    expect(imported.clips[0]!.citations?.length).toBe(2);
  });

  it('says why two pages are not a translation, without failing: another article, or one language twice', async () => {
    const other = await diglot(['pair', `${OTHER_ARTICLE}/first.html`, `${OTHER_ARTICLE}/second.html`]);
    expect(other.code).toBe(0);
    expect(JSON.parse(other.stdout).bilingual).toBe(false);
    expect(other.stderr).toMatch(/do not read as a translation/);
    const same = await diglot(['pair', FIRST, FIRST]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).bilingual).toBe(false);
    expect(same.stderr).toMatch(/both pages are in en/);
  });
});

describe('diglot pair --pairs LIST', () => {
  it('reads many pairs, one JSON object a line, and skips a pair whose page cannot be read (exit 1)', async () => {
    const list = join(tmp, 'pairs.tsv');
    writeFileSync(list, `# editions\n${FIRST}\t${SECOND}\n${SECOND}\t${FIRST}\nmissing.html\t${SECOND}\n`);
    const run = await diglot(['pair', '--pairs', list, '--format', 'jsonl']);
    expect(run.code).toBe(1);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ParsedArticle);
    expect(lines.map((l) => l.languages)).toEqual([
      ['en', 'ko'],
      ['ko', 'en'],
    ]);
    expect(run.stderr).toMatch(/cannot read missing\.html/);
  });

  it('refuses a malformed list and wrong arguments with a usage error', async () => {
    const bad = join(tmp, 'bad.tsv');
    writeFileSync(bad, `${FIRST} ${SECOND}\n`);
    const run = await diglot(['pair', '--pairs', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.tsv:1: expected two pages separated by a tab/);
    expect((await diglot(['pair', FIRST])).stderr).toMatch(/pair needs two pages/);
    expect((await diglot(['parse', '--pairs', bad])).stderr).toMatch(/--pairs goes with "diglot pair"/);
  });
});
