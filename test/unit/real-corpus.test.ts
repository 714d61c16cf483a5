/**
 * The gold of the real-page corpus (test/real/*.expected.json) is sound: every file is well formed, names a page that
 * exists in ../shared/corpus/bilingual-real, and quotes only text the rendered page shows. The pages are other
 * people's and live beside the project, never in it: where the folder is missing (a user's clone) the suite is skipped
 * with a message.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldProblems, visibleText, type RealGold } from '../real/check-gold';
import {
  CORPUS_DIR,
  GOLD_DIR,
  corpusAvailable,
  corpusFiles,
  goldPath,
  poemStanzas,
  renderCorpusFile,
  renderCorpusItem,
} from '../real/render';

const available = corpusAvailable();
if (!available)
  console.warn(`real-corpus tests skipped: ${CORPUS_DIR} not found (the corpus lives beside the project)`);

const goldFiles = existsSync(GOLD_DIR) ? readdirSync(GOLD_DIR).filter((f) => f.endsWith('.expected.json')) : [];
const readGold = (f: string): RealGold => JSON.parse(readFileSync(`${GOLD_DIR}/${f}`, 'utf8')) as RealGold;
const sourceOf = (gold: RealGold): string => gold.source.replace(/^bilingual-real\//, '');

describe.skipIf(!available)('the real-page corpus gold', () => {
  it('has a gold file for every corpus page', () => {
    const missing = corpusFiles().filter((f) => !existsSync(goldPath(f)));
    expect(missing).toEqual([]);
  });

  it.each(goldFiles)('%s is well formed and quotes the rendered page', (f) => {
    const gold = readGold(f);
    const fileName = sourceOf(gold);
    expect(f).toBe(`${fileName.replace(/\.(md|html)$/, '')}.expected.json`);
    const html = existsSync(`${CORPUS_DIR}/${fileName}`) ? renderCorpusFile(fileName) : '';
    expect(goldProblems(fileName, gold, html)).toEqual([]);
  });

  it('rejects a gold with an index out of range, a pair on the wrong side, an altered text or a missing page', () => {
    const f = goldFiles.find((g) => readGold(g).bilingual && (readGold(g).pairs ?? []).length > 0)!;
    const gold = readGold(f);
    const fileName = sourceOf(gold);
    const html = renderCorpusFile(fileName);
    const [la, lb] = gold.languages as [string, string];
    const broken = (change: (g: RealGold) => void): string[] => {
      const g = structuredClone(gold);
      change(g);
      return goldProblems(fileName, g, html);
    };
    expect(broken((g) => g.pairs!.push({ [la]: [g.paragraphs!.length], [lb]: [0] }))).not.toEqual([]);
    expect(broken((g) => (g.pairs![0] = { [lb]: g.pairs![0]![la]!, [la]: g.pairs![0]![lb]! }))).not.toEqual([]);
    expect(broken((g) => (g.pairs![0] = { [la]: g.pairs![0]![la]!, xx: g.pairs![0]![lb]! }))).not.toEqual([]);
    expect(broken((g) => (g.paragraphs![0]!.text += ' and a sentence the page never printed'))).not.toEqual([]);
    expect(broken((g) => (g.source = 'bilingual-real/no-such-page.md'))).not.toEqual([]);
    expect(broken((g) => (g.chrome = [g.paragraphs![g.pairs![0]![la]![0]!]!.text]))).not.toEqual([]);
  });
});

describe.skipIf(!available)('rendering the corpus as its sites would serve it', () => {
  it('wraps Markdown in a site page and keeps HTML comments out of the visible text', () => {
    const html = renderCorpusItem(
      'b-99-rust-book-ja-example.md',
      '<!--\nHidden English.\n-->\n\n## 見出し\n\n本文です。\n',
    );
    expect(html).toContain('<html lang="ja">');
    expect(html).toMatch(/<main>\s*<article[^>]*>[\s\S]*<h2>見出し<\/h2>/);
    expect(visibleText(html)).not.toContain('Hidden English');
    expect(visibleText(html)).toContain('本文です。');
  });

  it('prints a DoubleSpeak poem as two columns, one paragraph per stanza', () => {
    const source =
      '---\ntitle: Eins\ntranstitle: One\npoem: "a\\nb\\n \\nc"\ntranspoem: "x\\ny\\n\\nz"\nnote: <p>Why.</p>\n---\n';
    const html = renderCorpusItem('b-99-doublespeak-example.md', source);
    expect(html).toMatch(/<div class="poem original">\s*<h2>Eins<\/h2>\s*<p>a<br>\s*b<\/p>\s*<p>c<\/p>/);
    expect(html).toMatch(/<div class="poem translation">\s*<h2>One<\/h2>\s*<p>x<br>\s*y<\/p>\s*<p>z<\/p>/);
    expect(html).toContain('<p>Why.</p>');
  });

  it('splits stanzas on lines that hold only U+202C, as the Persian item does', () => {
    expect(poemStanzas('a\u202c\nb\u202c\n\u202c\nc\u202c')).toEqual([['a\u202c', 'b\u202c'], ['c\u202c']]);
  });

  it('drops Hugo shortcodes and serves whole HTML pages unchanged', () => {
    const md = renderCorpusItem('b-99-enricbaltasar-example.md', 'Saluton {{< img src="x.jpg" >}} amikoj.\n');
    expect(visibleText(md)).toContain('Saluton amikoj.');
    const page = '<!doctype html><html><body><p>As is.</p></body></html>';
    expect(renderCorpusItem('b-99-example.html', page)).toBe(page);
  });
});
