/**
 * What the detector's stages found on this page, shared between them. The glance (every page), the pre-check (loaded
 * when the glance is unsure) and the reader (loaded when the pre-check says yes, or the popup opens) are separate
 * scripts in one isolated world: they share its global, under a private symbol the page's own scripts cannot reach.
 */
export interface DetectState {
  /** The glance's verdict, once it has run. */
  glance?: 'one' | 'maybe';
  /** The pre-check's answer, once it has run. */
  precheck?: { candidate: boolean; reason: string };
  /** The background declined to go further (auto-detect is off): nothing more runs until the user asks. */
  stopped?: boolean;
  /** Set by the pre-check once loaded: run it again (the glance calls it on page changes instead of a message). */
  recheck?: () => void;
}

const KEY = Symbol.for('diglot.detect');

export function detectState(): DetectState {
  const g = globalThis as Record<symbol, DetectState | undefined>;
  return (g[KEY] ??= {});
}

/** Whether detection has finished on this page, as far as the popup is concerned. */
export function detectionSettled(state: DetectState): boolean {
  if (state.glance === undefined) return false;
  return state.glance === 'one' || state.stopped === true || state.precheck !== undefined;
}
