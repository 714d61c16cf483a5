/**
 * Probes run inside the reader's shadow root (`readerDom(...).run(fn, ...args)`): each is sent to the page as its
 * source text, so it must use nothing but its arguments and `this`.
 */

/** Top edge of each side of each pair in the reader: `{ "3": { en: 412, ko: 412 } }`. */
export function pairTops(this: ShadowRoot): Record<string, Record<string, number>> {
  const tops: Record<string, Record<string, number>> = {};
  for (const el of Array.from(this.querySelectorAll('[data-diglot-pair][data-diglot-lang]'))) {
    const pair = el.getAttribute('data-diglot-pair')!;
    const lang = el.getAttribute('data-diglot-lang')!;
    const top = el.getBoundingClientRect().top;
    tops[pair] ??= {};
    tops[pair][lang] = Math.min(tops[pair][lang] ?? Infinity, top);
  }
  return tops;
}

/** The block's centre and its pair, for the first block of `lang` that has a counterpart. */
export function firstPairedBlock(this: ShadowRoot, lang: string): { x: number; y: number; pair: string } | null {
  const el = this.querySelector(`[data-diglot-pair][data-diglot-lang="${lang}"]`);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, pair: el.getAttribute('data-diglot-pair')! };
}

/** Languages of the blocks of one pair that are lit up as counterparts. */
export function activeLangs(this: ShadowRoot, pair: string): string[] {
  return Array.from(this.querySelectorAll(`[data-diglot-pair="${pair}"].is-active`)).map(
    (el) => el.getAttribute('data-diglot-lang') ?? '',
  );
}
