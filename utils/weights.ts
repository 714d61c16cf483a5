/**
 * Caps each block's weight at a few typical paragraphs: one long block with no counterpart (a transcript, a pasted
 * document, a 200 KB paragraph) must not outweigh an article's worth of translated paragraphs when Diglot decides
 * whether a page is bilingual (found by the hostile huge-paragraph page).
 */
export function capAtTypical(weights: number[], floor = 200, times = 3): number[] {
  const sorted = weights.filter((w) => w > 0).sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const cap = Math.max(floor, times * median);
  return weights.map((w) => Math.min(w, cap));
}
