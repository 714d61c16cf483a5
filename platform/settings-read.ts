/**
 * The one settings read the detector makes, without the storage library: the detector runs on every page and has a
 * size budget, and `wxt/utils/storage` (areas, watchers, versioning) is most of a kilobyte gzipped that a single
 * `get` does not need. Same key and same validation as `platform/storage.ts`, which imports the key from here.
 */
import { browser } from 'wxt/browser';
import { validateSettings, type Settings } from '../utils/settings';

/** The key of the settings record in `storage.local`. */
export const SETTINGS_KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SETTINGS_KEY);
  return validateSettings(stored[SETTINGS_KEY]);
}
