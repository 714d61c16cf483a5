/**
 * Long articles are rendered a slice at a time: the first screen at once, the rest in later tasks, so opening the
 * reader on a novel of 5,000 paragraphs paints in a frame or two and never blocks the page for long. Each slice is a
 * task of its own (a timeout, not an idle callback: a page that is never idle must still get the whole article).
 */
import { useLayoutEffect, useState } from 'preact/hooks';

/** Rows in the first render: more than a tall screen holds at the smallest font. */
export const FIRST_ROWS = 60;
/** Rows added by each later task: about 20 ms of rendering on a slow machine. */
export const MORE_ROWS = 150;

/**
 * How many of `total` items to render now. Starts at FIRST_ROWS and grows to `total`; `resetKey` (the article's
 * address, the view) starts over, while other changes (a corrected pair, a setting) keep what is already shown.
 */
export function useProgressive(total: number, resetKey: string): number {
  const [state, setState] = useState({ key: resetKey, shown: FIRST_ROWS });
  const shown = state.key === resetKey ? state.shown : FIRST_ROWS;
  // A layout effect: it runs right after the render, so the next slice is queued at once (an effect waits for an
  // animation frame, which a tab in the background never gets).
  useLayoutEffect(() => {
    if (state.key !== resetKey) return setState({ key: resetKey, shown: FIRST_ROWS });
    if (state.shown >= total) return;
    const timer = setTimeout(() => setState({ key: resetKey, shown: state.shown + MORE_ROWS }), 0);
    return () => clearTimeout(timer);
  }, [state, total, resetKey]);
  return Math.min(total, shown);
}
