/**
 * Regenerates test/fixtures/expected/seed.{md,json,tmx,tsv}: the seed article in every export format.
 *
 *   npx tsx scripts/update-expected.ts
 *
 * test/unit/export/seed.test.ts compares the exporters' output with these files, so a change in the parser or an
 * exporter shows up as a diff to review (and commit with this script's output when it is right). The clip time
 * and version are constants so the files only change when the output does.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clipHtml } from '../cli/clip-html';
import type { Clip } from '../utils/export/clip';
import { formats } from '../utils/export/index';

const root = new URL('../', import.meta.url);
export const SEED_PAGE = 'test/fixtures/pages/blocks--en-ko--usa-journal-korea.html';
export const EXPECTED_DIR = 'test/fixtures/expected';
export const SEED_FORMATS = ['md', 'json', 'tmx', 'tsv'] as const;

/** Scores to 6 places: their last binary digits move with any reordering of a sum, which is no change worth a diff. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function seedClip(): Clip {
  const html = readFileSync(new URL(SEED_PAGE, root), 'utf8');
  const clip = clipHtml(html, {
    source: SEED_PAGE,
    clippedAt: '2026-01-01T00:00:00.000Z',
    diglotVersion: '0.0.0-expected',
  });
  clip.article.confidence = round(clip.article.confidence);
  for (const pair of clip.article.pairs) pair.score = round(pair.score);
  return clip;
}

/** The seed article in each format, as the files should hold it. */
export function seedOutputs(): Record<(typeof SEED_FORMATS)[number], string> {
  const clip = seedClip();
  return {
    md: formats.md.export(clip),
    json: formats.json.export(clip),
    tmx: formats.tmx.export(clip),
    tsv: formats.tsv.export(clip),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL(`${EXPECTED_DIR}/`, root), { recursive: true });
  for (const [format, text] of Object.entries(seedOutputs())) {
    const path = `${EXPECTED_DIR}/seed.${format}`;
    writeFileSync(new URL(path, root), text);
    console.log(`wrote ${path}`);
  }
}
