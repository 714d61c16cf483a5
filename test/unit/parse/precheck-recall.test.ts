/**
 * The detector's stages agree with the parser: on every page the full parse calls bilingual, the pre-check said
 * "maybe" first (otherwise the extension never parses that page, while the CLI does), and on every page the pre-check
 * lets through, the always-loaded glance did not stop it. Over every fixture page, the real bilingual and
 * one-language pages of ../shared/corpus/bilingual-real (rendered as their sites would) and Readability's real pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { glance } from '../../../utils/glance';
import { precheck } from '../../../utils/precheck';
import { renderCorpusItem } from '../../real/render';

const fixtures = join(import.meta.dirname, '../../fixtures/pages');
const shared = join(import.meta.dirname, '../../../../shared/corpus');
const real = join(shared, 'bilingual-real');
const readability = join(shared, 'readability');

/**
 * Pages a stage stopped that the next one passes: the glance said "one language" where the pre-check says maybe, or
 * the pre-check said no where the parser finds two languages (with the pre-check's reason).
 */
function missed(pages: Array<{ name: string; html: string }>): string[] {
  const out: string[] = [];
  for (const { name, html } of pages) {
    const doc = htmlToDocument(html);
    const r = precheck(doc);
    if (r.candidate && glance(doc).verdict === 'one') out.push(`${name}: the glance stopped it (${r.reason})`);
    if (!r.candidate && parseHtml(html).bilingual) out.push(`${name}: ${r.reason}`);
  }
  return out;
}

describe('the pre-check against the parser', () => {
  it('says maybe on every fixture page the parser calls bilingual', () => {
    const pages = readdirSync(fixtures)
      .filter((f) => f.endsWith('.html'))
      .map((f) => ({ name: f, html: readFileSync(join(fixtures, f), 'utf8') }));
    expect(pages.length).toBeGreaterThan(100);
    expect(missed(pages)).toEqual([]);
  }, 120_000);

  it.skipIf(!existsSync(real))(
    'says maybe on every real page the parser calls bilingual',
    () => {
      const pages = readdirSync(real)
        .filter((f) => /\.(html|md)$/.test(f))
        .map((f) => ({ name: f, html: renderCorpusItem(f, readFileSync(join(real, f), 'utf8')) }));
      expect(missed(pages)).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!existsSync(readability))(
    "says maybe on every page of Readability's corpus the parser calls bilingual",
    () => {
      const pages = readdirSync(readability)
        .filter((d) => existsSync(join(readability, d, 'source.html')))
        .map((d) => ({ name: d, html: readFileSync(join(readability, d, 'source.html'), 'utf8') }));
      expect(missed(pages)).toEqual([]);
    },
    120_000,
  );

  if (!existsSync(shared)) it.skip(`../shared/corpus not found: the real-page halves are skipped`, () => {});
});
