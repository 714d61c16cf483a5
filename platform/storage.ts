/**
 * Typed storage items. Everything stays in `storage.local` on this device: Diglot syncs nothing and sends nothing.
 * Values are validated on every read (see utils/settings.ts), so a bad record falls back to defaults.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, validateSiteViews, type Settings, type SiteView } from '../utils/settings';
import { SETTINGS_KEY } from './settings-read';
import { addPairing, partnersOf, validatePairings, type Pairing } from './pairings';
import { editsKey, validateSavedEdits } from './saved-edits';
import type { SavedEdits } from '../utils/pair-edits';

const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, { fallback: { ...DEFAULT_SETTINGS } });
const siteViewsItem = storage.defineItem<Record<string, SiteView>>('local:siteViews', { fallback: {} });

export async function getSettings(): Promise<Settings> {
  return validateSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = validateSettings({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(validateSettings(value)));
}

export async function getSiteView(host: string): Promise<SiteView | undefined> {
  return validateSiteViews(await siteViewsItem.getValue())[host];
}

export async function saveSiteView(host: string, view: SiteView): Promise<void> {
  const all = validateSiteViews(await siteViewsItem.getValue());
  all[host] = view;
  await siteViewsItem.setValue(all);
}

const pairingsItem = storage.defineItem<unknown>('local:pairings', { fallback: [] });

/** Remembers that two pages were read side by side. */
export async function savePairing(pairing: Pairing): Promise<void> {
  await pairingsItem.setValue(addPairing(validatePairings(await pairingsItem.getValue()), pairing));
}

/** The pages read beside `url` before, newest first. */
export async function pairingsFor(url: string): Promise<ReturnType<typeof partnersOf>> {
  return partnersOf(validatePairings(await pairingsItem.getValue()), url);
}

/**
 * Corrections to a page's alignment (pair-edits.ts), one storage key per page address (`editsKey`). Saving is then a
 * single write, sent in the same task as the fix: a read-then-write of one shared record lost the last fix when the
 * tab was reloaded or closed within milliseconds of it, and two tabs saving at once could drop each other's. Records
 * saved before under the one shared key are still read.
 */
const EDITS_PREFIX = 'local:pairEdits:';
const sharedEditsItem = storage.defineItem<Record<string, unknown>>('local:pairEdits', { fallback: {} });

/** The corrections saved for a page, or undefined; a damaged record reads as none. */
export async function getPairEdits(url: string): Promise<SavedEdits | undefined> {
  const key = editsKey(url);
  const own = await storage.getItem<unknown>(`${EDITS_PREFIX}${key}`);
  if (own !== null) return validateSavedEdits(own) ?? undefined;
  const shared = (await sharedEditsItem.getValue()) ?? {};
  return validateSavedEdits(shared[key]) ?? undefined;
}

/**
 * Saves a page's corrections, nothing read first. A page whose fixes were all undone keeps an empty record, so the
 * older shared record (if any) no longer applies to it.
 */
export async function savePairEdits(saved: SavedEdits): Promise<void> {
  await storage.setItem(`${EDITS_PREFIX}${editsKey(saved.url)}`, saved);
}
