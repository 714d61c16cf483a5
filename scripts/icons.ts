/**
 * Renders public/icon/diglot.svg into the PNG sizes the stores and browsers ask for, with Chromium, so the icon set
 * is drawn once as a vector and every size comes from it. Run after changing the SVG: `npx tsx scripts/icons.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/chromium';

const SIZES = [16, 32, 48, 96, 128];

const svg = await readFile(new URL('../public/icon/diglot.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(new URL(`../public/icon/${size}.png`, import.meta.url), png);
  }
} finally {
  await browser.close();
}
