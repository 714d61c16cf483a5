/**
 * For learners: hovering or focusing a paragraph highlights its counterpart, hovering a sentence its counterpart
 * sentence. Done with one set of delegated listeners and class toggles outside Preact, so a hover costs no render:
 * re-rendering a 1,000-pair article on every mouse move took a quarter of a second.
 */
export const ACTIVE_CLASS = 'is-active';

export function attachHighlight(container: Element): () => void {
  let current: Element[] = [];
  let currentKey = '';

  const set = (key: string, elements: Element[]): void => {
    if (key === currentKey) return;
    for (const el of current) el.classList.remove(ACTIVE_CLASS);
    for (const el of elements) el.classList.add(ACTIVE_CLASS);
    current = elements;
    currentKey = key;
  };

  const highlight = (node: EventTarget | null, withSentence: boolean): void => {
    const el =
      node && (node as Node).nodeType === 1 ? (node as Element) : ((node as Node | null)?.parentElement ?? null);
    const block = el?.closest('[data-diglot-block]');
    if (!block) {
      set('', []);
      return;
    }
    const pair = block.getAttribute('data-diglot-pair');
    const blocks = pair === null ? [block] : Array.from(container.querySelectorAll(`[data-diglot-pair="${pair}"]`));
    const group = withSentence ? el?.closest('.sentence')?.getAttribute('data-diglot-group') : null;
    const sentences =
      pair !== null && group != null
        ? blocks.flatMap((b) => Array.from(b.querySelectorAll(`.sentence[data-diglot-group="${group}"]`)))
        : [];
    set(`${block.getAttribute('data-diglot-block')}|${group ?? ''}`, [...blocks, ...sentences]);
  };

  // Where the pointer last was, and whether the light now follows the keyboard's focus.
  let pointer = { x: NaN, y: NaN };
  let byFocus = false;
  const onOver = (e: Event) => {
    const { clientX: x, clientY: y } = e as MouseEvent;
    const still = x === pointer.x && y === pointer.y;
    pointer = { x, y };
    // The text moved under a pointer that did not (focus brought a paragraph into view): the focus keeps the light.
    if (still && byFocus) return;
    byFocus = false;
    highlight(e.target, true);
  };
  const onLeave = () => set('', []);
  const onFocusIn = (e: Event) => {
    byFocus = true;
    highlight(e.target, false);
  };
  const onFocusOut = (e: Event) => {
    const next = (e as FocusEvent).relatedTarget as Node | null;
    if (next && container.contains(next)) return;
    // The window lost focus (another window, another tab in front): the paragraph keeps its focus, and its light.
    if (!next && focusedInside()) return;
    set('', []);
  };
  const focusedInside = (): boolean => {
    const root = container.getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    return active !== null && container.contains(active);
  };
  container.addEventListener('mouseover', onOver);
  container.addEventListener('mouseleave', onLeave);
  container.addEventListener('focusin', onFocusIn);
  container.addEventListener('focusout', onFocusOut);
  return () => {
    set('', []);
    container.removeEventListener('mouseover', onOver);
    container.removeEventListener('mouseleave', onLeave);
    container.removeEventListener('focusin', onFocusIn);
    container.removeEventListener('focusout', onFocusOut);
  };
}
