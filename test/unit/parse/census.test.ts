import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../../utils/parse-html';
import { precheck } from '../../../utils/precheck';
import { takeCensus } from '../../../utils/precheck';

// The census may only ever say "one language"; a bilingual page must always reach the element walk. These tests pin
// that on every bilingual fixture, and pin the traps a page-wide count falls into (inline code, foreign words inside
// sentences, language menus) on real-looking pages.
const fixtures = join(import.meta.dirname, '../../fixtures/pages');
const corpus = join(import.meta.dirname, '../../../../shared/corpus/readability');

function fixture(name: string): string {
  return readFileSync(join(fixtures, `${name}.html`), 'utf8');
}

/** Inserts `html` just before `</body>`. */
function beforeBodyEnd(page: string, html: string): string {
  const at = page.lastIndexOf('</body>');
  return page.slice(0, at) + html + page.slice(at);
}

describe('text census', () => {
  const bilingual = readdirSync(fixtures)
    .filter((f) => f.endsWith('.expected.json'))
    .filter((f) => (JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { bilingual: boolean }).bilingual)
    .map((f) => f.replace(/\.expected\.json$/, ''));

  it('never answers for a bilingual fixture: the walk does, and says yes', () => {
    expect(bilingual.length).toBeGreaterThan(60);
    const wrong = bilingual
      .map((name) => ({ name, r: precheck(htmlToDocument(fixture(name))) }))
      .filter(({ r }) => r.decidedBy !== 'walk' || !r.candidate)
      .map(({ name, r }) => `${name}: ${r.decidedBy} ${r.reason}`);
    expect(wrong).toEqual([]);
  });

  it('answers "one language" by itself for one-language pages, naming the language', () => {
    const ko = precheck(htmlToDocument(fixture('negative--ko--english-names-acronyms')));
    expect(ko).toMatchObject({ candidate: false, decidedBy: 'census', langs: ['ko'] });
    const fr = precheck(htmlToDocument(fixture('negative--fr--glossary-table')));
    expect(fr).toMatchObject({ candidate: false, decidedBy: 'census', langs: ['fr'] });
  });

  it('keeps English names and acronyms inside Korean sentences Korean', () => {
    const c = takeCensus(htmlToDocument(fixture('negative--ko--english-names-acronyms')))!;
    const hangul = c.scripts.get('Hangul') ?? 0;
    expect(hangul).toBeGreaterThan(1000);
    expect(c.scripts.get('Latin') ?? 0).toBeLessThan(0.1 * hangul);
  });

  it('does not count inline scripts and styles as prose', () => {
    const json = JSON.stringify({
      '@type': 'NewsArticle',
      articleBody: 'The council said the new line would open in the spring of next year. '.repeat(400),
    });
    const css = `.article p { margin: 0 0 1em; font-family: "Noto Sans KR", sans-serif; }\n`.repeat(200);
    const page = beforeBodyEnd(
      fixture('negative--ko--english-names-acronyms'),
      `<script type="application/ld+json">${json}</script><style>${css}</style>`,
    );
    const r = precheck(htmlToDocument(page));
    expect(r).toMatchObject({ candidate: false, decidedBy: 'census', langs: ['ko'] });
  });

  it('leaves a page to the walk when block-level lang attributes name two languages, not for a language menu', () => {
    const menu = beforeBodyEnd(
      fixture('negative--fr--glossary-table'),
      '<ul class="editions"><li><a lang="en" href="/en">English</a></li><li><a lang="de" href="/de">Deutsch</a></li></ul>',
    );
    expect(precheck(htmlToDocument(menu)).decidedBy).toBe('census');
    const blocks = beforeBodyEnd(
      fixture('negative--fr--glossary-table'),
      '<div lang="en"><p>A short note in English.</p></div>',
    );
    expect(takeCensus(htmlToDocument(blocks))!.langs).toEqual(new Set(['fr', 'en']));
    expect(precheck(htmlToDocument(blocks)).decidedBy).toBe('walk');
  });

  it('hands a page larger than its budget to the walk', () => {
    const doc = htmlToDocument(fixture('negative--en--french-spanish-quotes'));
    expect(takeCensus(doc, { maxTextNodes: 20 })!.exhausted).toBe(true);
    expect(precheck(doc, { maxElements: 20 }).decidedBy).toBe('walk');
  });

  it('does not modify the page', () => {
    const doc = htmlToDocument(fixture('blocks--en-ko--seoul-subway-fare'));
    const before = doc.documentElement.outerHTML;
    takeCensus(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.skipIf(!existsSync(corpus))(
    'answers by itself on most real monolingual pages of some length, and only ever says no',
    () => {
      const pages = readdirSync(corpus).filter((d) => existsSync(join(corpus, d, 'source.html')));
      const docs = pages.map((d) => htmlToDocument(readFileSync(join(corpus, d, 'source.html'), 'utf8')));
      const results = docs.map((doc) => precheck(doc));
      const byCensus = results.filter((r) => r.decidedBy === 'census');
      expect(byCensus.every((r) => !r.candidate)).toBe(true);
      // Pages under 3,000 characters of text (Readability's synthetic test cases) are left to the walk, which costs
      // little there; the census is what keeps long pages cheap.
      const long = docs.filter((doc) => (takeCensus(doc)?.chars ?? 0) >= 3000).length;
      expect(byCensus.length).toBeGreaterThanOrEqual(Math.floor(long * 0.85));
    },
    120_000,
  );
});
