/**
 * The seed article (test/fixtures/pages/blocks--en-ko--usa-journal-korea.html) in every format, compared with the
 * reviewed files in test/fixtures/expected/. When a change is intended, run `npx tsx scripts/update-expected.ts`
 * and review the diff.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importClips } from '../../../utils/export/json';
import { EXPECTED_DIR, SEED_FORMATS, seedClip, seedOutputs } from '../../../scripts/update-expected';
import { checkTmx } from './dtd';

const outputs = seedOutputs();
const expected = (format: string): string =>
  readFileSync(new URL(`../../../${EXPECTED_DIR}/seed.${format}`, import.meta.url), 'utf8');

describe('the seed article', () => {
  it('should parse as an English-Korean article in blocks layout', () => {
    const { article } = seedClip();
    expect(article.bilingual).toBe(true);
    expect(article.languages).toEqual(['en', 'ko']);
    expect(article.pairs.length).toBeGreaterThanOrEqual(5);
  });

  for (const format of SEED_FORMATS) {
    it(`should export as ${format} exactly as test/fixtures/expected/seed.${format}`, () => {
      expect(outputs[format]).toBe(expected(format));
    });
  }

  it('should export a valid TMX file with one tu per paragraph pair', async () => {
    expect(await checkTmx(outputs.tmx)).toEqual([]);
    expect(outputs.tmx.match(/<tu>/g)).toHaveLength(seedClip().article.pairs.length);
  });

  it('should export one TSV line per pair', () => {
    expect(outputs.tsv.split('\n').length - 1).toBe(seedClip().article.pairs.length);
  });

  it('should read back its JSON export unchanged', () => {
    const { clips, errors } = importClips(outputs.json);
    expect(errors).toEqual([]);
    expect(clips).toEqual([seedClip()]);
  });
});
