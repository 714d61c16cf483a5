/**
 * User settings: one defaults object, one validator. Stored values are checked on every read and anything that does
 * not fit falls back to its default, so a corrupted or older record can never break the reader.
 */
import type { ViewMode } from './messages';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';

export interface Settings {
  /** The view a site opens in the first time; later the site's own last choice wins. */
  defaultView: ViewMode;
  theme: Theme;
  /** Reader font size in CSS pixels. */
  fontSize: number;
  /** Reader column width in characters (`ch`). */
  columnWidth: number;
  /** Learners: the second language stays blurred until a paragraph is clicked. */
  hideTranslation: boolean;
  /** Run detection on every page. Off: Diglot only looks when the toolbar button is clicked. */
  autoDetect: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  defaultView: 'original',
  theme: 'system',
  fontSize: 18,
  columnWidth: 42,
  hideTranslation: false,
  autoDetect: true,
});

export const VIEW_MODES: readonly ViewMode[] = ['original', 'side-by-side', 'first-only', 'second-only', 'interleaved'];
const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];

function clampNumber(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(max, Math.max(min, Math.round(value)))
    : fallback;
}

function oneOf<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads any stored value into valid settings, keeping each field that is valid and defaulting the rest. */
export function validateSettings(stored: unknown): Settings {
  const s = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    defaultView: oneOf(s.defaultView, VIEW_MODES, d.defaultView),
    theme: oneOf(s.theme, THEMES, d.theme),
    fontSize: clampNumber(s.fontSize, 12, 32, d.fontSize),
    columnWidth: clampNumber(s.columnWidth, 28, 80, d.columnWidth),
    hideTranslation: typeof s.hideTranslation === 'boolean' ? s.hideTranslation : d.hideTranslation,
    autoDetect: typeof s.autoDetect === 'boolean' ? s.autoDetect : d.autoDetect,
  };
}

export interface SiteView {
  view: ViewMode;
  swapped: boolean;
}

/** The remembered view of each site, keyed by host name. Invalid entries are dropped on read. */
export function validateSiteViews(stored: unknown): Record<string, SiteView> {
  const out: Record<string, SiteView> = {};
  if (!stored || typeof stored !== 'object') return out;
  for (const [host, value] of Object.entries(stored as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const v = value as Record<string, unknown>;
    if (!VIEW_MODES.includes(v.view as ViewMode)) continue;
    out[host] = { view: v.view as ViewMode, swapped: v.swapped === true };
  }
  return out;
}

/** The next view for the keyboard command: original → side by side → first only → second only → interleaved → … */
export function nextView(view: ViewMode): ViewMode {
  const i = VIEW_MODES.indexOf(view);
  return VIEW_MODES[(i + 1) % VIEW_MODES.length] ?? 'original';
}
