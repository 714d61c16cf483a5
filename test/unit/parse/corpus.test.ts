import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToDocument, parseHtml } from '../../../utils/parse-html';
import { precheck } from '../../../utils/precheck';

// The real monolingual pages of Readability's test corpus, shared beside the repository. None may come out bilingual.
const dir = join(import.meta.dirname, '../../../../shared/corpus/readability');
const present = existsSync(dir);
if (!present) console.warn(`skipping the real-corpus negatives: ${dir} not found`);

describe.skipIf(!present)('real monolingual pages', () => {
  const pages = present ? readdirSync(dir).filter((d) => existsSync(join(dir, d, 'source.html'))) : [];

  it('parses none of them as bilingual', () => {
    const bilingual = pages.filter((d) => parseHtml(readFileSync(join(dir, d, 'source.html'), 'utf8')).bilingual);
    expect(bilingual).toEqual([]);
  }, 120_000);

  it('has the precheck say no on (nearly) all of them', () => {
    const yes = pages.filter(
      (d) => precheck(htmlToDocument(readFileSync(join(dir, d, 'source.html'), 'utf8'))).candidate,
    );
    expect(yes.length).toBeLessThanOrEqual(Math.floor(pages.length * 0.02));
  }, 120_000);
});
