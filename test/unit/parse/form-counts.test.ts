/**
 * Issue 13: every image, quote, code block and data table Readability keeps is in the parse, and list items with
 * their place in the list, on every fixture page and every page of Readability's own corpus (read from beside the
 * repository; skipped with a message where it is missing).
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, corpusPages, fixturePages, type PageCounts } from '../../../scripts/form-counts';

/** Kinds kept one for one: a page may not have fewer of them in the parse than in Readability's article. */
const EXACT = ['figure', 'quote', 'code', 'table'] as const;
/**
 * List items Diglot drops on purpose: link lists inside the article (related stories, a breadcrumb Readability
 * kept) are chrome to it. Over a whole set, at least this share of Readability's items stays.
 */
const LIST_SHARE = 0.85;
/** The corpus has more: firefox-nightly-blog (72 items), lifehacker-working (16) and wikipedia (36) lose link lists. */
const CORPUS_LIST_SHARE = 0.8;

function short(pages: PageCounts[], kind: (typeof EXACT)[number]): string[] {
  return pages
    .filter((p) => p.diglot[kind] < p.readability[kind])
    .map((p) => `${p.page}: ${p.diglot[kind]} of ${p.readability[kind]}`);
}

function listShare(pages: PageCounts[]): number {
  const theirs = pages.reduce((s, p) => s + p.readability['list-item'], 0);
  const ours = pages.reduce((s, p) => s + Math.min(p.diglot['list-item'], p.readability['list-item']), 0);
  return theirs === 0 ? 1 : ours / theirs;
}

describe('the form of the fixture pages', () => {
  let pages: PageCounts[] = [];
  beforeAll(() => {
    // Hostile pages are left out: what they print is meant not to load (hostile.e2e.test.ts checks that).
    pages = fixturePages().filter((p) => !p.page.startsWith('hostile--'));
  }, 120_000);

  it.each(EXACT)('keeps every %s Readability keeps', (kind) => {
    expect(pages.length).toBeGreaterThan(100);
    expect(short(pages, kind)).toEqual([]);
  });

  it('has photos, quotes, code and tables to count', () => {
    for (const kind of EXACT) expect(pages.some((p) => p.readability[kind] > 0)).toBe(true);
  });

  it(`keeps ${LIST_SHARE * 100}% of the list items at least, each with its place in its list`, () => {
    expect(listShare(pages)).toBeGreaterThanOrEqual(LIST_SHARE);
  });
});

const present = existsSync(CORPUS);
if (!present) console.warn(`skipping the form counts on Readability's corpus: ${CORPUS} not found`);

describe.skipIf(!present)("the form of the Readability corpus's pages", () => {
  let pages: PageCounts[] = [];
  beforeAll(() => {
    pages = corpusPages();
  }, 120_000);

  // One page of 84 may fall short of a kind: firefox-nightly-blog (its quotes and link lists read as chrome) and
  // hukumusume (a story printed in one table cell) are below; a second page short is a regression.
  it.each(EXACT)('keeps every %s Readability keeps, on all pages but one at most', (kind) => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
    expect(short(pages, kind).length).toBeLessThanOrEqual(1);
  });

  it('keeps every photo Readability keeps', () => {
    expect(short(pages, 'figure')).toEqual([]);
  });

  it(`keeps ${CORPUS_LIST_SHARE * 100}% of the list items at least`, () => {
    expect(listShare(pages)).toBeGreaterThanOrEqual(CORPUS_LIST_SHARE);
  });
});
